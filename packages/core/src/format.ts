import { instant, parseCalendarDate } from '@koop/schema';

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

/** A date or date-time; a time is shown in the reader's time zone. */
export function formatDateTime(value: string | undefined, locale: string): string {
  if (!value?.includes('T')) return formatDate(value, locale);
  const time = instant(value);
  if (time === undefined) return value;
  const format = cached(
    `dt:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
  );
  return format.format(time);
}

/** A number in the reader's locale, with at most `digits` fraction digits. */
export function formatNumber(value: number, locale: string, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  return cached(
    `n:${locale}:${digits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  ).format(value);
}

/** A share 0…1 as a percentage ("62 %" in German, "62%" in English). */
export function formatPercent(share: number, locale: string): string {
  if (!Number.isFinite(share)) return '–';
  return cached(
    `p:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}

/** "3 Ziele" / "1 Ziel": picks the plural form through Intl.PluralRules. */
export function plural(count: number, locale: string, forms: { one: string; other: string }): string {
  const rule = new Intl.PluralRules(locale).select(count);
  return `${formatNumber(count, locale, 0)} ${rule === 'one' ? forms.one : forms.other}`;
}
