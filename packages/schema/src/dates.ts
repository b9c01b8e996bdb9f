/**
 * Dates in a koop document are calendar days, as precise as known (`2004`, `2004-03`,
 * `2004-03-24`). They are handled in UTC throughout so no time zone shifts a day.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or the date part of a date-time; else `undefined`. */
export function parseCalendarDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, month, day, precision: day ? 'day' : month ? 'month' : 'year' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last millisecond (UTC) of the period a partial date names. */
export function dateRange(value: unknown): [number, number] | undefined {
  const date = parseCalendarDate(value);
  if (!date) return undefined;
  const start = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const end =
    date.precision === 'day'
      ? Date.UTC(date.year, date.month! - 1, date.day! + 1)
      : date.precision === 'month'
        ? Date.UTC(date.year, date.month!, 1)
        : Date.UTC(date.year + 1, 0, 1);
  return [start, end - 1];
}

/** Start of the period a partial date names (UTC ms), for sorting and charts. */
export function dateStart(value: unknown): number | undefined {
  return dateRange(value)?.[0];
}
