/**
 * JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) → entries. A feed Koop exported carries
 * `_koop` (each item's entry, and the rest of the document at the top): those are restored as
 * they were. Any other feed's items become `announcement` entries (the type is editable),
 * matched on the next run by their item id (`identifiers`, scheme `jsonfeed`).
 */
import { safeUrl, type Entry, type KoopDocument, type Link } from '@koop/schema';
import { clean, feedDate, htmlToText, problem, safeId, stripBom } from './text.js';
import type { ImportProblem, ImportResult, ImportedRecords } from './types.js';
import { LIST_NAMES } from './merge.js';

export const JSONFEED_SCHEME = 'jsonfeed';

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => !!value && typeof value === 'object' && !Array.isArray(value);

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Where JSON.parse fails: the end of the longest prefix that is still the start of JSON. */
function errorOffset(text: string): number {
  const valid = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (error) {
      // Cut short, not wrong: the input ends, a string or a number runs to the end.
      const message = error instanceof Error ? error.message : '';
      const at = /position (\d+)/.exec(message);
      return /end of JSON|Unterminated string/i.test(message) || (!!at && Number(at[1]) >= length);
    }
  };
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (valid(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function isEntry(value: unknown): value is Entry {
  return (
    isRow(value) &&
    typeof value.id === 'string' &&
    typeof value.date === 'string' &&
    typeof value.type === 'string' &&
    value.title !== undefined
  );
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line.trim();
}

/** An entry from an item without `_koop`; undefined (with a problem) when it has no date. */
function itemEntry(item: Row, problems: ImportProblem[], line: number): Entry | undefined {
  const key = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : '';
  const position = { line, ...(key ? { url: key } : {}) };
  if (!key) {
    problems.push(
      problem(
        'warning',
        'jsonfeed.no-id',
        'An item without id was skipped.',
        'Ein Eintrag ohne id wurde übersprungen.',
        position,
      ),
    );
    return undefined;
  }
  const date = feedDate(item.date_published) ?? feedDate(item.date_modified);
  if (!date) {
    problems.push(
      problem(
        'warning',
        'jsonfeed.no-date',
        'An item without a readable date_published was skipped.',
        'Ein Eintrag ohne lesbares date_published wurde übersprungen.',
        position,
      ),
    );
    return undefined;
  }
  const text =
    typeof item.content_text === 'string'
      ? clean(item.content_text).trim()
      : typeof item.content_html === 'string'
        ? htmlToText(item.content_html)
        : '';
  const summary = typeof item.summary === 'string' ? htmlToText(item.summary) : text;
  const title =
    (typeof item.title === 'string' && htmlToText(item.title)) ||
    firstLine(summary) ||
    firstLine(text) ||
    key;
  const links: Link[] = [];
  for (const field of ['url', 'external_url']) {
    const url = typeof item[field] === 'string' ? safeUrl(item[field]) : undefined;
    if (url && /^https?:/i.test(url) && !links.some((l) => l.url === url)) links.push({ url });
  }
  const entry: Entry = {
    id: safeId(key, 'feed'),
    identifiers: [{ scheme: JSONFEED_SCHEME, value: clean(key).slice(0, 2048) }],
    date,
    type: 'announcement',
    title,
  };
  if (summary && summary !== title) entry.summary = summary;
  if (links.length) entry.links = links;
  return entry;
}

/** Reads a JSON Feed; never throws: what cannot be read is a problem. */
export function importJsonFeed(text: string, source: string): ImportResult {
  const problems: ImportProblem[] = [];
  let lossless = false;
  const result = (records: ImportedRecords): ImportResult => ({
    format: 'jsonfeed',
    source,
    records,
    problems,
    // A Koop feed restores entries as they were; any other speaks for what an item has.
    ...(lossless ? {} : { owns: { entries: ['date', 'title', 'summary', 'links'] } }),
  });
  const body = stripBom(text);
  let feed: unknown;
  try {
    feed = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : errorOffset(body);
    problems.push(
      problem('error', 'jsonfeed.json', `Not JSON: ${message}`, `Kein JSON: ${message}`, {
        line: lineAt(body, offset),
      }),
    );
    return result({});
  }
  if (
    !isRow(feed) ||
    typeof feed.version !== 'string' ||
    !/jsonfeed\.org\/version\//.test(feed.version) ||
    !Array.isArray(feed.items)
  ) {
    problems.push(
      problem(
        'error',
        'jsonfeed.not-a-feed',
        'Not a JSON Feed: "version" (https://jsonfeed.org/version/1.1) or "items" is missing.',
        'Kein JSON Feed: "version" (https://jsonfeed.org/version/1.1) oder "items" fehlt.',
        { line: 1 },
      ),
    );
    return result({});
  }

  const records: ImportedRecords = {};
  const koop = isRow(feed._koop) && isRow(feed._koop.document) ? (feed._koop.document as Row) : undefined;
  if (koop) {
    const rest: Row = { ...koop };
    for (const list of LIST_NAMES) {
      if (Array.isArray(rest[list])) (records as Row)[list] = rest[list];
      delete rest[list];
    }
    if (isRow(rest.cooperation))
      records.cooperation = rest.cooperation as unknown as KoopDocument['cooperation'];
    delete rest.cooperation;
    records.document = rest as ImportedRecords['document'];
  } else if (typeof feed.title === 'string' && feed.title.trim()) {
    records.cooperation = { name: clean(feed.title).trim() };
  }

  const entries: Entry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const item of feed.items as unknown[]) {
    if (!isRow(item)) continue;
    // The item's line: where its id is written, after the previous item's.
    const found = typeof item.id === 'string' ? body.indexOf(JSON.stringify(item.id), offset) : -1;
    if (found >= 0) offset = found + 1;
    const line = lineAt(body, found >= 0 ? found : offset);
    const own = isEntry(item._koop);
    if (own) lossless = true;
    const entry = own ? (item._koop as Entry) : itemEntry(item, problems, line);
    if (!entry) continue;
    if (seen.has(entry.id)) {
      problems.push(
        problem(
          'warning',
          'jsonfeed.duplicate',
          `The item "${entry.id}" appears twice; the first is used.`,
          `Der Eintrag "${entry.id}" steht zweimal im Feed; der erste zählt.`,
          { line, url: String(item.id ?? '') },
        ),
      );
      continue;
    }
    seen.add(entry.id);
    entries.push(entry);
  }
  records.entries = entries;
  return result(records);
}
