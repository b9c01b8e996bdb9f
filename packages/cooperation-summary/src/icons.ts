import type { SVGTemplateResult } from 'lit';
import { statusShape } from '@koop/core';
import type { ConditionStatus } from './summary.js';

const SHAPES = { ok: 'achieved', attention: 'at-risk', none: 'unknown' } as const;

/** A tick, a warning triangle, an empty ring: decorative, the status's word stands beside it. */
export function statusIcon(status: ConditionStatus): SVGTemplateResult {
  return statusShape(SHAPES[status]);
}
