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

/** Vertical metrics in em. */
export const SCALE = 2.6;
const BAND = 1.7;
const ROW = 1.9;
const LABEL = 1.5;
const GAP = 0.6;
/** Marker radius in em. */
export const R = 0.5;
/** Estimated width of one character of a label (0.85em text), in em. */
const CH = 0.48;

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
  /** x of the label relative to `x`. */
  labelX: number;
  label: string;
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
 * Shortens a label to `room` characters with an ellipsis; nothing when it would say too little.
 * With `words`, it cuts at a word boundary only: the visible label of a milestone must stay part
 * of its accessible name (WCAG 2.5.3).
 */
export function fit(text: string, room: number, words = false): string {
  if (text.length <= room) return text;
  const cut = words ? text.lastIndexOf(' ', room - 1) : Math.floor(room) - 1;
  return cut >= 4 ? `${text.slice(0, cut).replace(/[\s,;:.–-]+$/, '')}…` : '';
}

export interface LayoutInput {
  index: TimelineIndex;
  zoom: Zoom;
  /** Pixels per em. */
  em: number;
  groupBy?: GroupBy;
  title: (m: TimelineMilestone) => string;
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
        labelX: markerRight - main + 0.35 * em,
        label: '',
        left: Math.min(main, planned ?? main) - r,
        right: markerRight,
      };
      members[laneOf.get(key) ?? 0].push(o);
      occurrences.push(o);
      if (i === 0) primary[m.order] = o;
    });
  }

  // Sub-rows: each occurrence takes the first row free at its left edge (keeping room for a
  // short label); then each label gets the room up to the next marker in its row.
  lanes.forEach((lane, i) => {
    const list = members[i].sort((a, b) => a.left - b.left);
    const ends: number[] = Array(rows).fill(-Infinity);
    const byRow: Occurrence[][] = ends.map(() => []);
    const top = lane.y + (groupBy ? LABEL * em : 0);
    for (const o of list) {
      let row = ends.findIndex((end) => end <= o.left);
      if (row < 0) row = ends.indexOf(Math.min(...ends));
      ends[row] = Math.max(ends[row], o.right + 6 * em);
      o.y = top + (row + 0.5) * ROW * em;
      byRow[row].push(o);
    }
    for (const row of byRow) {
      row.forEach((o, j) => {
        const room = Math.min((row[j + 1]?.left ?? Infinity) - o.right - 0.8 * em, 16 * em);
        o.label = fit(input.title(o.m), room / (CH * em), true);
        o.right = Math.max(o.right + 0.35 * em + o.label.length * CH * em, o.spanEnd ?? 0);
      });
    }
  });
  return { scale, height: y, bands, lanesTop, lanes, occurrences, primary };
}
