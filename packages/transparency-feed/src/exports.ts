/**
 * Downloads of what a transparency feed shows: JSON Feed 1.1, Atom 1.0 (RFC 4287) and
 * iCalendar (RFC 5545). Pure functions that build a string in the browser; no server involved.
 *
 * Every text from the document is treated as hostile: control characters and lone surrogates
 * are dropped, XML and iCalendar texts are escaped, and only links that pass `safeUrl` become
 * links. None of the functions throws on schema-valid input.
 */
import {
  dateRange,
  documentTimeZone,
  escapeXml,
  hasOffset,
  instant,
  parseCalendarDate,
  safeUrl,
  zoneOffset,
} from '@koop/schema';
import type {
  Entry,
  EntryStatus,
  EntryType,
  KoopDocument,
  LocalizedText,
  Milestone,
  MilestoneStatus,
} from '@koop/schema';
import { idFragment, localize } from '@koop/core';

export interface FeedExportInput {
  /** For the cooperation's name and summary, the publisher, `lang`, `updatedAt` and lookups. */
  document: KoopDocument;
  /** The entries the feed currently shows: already filtered and sorted newest first. */
  entries: Entry[];
  /** `de`, `en` or a full tag such as `en-GB`. */
  lang: string;
  /** The page URL without hash; an entry's URL is `${pageUrl}#koop-entry-${id}`. */
  pageUrl: string;
  /** The JSON document's URL, if known. */
  documentUrl?: string;
  /** For DTSTAMP and `updated` fallbacks; defaults to the current time. */
  now?: Date;
  /** The milestones the calendar adds to the entries; defaults to all of the document's. */
  milestones?: Milestone[];
}

export interface JsonFeedAuthor {
  name: string;
  url?: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  content_text: string;
  summary?: string;
  date_published?: string;
  tags?: string[];
  /** The entry as the document has it (its unsafe links left out), for a lossless import. */
  _koop?: Entry;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  description?: string;
  language?: string;
  authors?: JsonFeedAuthor[];
  items: JsonFeedItem[];
  /** The rest of the document (without entries; unsafe links left out), for a lossless import. */
  _koop?: { document: Omit<KoopDocument, 'entries'> };
}

type Labels = readonly [de: string, en: string];

const TYPE_LABELS: Record<EntryType, Labels> = {
  decision: ['Beschluss', 'Decision'],
  meeting: ['Sitzung', 'Meeting'],
  result: ['Ergebnis', 'Result'],
  evaluation: ['Auswertung', 'Evaluation'],
  announcement: ['Ankündigung', 'Announcement'],
  milestone: ['Meilenstein', 'Milestone'],
  'personnel-change': ['Personalwechsel', 'Personnel change'],
};

const FORMAT_LABELS: Record<string, Labels> = {
  'in-person': ['Präsenz', 'In person'],
  online: ['Online', 'Online'],
  hybrid: ['Hybrid', 'Hybrid'],
  written: ['Schriftlich', 'Written'],
};

const PROCEDURE_LABELS: Record<string, Labels> = {
  consensus: ['Konsens', 'Consensus'],
  majority: ['Mehrheitsentscheid', 'Majority vote'],
  'systemic-consensing': ['Systemisches Konsensieren', 'Systemic consensing'],
  unanimity: ['Einstimmigkeit', 'Unanimity'],
  other: ['Anderes Verfahren', 'Other procedure'],
};

