import { expect } from '@open-wc/testing';
import '@koop/actor-directory/koop-actor-directory.js';
import type { KoopActorDirectory } from '@koop/actor-directory';
import { LINKED_DEMO, pressOn, runLinkedSelectionSuite } from '../support/linked-selection-suite.js';

runLinkedSelectionSuite<KoopActorDirectory>({
  tag: 'koop-actor-directory',
  attributes: 'page-size="100"',
  marks: {
    // A goal selected elsewhere: only its owners, each marked.
    selection: 'goal:o-mainstreaming',
    async expect(directory) {
      const doc = await (await fetch(LINKED_DEMO)).json();
      const owners: string[] = doc.goals.find((g: { id: string }) => g.id === 'o-mainstreaming').owners;
      const articles = [...directory.shadowRoot!.querySelectorAll('article')];
      expect(articles.map((a) => a.id).sort()).to.deep.equal(owners.map((id) => `koop-actor-${id}`).sort());
      for (const article of articles) expect(article.querySelector('.linked-mark')).to.exist;
      expect(directory.filteredActors).to.have.length(owners.length);
    },
  },
  // Opening an actor's details selects it in the other widgets; focus stays on the button.
  async select(directory) {
    const toggle = directory.shadowRoot!.querySelector<HTMLButtonElement>('#koop-actor-inpuncto .toggle')!;
    await pressOn(toggle);
    await directory.updateComplete;
    expect(directory.selected).to.equal('inpuncto');
    expect(directory.shadowRoot!.activeElement).to.equal(toggle);
    return { kind: 'actor', id: 'inpuncto' };
  },
});
