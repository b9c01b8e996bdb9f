import { dateRange } from './dates.js';
import { isTimeZone } from './times.js';
import { urlProblem } from './url.js';

/**
 * A small, eval-free interpreter for the subset of JSON Schema 2020-12 that `koop.schema.json`
 * uses, plus Koop's own annotation keywords for what a schema cannot say:
 * `x-id` (unique within its top-level list, or within the list it names: `"offers"`), `x-ref` (must name an item of that list),
 * `x-calendar` (a real calendar date), `x-url` (an allowed link), `x-time-zone` (a time zone
 * the browser knows; it and `x-calendar` stand beside a `pattern`), `x-order` (two date fields
 * in order) and `x-message` (how to describe a failure; shipped as the key `x-hint`). Ajv compiles schemas with
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
  /** Key of the message that explains a failure (generated from `x-message`). */
  'x-hint'?: string;
  'x-id'?: boolean | string;
  'x-ref'?: string;
  'x-calendar'?: boolean;
  'x-url'?: boolean;
  'x-time-zone'?: boolean;
  'x-order'?: [string, string];
  [keyword: string]: unknown;
}

/** One step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

export interface SchemaFinding {
  path: PathSegment[];
  code: string;
  params: Record<string, unknown>;
  /** Key of a specific explanation (see hints.generated.ts). */
  hint?: string;
}

/** An id or a reference met on the way, for the checks that need the whole document. */
export interface IdUse {
  /** The list the id belongs to (`x-id`: its top-level list or the one named) or must be found in (`x-ref`). */
  list: string;
  id: string;
  path: PathSegment[];
}

/** What one pass over a value found. */
export interface SchemaWalk {
  /** Violations of the schema proper. */
  errors: SchemaFinding[];
  /** Findings of the `x-calendar`, `x-url`, `x-time-zone` and `x-order` annotations. */
  warnings: SchemaFinding[];
  ids: IdUse[];
  refs: IdUse[];
}

const newWalk = (): SchemaWalk => ({ errors: [], warnings: [], ids: [], refs: [] });

/** What walking one value found, and where in the document that value stood. */
interface Memo extends SchemaWalk {
  at: PathSegment[];
}

/**
 * Findings of deeply frozen values at depth 1 and 2 (the top-level lists and their items), by
 * schema and value. A frozen value can never change, so an editor that keeps its document
 * immutable (structural sharing: an edit replaces only the objects on its path) gets every
 * other item's findings from here, and one keystroke in a large document re-walks one item.
 */
const memos = new WeakMap<JsonSchema, WeakMap<object, Memo>>();
const MEMO_DEPTHS = new Set([1, 2]);

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

function matchesType(schema: JsonSchema, value: unknown): boolean {
  const type = schema.type;
  if (type === undefined) return true;
  return Array.isArray(type) ? type.some((t) => hasType(value, t)) : hasType(value, type);
}

const typeOnly = new WeakMap<JsonSchema, boolean>();
function isTypeOnly(schema: JsonSchema): boolean {
  let result = typeOnly.get(schema);
  if (result === undefined)
    typeOnly.set(schema, (result = Object.keys(schema).every((key) => key === 'type')));
  return result;
}

/**
 * Walks a document against a schema. The path is one mutable stack, copied only when
 * something is recorded: documents of several megabytes are validated in tens of
 * milliseconds.
 */
class Walker {
  private readonly path: PathSegment[] = [];
  private readonly refs = new Map<string, JsonSchema>();
  private readonly outermost: SchemaWalk;
  /** Whether every object and array walked since the innermost memo point began is frozen. */
  private frozen = true;

  constructor(
    private readonly root: JsonSchema,
    private walk: SchemaWalk,
  ) {
    this.outermost = walk;
  }

  run(schema: JsonSchema, value: unknown): SchemaWalk {
    this.visit(schema, value);
    return this.walk;
  }

  private resolve(ref: string): JsonSchema {
    let target = this.refs.get(ref);
    if (!target) {
      target = this.root.$defs?.[ref.replace('#/$defs/', '')];
      if (!target) throw new Error(`Unresolvable $ref ${ref}`);
      this.refs.set(ref, target);
    }
    return target;
  }

