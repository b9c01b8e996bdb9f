import {
  dateRange,
  heldRoles,
  namedConflicts,
  overlap,
  ruleTermProblems,
  within,
  type Conflict,
  type KoopDocument,
  type LocalizedText,
  type Role,
  type RoleProblem,
  type Span,
} from '@koop/schema';
import { DEFAULT_CONFLICT_RULES } from './default-rules.js';

export { spanOf, within, type Span } from '@koop/schema';

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

/** A contradiction between conflicts, rules and assignments (see `roleProblems` in @koop/schema). */
export type DataProblem = RoleProblem;

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
  const { roles, held } = heldRoles(document);
  const named = namedConflicts(document, at);
  const conflicts: RoleConflict[] = [];
  const explicitByActor = new Map<string, RoleConflict[]>();
  for (const { index, conflict, actor, roles: pair, periods } of named.conflicts) {
    const found: RoleConflict = {
      key: `c${index}`,
      actor,
      roles: pair,
      source: 'explicit',
      conflict,
      index,
      periods,
    };
    conflicts.push(found);
    push(explicitByActor, actor, found);
  }

  const rules: AppliedRule[] = [];
  (Array.isArray(document.conflictRules) ? document.conflictRules : []).forEach((rule, index) => {
    if (!Array.isArray(rule?.roles) || rule.roles.length !== 2) return;
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
          const explicit = explicitByActor
            .get(actor)
            ?.find((c) => c.roles.includes(x.id) && c.roles.includes(y.id));
          if (explicit) explicit.rule ??= rule;
          else conflicts.push({ key, actor, roles: [x.id, y.id], source: 'rule', rule, periods });
        }
      }
    }
  }
  return { conflicts, problems: [...named.problems, ...ruleTermProblems(document)] };
}
