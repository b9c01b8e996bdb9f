import {
  dateRange,
  type Conflict,
  type ConflictStatus,
  type KoopDocument,
  type LocalizedText,
  type PartialDate,
  type Role,
} from '@koop/schema';
import { DEFAULT_CONFLICT_RULES, ROLE_TYPES } from './default-rules.js';

/** A stretch of time: partial dates as written, and UTC ms bounds (±Infinity when open). */
export interface Span {
  since?: PartialDate;
  until?: PartialDate;
  start: number;
  end: number;
}

/** A rule that found (or also covers) a conflict. */
export interface AppliedRule {
  id?: string;
  roles: readonly [string, string];
  description?: LocalizedText;
  /** `default`: one of the kit's rules; `document`: `conflictRules[index]`. */
  origin: 'default' | 'document';
  index?: number;
  /** For default rules: the section of the co-production guide. */
  section?: string;
}

export interface RoleConflict {
  /** Stable within one analysis: `c<index>` for explicit conflicts, else `<actor> <role> <role>`. */
  key: string;
  actor: string;
  /** Role ids, as the conflict or the rule names them. */
  roles: string[];
  /** `explicit`: named in `conflicts[]`; `rule`: found by a conflict rule. */
  source: 'explicit' | 'rule';
  /** The rule that found it; for an explicit conflict, a rule that covers it too. */
  rule?: AppliedRule;
  /** The explicit entry and its position in `conflicts[]`. */
  conflict?: Conflict;
  index?: number;
  /** When the actor held the roles at the same time. */
  periods: Span[];
}

/** A contradiction between conflicts, rules and assignments, with its JSON path. */
export interface DataProblem {
  path: string;
  /**
   * `role-not-held`: the conflict names a role no assignment gives the actor.
   * `role-ended`: on the reference day the actor no longer holds the role, yet the conflict is not resolved.
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

export interface ConflictAnalysis {
  conflicts: RoleConflict[];
  problems: DataProblem[];
}

/** Adds `value` to the list of `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && span.start <= last.end + 1) {
      if (span.end > last.end) out[out.length - 1] = { ...last, until: span.until, end: span.end };
    } else out.push(span);
  }
  return out;
}

/** The times covered by one of `a` and one of `b` at once. */
function overlap(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a)
    for (const y of b) {
      const both = intersect(x, y);
      if (both) out.push(both);
    }
  return merge(out);
}

const matches = (role: Role, term: string) => role.id === term || role.type === term;

/**
 * Finds the role conflicts of a document: the partners' own (`conflicts[]`) and those its
 * rules find (`conflictRules[]`, then the kit's default rules unless `defaultConflictRules` is
 * `false`) wherever one actor holds both roles of a rule at the same time. A rule conflict the
 * partners have named already is not repeated; the explicit one records the rule instead.
 *
 * With `at` (a partial date, usually `YYYY-MM-DD`) only assignments valid then count: an explicit
 * conflict shows while the actor holds its roles, a resolved one disappears once a role ended,
 * and one not resolved whose role ended is reported as a data problem. Without `at`, every
 * period counts. Pure: the same input gives the same output.
 */
export function computeConflicts(document: KoopDocument, at?: string): ConflictAnalysis {
  const range = at === undefined ? undefined : dateRange(at);
  const roles = new Map<string, Role>();
  for (const role of document.roles ?? []) if (!roles.has(role.id)) roles.set(role.id, role);
  const actors = new Set((document.actors ?? []).map((actor) => actor.id));
  // Every period each actor held each role; references that do not resolve are the validator's.
  const held = new Map<string, Map<string, Span[]>>();
  for (const assignment of document.assignments ?? []) {
    if (!actors.has(assignment.actor) || !roles.has(assignment.role)) continue;
    let byRole = held.get(assignment.actor);
    if (!byRole) held.set(assignment.actor, (byRole = new Map()));
    push(byRole, assignment.role, spanOf(assignment));
  }

  const conflicts: RoleConflict[] = [];
  const problems: DataProblem[] = [];
  const explicitByActor = new Map<string, RoleConflict[]>();

  (document.conflicts ?? []).forEach((conflict, index) => {
    const actor = conflict.actor;
    if (!actors.has(actor) || !Array.isArray(conflict.roles)) return;
    let periods: Span[] | undefined;
    let notYet = (dateRange(conflict.since)?.[0] ?? -Infinity) > (range?.[1] ?? Infinity);
    const ended: DataProblem[] = [];
    conflict.roles.forEach((role, position) => {
      if (!roles.has(role)) return;
      const path = `conflicts[${index}].roles[${position}]`;
      const spans = held.get(actor)?.get(role);
      if (!spans) {
        problems.push({ path, code: 'role-not-held', actor, role });
        return;
      }
      periods = periods ? overlap(periods, spans) : merge(spans);
      if (!range || spans.some((span) => within(span, range))) return;
      const last = spans.reduce((a, b) => (b.end > a.end ? b : a));
      if (last.end < range[0]) ended.push({ path, code: 'role-ended', actor, role, until: last.until });
      else notYet = true;
    });
    if (notYet || (ended.length && conflict.status === 'resolved')) return;
    for (const problem of ended) problems.push({ ...problem, status: conflict.status });
    const found: RoleConflict = {
      key: `c${index}`,
      actor,
      roles: [...new Set(conflict.roles)],
      source: 'explicit',
      conflict,
      index,
      periods: periods ?? [],
    };
    conflicts.push(found);
    push(explicitByActor, actor, found);
  });

  const rules: AppliedRule[] = [];
  (document.conflictRules ?? []).forEach((rule, index) => {
    if (!Array.isArray(rule.roles) || rule.roles.length !== 2) return;
    rule.roles.forEach((term, position) => {
      if (!roles.has(term) && !(ROLE_TYPES as readonly string[]).includes(term))
        problems.push({
          path: `conflictRules[${index}].roles[${position}]`,
          code: 'unknown-rule-role',
          term,
        });
    });
    rules.push({ id: rule.id, roles: rule.roles, description: rule.description, origin: 'document', index });
  });
  if (document.defaultConflictRules !== false)
    for (const { id, roles: pair, description, section } of DEFAULT_CONFLICT_RULES)
      rules.push({ id, roles: pair, description, section, origin: 'default' });

  for (const [actor, byRole] of held) {
    const current: [Role, Span[]][] = [];
    for (const [id, spans] of byRole) {
      const valid = range ? spans.filter((span) => within(span, range)) : spans;
      if (valid.length) current.push([roles.get(id)!, valid]);
    }
    if (current.length < 2) continue;
    // Pairs already dealt with: the first rule that matches a pair wins (the document's first).
    const seen = new Set<string>();
    for (const rule of rules) {
      const [a, b] = rule.roles;
      for (const [x, xs] of current) {
        if (!matches(x, a)) continue;
        for (const [y, ys] of current) {
          if (x === y || !matches(y, b)) continue;
          const key = [actor, ...[x.id, y.id].sort()].join(' ');
          if (seen.has(key)) continue;
          const periods = overlap(xs, ys);
          if (!periods.length) continue;
          seen.add(key);
          const named = explicitByActor
            .get(actor)
            ?.find((c) => c.roles.includes(x.id) && c.roles.includes(y.id));
          if (named) named.rule ??= rule;
          else conflicts.push({ key, actor, roles: [x.id, y.id], source: 'rule', rule, periods });
        }
      }
    }
  }
  return { conflicts, problems };
}