  /** A copy of the current path, optionally one segment deeper. */
  private at(segment?: PathSegment): PathSegment[] {
    return segment === undefined ? this.path.slice() : [...this.path, segment];
  }

  private child(schema: JsonSchema, value: unknown, segment: PathSegment): void {
    this.path.push(segment);
    this.visit(schema, value);
    this.path.pop();
  }

  private fail(
    schema: JsonSchema,
    code: string,
    params: Record<string, unknown> = {},
    segment?: PathSegment,
  ) {
    this.walk.errors.push({ path: this.at(segment), code, params, hint: schema['x-hint'] });
  }

  private warn(code: string, segment?: PathSegment, params: Record<string, unknown> = {}) {
    this.walk.warnings.push({ path: this.at(segment), code, params });
  }

  private visit(schema: JsonSchema, value: unknown): void {
    if (
      typeof value === 'object' &&
      value !== null &&
      MEMO_DEPTHS.has(this.path.length) &&
      this.walk === this.outermost
    ) {
      this.visitMemoized(schema, value);
      return;
    }
    this.visitValue(schema, value);
  }

  /** `visit` for a value whose findings may be remembered (see `memos`). */
  private visitMemoized(schema: JsonSchema, value: object): void {
    let bySchema = memos.get(schema);
    if (!bySchema) memos.set(schema, (bySchema = new WeakMap()));
    const walk = this.walk;
    const known = bySchema.get(value);
    if (known) {
      const moved = known.at.some((segment, i) => segment !== this.path[i]);
      // Moved (an item inserted or removed before it): the same findings, at the new place.
      const here = <T extends { path: PathSegment[] }>(item: T): T =>
        moved ? { ...item, path: [...this.path, ...item.path.slice(known.at.length)] } : item;
      for (const error of known.errors) walk.errors.push(here(error));
      for (const warning of known.warnings) walk.warnings.push(here(warning));
      // The list an id belongs to is the top-level field it sits in.
      for (const id of known.ids) walk.ids.push(moved ? { ...here(id), list: String(this.path[0]) } : id);
      for (const ref of known.refs) walk.refs.push(here(ref));
      return;
    }
    const start = [walk.errors.length, walk.warnings.length, walk.ids.length, walk.refs.length];
    const outerFrozen = this.frozen;
    this.frozen = true;
    this.visitValue(schema, value);
    if (this.frozen) {
      bySchema.set(value, {
        at: this.path.slice(),
        errors: walk.errors.slice(start[0]),
        warnings: walk.warnings.slice(start[1]),
        ids: walk.ids.slice(start[2]),
        refs: walk.refs.slice(start[3]),
      });
    }
    this.frozen &&= outerFrozen;
  }

  private visitValue(schema: JsonSchema, value: unknown): void {
    const walk = this.walk;
    const hint = schema['x-hint'];
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) this.frozen = false;

    if (schema.$ref) {
      const before = walk.errors.length;
      this.visitValue(this.resolve(schema.$ref), value);
      // A message on the referencing schema is more specific than the referenced one's.
      if (hint) {
        for (let i = before; i < walk.errors.length; i++) {
          if (walk.errors[i].path.length === this.path.length) walk.errors[i].hint = hint;
        }
      }
    }

    if (schema.anyOf) {
      this.visitAnyOf(schema, value);
      return;
    }

    if (!matchesType(schema, value)) {
      this.fail(schema, 'type', { expected: ([] as string[]).concat(schema.type!), actual: typeOf(value) });
      return;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      this.fail(schema, 'enum', { allowed: schema.enum });
      return;
    }