const FIELD_LABELS = {
  results: ['Ergebnisse', 'Results'],
  format: ['Format', 'Format'],
  location: ['Ort', 'Location'],
  body: ['Gremium', 'Body'],
  procedure: ['Verfahren', 'Procedure'],
  outcome: ['Ergebnis der Entscheidung', 'Outcome'],
  binding: ['Verbindlich', 'Binding'],
  yes: ['ja', 'yes'],
  no: ['nein', 'no'],
  actors: ['Beteiligt', 'Involved'],
  goals: ['Ziele', 'Goals'],
  milestones: ['Meilensteine', 'Milestones'],
  document: ['Koop-Dokument (JSON)', 'Koop document (JSON)'],
} satisfies Record<string, Labels>;

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Context shared by the three formats: texts resolved, URLs built, lookups ready. */
interface Context {
  input: FeedExportInput;
  lang: string;
  english: boolean;
  pageUrl: string;
  now: Date;
  /** The zone a date-time without offset is local time in (format 1.1). */
  timeZone?: string;
  text(value: LocalizedText | undefined): string;
  label(labels: Labels): string;
}

function context(input: FeedExportInput): Context {
  const documentLang = typeof input.document.lang === 'string' ? input.document.lang : undefined;
  const lang = (typeof input.lang === 'string' && input.lang.trim()) || documentLang || 'de';
  const english = lang.toLowerCase().startsWith('en');
  const now = input.now instanceof Date && Number.isFinite(input.now.getTime()) ? input.now : new Date();
  const pageUrl = (typeof input.pageUrl === 'string' ? input.pageUrl : '').split('#')[0];
  return {
    input,
    lang,
    english,
    pageUrl,
    now,
    timeZone: documentTimeZone(input.document),
    text: (value) => clean(localize(value, lang, documentLang)).trim(),
    label: (labels) => labels[english ? 1 : 0],
  };
}

