import type { Finding } from './check.js';
import { dateRange } from './dates.js';
import { itemsOf } from './items.js';
import { koopSchema } from './schema.generated.js';
import type { Conflict, ConflictStatus, KoopDocument, PartialDate, Role, RoleType } from './types.js';

/**
 * Roles over time: who held which role when, the conflicts the partners named and how they
 * stand on a given day, and the contradictions between conflicts, rules and assignments. The
 * data check reports those contradictions as of the document's date; the role matrix shows them
 * for the day it shows, so both say the same.
 */

/** A stretch of time: partial dates as written, and UTC ms bounds (±Infinity when open). */
export interface Span {
  since?: PartialDate;
  until?: PartialDate;
  start: number;
  end: number;
}

/** The well-known role types (`roles[].type`), which conflict rules may name instead of a role id. */
export const ROLE_TYPES = koopSchema.$defs!.role.properties!.type.enum as readonly RoleType[];

/** A contradiction between conflicts, rules and assignments, with its JSON path. */
export interface RoleProblem {
  path: string;
  /**
   * `role-not-held`: the conflict names a role no assignment gives the actor.
   * `role-ended`: on the day in question the actor no longer holds the role, yet the conflict is not resolved.
   * `unknown-rule-role`: a rule names neither a role id nor a well-known role type.
   */
  code: 'role-not-held' | 'role-ended' | 'unknown-rule-role';
  actor?: string;
  role?: string;
  /** For `role-ended`: when the actor's last assignment of the role ended. */
  until?: PartialDate;
  status?: ConflictStatus;
  /** For `unknown-rule-role`: the term the rule names. */
  term?: string;
}

/** A conflict of `conflicts[]` that stands on the day in question. */
export interface NamedConflict {
  index: number;
  conflict: Conflict;
  actor: string;
  /** Its role ids, each once. */
  roles: string[];
  /** When the actor held all its roles at once. */
  periods: Span[];
}

const spans = new WeakMap<object, Span>();

/**
 * The stretch an item with `since` and `until` covers; a missing or unreadable bound is open.
 * Read once per item (documents are not changed in place).
 */
export function spanOf(item: { since?: unknown; until?: unknown }): Span {
  let span = spans.get(item);
  if (!span) {
    const start = dateRange(item.since)?.[0];
    const end = dateRange(item.until)?.[1];
    span = {
      since: start === undefined ? undefined : (item.since as string),
      until: end === undefined ? undefined : (item.until as string),
      start: start ?? -Infinity,
      end: end ?? Infinity,
    };
    spans.set(item, span);
  }
  return span;
}

/** Whether `span` touches `range` (no range: always). */
export const within = (span: Span, range?: readonly [number, number]): boolean =>
  !range || (span.start <= range[1] && span.end >= range[0]);

function intersect(a: Span, b: Span): Span | undefined {
  const later = a.start >= b.start ? a : b;
  const earlier = a.end <= b.end ? a : b;
  return later.start <= earlier.end
    ? { since: later.since, until: earlier.until, start: later.start, end: earlier.end }
    : undefined;
}

/** Sorted, with overlapping and adjacent spans joined. */
export function merge(list: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...list].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && span.start <= last.end + 1) {
      if (span.end > last.end) out[out.length - 1] = { ...last, until: span.until, end: span.end };
    } else out.push(span);
  }
  return out;
}

/** The times covered by one of `a` and one of `b` at once. */
export function overlap(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a)
    for (const y of b) {
      const both = intersect(x, y);
      if (both) out.push(both);
    }
  return merge(out);
}

export interface HeldRoles {
  /** The role catalogue by id (the first of a duplicate id). */
  roles: Map<string, Role>;
  actors: Set<string>;
  /** Actor → role → every period the actor held it; references that do not resolve are left out. */
  held: Map<string, Map<string, Span[]>>;
}

const heldCache = new WeakMap<object, HeldRoles>();

/** Who held which role when, over the document's whole time. */
export function heldRoles(document: KoopDocument): HeldRoles {
  let result = heldCache.get(document);
  if (result) return result;
  const roles = new Map<string, Role>();
  for (const role of itemsOf(document.roles)) if (!roles.has(role.id)) roles.set(role.id, role);
  const actors = new Set(itemsOf(document.actors).map((actor) => actor.id));
  const held = new Map<string, Map<string, Span[]>>();
  for (const assignment of itemsOf(document.assignments)) {
    if (!actors.has(assignment.actor) || !roles.has(assignment.role)) continue;
    let byRole = held.get(assignment.actor);
    if (!byRole) held.set(assignment.actor, (byRole = new Map()));
    const list = byRole.get(assignment.role);
    if (list) list.push(spanOf(assignment));
    else byRole.set(assignment.role, [spanOf(assignment)]);
  }
  heldCache.set(document, (result = { roles, actors, held }));
  return result;
}

/**
 * The partners' own conflicts (`conflicts[]`) as they stand on the day `at` (a partial date;
 * undefined: every period counts): one shows while the actor holds its roles, a resolved one
 * disappears once a role ended, one not resolved whose role ended is a problem, as is a role
 * the actor never holds.
 */
