import { dateRange } from './dates.js';
import { isTimeZone } from './times.js';
import { urlProblem } from './url.js';

/**
 * A small, eval-free validator for the subset of JSON Schema 2020-12 that `koop.schema.json`
 * uses (each schema compiled once into closures, see `compile`), plus Koop's own annotation keywords for what a schema cannot say:
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

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

type TypeTest = (value: unknown) => boolean;

const TYPE_TESTS: Record<string, TypeTest> = {
  integer: (value) => Number.isInteger(value),
  number: (value) => Number.isFinite(value),
  string: (value) => typeof value === 'string',
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
  array: (value) => Array.isArray(value),
  object: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
};

/** The test for a schema's `type`, or undefined when it allows any. */
function typeTest(type: string | string[] | undefined): TypeTest | undefined {
  if (type === undefined) return undefined;
  const tests = ([] as string[])
    .concat(type)
    .map((t) => TYPE_TESTS[t] ?? ((value: unknown) => typeOf(value) === t));
  if (tests.length === 1) return tests[0];
  return (value) => tests.some((test) => test(value));
}

/** What visiting a value against one schema does, with everything the schema says looked up once. */
type Check = (walker: Walker, value: unknown) => void;

/**
 * A schema compiled into closures (eval-free, so a strict CSP allows it): each keyword present
 * becomes a step, each one absent costs nothing. `check` is the schema's own work; a schema's
 * children are compiled once, also when they refer to each other.
 */
interface Compiled {
  schema: JsonSchema;
  check: Check;
}

/** Compiled schemas by root (whose `$defs` the references name) and schema. */
const compiledByRoot = new WeakMap<JsonSchema, WeakMap<JsonSchema, Compiled>>();

function compile(schema: JsonSchema, root: JsonSchema): Compiled {
  let byRoot = compiledByRoot.get(root);
  if (!byRoot) compiledByRoot.set(root, (byRoot = new WeakMap()));
  let compiled = byRoot.get(schema);
  if (compiled) return compiled;
  // Registered before its children are compiled, so a schema that contains itself resolves.
  compiled = { schema, check: () => {} };
  byRoot.set(schema, compiled);
  compiled.check = compileCheck(schema, root);
  return compiled;
}

