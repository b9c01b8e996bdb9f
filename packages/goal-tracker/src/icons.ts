import type { SVGTemplateResult } from 'lit';
import type { Forecast, GoalStatus } from '@koop/schema';
import { statusShape, type StatusShape } from '@koop/core';

/** A goal status's or a forecast's shape (decorative: text always accompanies it). */
export function statusIcon(status: GoalStatus | 'unknown' | Forecast): SVGTemplateResult {
  return statusShape(
    (status === 'reached' ? 'achieved' : status === 'missed' ? 'dropped' : status) as StatusShape,
  );
}