/** Drops C0 controls (except tab and line feed), DEL, C1 controls and lone surrogates. */
function clean(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

function entryUrl(ctx: Context, entry: Entry): string {
  return `${ctx.pageUrl}#koop-entry-${idFragment(String(entry.id ?? ''))}`;
}

function typeLabel(ctx: Context, type: string): string {
  const labels = (TYPE_LABELS as Record<string, Labels | undefined>)[type];
  return labels ? ctx.label(labels) : clean(String(type ?? ''));
}

function entryTitle(ctx: Context, entry: Entry): string {
  return ctx.text(entry.title) || typeLabel(ctx, entry.type);
}

function cooperationName(ctx: Context): string {
  return ctx.text(ctx.input.document.cooperation?.name) || 'Koop';
}

function publisherName(ctx: Context): string {
  return ctx.text(ctx.input.document.publisher?.name);
}

/** Names of the listed ids found in `items`; unknown ids are left out. */
function lookup<T extends { id: string }>(
  ctx: Context,
  ids: readonly string[] | undefined,
  items: readonly T[] | undefined,
  name: (item: T) => LocalizedText | undefined,
): string[] {
  if (!Array.isArray(ids) || !Array.isArray(items)) return [];
  const names: string[] = [];
  for (const id of ids) {
    const item = items.find((candidate) => candidate?.id === id);
    const text = item ? ctx.text(name(item)) : '';
    if (text && !names.includes(text)) names.push(text);
  }
  return names;
}

function goalTitles(ctx: Context, entry: Entry): string[] {
  return lookup(ctx, entry.goals, ctx.input.document.goals, (goal) => goal.title);
}

function tags(ctx: Context, entry: Entry): string[] {
  const result = [typeLabel(ctx, entry.type), ...goalTitles(ctx, entry)].filter(Boolean);
  return [...new Set(result)];
}

/** Summary, results, how it came about and who took part, as plain text. */
function entryText(ctx: Context, entry: Entry): string {
  const paragraphs: string[] = [];
  const summary = ctx.text(entry.summary);
  if (summary) paragraphs.push(summary);
  const results = ctx.text(entry.results);
  if (results) paragraphs.push(`${ctx.label(FIELD_LABELS.results)}: ${results}`);

  const facts: string[] = [];
  const fact = (labels: Labels, value: string) => {
    if (value) facts.push(`${ctx.label(labels)}: ${value}`);
  };
  const how = entry.how && typeof entry.how === 'object' ? entry.how : undefined;
  if (how) {
    const format = how.format ? FORMAT_LABELS[how.format] : undefined;
    fact(FIELD_LABELS.format, format ? ctx.label(format) : '');
    fact(FIELD_LABELS.location, ctx.text(how.location));
    if (typeof how.body === 'string') {
      // an actor id; its name when the actor is known, else the id as written
      const [name] = lookup(ctx, [how.body], ctx.input.document.actors, (actor) => actor.name);
      fact(FIELD_LABELS.body, name ?? clean(how.body).trim());
    }
    const procedure = how.procedure ? PROCEDURE_LABELS[how.procedure] : undefined;
    fact(FIELD_LABELS.procedure, procedure ? ctx.label(procedure) : '');
    fact(FIELD_LABELS.outcome, ctx.text(how.outcome));
    if (typeof how.binding === 'boolean') {
      fact(FIELD_LABELS.binding, ctx.label(how.binding ? FIELD_LABELS.yes : FIELD_LABELS.no));
    }
  }
  const { document } = ctx.input;
  fact(FIELD_LABELS.actors, lookup(ctx, entry.actors, document.actors, (actor) => actor.name).join(', '));
  fact(FIELD_LABELS.goals, goalTitles(ctx, entry).join(', '));
  fact(
    FIELD_LABELS.milestones,
    lookup(ctx, entry.milestones, document.milestones, (milestone) => milestone.title).join(', '),
  );
  if (facts.length) paragraphs.push(facts.join('\n'));
  return paragraphs.join('\n\n');
}

/** The entry's links that are safe, resolved against the page. */
function safeLinks(ctx: Context, entry: Entry): { url: string; title: string }[] {
  if (!Array.isArray(entry.links)) return [];
  const links: { url: string; title: string }[] = [];
  for (const link of entry.links) {
    const url = safeUrl(link?.url, absoluteBase(ctx));
    if (url) links.push({ url: clean(url), title: ctx.text(link.title) });
  }
  return links;
}

/** The page URL as base for relative links, when it is an absolute URL. */
function absoluteBase(ctx: Context): string | undefined {
  try {
    return new URL(ctx.pageUrl).href;
  } catch {
    return undefined;
  }
}

/** RFC 3339 in UTC, without milliseconds when they are zero. */
function rfc3339(time: number | undefined): string | undefined {
  if (time === undefined || !Number.isFinite(time)) return undefined;
  const date = new Date(time);
  if (!Number.isFinite(date.getTime())) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}

function entryTime(ctx: Context, entry: Entry): number | undefined {
  const time = instant(entry.date, ctx.timeZone);
  return time !== undefined && Number.isFinite(time) ? time : undefined;
}

function feedUpdated(ctx: Context): string {
  const fromDocument = rfc3339(instant(ctx.input.document.updatedAt, ctx.timeZone));
  if (fromDocument) return fromDocument;
  const times = entries(ctx)
    .map((entry) => entryTime(ctx, entry))
    .filter((time): time is number => time !== undefined);
  return rfc3339(times.length ? Math.max(...times) : undefined) ?? rfc3339(ctx.now.getTime())!;
}

function entries(ctx: Context): Entry[] {
  const list = Array.isArray(ctx.input.entries) ? ctx.input.entries : [];
  return list.filter((entry): entry is Entry => !!entry && typeof entry === 'object');
}

// ---------------------------------------------------------------------------------------------
// JSON Feed 1.1

const URL_FIELDS = new Set(['url', 'website', 'sourceUrl']);

/**
 * A copy of a document's value for the `_koop` extension: as it is (a JSON Feed import
 * restores it as it was), except that URLs `safeUrl` refuses are left out, with the link they
 * make, so the download never carries a `javascript:` or `data:` URL.
 */
function safeCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(safeCopy);
  if (!value || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (URL_FIELDS.has(key) && typeof item === 'string' && !safeUrl(item)) continue;
    copy[key] =
      key === 'links' && Array.isArray(item)
        ? safeCopy(item.filter((link) => !link || typeof link !== 'object' || safeUrl(link.url)))
        : safeCopy(item);
  }
  return copy;
}

