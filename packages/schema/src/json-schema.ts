import { dateRange } from './dates.js';
import { safeUrl } from './url.js';

/**
 * A small, eval-free interpreter for the subset of JSON Schema 2020-12 that `koop.schema.json`
 * uses, plus Koop's own annotation keywords for what a schema cannot say:
 * `x-id` (unique within its top-level list), `x-ref` (must name an item of that list),
 * `x-calendar` (a real calendar date), `x-url` (an allowed link), `x-order` (two date fields
 * in order) and `x-message` (how to describe a failure). Ajv compiles schemas with
 * `new Function`, which a strict Content-Security-Policy blocks, and its standalone output is
 * several times larger than this plus the schema. A test checks that both agree.
 */

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: readonly JsonSchema[];
  'x-message'?: { de: string; en: string };
  'x-id'?: boolean;
  'x-ref'?: string;
  'x-calendar'?: boolean;
  'x-url'?: boolean;
  'x-order'?: [string, string];
  [keyword: string]: unknown;
}

/** One step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

export interface SchemaFinding {
  path: PathSegment[];
  code: string;
  params: Record<string, unknown>;
  hint?: { de: string; en: string };
}

/** An id or a reference met on the way, for the checks that need the whole document. */
export interface IdUse {
  /** The top-level list the id belongs to (`x-id`) or must be found in (`x-ref`). */
  list: string;
  id: string;
  path: PathSegment[];
}

/** What one pass over a value found. */
export interface SchemaWalk {
  /** Violations of the schema proper. */
  errors: SchemaFinding[];
  /** Findings of the `x-calendar`, `x-url` and `x-order` annotations. */
  warnings: SchemaFinding[];
  ids: IdUse[];
  refs: IdUse[];
}

const newWalk = (): SchemaWalk => ({ errors: [], warnings: [], ids: [], refs: [] });

const patternCache = new Map<string, RegExp>();
function compiledPattern(source: string): RegExp {
  let regex = patternCache.get(source);
  if (!regex) patternCache.set(source, (regex = new RegExp(source, 'u')));
  return regex;
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return Number.isFinite(value);
  return typeOf(value) === type;
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  const target = root.$defs?.[ref.replace('#/$defs/', '')];
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

/**
 * Walks `value` against `schema` and returns everything found. Never throws for any JSON
 * value (a broken schema is a programming error and does).
 */
export function walkSchema(
  schema: JsonSchema,
  value: unknown,
  root: JsonSchema = schema,
  path: PathSegment[] = [],
  walk: SchemaWalk = newWalk(),
): SchemaWalk {
  const hint = schema['x-message'];
  const fail = (code: string, params: Record<string, unknown> = {}, at = path) =>
    walk.errors.push({ path: at, code, params, hint });
  const warn = (code: string, at = path, params: Record<string, unknown> = {}) =>
    walk.warnings.push({ path: at, code, params });

  if (schema.$ref) {
    const before = walk.errors.length;
    walkSchema(resolveRef(root, schema.$ref), value, root, path, walk);
    // A message on the referencing schema is more specific than the referenced one's.
    for (const error of walk.errors.slice(before))
      if (hint && error.path.length === path.length) error.hint = hint;
  }

  if (schema.anyOf) {
    const attempts = schema.anyOf.map((branch) => walkSchema(branch, value, root, path));
    const match = attempts.find((attempt) => attempt.errors.length === 0);
    if (match) {
      walk.warnings.push(...match.warnings);
      walk.ids.push(...match.ids);
      walk.refs.push(...match.refs);
      return walk;
    }
    // If exactly one branch got past the type check, its deeper findings are the useful ones.
    const deeper = attempts.filter((a) => a.errors.every((e) => e.path.length > path.length));
    if (deeper.length === 1) walk.errors.push(...deeper[0].errors);
    else fail('anyOf');
    return walk;
  }

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) {
      fail('type', { expected: types, actual: typeOf(value) });
      return walk;
    }
  }
  if (schema.enum && !schema.enum.includes(value)) {
    fail('enum', { allowed: schema.enum });
    return walk;
  }

  if (typeof value === 'string') {
    if (value.length < (schema.minLength ?? 0)) fail('minLength', { limit: schema.minLength });
    if (value.length > (schema.maxLength ?? Infinity)) fail('maxLength', { limit: schema.maxLength });
    if (schema.pattern !== undefined && !compiledPattern(schema.pattern).test(value)) fail('pattern');
    else if (schema['x-calendar'] && !dateRange(value)) warn('invalid-date');
    if (schema['x-url'] && !safeUrl(value)) warn('unsafe-url');
    if (schema['x-id']) walk.ids.push({ list: String(path[0]), id: value, path });
    if (schema['x-ref']) walk.refs.push({ list: schema['x-ref'], id: value, path });
  } else if (typeof value === 'number') {
    if (value < (schema.minimum ?? -Infinity)) fail('minimum', { limit: schema.minimum });
    if (value > (schema.maximum ?? Infinity)) fail('maximum', { limit: schema.maximum });
  } else if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0)) fail('minItems', { limit: schema.minItems });
    if (value.length > (schema.maxItems ?? Infinity)) fail('maxItems', { limit: schema.maxItems });
    if (schema.items) value.forEach((item, i) => walkSchema(schema.items!, item, root, [...path, i], walk));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length < (schema.minProperties ?? 0)) fail('minProperties', { limit: schema.minProperties });
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(record, name)) fail('required', { property: name }, [...path, name]);
    }
    for (const key of keys) {
      const propertySchema = schema.properties?.[key];
      if (propertySchema) {
        walkSchema(propertySchema, record[key], root, [...path, key], walk);
        continue;
      }
      if (schema.propertyNames && walkSchema(schema.propertyNames, key, root).errors.length) {
        fail('propertyName', { name: key }, [...path, key]);
      }
      const additional = schema.additionalProperties;
      if (additional === false) fail('additionalProperty', { name: key }, [...path, key]);
      else if (additional && additional !== true)
        walkSchema(additional, record[key], root, [...path, key], walk);
    }
    const order = schema['x-order'];
    if (order) {
      const [start, end] = order.map((key) => record[key]);
      const startRange = dateRange(start);
      const endRange = dateRange(end);
      if (startRange && endRange && endRange[1] < startRange[0])
        warn('date-order', [...path, order[1]], { start, end });
    }
  }
  return walk;
}
