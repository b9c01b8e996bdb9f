import { svg, type SVGTemplateResult } from 'lit';
import type { Forecast, GoalStatus } from '@koop/schema';

/** Status shapes, so status never rests on colour alone. Decorative: text always accompanies them. */
const STATUS_PATHS: Record<GoalStatus | 'unknown', SVGTemplateResult> = {
  achieved: svg`<circle cx="8" cy="8" r="7"/><path class="mark" d="M4.5 8.2l2.3 2.3 4.7-4.9"/>`,
  'on-track': svg`<circle cx="8" cy="8" r="7"/><path class="mark" d="M4.5 8h6M8 5l3 3-3 3"/>`,
  'at-risk': svg`<path d="M8 1.2 15 14.5H1z"/><path class="mark" d="M8 6v4M8 11.6v.4"/>`,
  planned: svg`<circle class="hollow" cx="8" cy="8" r="6.3"/><path class="mark-dark" d="M8 4.5V8l2.5 1.5"/>`,
  dropped: svg`<circle cx="8" cy="8" r="7"/><path class="mark" d="M5 5l6 6M11 5l-6 6"/>`,
  unknown: svg`<circle class="hollow" cx="8" cy="8" r="6.3"/>`,
};

export function statusIcon(status: GoalStatus | 'unknown' | Forecast): SVGTemplateResult {
  const key = status === 'reached' ? 'achieved' : status === 'missed' ? 'dropped' : status;
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${
    STATUS_PATHS[key as GoalStatus] ?? STATUS_PATHS.unknown
  }</svg>`;
}
