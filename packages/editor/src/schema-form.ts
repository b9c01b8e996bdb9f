// What the forms are made of: the JSON Schema of the format (with Koop's x-id, x-ref, x-calendar
// and x-url annotations) read as field kinds, so a field the format gains appears in the editor
// without a hand-written form.
import { koopSchema, type JsonSchema } from '@koop/schema';
import type { Path } from './patch.js';

/**
 * How a value is edited. `text`: a localized text (one field per language); `date`: a calendar
 * date as precise as known; `dateTime`: a day with an optional time; `dateOrDateTime`: a date as
 * precise as known, or a day with a time (an entry's date and end); `ref`/`refs`: items of
 * another list, picked by name; `rolePair`: two roles or well-known role types; `value`: a
 * number, or a text for qualitative indicators; `texts`: a list of localized texts; `object`:
 * a group of fields; `list`: a list of items with forms of their own.
 */
export type FieldKind =
  | 'text'
  | 'date'
  | 'dateTime'
  | 'dateOrDateTime'
  | 'url'
  | 'id'
  | 'ref'
  | 'refs'
  | 'rolePair'
  | 'enum'
  | 'boolean'
  | 'number'
  | 'string'
  | 'value'
  | 'texts'
  | 'object'
  | 'list';

export interface FieldInfo {
  kind: FieldKind;
  /** The schema of the value, its `$ref`s resolved (annotations of the referencing schema win). */
  schema: JsonSchema;
  /** For `ref` and `refs`: the top-level list whose items are referenced. */
  refList?: string;
  /** For `enum`: the allowed values. */
  values?: readonly string[];
  /** For `object` and `list`: the schema of the object (of one item). */
  itemSchema?: JsonSchema;
}

const DEFS = koopSchema.$defs ?? {};
/** Definitions recognized by name: their shape says more than their type. */
const NAMED_KINDS: Record<string, FieldKind> = {
  text: 'text',
  date: 'date',
  dateTime: 'dateTime',
  dateOrDateTime: 'dateOrDateTime',
  url: 'url',
  value: 'value',
  // An observation's value: a number, a text or null (a gap, shown as an empty number).
  observedValue: 'value',
};

const refName = (schema: JsonSchema) => schema.$ref?.replace('#/$defs/', '');

/** A schema with its `$ref` chain resolved; the keywords nearest the field win. */
export function resolve(schema: JsonSchema): JsonSchema {
  let merged: JsonSchema = { ...schema };
  let ref = merged.$ref;
  while (ref) {
    const target = DEFS[ref.replace('#/$defs/', '')];
    if (!target) break;
    const own: JsonSchema = { ...merged };
    delete own.$ref;
    merged = { ...target, ...own, $ref: target.$ref };
    ref = target.$ref;
  }
  return merged;
}

const infoCache = new WeakMap<JsonSchema, FieldInfo>();

/** The field kind of a schema. */
export function fieldInfo(schema: JsonSchema): FieldInfo {
  const cached = infoCache.get(schema);
  if (cached) return cached;
  const info = classify(schema);
  infoCache.set(schema, info);
  return info;
}

function classify(raw: JsonSchema): FieldInfo {
  const schema = resolve(raw);
  if (schema['x-id']) return { kind: 'id', schema };
  if (schema['x-ref']) return { kind: 'ref', schema, refList: schema['x-ref'] };
  // The first name in the chain that says what the value is (`ref` → `id` says nothing).
  for (let step: JsonSchema | undefined = raw; step?.$ref; step = DEFS[refName(step)!]) {
    const kind = NAMED_KINDS[refName(step)!];
    if (kind) return { kind, schema };
  }
  if (schema['x-calendar']) return { kind: 'date', schema };
  if (schema['x-url']) return { kind: 'url', schema };
  if (schema.enum) return { kind: 'enum', schema, values: schema.enum as string[] };
  if (schema.type === 'boolean') return { kind: 'boolean', schema };
  if (schema.type === 'number' || schema.type === 'integer') return { kind: 'number', schema };
  if (schema.type === 'array' && schema.items) {
    const items = resolve(schema.items);
    if (items['x-ref']) return { kind: 'refs', schema, refList: items['x-ref'] };
    const itemInfo = fieldInfo(schema.items);
    if (itemInfo.kind === 'text') return { kind: 'texts', schema };
    if (itemInfo.kind === 'object') return { kind: 'list', schema, itemSchema: itemInfo.itemSchema };
    // Ids without a list: two roles or role types (conflict rules).
    if (schema.maxItems === 2 && schema.minItems === 2) return { kind: 'rolePair', schema };
    return { kind: 'texts', schema };
  }
  if (schema.type === 'object' || schema.properties) return { kind: 'object', schema, itemSchema: schema };
  return { kind: 'string', schema };
}

/** The properties of an object schema, in the format's order. */
export function propertiesOf(schema: JsonSchema): [string, JsonSchema][] {
  return Object.entries(resolve(schema).properties ?? {});
}

export function isRequired(objectSchema: JsonSchema, name: string): boolean {
  return (resolve(objectSchema).required ?? []).includes(name);
}

/** The document's schema. */
export const documentSchema: JsonSchema = koopSchema;

/**
 * The schema of the value at `path` in a document (indices step into list items), or undefined
 * where the format says nothing (unknown fields, language keys of a text).
 */
export function schemaAt(path: Path): JsonSchema | undefined {
  let schema: JsonSchema | undefined = koopSchema;
  for (const segment of path) {
    if (!schema) return undefined;
    const resolved = resolve(schema);
    if (typeof segment === 'number') schema = resolved.items;
    else schema = resolved.properties?.[segment];
  }
  return schema;
}

/** The path of the field that shows the value at `path`: a problem inside a text belongs to it. */
export function fieldPathOf(path: Path): Path {
  let schema: JsonSchema | undefined = koopSchema;
  for (let i = 0; i < path.length; i++) {
    if (!schema) return path.slice(0, i);
    const kind = i === 0 ? 'object' : fieldInfo(schema).kind;
    if (kind !== 'object' && kind !== 'list') return path.slice(0, i);
    const resolved = resolve(schema);
    const segment = path[i];
    schema = typeof segment === 'number' ? resolved.items : resolved.properties?.[segment];
  }
  return path;
}
