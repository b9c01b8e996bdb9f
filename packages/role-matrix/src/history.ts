import { dateRange, type Assignment, type KoopDocument, type PartialDate } from '@koop/schema';

export type HistoryItem =
  { assignment: Assignment; gap?: undefined } | { gap: { after?: PartialDate; before?: PartialDate } };

/**
 * Everyone who ever held `role` (staff turnover, "Personalfluktuation"), earliest first, with
 * the gaps in which no one held it.
 */
export function roleHistory(document: KoopDocument, role: string): HistoryItem[] {
  const actors = new Set((document.actors ?? []).map((actor) => actor.id));
  const held = (document.assignments ?? [])
    .filter((a) => a.role === role && actors.has(a.actor))
    .map((assignment) => ({
      assignment,
      span: {
        since: assignment.since,
        until: assignment.until,
        start: dateRange(assignment.since)?.[0] ?? -Infinity,
        end: dateRange(assignment.until)?.[1] ?? Infinity,
      },
    }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: HistoryItem[] = [];
  let until = -Infinity;
  let untilText: string | undefined;
  for (const { assignment, span } of held) {
    // A day or more between the end of everything so far and this start: nobody held it.
    if (out.length && span.start > until + 1) out.push({ gap: { after: untilText, before: span.since } });
    out.push({ assignment });
    if (span.end > until) {
      until = span.end;
      untilText = span.until;
    }
  }
  return out;
}
