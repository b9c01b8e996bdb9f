// The file the editor saves: keys in the format's order (unknown fields after the known ones, as
// they were), language keys sorted, two-space indent. Saving the same content twice gives the
// same bytes, and a diff between two versions shows only what changed.
import type { JsonSchema } from '@koop/schema';
import { documentSchema, resolve } from './schema-form.js';

function ordered(value: unknown, schema: JsonSchema | undefined): unknown {
  if (Array.isArray(value)) {
    const items = schema && resolve(schema).items;
    return value.map((item) => ordered(item, items));
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const resolved = schema && resolve(schema);
  // A text or value that is an object is a map of language tags.
  const branch = resolved?.anyOf?.map(resolve).find((b) => b.type === 'object' || b.properties);
  const shape = branch ?? resolved;
  const properties = shape?.properties ?? {};
  const known = Object.keys(properties).filter((key) => Object.hasOwn(record, key));
  const unknown = Object.keys(record).filter((key) => !Object.hasOwn(properties, key));
  if (shape?.additionalProperties && !shape.properties) unknown.sort();
  const result: Record<string, unknown> = {};
  for (const key of known) result[key] = ordered(record[key], properties[key]);
  for (const key of unknown) result[key] = ordered(record[key], undefined);
  return result;
}

/** The document as the editor saves it. */
export function serialize(document: unknown): string {
  return `${JSON.stringify(ordered(document, documentSchema), null, 2)}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `updatedAt` for a save at `now`, as precise as the document's was: a day stays a day; a
 * date-time (or none yet) becomes the local date and time with its offset.
 */
export function updatedAtFor(previous: unknown, now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  if (typeof previous === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(previous)) return day;
  const offset = -now.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${day}T${pad(now.getHours())}:${pad(now.getMinutes())}${zone}`;
}
