import { dateRange, dateStart } from './dates.js';
import type { Assignment, KoopDocument, Milestone, Phase } from './types.js';

// Where funding ends without follow-up: the timeline marks it on its axis, the cooperation
// summary warns of it in its backbone line, so both find the same ends.

const DAY = 86_400_000;

/** A funding period that ends without follow-up funding, and what lies beyond its end. */
export interface FundingEnd {
  phase: Phase;
  /** First instant after the period (UTC ms). */
  end: number;
  /** Milestones (not dropped) dated at or after it, in time order (ties: document order). */
  milestones: Milestone[];
  /** Paid assignments that run beyond it. */
  assignments: Assignment[];
}

/** When a milestone happens (UTC ms of the start): its actual date, else its planned one. */
function milestoneTime(milestone: Milestone): number | undefined {
  return dateStart(milestone.actual) ?? dateStart(milestone.planned);
}

/**
 * Funding cliffs: every funding period with an end whose `followUp` names no other phase of the
 * document, and after whose end milestones lie or paid roles run on (else its end is no cliff).
 */
export function fundingCliffs(document: KoopDocument): FundingEnd[] {
  const phaseIds = new Set((document.phases ?? []).map((phase) => phase.id));
  const dated = (document.milestones ?? [])
    .map((milestone, order) => ({ milestone, order, time: milestoneTime(milestone) }))
    .filter((m): m is typeof m & { time: number } => m.time !== undefined)
    .sort((a, b) => a.time - b.time || a.order - b.order);
  // Paid assignments with an end, their bounds worked out once for every period.
  const paid = (document.assignments ?? []).flatMap((assignment) => {
    const until = dateRange(assignment.until);
    return assignment.staffing === 'paid' && until
      ? [{ assignment, since: dateStart(assignment.since), until: until[1] + 1 }]
      : [];
  });
  const cliffs: FundingEnd[] = [];
  for (const phase of document.phases ?? []) {
    const until = dateRange(phase.end);
    const { followUp } = phase;
    if (
      phase.type !== 'funding-period' ||
      !until ||
      (followUp && followUp !== phase.id && phaseIds.has(followUp))
    )
      continue;
    // A period that ends before it starts lasts a day, as the timeline draws it.
    const end = Math.max(until[1] + 1, (dateStart(phase.start) ?? -Infinity) + DAY);
    const milestones = dated
      .filter((m) => m.time >= end && m.milestone.status !== 'dropped')
      .map((m) => m.milestone);
    const assignments = paid
      .filter((p) => p.until > end && (p.since === undefined || p.since < end))
      .map((p) => p.assignment);
    if (milestones.length || assignments.length) cliffs.push({ phase, end, milestones, assignments });
  }
  return cliffs;
}