export function namedConflicts(
  document: KoopDocument,
  at?: string,
): { conflicts: NamedConflict[]; problems: RoleProblem[] } {
  const range = at === undefined ? undefined : dateRange(at);
  const { roles, actors, held } = heldRoles(document);
  const conflicts: NamedConflict[] = [];
  const problems: RoleProblem[] = [];
  (Array.isArray(document.conflicts) ? document.conflicts : []).forEach((conflict, index) => {
    if (!conflict || typeof conflict !== 'object') return;
    const actor = conflict.actor;
    if (!actors.has(actor) || !Array.isArray(conflict.roles)) return;
    let periods: Span[] | undefined;
    let notYet = (dateRange(conflict.since)?.[0] ?? -Infinity) > (range?.[1] ?? Infinity);
    const ended: RoleProblem[] = [];
    conflict.roles.forEach((role, position) => {
      // A role that is not in the catalogue is the reference check's.
      if (!roles.has(role)) return;
      const path = `conflicts[${index}].roles[${position}]`;
      const list = held.get(actor)?.get(role);
      if (!list) {
        problems.push({ path, code: 'role-not-held', actor, role });
        return;
      }
      periods = periods ? overlap(periods, list) : merge(list);
      if (!range || list.some((span) => within(span, range))) return;
      const last = list.reduce((a, b) => (b.end > a.end ? b : a));
      if (last.end < range[0]) ended.push({ path, code: 'role-ended', actor, role, until: last.until });
      else notYet = true;
    });
    if (notYet || (ended.length && conflict.status === 'resolved')) return;
    for (const problem of ended) problems.push({ ...problem, status: conflict.status });
    conflicts.push({ index, conflict, actor, roles: [...new Set(conflict.roles)], periods: periods ?? [] });
  });
  return { conflicts, problems };
}

/** Terms of `conflictRules[]` that are neither a role id nor a well-known role type. */
export function ruleTermProblems(document: KoopDocument): RoleProblem[] {
  const { roles } = heldRoles(document);
  const problems: RoleProblem[] = [];
  (Array.isArray(document.conflictRules) ? document.conflictRules : []).forEach((rule, index) => {
    if (!rule || !Array.isArray(rule.roles) || rule.roles.length !== 2) return;
    rule.roles.forEach((term, position) => {
      if (typeof term === 'string' && !roles.has(term) && !(ROLE_TYPES as readonly string[]).includes(term))
        problems.push({
          path: `conflictRules[${index}].roles[${position}]`,
          code: 'unknown-rule-role',
          term,
        });
    });
  });
  return problems;
}

/** Every contradiction between conflicts, rules and assignments on the day `at`. */
export function roleProblems(document: KoopDocument, at?: string): RoleProblem[] {
  return [...namedConflicts(document, at).problems, ...ruleTermProblems(document)];
}

/**
 * The day a document describes unless a widget is told otherwise: its `updatedAt` (a date or
 * date-time), unless that lies in the future or is unreadable; then `today` (YYYY-MM-DD).
 */
export function documentDay(document: KoopDocument, today = new Date().toISOString().slice(0, 10)): string {
  const updated = typeof document.updatedAt === 'string' ? document.updatedAt.slice(0, 10) : undefined;
  return updated && dateRange(updated) && updated < today ? updated : today;
}

/**
 * The day the role matrix shows unless told otherwise, and the data check reports its findings
 * for: the document's day (see `documentDay`); for a historical document, on whose day nobody
 * holds a role any more, the last day someone did (`lastHeld`).
 */
export function rolesDay(document: KoopDocument, today?: string): { day: string; lastHeld: boolean } {
  const day = documentDay(document, today);
  const range = dateRange(day)!;
  let last = -Infinity;
  for (const byRole of heldRoles(document).held.values())
    for (const list of byRole.values())
      for (const span of list) {
        if (within(span, range)) return { day, lastHeld: false };
        if (span.end < range[0] && span.end > last && span.start <= span.end) last = span.end;
      }
  return Number.isFinite(last)
    ? { day: new Date(last).toISOString().slice(0, 10), lastHeld: true }
    : { day, lastHeld: false };
}

/**
 * The contradictions between conflicts, rules and assignments on the day `at` (see
 * `roleProblems`), as findings with the names of the actor and role in their params: a
 * conflict naming a role the actor does not hold (or no longer holds, while the conflict is
 * not resolved) is a warning; a rule naming a role that does not exist is an error, like any
 * reference to nothing. The data check reports them as of the document's date, the role
 * matrix for the day it shows.
 */
export function roleFindings(document: KoopDocument, at?: string): Finding[] {
  const { roles } = heldRoles(document);
  const actors = new Map(itemsOf(document.actors).map((actor) => [actor.id, actor]));
  return roleProblems(document, at).map(({ path, code, ...details }) => {
    const params: Record<string, unknown> = { ...details };
    const actor = details.actor === undefined ? undefined : actors.get(details.actor);
    if (actor) params.actorName = actor.shortName ?? actor.name;
    const role = details.role === undefined ? undefined : roles.get(details.role);
    if (role) params.roleName = role.name;
    return { severity: code === 'unknown-rule-role' ? 'error' : 'warning', path, code, params };
  });
}
