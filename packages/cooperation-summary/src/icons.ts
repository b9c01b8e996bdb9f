import { svg, type SVGTemplateResult } from 'lit';
import type { ConditionStatus } from './summary.js';

/** One shape per status (a tick, a warning triangle, an empty ring), so status never rests on colour alone. */
const PATHS: Record<ConditionStatus, SVGTemplateResult> = {
  ok: svg`<circle cx="8" cy="8" r="7"/><path class="mark" d="M4.5 8.2l2.3 2.3 4.7-4.9"/>`,
  attention: svg`<path d="M8 1.2 15 14.5H1z"/><path class="mark" d="M8 6v4M8 11.6v.4"/>`,
  none: svg`<circle class="hollow" cx="8" cy="8" r="6.3"/>`,
};

/** Decorative: the status's word always stands beside it. */
export function statusIcon(status: ConditionStatus): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${PATHS[status]}</svg>`;
}