/** The entries as a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function toJsonFeed(input: FeedExportInput): string {
  const ctx = context(input);
  const { document } = input;
  const feed: Omit<JsonFeed, 'items'> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: cooperationName(ctx),
    home_page_url: ctx.pageUrl,
  };
  const description = ctx.text(document.cooperation?.summary);
  if (description) feed.description = description;
  feed.language = ctx.lang;
  const publisher = publisherName(ctx);
  if (publisher) {
    const author: JsonFeedAuthor = { name: publisher };
    const url = safeUrl(document.publisher?.url, absoluteBase(ctx));
    if (url) author.url = clean(url);
    feed.authors = [author];
  }
  const items = entries(ctx).map((entry) => {
    const url = entryUrl(ctx, entry);
    const item: JsonFeedItem = {
      id: url,
      url,
      title: entryTitle(ctx, entry),
      content_text: entryText(ctx, entry),
    };
    const external = safeLinks(ctx, entry)[0];
    if (external) item.external_url = external.url;
    const summary = ctx.text(entry.summary);
    if (summary) item.summary = summary;
    const published = rfc3339(entryTime(ctx, entry));
    if (published) item.date_published = published;
    item.tags = tags(ctx, entry);
    item._koop = safeCopy(entry) as Entry;
    return item;
  });
  const rest: Partial<KoopDocument> = { ...document };
  delete rest.entries;
  const result: JsonFeed = {
    ...feed,
    items,
    _koop: { document: safeCopy(rest) as Omit<KoopDocument, 'entries'> },
  };
  return JSON.stringify(result, null, 2);
}

// ---------------------------------------------------------------------------------------------
// Atom 1.0

const xml = escapeXml;

/** The entries as an Atom 1.0 feed (RFC 4287). */
export function toAtom(input: FeedExportInput): string {
  const ctx = context(input);
  const { document } = input;
  const updated = feedUpdated(ctx);
  const lines: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(ctx.lang)}">`,
    `  <id>${xml(ctx.pageUrl)}</id>`,
    `  <title type="text">${xml(cooperationName(ctx))}</title>`,
  ];
  const subtitle = ctx.text(document.cooperation?.summary);
  if (subtitle) lines.push(`  <subtitle type="text">${xml(subtitle)}</subtitle>`);
  lines.push(`  <updated>${updated}</updated>`);
  const publisherUrl = publisherName(ctx) ? safeUrl(document.publisher?.url, absoluteBase(ctx)) : undefined;
  lines.push(
    '  <author>',
    `    <name>${xml(publisherName(ctx) || cooperationName(ctx))}</name>`,
    ...(publisherUrl ? [`    <uri>${xml(publisherUrl)}</uri>`] : []),
    '  </author>',
    `  <link rel="alternate" type="text/html" href="${xml(ctx.pageUrl)}"/>`,
  );
  const documentUrl = safeUrl(input.documentUrl, absoluteBase(ctx));
  if (documentUrl) {
    lines.push(
      `  <link rel="related" type="application/json" href="${xml(documentUrl)}" title="${xml(
        ctx.label(FIELD_LABELS.document),
      )}"/>`,
    );
  }
  if (typeof document.license === 'string' && document.license.trim()) {
    lines.push(`  <rights type="text">${xml(document.license.trim())}</rights>`);
  }
  lines.push('  <generator>Koop</generator>');

  for (const entry of entries(ctx)) {
    const url = entryUrl(ctx, entry);
    const published = rfc3339(entryTime(ctx, entry));
    lines.push(
      '  <entry>',
      `    <id>${xml(url)}</id>`,
      `    <title type="text">${xml(entryTitle(ctx, entry))}</title>`,
      `    <updated>${published ?? updated}</updated>`,
    );
    if (published) lines.push(`    <published>${published}</published>`);
    lines.push(`    <link rel="alternate" type="text/html" href="${xml(url)}"/>`);
    for (const link of safeLinks(ctx, entry)) {
      const title = link.title ? ` title="${xml(link.title)}"` : '';
      lines.push(`    <link rel="related" href="${xml(link.url)}"${title}/>`);
    }
    const summary = ctx.text(entry.summary);
    if (summary) lines.push(`    <summary type="text">${xml(summary)}</summary>`);
    const content = entryText(ctx, entry);
    if (content && content !== summary) lines.push(`    <content type="text">${xml(content)}</content>`);
    for (const tag of tags(ctx, entry)) lines.push(`    <category term="${xml(tag)}"/>`);
    lines.push('  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// iCalendar

/** Escapes a TEXT value (RFC 5545, 3.3.11). */
function icalText(text: string): string {
  return clean(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** A URI value: no whitespace or controls, which would end the line or the value. */
function icalUri(uri: string): string {
  // eslint-disable-next-line no-control-regex
  return clean(uri).replace(/[\u0000-\u0020\u007F]/g, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545, 3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function icalDate(time: number): string {
  const date = new Date(time);
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

function icalDateTime(time: number): string {
  const date = new Date(time);
  return (
    `${icalDate(time)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}` +
    `${pad(date.getUTCSeconds())}Z`
  );
}

/** A wall clock as written (`2024-05-03T18:00[:00]`) in iCalendar's form, `20240503T180000`. */
function icalWallClock(value: string): string {
  const [day, time] = value.split('T');
  const [hour = '00', minute = '00', second = '00'] = time.split(':');
  return `${day.replace(/-/g, '')}T${hour}${minute}${second.slice(0, 2)}`;
}

/**
 * One DTSTART or DTEND of a date-time: a local time (format 1.1, no offset) as its wall clock
 * with the cooperation's TZID, which calendars then show across DST as meant; a time with its
 * own offset (or in a 1.0 document without zone) as the instant in UTC.
 */
function icalTime(ctx: Context, name: string, value: string, localYears: number[]): string | undefined {
  const time = instant(value, ctx.timeZone);
  if (time === undefined || !Number.isFinite(time)) return undefined;
  if (ctx.timeZone && !hasOffset(value)) {
    localYears.push(Number(value.slice(0, 4)));
    return `${name};TZID=${ctx.timeZone}:${icalWallClock(value)}`;
  }
  return `${name}:${icalDateTime(time)}`;
}

/**
 * DTSTART and DTEND of a date (an entry's `date` and `end`, a milestone's day; for all-day
 * events the day after the last day), or nothing for an unreadable date.
 */
function eventTimes(ctx: Context, date: string, end: string, localYears: number[]): string[] | undefined {
  if (date.includes('T')) {
    const start = icalTime(ctx, 'DTSTART', date, localYears);
    if (!start) return undefined;
    const time = instant(date, ctx.timeZone)!;
    const finish = end.includes('T') ? instant(end, ctx.timeZone) : undefined;
    const stop = finish !== undefined && finish > time ? icalTime(ctx, 'DTEND', end, localYears) : undefined;
    return [start, ...(stop ? [stop] : [])];
  }
  // A day, a month or a year: all-day over the whole period, to the end of the last one.
  const range = parseCalendarDate(date) ? dateRange(date) : undefined;
  if (!range) return undefined;
  const last = end && !end.includes('T') ? dateRange(end) : undefined;
  const stop = last && last[1] > range[1] ? last[1] : range[1];
  return [`DTSTART;VALUE=DATE:${icalDate(range[0])}`, `DTEND;VALUE=DATE:${icalDate(stop + 1)}`];
}

const WEEK = 7 * 86_400_000;

function icalOffset(milliseconds: number): string {
  const minutes = Math.round(Math.abs(milliseconds) / 60_000);
  return `${milliseconds < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

/**
 * A VTIMEZONE for `zone` over the years `from`–`to` (RFC 5545, 3.6.5), from this browser's
 * zone data: one observance for the offset at the start and one per change (found week by week,
 * then to the minute), each with its onset as the wall clock before the change.
 */
function vtimezone(zone: string, from: number, to: number): string[] {
  const start = Date.UTC(from, 0, 1);
  const stop = Date.UTC(to + 1, 0, 1);
  const changes: { at: number; before: number; after: number }[] = [];
  let previous = zoneOffset(start, zone);
  for (let time = start + WEEK; time < stop + WEEK; time += WEEK) {
    const offset = zoneOffset(time, zone);
    if (offset === previous) continue;
    let [low, high] = [time - WEEK, time];
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (zoneOffset(middle, zone) === previous) low = middle;
      else high = middle;
    }
    changes.push({ at: high, before: previous, after: offset });
    previous = offset;
  }
  const offsets = [zoneOffset(start, zone), ...changes.map((c) => c.after)];
  const standard = Math.min(...offsets);
  const observance = (at: number, before: number, after: number) => {
    const kind = after > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${icalDateTime(at + before).slice(0, -1)}`,
      `TZOFFSETFROM:${icalOffset(before)}`,
      `TZOFFSETTO:${icalOffset(after)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(start, offsets[0], offsets[0]),
    ...changes.flatMap((change) => observance(change.at, change.before, change.after)),
    'END:VTIMEZONE',
  ];
}

/** STATUS of an event (RFC 5545, 3.8.1.11). */
const EVENT_STATUS: Record<EntryStatus, string> = {
  scheduled: 'CONFIRMED',
  held: 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
};

/** STATUS of a milestone's event. */
const MILESTONE_STATUS: Record<MilestoneStatus, string> = {
  planned: 'TENTATIVE',
  reached: 'CONFIRMED',
  delayed: 'TENTATIVE',
  dropped: 'CANCELLED',
};

const MILESTONE_LABELS = {
  milestone: ['Meilenstein', 'Milestone'],
  planned: ['Geplant', 'Planned'],
} satisfies Record<string, Labels>;

/**
 * The UID an entry or milestone had in the calendar it came from (`ical-uid`), else one made
 * of its id: the same on every export, so a subscribed calendar updates its events in place.
 */
function eventUid(item: Entry | Milestone, host: string, prefix = ''): string {
  const own = Array.isArray(item.identifiers)
    ? item.identifiers.find((identifier) => identifier?.scheme === 'ical-uid')?.value
    : undefined;
  return typeof own === 'string' && own ? own : `${prefix}${String(item.id ?? '')}@${host}`;
}

function calendarHost(ctx: Context): string {
  try {
    return new URL(ctx.pageUrl).hostname || 'koop';
  } catch {
    return 'koop';
  }
}

/**
 * Every dated entry and every milestone as an iCalendar file (RFC 5545): a date-time as a
 * timed event (local times with the cooperation's TZID and its VTIMEZONE), a day, month or
 * year as an all-day event over it; a milestone on its actual date, else its planned one. A
 * milestone an exported `milestone` entry names is that entry's event, not a second one.
 */
export function toICalendar(input: FeedExportInput): string {
  const ctx = context(input);
  const host = calendarHost(ctx);
  const stamp = icalDateTime(ctx.now.getTime());
  // Years of the local times written with TZID, which the VTIMEZONE must cover.
  const localYears: number[] = [];
  const events: string[][] = [];
  const document = input.document;
  const times = (date: unknown, end: unknown) => {
    const text = typeof date === 'string' ? date : '';
    return eventTimes(ctx, text, typeof end === 'string' ? end : '', localYears);
  };
  const list = entries(ctx);
  for (const entry of list) {
    const dates = times(entry.date, entry.end);
    if (!dates) continue;
    const url = entryUrl(ctx, entry);
    const text = entryText(ctx, entry);
    const description = text ? `${text}\n\n${url}` : url;
    const lines = [
      'BEGIN:VEVENT',
      `UID:${icalText(eventUid(entry, host))}`,
      `DTSTAMP:${stamp}`,
      ...dates,
      `SUMMARY:${icalText(entryTitle(ctx, entry))}`,
      `DESCRIPTION:${icalText(description)}`,
      `URL:${icalUri(url)}`,
    ];
    const status = entry.status && EVENT_STATUS[entry.status];
    if (status) lines.push(`STATUS:${status}`);
    const parent = Array.isArray(document.entries)
      ? document.entries.find((other) => other?.id === entry.partOf && other !== entry)
      : undefined;
    if (parent) lines.push(`RELATED-TO;RELTYPE=PARENT:${icalText(eventUid(parent, host))}`);
    const location = ctx.text(entry.how?.location);
    if (location) lines.push(`LOCATION:${icalText(location)}`);
    lines.push(`CATEGORIES:${icalText(typeLabel(ctx, entry.type))}`, 'END:VEVENT');
    events.push(lines);
  }
  const named = new Set(
    list
      .filter((entry) => entry.type === 'milestone' && Array.isArray(entry.milestones))
      .flatMap((e) => e.milestones),
  );
  const milestones = Array.isArray(input.milestones) ? input.milestones : (document.milestones ?? []);
  for (const milestone of milestones) {
    if (!milestone || typeof milestone !== 'object' || named.has(milestone.id)) continue;
    const dates = times(milestone.actual ?? milestone.planned, undefined);
    if (!dates) continue;
    const paragraphs = [ctx.text(milestone.description)];
    if (milestone.actual && milestone.planned && milestone.planned !== milestone.actual)
      paragraphs.push(`${ctx.label(MILESTONE_LABELS.planned)}: ${clean(milestone.planned)}`);
    paragraphs.push(ctx.pageUrl);
    const lines = [
      'BEGIN:VEVENT',
      `UID:${icalText(eventUid(milestone, host, 'milestone/'))}`,
      `DTSTAMP:${stamp}`,
      ...dates,
      `SUMMARY:${icalText(ctx.text(milestone.title) || ctx.label(MILESTONE_LABELS.milestone))}`,
      `DESCRIPTION:${icalText(paragraphs.filter(Boolean).join('\n\n'))}`,
    ];
    if (absoluteBase(ctx)) lines.push(`URL:${icalUri(ctx.pageUrl)}`);
    const status = milestone.status && MILESTONE_STATUS[milestone.status];
    if (status) lines.push(`STATUS:${status}`);
    lines.push(`CATEGORIES:${icalText(ctx.label(MILESTONE_LABELS.milestone))}`, 'END:VEVENT');
    events.push(lines);
  }
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koop//Transparency feed//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(cooperationName(ctx))}`,
    ...(ctx.timeZone ? [`X-WR-TIMEZONE:${ctx.timeZone}`] : []),
    ...(ctx.timeZone && localYears.length
      ? vtimezone(ctx.timeZone, Math.min(...localYears), Math.max(...localYears))
      : []),
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// File names

const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
};

/** A safe ASCII file name from the cooperation's name, e.g. `alte-feuerwache.ics`. */
export function exportFileName(document: KoopDocument, extension: 'json' | 'atom' | 'ics'): string {
  const lang = typeof document?.lang === 'string' ? document.lang : 'de';
  const name = clean(localize(document?.cooperation?.name, lang, lang));
  const slug = name
    .replace(/[äöüÄÖÜßẞæÆøØœŒłŁđĐ]/g, (char) => TRANSLITERATION[char] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'koop'}.${extension}`;
}
