import { instant, isTimeZone, parseCalendarDate, zoneOffset, type Amount } from '@koop/schema';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const DATE_OPTIONS: Record<string, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  short: { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' },
};

/**
 * A partial date as precise as it is: `2004` → "2004", `2004-03` → "März 2004",
 * `2004-03-24` → "24. März 2004". Invalid input comes back unchanged.
 */
export function formatDate(
  value: string | undefined,
  locale: string,
  style: 'long' | 'short' = 'long',
): string {
  const date = parseCalendarDate(value);
  if (!date) return value ?? '';
  const precision = style === 'short' && date.precision === 'day' ? 'short' : date.precision;
  const format = cached(
    `d:${locale}:${precision}`,
    () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[precision]),
  );
  return format.format(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The reader's time zone, as the browser reports it. */
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** How a time is written: long date and short time in `locale`, in `timeZone`. */
const timeFormat = (locale: string, timeZone: string) =>
  cached(
    `dt:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }),
  );

/** The short name of `timeZone` at `time` in `locale`: "MESZ", "GMT+2". */
function zoneName(time: number, locale: string, timeZone: string): string {
  const format = cached(
    `tz:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
  );
  return format.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * A date or date-time. With `timeZone` (the cooperation's, from format 1.1 on) a time is shown
 * in that zone, which is named where the reader's zone differs; without, in the reader's zone
 * (format 1.0). Dates are never shifted.
 */
export function formatDateTime(value: string | undefined, locale: string, timeZone?: string): string {
  return formatDateRange(value, undefined, locale, timeZone);
}

/**
 * A date or date-time to an end (`end` may be undefined): "14. Oktober 2020, 17:00–19:30 Uhr",
 * "12.–14. März 2025". Times as in `formatDateTime`; an end that cannot be read is left out.
 */
export function formatDateRange(
  start: string | undefined,
  end: string | undefined,
  locale: string,
  timeZone?: string,
): string {
  const zone = isTimeZone(timeZone) ? timeZone : undefined;
  if (!start?.includes('T')) {
    const from = parseCalendarDate(start);
    const to = parseCalendarDate(end);
    if (from && to && !end!.includes('T') && from.precision === to.precision) {
      // Days as days, in UTC like every date: "12.–14. März 2025".
      const format = cached(
        `d:${locale}:${from.precision}`,
        () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[from.precision]),
      );
      const utc = (d: typeof from) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
      return format.formatRange(utc(from), Math.max(utc(from), utc(to)));
    }
    const first = formatDate(start, locale);
    return to ? `${first} – ${formatDateRange(end, undefined, locale, timeZone)}` : first;
  }
  const time = instant(start, zone);
  if (time === undefined) return start;
  const finish = end?.includes('T') ? instant(end, zone) : undefined;
  // Asked each time (not once): a formatter without a zone would keep the one it was made in.
  const reader = readerZone();
  const format = timeFormat(locale, zone ?? reader);
  const text =
    finish !== undefined && finish >= time ? format.formatRange(time, finish) : format.format(time);
  // The zone is named where the reader's clock says otherwise; dateStyle leaves no room for it.
  const named = zone !== undefined && zone !== reader && zoneOffset(time, reader) !== zoneOffset(time, zone);
  return named ? `${text} ${zoneName(time, locale, zone)}` : text;
}

/** A number in the reader's locale, with at most `digits` (and at least `minimum`) fraction digits. */
export function formatNumber(value: number, locale: string, digits = 2, minimum = 0): string {
  if (!Number.isFinite(value)) return '–';
  return cached(
    `n:${locale}:${digits}:${minimum}`,
    () =>
      new Intl.NumberFormat(locale, {
        maximumFractionDigits: digits,
        minimumFractionDigits: Math.min(minimum, digits),
      }),
  ).format(value);
}

/** A share 0…1 as a percentage ("62 %" in German, "62%" in English), with `digits` as in `formatNumber`. */
export function formatPercent(share: number, locale: string, digits = 0, minimum = 0): string {
  if (!Number.isFinite(share)) return '–';
  return cached(
    `p:${locale}:${digits}:${minimum}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: Math.min(minimum, digits),
      }),
  ).format(share);
}

/** A sum of money in its currency ("120.000 €", "CHF 4,999.50"); whole sums without cents. */
export function formatAmount(amount: Amount | undefined, locale: string): string {
  if (!amount || !Number.isFinite(amount.value)) return '';
  try {
    const whole = Number.isInteger(amount.value);
    return cached(
      `a:${locale}:${amount.currency}:${whole}`,
      () =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: amount.currency,
          ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
        }),
    ).format(amount.value);
  } catch {
    // A currency code Intl refuses: the number and the code as written.
    return `${formatNumber(amount.value, locale)} ${amount.currency}`;
  }
}

/** "3 Ziele" / "1 Ziel": picks the plural form through Intl.PluralRules. */
export function plural(count: number, locale: string, forms: { one: string; other: string }): string {
  const rule = new Intl.PluralRules(locale).select(count);
  return `${formatNumber(count, locale, 0)} ${rule === 'one' ? forms.one : forms.other}`;
}
