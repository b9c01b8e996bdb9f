import {
  dateRange,
  dateStart,
  fundingCliffs,
  indicatorProgress,
  SECTOR_ORDER,
  type Actor,
  type Assignment,
  type Entry,
  type FundingEnd,
  type GoalStatus,
  type KoopDocument,
  type Milestone,
  type PartialDate,
  type Phase,
  type Sector,
} from '@koop/schema';

/** The five conditions of collective impact ("Gemeinsam Wirken"), in their order. */
export const CONDITIONS = ['goals', 'indicators', 'activities', 'communication', 'backbone'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** How a condition stands: `ok`, `attention` (something needs looking at), `none` (nothing entered). */
export type ConditionStatus = 'ok' | 'attention' | 'none';

const DAY = 86_400_000;
/** Without a rhythm to go by, a year without a meeting needs attention. */
const MEETING_GAP = 365 * DAY;

export interface GoalsCondition {
  status: ConditionStatus;
  total: number;
  count: Partial<Record<GoalStatus, number>>;
}

export interface IndicatorsCondition {
  status: ConditionStatus;
  total: number;
  /** Indicators with an observed value (the baseline alone is none). */
  measured: number;
  /** Indicators with a forecast (`on-track`, `reached`, `at-risk`, `missed`). */
  forecast: number;
  /** Of those: on track or reached. */
  onTrack: number;
  /** Of those: at risk or missed. */
  atRisk: number;
  /** The most recent observation's date. */
  latest?: string;
}

export interface ActivitiesCondition {
  status: ConditionStatus;
  /** Current partners (actors not gone by the reference date) by sector, in `SECTOR_ORDER`, `none` last. */
  sectors: [Sector | 'none', number][];
  partners: number;
  /** Milestones not dropped. */
  milestones: number;
  reached: number;
  /** Delayed, or open with a planned date that has passed. */
  late: number;
  /** The next open milestone from the reference date on. */
  next?: Milestone;
}

export interface CommunicationCondition {
  status: ConditionStatus;
  entries: number;
  /** The latest entry up to the reference date. */
  latest?: Entry;
  /** The latest meeting up to the reference date (not cancelled or postponed). */
  lastMeeting?: Entry;
  /** The usual time between meetings (the median, in days), from two meetings on. */
  rhythm?: number;
}

export interface BackboneCondition {
  status: ConditionStatus;
  /** Who holds a coordination role on the reference date. */
  holders: { assignment: Assignment; actor?: Actor }[];
  /** Whether the document assigns a coordination role at all. */
  coordination: boolean;
  /**
   * The end of the funding that covers the reference date, follow-ups included; null: it has
   * no end; undefined: no funding period covers the date.
   */
  fundedUntil?: PartialDate | null;
  /** The next funding cliff (as the timeline marks it) after the reference date. */
  cliff?: FundingEnd;
}

export interface CooperationSummary {
  goals: GoalsCondition;
  indicators: IndicatorsCondition;
  activities: ActivitiesCondition;
  communication: CommunicationCondition;
  backbone: BackboneCondition;
}

/** Whether a span of partial dates (open ends allowed) contains `time`. */
function during(since: unknown, until: unknown, time: number): boolean {
  const start = dateStart(since);
  const end = dateRange(until)?.[1];
  return (start === undefined || start <= time) && (end === undefined || time <= end);
}

const status = (present: boolean, attention: boolean): ConditionStatus =>
  !present ? 'none' : attention ? 'attention' : 'ok';

function goalsOf(document: KoopDocument): GoalsCondition {
  const goals = document.goals ?? [];
  const count: Partial<Record<GoalStatus, number>> = {};
  for (const goal of goals) if (goal.status) count[goal.status] = (count[goal.status] ?? 0) + 1;
  return { status: status(goals.length > 0, !!count['at-risk']), total: goals.length, count };
}

function indicatorsOf(document: KoopDocument, today: number): IndicatorsCondition {
  const result = { total: 0, measured: 0, forecast: 0, onTrack: 0, atRisk: 0 } as IndicatorsCondition;
  let latest: number | undefined;
  for (const goal of document.goals ?? [])
    for (const indicator of goal.indicators ?? []) {
      result.total++;
      const progress = indicatorProgress(indicator, today);
      // Its latest observation with a value; the baseline stands in when there is none.
      const last = progress.latest !== indicator.baseline ? progress.latest : undefined;
      if (last) {
        result.measured++;
        const time = dateStart(last.date)!;
        if (latest === undefined || time > latest) [latest, result.latest] = [time, last.date];
      }
      if (progress.forecast === 'unknown') continue;
      result.forecast++;
      if (progress.forecast === 'on-track' || progress.forecast === 'reached') result.onTrack++;
      else result.atRisk++;
    }
  result.status = status(result.total > 0, result.atRisk > 0 || !result.measured);
  return result;
}

function activitiesOf(document: KoopDocument, today: number): ActivitiesCondition {
  const actors = (document.actors ?? []).filter((a) => during(undefined, a.until, today));
  const bySector = new Map<Sector | 'none', number>();
  for (const actor of actors)
    bySector.set(actor.sector ?? 'none', (bySector.get(actor.sector ?? 'none') ?? 0) + 1);
  const sectors = [...SECTOR_ORDER, 'none' as const]
    .filter((sector) => bySector.has(sector))
    .map((sector) => [sector, bySector.get(sector)!] as [Sector | 'none', number]);
  const milestones = (document.milestones ?? []).filter((m) => m.status !== 'dropped');
  const open = milestones.filter((m) => m.status !== 'reached' && !m.actual);
  const late = open.filter(
    (m) => m.status === 'delayed' || (dateRange(m.planned)?.[1] ?? Infinity) < today,
  ).length;
  const next = open
    .filter((m) => (dateRange(m.planned)?.[1] ?? -Infinity) >= today)
    .sort((a, b) => dateStart(a.planned)! - dateStart(b.planned)!)[0];
  return {
    status: status(actors.length + milestones.length > 0, late > 0),
    sectors,
    partners: actors.length,
    milestones: milestones.length,
    reached: milestones.filter((m) => m.status === 'reached' || (!m.status && m.actual)).length,
    late,
    next,
  };
}

function communicationOf(document: KoopDocument, today: number): CommunicationCondition {
  const entries = document.entries ?? [];
  const times = new Map(entries.map((e) => [e, dateStart(e.date) ?? Infinity]));
  const past = entries.filter((e) => times.get(e)! <= today);
  const latestOf = (list: Entry[]) =>
    list.reduce<Entry | undefined>((a, e) => (!a || times.get(e)! > times.get(a)! ? e : a), undefined);
  // A meeting that took place; an agenda item (`partOf`) is part of one, not one of its own.
  const meetings = past.filter(
    (e) => e.type === 'meeting' && !e.partOf && e.status !== 'cancelled' && e.status !== 'postponed',
  );
  const days = [...new Set(meetings.map((e) => times.get(e)!))].sort((a, b) => a - b);
  const gaps = days
    .slice(1)
    .map((time, i) => time - days[i])
    .sort((a, b) => a - b);
  const middle = gaps.length >> 1;
  const rhythm = gaps.length
    ? Math.round((gaps.length % 2 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2) / DAY)
    : undefined;
  const lastMeeting = latestOf(meetings);
  // Attention when the partners have not met for twice their usual time (a year without one).
  const silent =
    !lastMeeting ||
    today - times.get(lastMeeting)! > (rhythm ? Math.max(2 * rhythm * DAY, 60 * DAY) : MEETING_GAP);
  return {
    status: status(entries.length > 0, silent),
    entries: entries.length,
    latest: latestOf(past),
    lastMeeting,
    rhythm,
  };
}

function backboneOf(document: KoopDocument, today: number): BackboneCondition {
  const coordinating = new Set(
    (document.roles ?? []).filter((r) => r.type === 'coordination').map((r) => r.id),
  );
  const assignments = (document.assignments ?? []).filter((a) => coordinating.has(a.role));
  const actors = new Map((document.actors ?? []).map((a) => [a.id, a]));
  const holders = assignments
    .filter((a) => during(a.since, a.until, today))
    .map((assignment) => ({ assignment, actor: actors.get(assignment.actor) }));
  // The funding that runs today, followed through its follow-ups (a cycle stops).
  const phases = new Map((document.phases ?? []).map((p) => [p.id, p]));
  let fundedUntil: PartialDate | null | undefined;
  for (const phase of document.phases ?? []) {
    if (phase.type !== 'funding-period' || !during(phase.start, phase.end, today)) continue;
    const seen = new Set<Phase>();
    let last = phase;
    for (let p: Phase | undefined = phase; p && !seen.has(p); p = phases.get(p.followUp ?? ''))
      seen.add((last = p));
    const end = dateRange(last.end)?.[1];
    if (end === undefined || fundedUntil === null) fundedUntil = null;
    else if (fundedUntil === undefined || end > dateRange(fundedUntil)![1]) fundedUntil = last.end;
  }
  const cliff = fundingCliffs(document)
    .filter((c) => c.end > today)
    .sort((a, b) => a.end - b.end)[0];
  const funded = (document.phases ?? []).some((p) => p.type === 'funding-period');
  return {
    status: status(assignments.length > 0 || funded, !!cliff || !holders.length),
    holders,
    coordination: assignments.length > 0,
    fundedUntil,
    cliff,
  };
}

/** A meeting rhythm in words' terms: about weekly, every two weeks, monthly, yearly, else every so many months. */
export type Rhythm = 'weekly' | 'biweekly' | 'monthly' | 'yearly' | number;

/** The rhythm of meetings `days` apart (the number: months, at least two). */
export function rhythmOf(days: number): Rhythm {
  if (days <= 10) return 'weekly';
  if (days <= 21) return 'biweekly';
  if (days <= 45) return 'monthly';
  if (days >= 320 && days <= 410) return 'yearly';
  return Math.max(2, Math.round(days / 30.44));
}

/**
 * A cooperation's state along the five conditions of collective impact, as of `today` (UTC ms):
 * what the summary shows, worked out once per document and date.
 */
export function cooperationSummary(document: KoopDocument, today: number): CooperationSummary {
  return {
    goals: goalsOf(document),
    indicators: indicatorsOf(document, today),
    activities: activitiesOf(document, today),
    communication: communicationOf(document, today),
    backbone: backboneOf(document, today),
  };
}
