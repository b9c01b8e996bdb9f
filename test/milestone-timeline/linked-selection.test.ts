import { expect } from '@open-wc/testing';
import '@koop/milestone-timeline/koop-milestone-timeline.js';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import {
  itemName,
  LINKED_DEMO,
  pressOn,
  runLinkedSelectionSuite,
} from '../support/linked-selection-suite.js';

runLinkedSelectionSuite<KoopMilestoneTimeline>({
  tag: 'koop-milestone-timeline',
  attributes: 'today="2004-01-01" zoom="years"',
  marks: {
    selection: 'goal:o-mainstreaming',
    // No milestone selected; the goal's milestones ringed and named "Verknüpft".
    async expect(timeline) {
      expect(timeline.selected).to.equal(null);
      const doc = await (await fetch(LINKED_DEMO)).json();
      const ids: string[] = doc.milestones
        .filter((m: { goals?: string[] }) => m.goals?.includes('o-mainstreaming'))
        .map((m: { id: string }) => m.id);
      const titles = await Promise.all(ids.map((id) => itemName('milestone', id)));
      const drawn = [...timeline.shadowRoot!.querySelectorAll('g.ms[role="button"]')];
      const expected = drawn.filter((g) =>
        titles.some((t) => g.getAttribute('aria-label')!.startsWith(`${t}.`)),
      );
      expect(expected.length).to.be.greaterThan(0);
      for (const g of drawn) {
        const linked = expected.includes(g);
        expect(g.classList.contains('linked'), g.getAttribute('aria-label')!).to.equal(linked);
        expect(g.getAttribute('aria-label')!.endsWith(', Verknüpft')).to.equal(linked);
      }
    },
  },
  async select(timeline) {
    const title = await itemName('milestone', 'm-fachtagung');
    const node = [...timeline.shadowRoot!.querySelectorAll<SVGGElement>('g.ms[role="button"]')].find((g) =>
      g.getAttribute('aria-label')!.startsWith(title),
    )!;
    await pressOn(node);
    return { kind: 'milestone', id: 'm-fachtagung' };
  },
});
