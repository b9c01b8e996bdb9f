import {
  dateRange,
  fundingCliffs,
  parseCalendarDate,
  type Actor,
  type Assignment,
  type Goal,
  type KoopDocument,
  type LocalizedText,
  type Milestone,
  type Phase,
  type Role,
} from '@koop/schema';

export const DAY = 86_400_000;

/** A phase or funding period with a place on the axis (UTC ms, end exclusive). */
export interface PlacedPhase {
  phase: Phase;
  start: number;
  end: number;
  funding: boolean;
  /** Lane within its section (phases, or funding periods); overlapping ones get separate lanes. */
  lane: number;
}

export interface TimelineMilestone {
  milestone: Milestone;
  /** Index in `document.milestones`, for its path. */
  path: number;
  /** Position in time order. */
  order: number;
  /** Start (UTC ms) of the date shown: `actual`, else `planned`. */
  time: number;
  planned?: [number, number];
  actual?: [number, number];
  /** Its `phase`, else the (non-funding) phases whose time contains it; empty: outside all phases. */
  phases: Phase[];
}

/** A funding period that ends without follow-up funding, and what lies beyond its end. */
export interface FundingCliff {
  phase: Phase;
  /** First instant after the period (UTC ms). */
  end: number;
  milestones: TimelineMilestone[];
  assignments: Assignment[];
}

export interface Undated {
  /** JSON path, e.g. `milestones[3]`. */
  path: string;
  title: LocalizedText;
}

/** What the timeline needs from a document, computed once per document. */
export interface TimelineIndex {
  phases: PlacedPhase[];
  phaseLanes: number;
  fundingLanes: number;
  /** Dated milestones in time order (ties: document order). */
  milestones: TimelineMilestone[];
  undated: Undated[];
  /** The span of every date in the document (UTC ms), padded a little. */
  start: number;
  end: number;
  /** `cooperation.period`, completed by the document's dates. */
  period: [number, number];
  cliffs: FundingCliff[];
  phaseById: Map<string, Phase>;
  goals: Map<string, Goal>;
  actors: Map<string, Actor>;
  roles: Map<string, Role>;
}

export type DelayUnit = 'day' | 'month' | 'year';

/**
 * How much later (positive) or earlier the actual date is than the planned one, in the finest
 * unit both dates have: days (for two days up to 60 days apart), else months, else years.
 */
export function delayBetween(
  planned?: string,
  actual?: string,
): { amount: number; unit: DelayUnit } | undefined {
  const p = parseCalendarDate(planned);
  const a = parseCalendarDate(actual);
  if (!p || !a) return undefined;
  if (p.precision === 'year' || a.precision === 'year') return { amount: a.year - p.year, unit: 'year' };
  if (p.precision === 'day' && a.precision === 'day') {
    const days = Math.round((dateRange(actual)![0] - dateRange(planned)![0]) / DAY);
    if (Math.abs(days) <= 60) return { amount: days, unit: 'day' };
    return { amount: Math.round(days / 30.44), unit: 'month' };
  }
  return { amount: (a.year - p.year) * 12 + a.month! - p.month!, unit: 'month' };
}

function firstById<T extends { id: string }>(list: T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Greedy interval partitioning: each item gets the first lane that is free at its start. */
function packLanes(items: PlacedPhase[]): number {
  const ends: number[] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    let lane = ends.findIndex((end) => end <= item.start);
    if (lane < 0) lane = ends.push(0) - 1;
    ends[lane] = item.end;
    item.lane = lane;
  }
  return ends.length;
}

const indexes = new WeakMap<KoopDocument, TimelineIndex>();

export function timelineIndex(document: KoopDocument): TimelineIndex {
  let index = indexes.get(document);
  if (index) return index;
  const phaseById = firstById(document.phases);
  const undated: Undated[] = [];
  let min = Infinity;
  let max = -Infinity;
  const extend = (range?: [number, number]) => {
    if (range) {
      min = Math.min(min, range[0]);
      max = Math.max(max, range[1] + 1);
    }
  };

  const milestones: TimelineMilestone[] = [];
  (document.milestones ?? []).forEach((milestone, path) => {
    const planned = dateRange(milestone.planned);
    const actual = dateRange(milestone.actual);
    extend(planned);
    extend(actual);
    const time = (actual ?? planned)?.[0];
    if (time === undefined) undated.push({ path: `milestones[${path}]`, title: milestone.title });
    else milestones.push({ milestone, path, order: 0, time, planned, actual, phases: [] });
  });

  const ranges = (document.phases ?? []).map((phase, path) => {
    const start = dateRange(phase.start);
    const end = dateRange(phase.end);
    extend(start);
    extend(end);
    if (!start && !end) undated.push({ path: `phases[${path}]`, title: phase.name });
    return { phase, start: start?.[0], end: end && end[1] + 1 };
  });
  const period = document.cooperation?.period;
  const periodStart = dateRange(period?.start)?.[0];
  const periodEnd = dateRange(period?.end)?.[1];
  extend(periodStart === undefined ? undefined : [periodStart, periodStart]);
  extend(periodEnd === undefined ? undefined : [periodEnd, periodEnd]);

  if (min > max) {
    // Nothing dated: a year around the turn of the current one, so the axis still has a scale.
    min = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    max = min + 365 * DAY;
  }
  const pad = 20 * DAY;
  const start = min - pad;
  const end = max + pad;

  // A phase open at one end runs to the edge of the document's time.
  const phases: PlacedPhase[] = [];
  for (const { phase, start: from, end: to } of ranges) {
    if (from === undefined && to === undefined) continue;
    const s = from ?? min;
    phases.push({
      phase,
      start: s,
      end: Math.max(to ?? max, s + DAY),
      funding: phase.type === 'funding-period',
      lane: 0,
    });
  }
  const phaseLanes = packLanes(phases.filter((p) => !p.funding));
  const fundingLanes = packLanes(phases.filter((p) => p.funding));

  milestones.sort((a, b) => a.time - b.time || a.path - b.path);
  milestones.forEach((m, order) => {
    m.order = order;
    const own = m.milestone.phase ? phaseById.get(m.milestone.phase) : undefined;
    m.phases = own
      ? [own]
      : phases.filter((p) => !p.funding && p.start <= m.time && m.time < p.end).map((p) => p.phase);
  });

  // Funding cliffs (shared with the cooperation summary), with the milestones as placed here.
  const placedOf = new Map(milestones.map((m) => [m.milestone, m]));
  const cliffs: FundingCliff[] = fundingCliffs(document).map((cliff) => ({
    ...cliff,
    milestones: cliff.milestones.map((m) => placedOf.get(m)!),
  }));

  index = {
    phases,
    phaseLanes,
    fundingLanes,
    milestones,
    undated,
    start,
    end,
    period: [periodStart ?? min, periodEnd === undefined ? max : periodEnd + 1],
    cliffs,
    phaseById,
    goals: firstById(document.goals),
    actors: firstById(document.actors),
    roles: firstById(document.roles),
  };
  indexes.set(document, index);
  return index;
}
