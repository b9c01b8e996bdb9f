import { expect } from '@open-wc/testing';
import '@koop/role-matrix/koop-role-matrix.js';
import type { KoopRoleMatrix } from '@koop/role-matrix';
import { itemName, pressOn, runLinkedSelectionSuite, text } from '../support/linked-selection-suite.js';

runLinkedSelectionSuite<KoopRoleMatrix>({
  tag: 'koop-role-matrix',
  marks: {
    selection: 'goal:o-mainstreaming',
    // The rows of the goal's owners (and only they), framed and marked with text.
    async expect(matrix) {
      const names = await Promise.all(['faf', 'lvr', 'lwl'].map((id) => itemName('actor', id)));
      const rows = [...matrix.shadowRoot!.querySelectorAll('tbody tr.nav')];
      // Of the owners, those with a role shown.
      const linked = rows.filter((row) => names.includes(text(row.querySelector('th .name'))));
      expect(linked.length).to.be.greaterThan(0);
      for (const row of rows) {
        const name = text(row.querySelector('th .name'));
        expect(row.classList.contains('linked'), name).to.equal(linked.includes(row));
        expect(text(row.querySelector('.linked-mark')), name).to.equal(
          linked.includes(row) ? 'Verknüpft' : '',
        );
      }
    },
  },
  // A conflict row's button.
  async select(matrix) {
    const name = await itemName('actor', 'ia-westfalen');
    const button = [...matrix.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button.select')].find(
      (b) => text(b.querySelector('.name')) === name,
    )!;
    await pressOn(button);
    expect(matrix.shadowRoot!.activeElement).to.equal(button);
    return { kind: 'actor', id: 'ia-westfalen' };
  },
});
