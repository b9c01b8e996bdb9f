import { walkSchema, type PathSegment, type SchemaFinding } from './json-schema.js';
import { formatPath } from './path.js';
import { koopSchema } from './schema.generated.js';
import type { KoopDocument } from './types.js';

/** The format version this release reads in full. */
export const SCHEMA_VERSION = '1.1';
const [SUPPORTED_MAJOR, SUPPORTED_MINOR] = SCHEMA_VERSION.split('.').map(Number);

/**
 * One finding, before it is put into words. Errors make a document unusable (a widget shows
 * them instead of the data); warnings are shown beside the data.
 */
export interface Finding {
  severity: 'error' | 'warning';
  /** JSON path, e.g. `goals[3].indicators[0].target.value`; empty for the document itself. */
  path: string;
  code: string;
  params: Record<string, unknown>;
  /** Key of a more specific explanation than the code's. */
  hint?: string;
}

export interface CheckResult {
  /** True when there is no error (warnings allowed). */
  valid: boolean;
  /** The input, typed, when valid. Unknown fields are kept as they are. */
  document?: KoopDocument;
  findings: Finding[];
}

const finding = (severity: Finding['severity'], { path, code, params, hint }: SchemaFinding): Finding => ({
  severity,
  path: formatPath(path),
  code,
  params,
  ...(hint ? { hint } : {}),
});

/**
 * Checks any JSON value as a koop document: the JSON Schema with Koop's annotations (unique
 * ids, references that resolve, real dates in order, allowed links), then what needs several
 * fields at once (indicator values, hierarchy cycles). Never throws. `validateDocument` adds
 * the German and English messages; widgets load those only when there is something to say.
 */
export function checkDocument(input: unknown): CheckResult {
  const warnings: SchemaFinding[] = [];
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version)) {
    const [major, minor] = version.split('.').map(Number);
    const base = { path: ['schemaVersion'], params: { version, supported: SCHEMA_VERSION } };
    if (major > SUPPORTED_MAJOR) {
      return { valid: false, findings: [finding('error', { ...base, code: 'schema-version-newer' })] };
    }
    if (major === SUPPORTED_MAJOR && minor > SUPPORTED_MINOR)
      warnings.push({ ...base, code: 'schema-version-minor' });
  }

  const walk = walkSchema(koopSchema, input);
  if (walk.errors.length) return { valid: false, findings: walk.errors.map((e) => finding('error', e)) };

  const document = input as KoopDocument;
  const warn = (path: PathSegment[], code: string, params: Record<string, unknown> = {}) =>
    warnings.push({ path, code, params });

  const known = new Map<string, Map<string, PathSegment[]>>();
  for (const { list, id, path } of walk.ids) {
    const ids = known.get(list) ?? known.set(list, new Map()).get(list)!;
    const first = ids.get(id);
    if (first) warn(path, 'duplicate-id', { id, first: formatPath(first.slice(0, 2)) });
    else ids.set(id, path);
  }
  for (const { list, id, path } of walk.refs) {
    // The item the reference stands in, e.g. goals[2] for goals[2].parent.
    const owner = (document as unknown as Record<string, { id?: string }[]>)[path[0]]?.[path[1] as number];
    if (path[0] === list && owner?.id === id) warn(path, 'self-reference');
    else if (!known.get(list)?.has(id)) warn(path, 'unknown-reference', { id, collection: list });
  }
  checkIndicators(document, warn);
  checkParentCycles('actors', document.actors, warn);
  checkParentCycles('goals', document.goals, warn);
  checkParentCycles('entries', document.entries, warn, 'partOf');

  return {
    valid: true,
    document,
    findings: [...warnings, ...walk.warnings].map((w) => finding('warning', w)),
  };
}

type Warn = (path: PathSegment[], code: string, params?: Record<string, unknown>) => void;

function checkIndicators(document: KoopDocument, warn: Warn) {
  document.goals?.forEach((goal, i) =>
    goal.indicators?.forEach((indicator, k) => {
      const at: PathSegment[] = ['goals', i, 'indicators', k];
      const targets: [PathSegment[], unknown][] = [
        [['target', 'value'], indicator.target?.value],
        ...(indicator.targets ?? []).map((t, n): [PathSegment[], unknown] => [
          ['targets', n, 'value'],
          t.value,
        ]),
      ];
      if (indicator.measure !== 'qualitative') {
        const values: [PathSegment[], unknown][] = [
          [['baseline', 'value'], indicator.baseline?.value],
          ...targets,
          ...(indicator.observations ?? []).map((o, n): [PathSegment[], unknown] => [
            ['observations', n, 'value'],
            o.value,
          ]),
        ];
        // null is a gap in the series, not a value.
        for (const [rest, value] of values)
          if (value !== undefined && value !== null && typeof value !== 'number')
            warn([...at, ...rest], 'numeric-value');
      }
      const base = indicator.baseline?.value;
      const direction = indicator.direction;
      const mismatch = (target: unknown) =>
        typeof base === 'number' &&
        typeof target === 'number' &&
        ((direction === 'increase' && target < base) || (direction === 'decrease' && target > base));
      // Reported once, at the direction, as in format 1.0.
      if (targets.some(([, target]) => mismatch(target)))
        warn([...at, 'direction'], 'direction-mismatch', { direction });
    }),
  );
}

function checkParentCycles<Item extends { id: string }>(
  list: 'actors' | 'goals' | 'entries',
  items: Item[] | undefined,
  warn: Warn,
  field: keyof Item & string = 'parent' as keyof Item & string,
) {
  if (!items) return;
  const parentOf = new Map(items.map((item) => [item.id, item[field] as string | undefined]));
  const reported = new Set<string>();
  items.forEach((item, i) => {
    const parent = item[field] as string | undefined;
    if (parent === undefined || parent === item.id) return; // none, or reported as a self-reference
    const visited = new Set([item.id]);
    for (
      let current: string | undefined = parent;
      current !== undefined && parentOf.has(current);
      current = parentOf.get(current)
    ) {
      if (!visited.has(current)) {
        visited.add(current);
        continue;
      }
      if (current === item.id && !reported.has(item.id)) {
        visited.forEach((id) => reported.add(id));
        warn([list, i, field], 'parent-cycle', { id: item.id });
      }
      break;
    }
  });
}
