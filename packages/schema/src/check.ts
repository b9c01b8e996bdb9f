import { walkSchema, type PathSegment, type SchemaFinding } from './json-schema.js';
import { formatPath } from './path.js';
import { itemsOf } from './items.js';
import { koopSchema } from './schema.generated.js';
import type { KoopDocument } from './types.js';

/** The format version this release reads in full. */
export const SCHEMA_VERSION = '1.2';
const [SUPPORTED_MAJOR, SUPPORTED_MINOR] = SCHEMA_VERSION.split('.').map(Number);

/**
 * One finding, before it is put into words. An error means the document must not be
 * published like this (the data check says so, `npm run validate` fails); a warning is worth a
 * look. A `fatal` error (the document breaks the format) stops the widgets from showing it:
 * they show the problems instead. Any other error (e.g. a reference to an id that does not
 * exist) leaves the widgets showing the document, without what the error concerns and with a
 * notice.
 */
export interface Finding {
  severity: 'error' | 'warning';
  /** Only on errors: the widgets cannot show the document at all. */
  fatal?: true;
  /** JSON path, e.g. `goals[3].indicators[0].target.value`; empty for the document itself. */
  path: string;
  code: string;
  params: Record<string, unknown>;
  /** Key of a more specific explanation than the code's. */
  hint?: string;
}

export interface CheckResult {
  /** True when there is no error at all (warnings allowed): the document may be published. */
  valid: boolean;
  /**
   * The input, typed, whenever the widgets can show it (no fatal error), even with other
   * errors. Unknown fields are kept as they are.
   */
  document?: KoopDocument;
  /** Every finding of one pass: fatal errors, other errors and warnings together. */
  findings: Finding[];
}

type Severity = 'fatal' | 'error' | 'warning';

const finding = (severity: Severity, { path, code, params, hint }: SchemaFinding): Finding => ({
  severity: severity === 'warning' ? 'warning' : 'error',
  ...(severity === 'fatal' ? { fatal: true as const } : {}),
  path: formatPath(path),
  code,
  params,
  ...(hint ? { hint } : {}),
});

/**
 * Checks any JSON value as a koop document, in one pass: the JSON Schema with Koop's
 * annotations (unique ids, references that resolve, real dates in order, allowed links), then
 * what needs several fields at once (indicator values, hierarchy cycles). Everything is reported
 * together, also when the document breaks the format. Never throws. This is what every widget
 * checks before it shows a document; `validateDocument` (the data check of the snippet builder,
 * `npm run validate` and the editor) adds the role matrix's findings and the German and English
 * messages, which widgets load only when there is something to say.
 */
export function checkDocument(input: unknown): CheckResult {
  const warnings: SchemaFinding[] = [];
  const errors: SchemaFinding[] = [];
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version)) {
    const [major, minor] = version.split('.').map(Number);
    const base = { path: ['schemaVersion'], params: { version, supported: SCHEMA_VERSION } };
    // A newer format is not guessed at: this is the one thing to say.
    if (major > SUPPORTED_MAJOR) {
      return { valid: false, findings: [finding('fatal', { ...base, code: 'schema-version-newer' })] };
    }
    if (major === SUPPORTED_MAJOR && minor > SUPPORTED_MINOR)
      warnings.push({ ...base, code: 'schema-version-minor' });
  }

  const walk = walkSchema(koopSchema, input);
  const usable = walk.errors.length === 0;
  const document = (input ?? {}) as KoopDocument;
  const warn = (path: PathSegment[], code: string, params: Record<string, unknown> = {}) =>
    warnings.push({ path, code, params });

  const known = new Map<string, Map<string, PathSegment[]>>();
  for (const { list, id, path } of walk.ids) {
    const ids = known.get(list) ?? known.set(list, new Map()).get(list)!;
    const first = ids.get(id);
    if (first) warn(path, 'duplicate-id', { id, first: formatPath(first.slice(0, -1)) });
    else ids.set(id, path);
  }
  // A list that is itself broken says so once; the references into it would only repeat that.
  const broken = new Set(walk.errors.filter((e) => e.path.length === 1).map((e) => e.path[0]));
  for (const { list, id, path } of walk.refs) {
    // The item the reference stands in, e.g. goals[2] for goals[2].parent.
    const owner = (document as unknown as Record<string, { id?: string }[]>)[path[0]]?.[path[1] as number];
    if (path[0] === list && owner?.id === id) warn(path, 'self-reference');
    else if (!known.get(list)?.has(id) && !broken.has(list))
      errors.push({ path, code: 'unknown-reference', params: { id, collection: list } });
  }
  if (document && typeof document === 'object' && !Array.isArray(document)) {
    checkIndicators(document, warn);
    checkParentCycles('actors', document.actors, warn);
    checkParentCycles('goals', document.goals, warn);
    checkParentCycles('entries', document.entries, warn, 'partOf');
  }

  const fatal = walk.errors.map((e) => finding('fatal', e));
  // What a broken value also fails (e.g. "not a number" where the format wants one) is said once.
  const said = new Set(fatal.map((f) => f.path));
  const findings = [
    ...fatal,
    ...[
      ...errors.map((e) => finding('error', e)),
      ...[...warnings, ...walk.warnings].map((w) => finding('warning', w)),
    ].filter((f) => !said.has(f.path)),
  ];
  return {
    valid: findings.every((f) => f.severity === 'warning'),
    document: usable ? document : undefined,
    findings,
  };
}

type Warn = (path: PathSegment[], code: string, params?: Record<string, unknown>) => void;

function checkIndicators(document: KoopDocument, warn: Warn) {
  itemsOf(document.goals).forEach((goal, i) =>
    itemsOf(goal.indicators).forEach((indicator, k) => {
      const at: PathSegment[] = ['goals', i, 'indicators', k];
      const targets: [PathSegment[], unknown][] = [
        [['target', 'value'], indicator.target?.value],
        ...itemsOf(indicator.targets).map((t, n): [PathSegment[], unknown] => [
          ['targets', n, 'value'],
          t.value,
        ]),
      ];
      if (indicator.measure !== 'qualitative') {
        const values: [PathSegment[], unknown][] = [
          [['baseline', 'value'], indicator.baseline?.value],
          ...targets,
          ...itemsOf(indicator.observations).map((o, n): [PathSegment[], unknown] => [
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
  value: Item[] | undefined,
  warn: Warn,
  field: keyof Item & string = 'parent' as keyof Item & string,
) {
  const items = itemsOf(value);
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