function resolve(ref: string, root: JsonSchema): JsonSchema {
  const target = root.$defs?.[ref.replace('#/$defs/', '')];
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

const OBJECT_KEYWORDS = [
  'properties',
  'required',
  'minProperties',
  'propertyNames',
  'additionalProperties',
  'x-order',
] as const;

function compileCheck(schema: JsonSchema, root: JsonSchema): Check {
  const hint = schema['x-hint'];
  const target = schema.$ref === undefined ? undefined : compile(resolve(schema.$ref, root), root);
  const keys = Object.keys(schema);
  // Nothing but a reference: the referenced schema's check, as it is.
  if (target && keys.length === 1) return (walker, value) => target.check(walker, value);

  const own = schema.anyOf ? compileAnyOf(schema, root) : compileOwn(schema, root);
  // The usual schema has no reference besides its own keywords: one call, no steps.
  if (!target)
    return (walker, value) => {
      if (walker.frozen && typeof value === 'object' && value !== null && !Object.isFrozen(value))
        walker.frozen = false;
      own(walker, value);
    };
  return (walker, value) => {
    if (walker.frozen && typeof value === 'object' && value !== null && !Object.isFrozen(value))
      walker.frozen = false;
    const errors = walker.walk.errors;
    const before = errors.length;
    target.check(walker, value);
    // A message on the referencing schema is more specific than the referenced one's.
    if (hint && errors.length > before) {
      const depth = walker.path.length;
      for (let i = before; i < errors.length; i++) if (errors[i].path.length === depth) errors[i].hint = hint;
    }
    own(walker, value);
  };
}

/** The keywords of a schema other than `$ref` and `anyOf`. */
function compileOwn(schema: JsonSchema, root: JsonSchema): Check {
  const hint = schema['x-hint'];
  const test = typeTest(schema.type);
  const values = schema.enum;
  const allowed = values && new Set(values);
  const string = compileString(schema);
  const number =
    schema.minimum !== undefined || schema.maximum !== undefined ? compileNumber(schema) : undefined;
  const array =
    schema.items || schema.minItems !== undefined || schema.maxItems !== undefined
      ? compileArray(schema, root)
      : undefined;
  const object = OBJECT_KEYWORDS.some((key) => schema[key] !== undefined)
    ? compileObject(schema, root)
    : undefined;
  return (walker, value) => {
    if (test && !test(value)) {
      walker.fail(hint, 'type', { expected: ([] as string[]).concat(schema.type!), actual: typeOf(value) });
      return;
    }
    if (allowed && !allowed.has(value)) {
      walker.fail(hint, 'enum', { allowed: values });
      return;
    }
    if (typeof value === 'string') string?.(walker, value);
    else if (typeof value === 'number') number?.(walker, value);
    else if (Array.isArray(value)) array?.(walker, value);
    else if (value !== null && typeof value === 'object') object?.(walker, value);
  };
}

function compileString(schema: JsonSchema): ((walker: Walker, value: string) => void) | undefined {
  const hint = schema['x-hint'];
  const { minLength, maxLength, pattern } = schema;
  const regex = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  const calendar = schema['x-calendar'];
  const timeZone = schema['x-time-zone'];
  const url = schema['x-url'];
  const id = schema['x-id'];
  const ref = schema['x-ref'];
  if (minLength === undefined && maxLength === undefined && !regex && !url && !id && !ref) return undefined;
  return (walker, value) => {
    if (minLength !== undefined && value.length < minLength)
      walker.fail(hint, 'minLength', { limit: minLength });
    if (maxLength !== undefined && value.length > maxLength)
      walker.fail(hint, 'maxLength', { limit: maxLength });
    // x-calendar and x-time-zone judge what has the form its pattern asks for; texts, the most
    // frequent strings, have no pattern and skip both.
    if (regex) {
      if (!regex.test(value)) walker.fail(hint, 'pattern');
      else if (calendar && !isRealDate(value)) walker.warn('invalid-date');
      else if (timeZone && !isTimeZone(value)) walker.warn('unknown-time-zone');
    }
    if (url) {
      const problem = urlProblem(value);
      if (problem) walker.warn(problem);
    }
    if (id)
      walker.walk.ids.push({
        list: typeof id === 'string' ? id : String(walker.path[0]),
        id: value,
        path: walker.path.slice(),
      });
    if (ref) walker.walk.refs.push({ list: ref, id: value, path: walker.path.slice() });
  };
}

/** How many own enumerable properties `record` has, without making the array of them. */
function countKeys(record: object): number {
  let count = 0;
  for (const key in record) if (Object.hasOwn(record, key)) count++;
  return count;
}

const digit = (value: string, at: number) => value.charCodeAt(at) - 48;
const isDigits = (value: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (!(digit(value, i) >= 0 && digit(value, i) <= 9)) return false;
  return true;
};

/**
 * `dateRange(value) !== undefined`, without making a date for the most frequent case: a day
 * (optionally with a time) up to the 28th of a month, which exists in every month.
 */
function isRealDate(value: string): boolean {
  if (
    value.length >= 10 &&
    value[4] === '-' &&
    value[7] === '-' &&
    (value.length === 10 || value[10] === 'T') &&
    isDigits(value, 0, 4) &&
    isDigits(value, 5, 7) &&
    isDigits(value, 8, 10)
  ) {
    const month = digit(value, 5) * 10 + digit(value, 6);
    const day = digit(value, 8) * 10 + digit(value, 9);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 28) return true;
  }
  return dateRange(value) !== undefined;
}

function compileNumber(schema: JsonSchema): (walker: Walker, value: number) => void {
  const hint = schema['x-hint'];
  const { minimum, maximum } = schema;
  return (walker, value) => {
    if (minimum !== undefined && value < minimum) walker.fail(hint, 'minimum', { limit: minimum });
    if (maximum !== undefined && value > maximum) walker.fail(hint, 'maximum', { limit: maximum });
  };
}

