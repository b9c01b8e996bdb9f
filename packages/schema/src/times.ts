import { dateStart, parseCalendarDate } from './dates.js';
import type { KoopDocument } from './types.js';

/**
 * Date-times in a koop document. From format 1.1 on, a date-time without offset
 * (`2020-10-14T11:00`, as a calendar with TZID writes it) is local time in the cooperation's
 * time zone (`cooperation.timeZone`, default Europe/Berlin), and widgets show times in that
 * zone. A 1.0 document without `timeZone` keeps 1.0's reading: without offset means UTC, and
 * times are shown in the reader's zone.
 */

/** The time zone of a 1.1 document that names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter that writes the wall-clock time of an instant in `zone`; null for an unknown zone. */
function wallClock(zone: string): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    zoneFormats.set(zone, format);
  }
  return format;
}

/** Whether `zone` is a time zone this browser knows (an IANA name such as `Europe/Berlin`). */
export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && wallClock(zone) !== null;
}

// `format` is several times faster than `formatToParts`: "6/12/2024, 18:00:00".
const WALL = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** Offset of `zone` from UTC at the instant `time` (ms), e.g. 7,200,000 for CEST. */
export function zoneOffset(time: number, zone: string): number {
  const match = WALL.exec(wallClock(zone)?.format(time) ?? '');
  if (!match) return 0;
  const [, month, day, year, hour, minute, second] = match.map(Number);
  // Whole seconds: the formatter drops milliseconds.
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(time / 1000) * 1000;
}

/**
 * The time zone of `document`: its `cooperation.timeZone` (Europe/Berlin if this browser does
 * not know that zone), else Europe/Berlin for format 1.1 and later; undefined for a 1.0
 * document without one (times read and shown as in 1.0).
 */
export function documentTimeZone(document: KoopDocument | undefined): string | undefined {
  const zone = document?.cooperation?.timeZone;
  if (zone !== undefined) return isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  const [major, minor] = String(document?.schemaVersion ?? '')
    .split('.')
    .map(Number);
  return major > 1 || (major === 1 && minor >= 1) ? DEFAULT_TIME_ZONE : undefined;
}

/** Whether `value` is a date-time that carries its own offset (`Z`, `+02:00`, `-0700`). */
export function hasOffset(value: string): boolean {
  return DATE_TIME.exec(value)?.[8] !== undefined;
}

/**
 * Milliseconds since the epoch for a date-time (`2024-05-03T18:00+02:00`, `…-0700`) or a
 * partial date (its first moment, UTC). A date-time without offset is local time in
 * `timeZone`; without a zone it is read as UTC (format 1.0), so the result never depends on
 * the viewer.
 */
export function instant(value: unknown, timeZone?: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.includes('T')) return dateStart(value);
  const match = DATE_TIME.exec(value);
  if (!match || !parseCalendarDate(value)) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '', offset] = match;
  const milliseconds = Math.round(Number(`0${fraction}`) * 1000);
  const wall = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, milliseconds);
  if (offset === 'Z') return wall;
  if (offset) {
    const digits = offset.replace(':', '');
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    return wall - (offset[0] === '-' ? -1 : 1) * minutes * 60_000;
  }
  if (!timeZone || !isTimeZone(timeZone)) return wall;
  // The offset at the wall time, taken twice: near a change of summer time the first guess is off.
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}

/**
 * The calendar date (`YYYY-MM-DD`, or the year or month as written) on which `value` falls in
 * `timeZone`; a date-time without a zone gives its UTC date (format 1.0). Undefined for no date.
 */
export function localDate(value: unknown, timeZone?: string): string | undefined {
  if (typeof value !== 'string' || !parseCalendarDate(value)) return undefined;
  if (!value.includes('T')) return value;
  // A local time names its own day.
  if (timeZone && !hasOffset(value)) return value.slice(0, 10);
  const time = instant(value, timeZone);
  if (time === undefined) return undefined;
  const shift = timeZone && isTimeZone(timeZone) ? zoneOffset(time, timeZone) : 0;
  return new Date(time + shift).toISOString().slice(0, 10);
}
