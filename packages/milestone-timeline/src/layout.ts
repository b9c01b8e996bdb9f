import { BoxIndex, placeBoxes, type Rect } from '@koop/core';
import { DAY, type PlacedPhase, type TimelineIndex, type TimelineMilestone } from './timeline-index.js';

export type Zoom = 'years' | 'quarters' | 'months';
export type GroupBy = 'phase' | 'goal' | 'actor';
export const ZOOMS: Zoom[] = ['years', 'quarters', 'months'];

/** Width of one day in em: a year is 10em wide, a quarter 8em, a month 6em. */
export const EM_PER_DAY: Record<Zoom, number> = {
  years: 10 / 365.25,
  quarters: 8 / 91.31,
  months: 6 / 30.44,
};

/** Vertical metrics in em: the scale's labels, below them the "today" label, then the bands. */
export const SCALE = 3.3;
/** Baseline of the "today" label, in em: clear of the scale's labels above and the bands below. */
export const TODAY_BASELINE = 2.6;
const BAND = 1.7;
const ROW = 1.9;
const LABEL = 1.5;
const GAP = 0.6;
/** Marker radius in em. */
export const R = 0.5;
/** Room kept beside a marker in its row for a short label, in em. */
const LABEL_ROOM = 6;
/** Gap between a marker and its label, in em. */
export const LABEL_GAP = 0.35;

/** One milestone in one lane. The first occurrence of a milestone is the one that takes focus. */
export interface Occurrence {
  m: TimelineMilestone;
  primary: boolean;
  x: number;
  y: number;
  /** x of the planned date where the actual date differs. */
  planned?: number;
  /** x where an imprecise (month or year) date ends. */
  spanEnd?: number;
  /** Extent of the marker (with its planned date and imprecise span). Labels are placed per view. */
  left: number;
  right: number;
}

export interface Lane {
  y: number;
  height: number;
  /** Label of a group lane; absent in the plain layout. */
  label?: string;
  /** The phase whose band lies behind the lane (group by phase). */
  band?: PlacedPhase;
}

export interface Layout {
  /** Pixels per millisecond. */
  scale: number;
  height: number;
  /** Band geometry of the phase section (not used when grouping by phase). */
  bands: { placed: PlacedPhase; y: number; height: number }[];
  /** Top of the funding section, where a funding cliff marker starts. */
  lanesTop: number;
  lanes: Lane[];
  occurrences: Occurrence[];
  /** The focusable occurrence of each milestone, by its `order`. */
  primary: Occurrence[];
}

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

export interface LayoutInput {
  index: TimelineIndex;
  zoom: Zoom;
  /** Pixels per em. */
  em: number;
  groupBy?: GroupBy;
  /** Lane keys of a milestone and the label of a lane key ('' = none of them). */
  keys: (m: TimelineMilestone) => string[];
  laneLabel: (key: string) => string;
  /** Lane keys in display order (group by only). */
  laneOrder: string[];
}

export function layout(input: LayoutInput): Layout {
  const { index, em, groupBy } = input;
  const scale = (EM_PER_DAY[input.zoom] * em) / DAY;
  const x = (t: number) => (t - index.start) * scale;
  const r = R * em;
  let y = SCALE * em;
  const bands: Layout['bands'] = [];
  if (groupBy !== 'phase') {
    const top = y;
    const fundingTop = top + index.phaseLanes * BAND * em + (index.phaseLanes ? GAP * em : 0);
    for (const placed of index.phases) {
      const base = placed.funding ? fundingTop : top;
      bands.push({ placed, y: base + placed.lane * BAND * em, height: (BAND - 0.35) * em });
    }
    y = fundingTop + index.fundingLanes * BAND * em + (index.fundingLanes ? GAP * em : 0);
  }
  const lanesTop = y;

  const lanes: Lane[] = [];
  const members: Occurrence[][] = [];
  const laneOf = new Map<string, number>();
  const rows = groupBy ? 2 : 3;
  const keys = groupBy ? input.laneOrder : [''];
  for (const key of keys) {
    const height = ((groupBy ? LABEL : 0) + rows * ROW) * em;
    laneOf.set(key, lanes.length);
    lanes.push({
      y,
      height,
      label: groupBy ? input.laneLabel(key) : undefined,
      band: groupBy === 'phase' ? index.phases.find((p) => p.phase.id === key) : undefined,
    });
    members.push([]);
    y += height + GAP * em;
  }

  const occurrences: Occurrence[] = [];
  const primary: Occurrence[] = [];
  for (const m of index.milestones) {
    const main = x(m.time);
    const planned = m.actual && m.planned && m.planned[0] !== m.actual[0] ? x(m.planned[0]) : undefined;
    const range = m.actual ?? m.planned!;
    const imprecise = range[1] - range[0] > DAY;
    const markerRight = Math.max(main, planned ?? main) + r;
    const laneKeys = groupBy ? input.keys(m) : [''];
    laneKeys.forEach((key, i) => {
      const o: Occurrence = {
        m,
        primary: i === 0,
        x: main,
        y: 0,
        planned,
        spanEnd: imprecise ? x(range[1] + 1) : undefined,
        left: Math.min(main, planned ?? main) - r,
        right: Math.max(markerRight, imprecise ? x(range[1] + 1) : 0),
      };
      members[laneOf.get(key) ?? 0].push(o);
      occurrences.push(o);
      if (i === 0) primary[m.order] = o;
    });
  }

  // Sub-rows: each occurrence takes the first row free at its left edge, keeping room for a
  // short label; the labels themselves are placed for each view (see `placeLabels`).
  lanes.forEach((lane, i) => {
    const list = members[i].sort((a, b) => a.left - b.left);
    const ends: number[] = Array(rows).fill(-Infinity);
    const top = lane.y + (groupBy ? LABEL * em : 0);
    for (const o of list) {
      let row = ends.findIndex((end) => end <= o.left);
      if (row < 0) row = ends.indexOf(Math.min(...ends));
      ends[row] = Math.max(ends[row], o.right + LABEL_ROOM * em);
      o.y = top + (row + 0.5) * ROW * em;
    }
  });
  return { scale, height: y, bands, lanesTop, lanes, occurrences, primary };
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