function compileArray(schema: JsonSchema, root: JsonSchema): (walker: Walker, value: unknown[]) => void {
  const hint = schema['x-hint'];
  const { minItems, maxItems } = schema;
  const items = schema.items && compile(schema.items, root);
  return (walker, value) => {
    if (minItems !== undefined && value.length < minItems) walker.fail(hint, 'minItems', { limit: minItems });
    if (maxItems !== undefined && value.length > maxItems) walker.fail(hint, 'maxItems', { limit: maxItems });
    if (!items) return;
    const path = walker.path;
    const index = path.length;
    path.push(0);
    for (let i = 0; i < value.length; i++) {
      path[index] = i;
      walker.visit(items, value[i]);
    }
    path.pop();
  };
}

function compileObject(schema: JsonSchema, root: JsonSchema): (walker: Walker, value: object) => void {
  const hint = schema['x-hint'];
  const minProperties = schema.minProperties ?? 0;
  const required = schema.required ?? [];
  // A Map, so that a field named like an Object method is no property of the schema.
  const properties = new Map(
    Object.entries(schema.properties ?? {}).map(([name, child]) => [name, compile(child, root)]),
  );
  const names = schema.propertyNames && compile(schema.propertyNames, root);
  // What a name's check finds depends on the name alone, and a document repeats its names
  // (every text's `de` and `en`): each is checked once.
  const allowedNames = new Map<string, boolean>();
  const nameAllowed = (walker: Walker, key: string) => {
    let allowed = allowedNames.get(key);
    if (allowed === undefined) {
      allowed = !walker.trial(names!, key, false);
      if (allowedNames.size < 1000) allowedNames.set(key, allowed);
    }
    return allowed;
  };
  const additional = schema.additionalProperties;
  const others = additional && additional !== true ? compile(additional, root) : undefined;
  const order = schema['x-order'];
  return (walker, value) => {
    const record = value as Record<string, unknown>;
    if (minProperties > 0 && countKeys(record) < minProperties)
      walker.fail(hint, 'minProperties', { limit: schema.minProperties });
    for (let i = 0; i < required.length; i++) {
      const name = required[i];
      if (!Object.hasOwn(record, name)) walker.fail(hint, 'required', { property: name }, name);
    }
    // for…in: no array of the keys made for every object (a document has tens of thousands).
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const property = properties.get(key);
      if (property) {
        walker.child(property, record[key], key);
        continue;
      }
      if (names && !nameAllowed(walker, key)) walker.fail(hint, 'propertyName', { name: key }, key);
      if (additional === false) walker.fail(hint, 'additionalProperty', { name: key }, key);
      else if (others) walker.child(others, record[key], key);
    }
    // Most items have no end: the dates are read only when there is one.
    if (order && record[order[1]] !== undefined) {
      const [start, end] = order;
      const startRange = dateRange(record[start]);
      const endRange = dateRange(record[end]);
      if (startRange && endRange && endRange[1] < startRange[0]) {
        walker.warn('date-order', end, { start: record[start], end: record[end] });
      }
    }
  };
}

/** The first branch the value passes wins; if none, the most telling explanation is kept. */
function compileAnyOf(schema: JsonSchema, root: JsonSchema): Check {
  const hint = schema['x-hint'];
  const branches = schema.anyOf!.map((branch) => {
    const resolved = branch.$ref ? resolve(branch.$ref, root) : branch;
    return {
      // Most values fail most branches on type alone: no need to walk those; and a branch that
      // is nothing but a type (the plain-string form of a text) passes on type alone.
      test: resolved.anyOf ? undefined : typeTest(resolved.type),
      typeOnly: Object.keys(resolved).every((key) => key === 'type'),
      compiled: compile(branch, root),
    };
  });
  return (walker, value) => {
    const attempts: SchemaFinding[][] = [];
    for (const branch of branches) {
      if (branch.test && !branch.test(value)) continue;
      if (branch.typeOnly) return;
      const errors = walker.trial(branch.compiled, value, true);
      if (!errors) return;
      attempts.push(errors);
    }
    // If exactly one branch got past the type check, its deeper findings are the useful ones.
    const depth = walker.path.length;
    const deeper = attempts.filter((errors) => errors.every((e) => e.path.length > depth));
    if (deeper.length === 1) walker.walk.errors.push(...deeper[0]);
    else walker.fail(hint, 'anyOf');
  };
}

