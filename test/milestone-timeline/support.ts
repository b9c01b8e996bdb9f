import { fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/milestone-timeline/koop-milestone-timeline.js';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import { timelineTestDocument } from '../fixtures/timeline-document.js';
import { shadow } from '../support/helpers.js';

interface Options {
  lang?: string;
  zoom?: string;
  groupBy?: string;
  view?: string;
  selected?: string;
  today?: string;
}

/** A rendered timeline of `data` (default: the test document, seen from 2025-06-15). */
export async function timeline(options: Options = {}, data: unknown = timelineTestDocument()) {
  const element = await fixture<KoopMilestoneTimeline>(
    html`<koop-milestone-timeline
      .data=${data}
      lang=${options.lang ?? 'de'}
      today=${options.today ?? '2025-06-15'}
      zoom=${options.zoom ?? ''}
      group-by=${options.groupBy ?? ''}
      view=${options.view ?? ''}
      selected=${options.selected ?? ''}
    ></koop-milestone-timeline>`,
  );
  await waitUntil(() => shadow(element).querySelector('.timeline, [role="alert"]'), 'rendered');
  await element.updateComplete;
  return element;
}

export const milestones = (element: Element) => [
  ...shadow(element).querySelectorAll<SVGGElement>('g.ms[role="button"]'),
];
export const milestone = (element: Element, title: string) =>
  milestones(element).find((g) => g.getAttribute('aria-label')!.startsWith(title))!;
export const details = (element: Element) =>
  shadow(element).getElementById('details')!.textContent!.replace(/\s+/g, ' ');
