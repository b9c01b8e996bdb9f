import { expect } from '@open-wc/testing';
import '@koop/cooperation-summary/koop-cooperation-summary.js';
import type { KoopCooperationSummary } from '@koop/cooperation-summary';
import { runLinkedSelectionSuite, text } from '../support/linked-selection-suite.js';

// The summary only follows a selection: it has no items of its own to select (no `select`).
runLinkedSelectionSuite<KoopCooperationSummary>({
  tag: 'koop-cooperation-summary',
  marks: {
    // The FAF holds the coordination role of the partnership.
    selection: 'actor:faf',
    expect(summary) {
      const root = summary.shadowRoot!;
      const marked = [...root.querySelectorAll('.condition.linked')].map((li) => li.className.split(' ')[1]);
      expect(marked).to.include.members(['activities', 'backbone']);
      for (const li of root.querySelectorAll('.condition.linked'))
        expect(text(li.querySelector('.linked-mark'))).to.equal('Verknüpft');
      // The figures stay those of the whole cooperation.
      expect(text(root.querySelector('.condition.goals .facts'))).to.match(/^12 Ziele: /);
    },
  },
});