/**
 * Walks a document against compiled schemas. The path is one mutable stack, copied only when
 * something is recorded.
 */
class Walker {
  readonly path: PathSegment[] = [];
  /** How many trials (see `trial`) are under way: what they find is not remembered. */
  private trying = 0;
  /** Whether every object and array walked since the innermost memo point began is frozen. */
  frozen = true;

  constructor(readonly walk: SchemaWalk) {}

  /** A copy of the current path, optionally one segment deeper. */
  private at(segment?: PathSegment): PathSegment[] {
    return segment === undefined ? this.path.slice() : [...this.path, segment];
  }

  child(compiled: Compiled, value: unknown, segment: PathSegment): void {
    this.path.push(segment);
    this.visit(compiled, value);
    this.path.pop();
  }

  fail(hint: string | undefined, code: string, params: Record<string, unknown> = {}, segment?: PathSegment) {
    this.walk.errors.push({ path: this.at(segment), code, params, hint });
  }

  warn(code: string, segment?: PathSegment, params: Record<string, unknown> = {}) {
    this.walk.warnings.push({ path: this.at(segment), code, params });
  }

  visit(compiled: Compiled, value: unknown): void {
    const depth = this.path.length;
    // Only a frozen value can have been remembered (and be remembered).
    if (
      (depth === 1 || depth === 2) &&
      typeof value === 'object' &&
      value !== null &&
      this.trying === 0 &&
      Object.isFrozen(value) &&
      MEMO_DEPTHS.has(depth)
    ) {
      this.visitMemoized(compiled, value);
      return;
    }
    compiled.check(this, value);
  }

  /** `visit` for a value whose findings may be remembered (see `memos`). */
  private visitMemoized({ schema, check }: Compiled, value: object): void {
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
      // The list an id belongs to is the top-level field it sits in, unless its schema names one.
      const top = String(known.at[0]);
      for (const id of known.ids)
        walk.ids.push(moved ? { ...here(id), list: id.list === top ? String(this.path[0]) : id.list } : id);
      for (const ref of known.refs) walk.refs.push(here(ref));
      return;
    }
    const start = [walk.errors.length, walk.warnings.length, walk.ids.length, walk.refs.length];
    const outerFrozen = this.frozen;
    this.frozen = true;
    check(this, value);
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

  /**
   * Walks `value` against `compiled` on trial, into the findings so far: when it finds no
   * error, its findings are kept (if `keep`) and undefined is returned; else they are taken
   * back and its errors returned.
   */
  trial(compiled: Compiled, value: unknown, keep: boolean): SchemaFinding[] | undefined {
    const walk = this.walk;
    const errors = walk.errors.length;
    const warnings = walk.warnings.length;
    const ids = walk.ids.length;
    const refs = walk.refs.length;
    this.trying++;
    this.visit(compiled, value);
    this.trying--;
    const failed = walk.errors.length > errors;
    if (failed || !keep) {
      walk.warnings.length = warnings;
      walk.ids.length = ids;
      walk.refs.length = refs;
    }
    return failed ? walk.errors.splice(errors) : undefined;
  }
}

/**
 * Walks `value` against `schema` and returns everything found. Never throws for any JSON
 * value (a broken schema is a programming error and does).
 */
export function walkSchema(schema: JsonSchema, value: unknown, root: JsonSchema = schema): SchemaWalk {
  const walker = new Walker(newWalk());
  walker.visit(compile(schema, root), value);
  return walker.walk;
}
