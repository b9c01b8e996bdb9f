import type { LocalizedText } from '@koop/schema';
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

/** What a lane is named after: a phase, goal or actor. */
type Named = { name?: LocalizedText; shortName?: LocalizedText; title?: LocalizedText };

/**
 * The layout with its lanes: by phase, goal or actor, the lanes of the items that have
 * milestones (and, by phase, every dated phase), in the document's order, then "none of them".
 * `name` gives a lane's label (undefined: the lane of milestones without such an item).
 */
export function groupedLayout(
  index: TimelineIndex,
  zoom: Zoom,
  em: number,
  group: GroupBy | undefined,
  name: (item: Named | undefined) => string,
): Layout {
  const used = new Set<string>();
  const keys = (m: TimelineMilestone): string[] => {
    const ids =
      group === 'phase'
        ? m.phases.map((p) => p.id)
        : [...new Set(group === 'goal' ? m.milestone.goals : m.milestone.actors)].filter((id) =>
            (group === 'goal' ? index.goals : index.actors).has(id),
          );
    const list = ids.length ? ids : [''];
    list.forEach((id) => used.add(id));
    return list;
  };
  index.milestones.forEach(keys);
  const all: Map<string, Named> =
    group === 'phase' ? index.phaseById : group === 'goal' ? index.goals : index.actors;
  const dated = new Set(index.phases.map((p) => p.phase.id));
  const laneOrder = [...all.keys()].filter((id) => used.has(id) || (group === 'phase' && dated.has(id)));
  if (used.has('')) laneOrder.push('');
  return layout({
    index,
    zoom,
    em,
    groupBy: group,
    keys,
    laneOrder,
    laneLabel: (key) => name(key ? all.get(key) : undefined),
  });
}

/** The part of a layout in a window: what is drawn, and which milestone takes focus. */
export interface Slice {
  /** Left edge of the window (px in the layout). */
  left: number;
  /** Time-order position of the milestone that takes focus; -1: none. */
  roving: number;
  /** Its occurrence, drawn last so its element stays (and keeps focus) as the window moves. */
  focusable?: Occurrence;
  /** The other occurrences that reach into the window. */
  shown: Occurrence[];
  /** Whether the extent from `a` to `b` (px) reaches into the window. */
  within: (a: number, b: number) => boolean;
}

/**
 * Slices a layout to the window that starts at `from` (UTC ms) and is `width` px wide; only
 * what reaches into it (give or take an em) is drawn. `focusOrder` is the milestone that keeps
 * focus; -1 (or out of range): the first one in view, else the last one.
 */
export function slice(
  plan: Layout,
  index: TimelineIndex,
  from: number,
  width: number,
  em: number,
  focusOrder: number,
): Slice {
  const left = (from - index.start) * plan.scale;
  const [low, high] = [left - em, left + width + em];
  const within = (a: number, b: number) => b >= low && a <= high;
  let roving = focusOrder;
  if (roving < 0 || roving >= plan.primary.length)
    roving = (plan.primary.find((o) => o.x >= left) ?? plan.primary.at(-1))?.m.order ?? -1;
  const focusable = plan.primary[roving];
  const shown = plan.occurrences.filter((o) => o !== focusable && within(o.left, o.right));
  return { left, roving, focusable, shown, within };
}
