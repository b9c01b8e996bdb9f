/**
 * iCalendar (RFC 5545) → entries, parsed by ical.js (Mozilla's parser, as in Thunderbird):
 * every VEVENT becomes a `meeting` entry (the type is editable). Times keep their wall clock
 * with the offset their TZID had then (DST included), UTC stays `Z`, floating times stay
 * without offset (local time in the cooperation's zone); all-day events become days, their
 * exclusive DTEND the last day. Recurring events are expanded within a window (default: a year
 * back and a year ahead of now), with their exceptions (RECURRENCE-ID) and EXDATEs;
 * CANCELLED becomes `status: cancelled`; the same UID (+ RECURRENCE-ID) twice is imported once
 * (the higher SEQUENCE). SUMMARY, DESCRIPTION and LOCATION are stripped of HTML. Entries are
 * matched on the next run by `identifiers` (scheme `ical-uid`).
 */
import ICAL from 'ical.js';
import { instant, isTimeZone, safeUrl, zoneOffset, type Entry } from '@koop/schema';
import { htmlToText, problem, safeId, stripBom } from './text.js';
import type { ImportProblem, ImportResult } from './types.js';

export const ICAL_SCHEME = 'ical-uid';

/**
 * What a calendar speaks for in an entry already imported. Type, actors, goals … are a
 * person's; so is a status other than cancelled (a calendar only says that).
 */
const OWNED = ['date', 'end', 'title', 'summary', 'how.location', 'links'];

export interface ICalendarOptions {
  /** For the default window; defaults to the current time. */
  now?: Date;
  /** First and last day (YYYY-MM-DD) of the window recurring events are expanded in. */
  from?: string;
  to?: string;
  /** At most this many occurrences per recurring event (default 1000). */
  maxOccurrences?: number;
}

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

const DAY = 86_400_000;
const pad = (n: number, l = 2) => String(Math.abs(n)).padStart(l, '0');

/** How an event's times are to be written, from its DTSTART. */
type Zone = { kind: 'ical' } | { kind: 'intl'; zone: string } | { kind: 'floating' };

function dayOf(time: Time): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

