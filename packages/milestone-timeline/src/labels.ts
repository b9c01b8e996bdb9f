import { BoxIndex, placeBoxes, type Rect } from '@koop/core';
import { R, TODAY_BASELINE, type Occurrence } from './layout.js';

/** Gap between a marker and its label, in em. */
export const LABEL_GAP = 0.35;

/**
 * Shortens a label to `room` (px, as `measure` gives widths) with an ellipsis; nothing when it
 * would say too little. With `words`, it cuts at a word boundary only: the visible label of a
 * milestone must stay part of its accessible name (WCAG 2.5.3).
 */
export function fit(text: string, room: number, measure: (text: string) => number, words = false): string {
  if (measure(text) <= room) return text;
  const cuts: number[] = [];
  if (words) for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) cuts.push(i);
  else for (let i = 4; i < text.length; i++) cuts.push(i);
  for (let k = cuts.length - 1; k >= 0; k--) {
    if (cuts[k] < 4) break;
    const short = `${text.slice(0, cuts[k]).replace(/[\s,;:.–-]+$/, '')}…`;
    if (measure(short) <= room) return short;
  }
  return '';
}

/** Shorter versions of a label, each cut at a word boundary (longest first), ending in "…". */
export function shortenings(text: string): string[] {
  const result: string[] = [];
  for (let i = text.lastIndexOf(' '); i >= 4; i = text.lastIndexOf(' ', i - 1)) {
    const short = `${text.slice(0, i).replace(/[\s,;:.–-]+$/, '')}…`;
    if (short.length > 4 && short !== result.at(-1)) result.push(short);
  }
  return result;
}

/** A milestone label placed in a view: its text starts (or, `end`, ends) at `x`. */
export interface PlacedLabel {
  text: string;
  x: number;
  end: boolean;
  box: Rect;
}

/** Vertical extent of a label around its marker's centre, in em (0.85em text, baseline 0.3em below). */
export const LABEL_TOP = -0.45;
export const LABEL_BOTTOM = 0.5;

/**
 * Places the labels of the occurrences in view, most important first: each takes the first
 * place that lies wholly in `bounds` and overlaps no label placed before, no marker and no
 * `obstacle`: its full title right of the marker, else left of it, else ever shorter versions
 * (cut at words) right, then left. A label that fits nowhere is left out (the marker's
 * accessible name and the details still hold the title).
 */
export function placeLabels(
  occurrences: Occurrence[],
  texts: (o: Occurrence) => string[],
  measure: (text: string, o: Occurrence) => number,
  bounds: Rect,
  em: number,
  obstacles: Rect[] = [],
): Map<Occurrence, PlacedLabel> {
  const r = R * em;
  const index = new BoxIndex(8 * em);
  const extent = (o: Occurrence) => [
    Math.min(o.x, o.planned ?? o.x) - r,
    Math.max(o.x, o.planned ?? o.x) + r,
  ];
  occurrences.forEach((o, i) => {
    const [left, right] = extent(o);
    index.add([left, o.y - r, right, o.y + r], i);
  });
  for (const box of obstacles) index.add(box);
  const gap = LABEL_GAP * em;
  const candidates: { owner: number; candidates: Rect[]; labels: PlacedLabel[] }[] = occurrences.map(
    (o, i) => {
      const [left, right] = extent(o);
      const top = o.y + LABEL_TOP * em;
      const bottom = o.y + LABEL_BOTTOM * em;
      const labels = texts(o).flatMap((text) => {
        const width = measure(text, o);
        return [
          { text, x: right + gap, end: false, box: [right + gap, top, right + gap + width, bottom] as Rect },
          { text, x: left - gap, end: true, box: [left - gap - width, top, left - gap, bottom] as Rect },
        ];
      });
      return { owner: i, candidates: labels.map((label) => label.box), labels };
    },
  );
  const placed = new Map<Occurrence, PlacedLabel>();
  placeBoxes(index, candidates, bounds).forEach((k, i) => {
    if (k >= 0) placed.set(occurrences[i], candidates[i].labels[k]);
  });
  return placed;
}

/** "Heute" in its own row below the scale's labels: right of the line, else left of it, else not at all. */
export function todayLabel(
  todayX: number,
  width: number,
  bounds: Rect,
  em: number,
): { x: number; end: boolean; box: Rect } | undefined {
  const top = em * (TODAY_BASELINE - 0.75);
  const bottom = em * (TODAY_BASELINE + 0.25);
  const right = todayX + em * 0.3;
  if (todayX < bounds[0] || todayX > bounds[2]) return undefined;
  if (right + width <= bounds[2]) return { x: right, end: false, box: [right, top, right + width, bottom] };
  const end = todayX - em * 0.3;
  return end - width >= bounds[0] ? { x: end, end: true, box: [end - width, top, end, bottom] } : undefined;
}

export interface MilestoneLabelsInput {
  /** The occurrences in view. */
  visible: Occurrence[];
  /** Time-order positions of the selected milestone and of the one under the pointer or in focus. */
  selected: number | undefined;
  tip: number;
  title: (o: Occurrence) => string;
  /** Width of a text (px), bold for the selected milestone's. */
  measure: (text: string, bold?: boolean) => number;
  bounds: Rect;
  em: number;
  obstacles: Rect[];
}

/**
 * Labels of the milestones in view, without overlap and inside the window. The one under the
 * pointer or in focus goes first, with its full title (WCAG 1.4.13: the title in full on
 * hover and focus); then the selected one, then by time.
 */
export function milestoneLabels(input: MilestoneLabelsInput): Map<Occurrence, PlacedLabel> {
  const { selected, tip, title, measure, bounds, em } = input;
  const rank = (o: Occurrence) => (o.m.order === tip ? 0 : o.m.order === selected ? 1 : 2);
  const ordered = input.visible.filter((o) => o.x >= bounds[0] - R * em && o.x <= bounds[2] + R * em);
  ordered.sort((a, b) => rank(a) - rank(b) || a.x - b.x);
  const placed = placeLabels(
    ordered,
    (o) => (o.m.order === tip ? [title(o)] : [title(o), ...shortenings(title(o))]),
    (text, o) => measure(text, o.m.order === selected),
    bounds,
    em,
    input.obstacles,
  );
  const first = ordered[0];
  if (first && first.m.order === tip && !placed.has(first)) placed.set(first, overlayHint(input, first));
  return placed;
}

/**
 * A title too long for either side of its marker still shows in full on hover and focus: in
 * its row, moved into the window, drawn over the others.
 */
export function overlayHint(input: MilestoneLabelsInput, o: Occurrence): PlacedLabel {
  const { bounds, em } = input;
  const text = input.title(o);
  const width = Math.min(input.measure(text), bounds[2] - bounds[0]);
  const x = Math.max(bounds[0], Math.min(o.x + R * em * 1.5, bounds[2] - width));
  return { text, x, end: false, box: [x, o.y, x + width, o.y] };
}
