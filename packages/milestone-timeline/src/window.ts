import { dateStart } from '@koop/schema';
import { EM_PER_DAY, ZOOMS, type Zoom } from './layout.js';
import { DAY, type TimelineIndex } from './timeline-index.js';

/** The visible window of the axis: its scale, its span and where it may start (UTC ms). */

/** The reader's calendar day (or `today`, YYYY-MM-DD) as UTC ms. */
export function todayTime(today: string | null): number {
  const own = dateStart(today ?? undefined);
  if (own !== undefined) return own;
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The scale asked for, else the finest at which the cooperation's period fits `width` px. */
export function zoomFor(index: TimelineIndex, zoom: Zoom | null, em: number, width: number): Zoom {
  if (ZOOMS.includes(zoom!)) return zoom!;
  const days = (index.period[1] - index.period[0]) / DAY;
  return [...ZOOMS].reverse().find((z) => days * EM_PER_DAY[z] * em <= width) ?? 'years';
}

/** Visible time span (ms) of `width` px at a scale. */
export function spanAt(zoom: Zoom, em: number, width: number): number {
  return (width / (EM_PER_DAY[zoom] * em)) * DAY;
}

/** The start nearest `from` at which the window stays on the axis (centred when all of it fits). */
export function clamp(from: number, index: TimelineIndex, span: number): number {
  const length = index.end - index.start;
  if (length <= span) return index.start - (span - length) / 2;
  return Math.min(Math.max(from, index.start), index.end - span);
}

/** Where a document opens: with today in view, or on its period when today lies outside it. */
export function openingFrom(index: TimelineIndex, today: number, span: number): number {
  const [start, end] = index.period;
  return today >= start && today < end
    ? today - span / 2
    : end - start < span
      ? start - (span - end + start) / 2
      : start - span * 0.02;
}
