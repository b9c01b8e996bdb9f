import { expect } from '@open-wc/testing';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import { LINKED_DEMO, runLinkedSelectionSuite } from '../support/linked-selection-suite.js';

runLinkedSelectionSuite<KoopTransparencyFeed>({
  tag: 'koop-transparency-feed',
  attributes: 'page-size="100"',
  marks: {
    selection: 'actor:inpuncto',
    // Only the entries that name the actor (or that it decided).
    async expect(feed) {
      const doc = await (await fetch(LINKED_DEMO)).json();
      const naming = doc.entries.filter(
        (e: { actors?: string[]; how?: { body?: string } }) =>
          e.actors?.includes('inpuncto') || e.how?.body === 'inpuncto',
      ).length;
      expect(naming).to.be.within(1, doc.entries.length - 1);
      expect(feed.filteredEntries).to.have.length(naming);
      expect(feed.shadowRoot!.querySelectorAll('article')).to.have.length(naming);
    },
  },
});
