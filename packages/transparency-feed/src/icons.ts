import { svg, type SVGTemplateResult } from 'lit';
import type { EntryType } from '@koop/schema';

/** One shape per entry type, so the type never rests on colour alone; the label always stands beside it. */
const PATHS: Record<EntryType, SVGTemplateResult> = {
  // a gavel
  decision: svg`<path d="M9.5 1.5l5 5-2 2-5-5zM6.8 4.2l5 5-1.6 1.6-5-5zM6 9l-4.5 4.5 1 1L7 10z"/>`,
  // two people
  meeting: svg`<circle cx="5" cy="5" r="2.5"/><circle cx="11" cy="5" r="2.5"/><path d="M0.5 14c0-3 2-4.5 4.5-4.5S9.5 11 9.5 14zM8.5 14c.2-2 1-3.3 2.5-4.3 2.5 0 4.5 1.5 4.5 4.3z"/>`,
  // a document with a tick
  result: svg`<path d="M3 1h7l3 3v11H3z"/><path class="cut" d="M5.5 9l2 2 3.5-4"/>`,
  // a bar chart
  evaluation: svg`<path d="M1 15h14v-1.5H1zM2.5 12h2.5V7H2.5zM6.75 12h2.5V3h-2.5zM11 12h2.5V9H11z"/>`,
  // a megaphone
  announcement: svg`<path d="M1 6h3l8-4.5v13L4 10H1zM5 10.5l1.5 4.5h2L7.3 11z"/>`,
  // a flag
  milestone: svg`<path d="M2.5 1h1.5v14H2.5zM4 1.5h10l-2.5 3.5L14 8.5H4z"/>`,
  // arrows swapping
  'personnel-change': svg`<path d="M1 5h10V2.5L15 6l-4 3.5V7H1zM15 11H5V8.5L1 12l4 3.5V13h10z"/>`,
};

export function entryTypeIcon(type: EntryType): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${PATHS[type]}</svg>`;
}