function offsetText(seconds: number): string {
  if (seconds === 0) return 'Z';
  const minutes = Math.round(Math.abs(seconds) / 60);
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The time as the format writes it: wall clock with the offset of its zone at that moment. */
function writeTime(time: Time, zone: Zone): string {
  if (time.isDate) return dayOf(time);
  const wall = `${dayOf(time)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  if (zone.kind === 'floating') return wall;
  if (zone.kind === 'ical') return wall + offsetText(time.utcOffset());
  const local = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  // The offset at the instant this wall clock means (twice: once to land near it).
  const offset = zoneOffset(local - zoneOffset(local, zone.zone), zone.zone);
  return wall + offsetText(offset / 1000);
}

function eventZone(event: Component, problems: ImportProblem[], position: object): Zone {
  const start = event.getFirstProperty('dtstart');
  const value = start?.getFirstValue() as Time | undefined;
  const tzid = start?.getParameter('tzid');
  const name = typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? String(tzid[0]) : '';
  if (value && value.zone === ICAL.Timezone.utcTimezone) return { kind: 'ical' };
  if (name && ICAL.TimezoneService.has(name)) return { kind: 'ical' };
  if (name && isTimeZone(name)) return { kind: 'intl', zone: name };
  if (name)
    problems.push(
      problem(
        'warning',
        'ical.unknown-tzid',
        `The time zone "${name}" is neither in the file nor known; the times are read as local times.`,
        `Die Zeitzone "${name}" steht nicht in der Datei und ist unbekannt; die Zeiten gelten als Ortszeit.`,
        position,
      ),
    );
  return { kind: 'floating' };
}

function text(event: Component, name: string): string {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' ? htmlToText(value) : '';
}

function windowOf(options: ICalendarOptions): [number, number] {
  const now = options.now?.getTime() ?? Date.now();
  const day = (value: string | undefined, fallback: number, end: boolean) => {
    const parsed = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
    return Number.isFinite(parsed) ? parsed + (end ? DAY - 1 : 0) : fallback;
  };
  return [day(options.from, now - 365 * DAY, false), day(options.to, now + 365 * DAY, true)];
}

/** 1-based lines where each VEVENT begins, by UID (+ RECURRENCE-ID), from the raw text. */
function eventLines(body: string): Map<string, number> {
  const lines = new Map<string, number>();
  const raw = body.split(/\r?\n/);
  let begin = 0;
  let uid = '';
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (/^BEGIN:VEVENT/i.test(line)) [begin, uid] = [i + 1, ''];
    else if (begin && /^UID[:;]/i.test(line)) uid = line.slice(line.indexOf(':') + 1).trim();
    else if (begin && /^RECURRENCE-ID[:;]/i.test(line)) uid += `|${line.slice(line.indexOf(':') + 1).trim()}`;
    else if (/^END:VEVENT/i.test(line) && begin) {
      if (!lines.has(uid)) lines.set(uid, begin);
      begin = 0;
    }
  }
  return lines;
}

const sequence = (event: Component) => Number(event.getFirstPropertyValue('sequence') ?? 0) || 0;

/** Reads an iCalendar file; never throws: what cannot be read is a problem. */
export function importICalendar(input: string, source: string, options: ICalendarOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const [from, to] = windowOf(options);
  const done = (entries?: Entry[]): ImportResult => ({
    format: 'ical',
    source,
    records: entries ? { entries } : {},
    problems,
    owns: { entries: OWNED },
    // An entry dated outside the window is not missing from the calendar, only not expanded.
    covers: (list, record) => {
      const time = list === 'entries' ? instant((record as Entry).date, 'UTC') : undefined;
      return time !== undefined && time >= from && time <= to;
    },
  });
  const body = stripBom(input);
  let calendar: Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(body) as unknown[]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(
      problem(
        'error',
        'ical.parse',
        `Not an iCalendar file: ${message}`,
        `Keine iCalendar-Datei: ${message}`,
      ),
    );
    return done();
  }
  if (calendar.name !== 'vcalendar') {
    problems.push(
      problem('error', 'ical.no-vcalendar', 'The file has no VCALENDAR.', 'Die Datei hat keinen VCALENDAR.', {
        line: 1,
      }),
    );
    return done();
  }
  // Zones of this file only: a zone of an earlier import must not stand in for a missing one.
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);

  const lines = eventLines(body);
  const max = options.maxOccurrences ?? 1000;

  // Masters and exceptions by UID; a UID (+ RECURRENCE-ID) twice: the higher SEQUENCE counts.
  const masters = new Map<string, Component>();
  const exceptions = new Map<string, Map<string, Component>>();
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid') ?? '').trim();
    const rid = event.getFirstPropertyValue('recurrence-id') as Time | null;
    const ridText = rid ? rid.toICALString() : '';
    const ridRaw = rid
      ? (event.getFirstProperty('recurrence-id')!.toICALString().split(':').pop() ?? '')
      : '';
    const position = {
      line: lines.get(rid ? `${uid}|${ridRaw}` : uid) ?? lines.get(uid),
      url: uid || undefined,
    };
    if (!uid) {
      problems.push(
        problem(
          'warning',
          'ical.no-uid',
          'An event without UID was skipped.',
          'Ein Termin ohne UID wurde übersprungen.',
          position,
        ),
      );
      continue;
    }
    const map = rid ? (exceptions.get(uid) ?? new Map<string, Component>()) : masters;
    if (rid) exceptions.set(uid, map);
    const key = rid ? ridText : uid;
    const earlier = map.get(key);
    if (earlier) {
      problems.push(
        problem(
          'warning',
          'ical.duplicate',
          `The event ${uid}${rid ? ` (${ridText})` : ''} appears twice; the one with the higher SEQUENCE is used.`,
          `Der Termin ${uid}${rid ? ` (${ridText})` : ''} steht zweimal in der Datei; der mit der höheren SEQUENCE zählt.`,
          position,
        ),
      );
      if (sequence(earlier) > sequence(event)) continue;
    }
    map.set(key, event);
  }

  const entries: Entry[] = [];
  const add = (
    component: Component,
    start: Time,
    end: Time | undefined,
    zone: Zone,
    uid: string,
    rid: string | undefined,
  ) => {
    const value = rid ? `${uid};RECURRENCE-ID=${rid}` : uid;
    const title = text(component, 'summary');
    const description = text(component, 'description');
    const entry: Entry = {
      id: safeId(value, 'ical'),
      identifiers: [{ scheme: ICAL_SCHEME, value: value.slice(0, 2048) }],
      date: writeTime(start, zone),
      type: 'meeting',
      title: title || description.split('\n')[0].slice(0, 200) || { de: 'Termin', en: 'Event' },
    };
    if (end) {
      if (start.isDate) {
        // DTEND of an all-day event is the day after the last.
        const last = end.clone();
        last.adjust(-1, 0, 0, 0);
        if (last.compare(start) > 0) entry.end = dayOf(last);
      } else if (end.compare(start) > 0) entry.end = writeTime(end, zone);
    }
    const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') entry.status = 'cancelled';
    if (description && description !== entry.title) entry.summary = description;
    const location = text(component, 'location');
    if (location) entry.how = { location };
    const url = component.getFirstPropertyValue('url');
    const safe = typeof url === 'string' ? safeUrl(url.trim()) : undefined;
    if (safe && /^https?:/i.test(safe)) entry.links = [{ url: safe }];
    entries.push(entry);
  };

  for (const [uid, master] of masters) {
    const position = { line: lines.get(uid), url: uid };
    if (!master.getFirstProperty('dtstart')) {
      problems.push(
        problem(
          'warning',
          'ical.no-dtstart',
          'An event without DTSTART was skipped.',
          'Ein Termin ohne DTSTART wurde übersprungen.',
          position,
        ),
      );
      continue;
    }
    const zone = eventZone(master, problems, position);
    const event = new ICAL.Event(master);
    const own = exceptions.get(uid);
    for (const exception of own?.values() ?? []) event.relateException(exception);
    exceptions.delete(uid);
    if (!event.isRecurring()) {
      add(master, event.startDate, event.endDate, zone, uid, undefined);
      continue;
    }
    const iterator = event.iterator();
    let count = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      const time = next.toJSDate().getTime();
      if (time > to) break;
      const details = event.getOccurrenceDetails(next);
      if (details.endDate.toJSDate().getTime() < from) continue;
      if (++count > max) {
        problems.push(
          problem(
            'warning',
            'ical.too-many-occurrences',
            `The recurring event has more than ${max} occurrences in the window; the rest was left out.`,
            `Der Serientermin hat mehr als ${max} Termine im Zeitraum; die übrigen wurden weggelassen.`,
            position,
          ),
        );
        break;
      }
      const component = details.item.component;
      add(component, details.startDate, details.endDate, zone, uid, details.recurrenceId.toICALString());
    }
  }
  // Exceptions whose series is not in the file: each is an event of its own.
  for (const [uid, own] of exceptions)
    for (const [rid, component] of own) {
      const event = new ICAL.Event(component);
      add(component, event.startDate, event.endDate, eventZone(component, problems, { url: uid }), uid, rid);
    }
  return done(entries);
}