    if (typeof value === 'string') {
      if (value.length < (schema.minLength ?? 0)) this.fail(schema, 'minLength', { limit: schema.minLength });
      if (value.length > (schema.maxLength ?? Infinity))
        this.fail(schema, 'maxLength', { limit: schema.maxLength });
      // x-calendar and x-time-zone judge what has the form its pattern asks for; texts, the most
      // frequent strings, have no pattern and skip both.
      if (schema.pattern !== undefined) {
        if (!compiledPattern(schema.pattern).test(value)) this.fail(schema, 'pattern');
        else if (schema['x-calendar'] && !dateRange(value)) this.warn('invalid-date');
        else if (schema['x-time-zone'] && !isTimeZone(value)) this.warn('unknown-time-zone');
      }
      if (schema['x-url']) {
        const problem = urlProblem(value);
        if (problem) this.warn(problem);
      }
      const idList = schema['x-id'];
      if (idList)
        walk.ids.push({
          list: typeof idList === 'string' ? idList : String(this.path[0]),
          id: value,
          path: this.at(),
        });
      if (schema['x-ref']) walk.refs.push({ list: schema['x-ref'], id: value, path: this.at() });
    } else if (typeof value === 'number') {
      if (value < (schema.minimum ?? -Infinity)) this.fail(schema, 'minimum', { limit: schema.minimum });
      if (value > (schema.maximum ?? Infinity)) this.fail(schema, 'maximum', { limit: schema.maximum });
    } else if (Array.isArray(value)) {
      if (value.length < (schema.minItems ?? 0)) this.fail(schema, 'minItems', { limit: schema.minItems });
      if (value.length > (schema.maxItems ?? Infinity))
        this.fail(schema, 'maxItems', { limit: schema.maxItems });
      const items = schema.items;
      if (items) for (let i = 0; i < value.length; i++) this.child(items, value[i], i);
    } else if (value !== null && typeof value === 'object') {
      this.visitObject(schema, value as Record<string, unknown>);
    }
  }

  private visitObject(schema: JsonSchema, record: Record<string, unknown>): void {
    const keys = Object.keys(record);
    if (keys.length < (schema.minProperties ?? 0))
      this.fail(schema, 'minProperties', { limit: schema.minProperties });
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(record, name)) this.fail(schema, 'required', { property: name }, name);
    }
    for (const key of keys) {
      const propertySchema = schema.properties?.[key];
      if (propertySchema) {
        this.child(propertySchema, record[key], key);
        continue;
      }
      if (schema.propertyNames && this.attempt(schema.propertyNames, key).errors.length)
        this.fail(schema, 'propertyName', { name: key }, key);
      const additional = schema.additionalProperties;
      if (additional === false) this.fail(schema, 'additionalProperty', { name: key }, key);
      else if (additional && additional !== true) this.child(additional, record[key], key);
    }
    const order = schema['x-order'];
    // Most items have no end: the dates are read only when there is one.
    if (order && record[order[1]] !== undefined) {
      const [start, end] = order;
      const startRange = dateRange(record[start]);
      const endRange = dateRange(record[end]);
      if (startRange && endRange && endRange[1] < startRange[0]) {
        this.warn('date-order', end, { start: record[start], end: record[end] });
      }
    }
  }

  /** What walking `value` against `schema` finds, kept apart from the findings so far. */
  private attempt(schema: JsonSchema, value: unknown): SchemaWalk {
    const outer = this.walk;
    this.walk = newWalk();
    this.visit(schema, value);
    const attempt = this.walk;
    this.walk = outer;
    return attempt;
  }

  /** The first branch the value passes wins; if none, the most telling explanation is kept. */
  private visitAnyOf(schema: JsonSchema, value: unknown): void {
    const outer = this.walk;
    const attempts: SchemaWalk[] = [];
    for (const branch of schema.anyOf!) {
      const resolved = branch.$ref ? this.resolve(branch.$ref) : branch;
      // Most values fail most branches on type alone: no need to walk those; and a branch that
      // is nothing but a type (the plain-string form of a text) passes on type alone.
      if (!resolved.anyOf && !matchesType(resolved, value)) continue;
      if (isTypeOnly(resolved)) return;
      const attempt = this.attempt(branch, value);
      if (attempt.errors.length === 0) {
        outer.warnings.push(...attempt.warnings);
        outer.ids.push(...attempt.ids);
        outer.refs.push(...attempt.refs);
        return;
      }
      attempts.push(attempt);
    }
    // If exactly one branch got past the type check, its deeper findings are the useful ones.
    const deeper = attempts.filter((a) => a.errors.every((e) => e.path.length > this.path.length));
    if (deeper.length === 1) outer.errors.push(...deeper[0].errors);
    else this.fail(schema, 'anyOf');
  }
}

/**
 * Walks `value` against `schema` and returns everything found. Never throws for any JSON
 * value (a broken schema is a programming error and does).
 */
export function walkSchema(schema: JsonSchema, value: unknown, root: JsonSchema = schema): SchemaWalk {
  return new Walker(root, newWalk()).run(schema, value);
}
