import { dateStart } from './dates.js';
import type {
  Indicator,
  IndicatorValue,
  LocalizedText,
  ObservationFlag,
  PartialDate,
  Target,
} from './types.js';

// An indicator's progress and forecast: the goal tracker draws them, the cooperation summary
// counts them, so both say the same.

/** How an indicator stands against its target. */
export type Forecast = 'reached' | 'on-track' | 'at-risk' | 'missed' | 'unknown';

export interface TrendPoint {
  /** UTC ms of the start of the observation's date. */
  time: number;
  value: number;
  date: string;
  flags?: readonly ObservationFlag[];
}

/** One of an indicator's targets: `target` and the entries of `targets`, in date order. */
export interface IndicatorTarget {
  date?: PartialDate;
  value: IndicatorValue;
  note?: LocalizedText;
  /** UTC ms of the start of its date; undefined when undated. */
  time?: number;
}

export interface IndicatorProgress {
  /** True for number, percent and ordinal indicators with numeric baseline and target. */
  measurable: boolean;
  /** The latest observation with a value (or the baseline when there is none). */
  latest?: { date?: string; value: IndicatorValue; flags?: readonly ObservationFlag[] };
  /** Every target, dated ones in date order, an undated one last. */
  targets: IndicatorTarget[];
  /** The target progress and forecast refer to: the next one not yet due, else the last. */
  target?: IndicatorTarget;
  /** Share of the way from baseline to target, 0…1 (clamped); undefined if not measurable. */
  share?: number;
  /** Value projected for the target date from the linear trend of baseline and observations. */
  projected?: number;
  forecast: Forecast;
  /** Baseline and numeric observations in time order, for the trend chart. */
  points: TrendPoint[];
  /** Dates without a value (observations with `value: null`), for the chart. */
  gaps: { time: number; date: string }[];
  /** Decimal places to show values with: `decimals`, else as many as the most precise value has. */
  decimals: number;
}

/** Which way counts as progress: from the declared direction, else from baseline → target. */
function sense(indicator: Indicator, baseline: number, target: number): 1 | -1 {
  if (indicator.direction === 'decrease') return -1;
  if (indicator.direction === 'increase' || indicator.direction === 'maintain') return 1;
  return target < baseline ? -1 : 1;
}

/** Least-squares line through the points, evaluated at `time`. */
function linearAt(points: TrendPoint[], time: number): number | undefined {
  if (points.length < 2) return undefined;
  const n = points.length;
  const meanT = points.reduce((sum, p) => sum + p.time, 0) / n;
  const meanV = points.reduce((sum, p) => sum + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.time - meanT) * (p.value - meanV);
    variance += (p.time - meanT) ** 2;
  }
  if (variance === 0) return undefined;
  return meanV + (covariance / variance) * (time - meanT);
}

/** Decimal places of a number as written in the document (`23.8` → 1, `1e-7` → 7). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [digits, exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = digits.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** `target` and `targets` together: dated ones by date, an undated one last, without repeats. */
export function indicatorTargets(indicator: Indicator): IndicatorTarget[] {
  const all: IndicatorTarget[] = [];
  for (const candidate of [indicator.target, ...(indicator.targets ?? [])]) {
    if (!candidate || candidate.value === undefined) continue;
    if (all.some((t) => t.date === candidate.date && t.value === candidate.value)) continue;
    const { date, value, note } = candidate as Partial<Target>;
    all.push({ date, value: value!, note, time: dateStart(date) });
  }
  return all.sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity));
}

/**
 * Progress of one indicator as of `today` (UTC ms): share of the way from baseline to the next
 * target not yet due (the last one once all are due) in the indicator's direction, and a
 * forecast from the trend of its observations. Gaps (`value: null`) are no measurements; after
 * a break in the series only the values from the break on make the trend. `maintain`
 * indicators count as reached while the latest value is at or beyond the target.
 */
export function indicatorProgress(indicator: Indicator, today: number): IndicatorProgress {
  const dated = (indicator.observations ?? [])
    .filter((o) => dateStart(o.date) !== undefined)
    .sort((a, b) => dateStart(a.date)! - dateStart(b.date)!);
  const gaps = dated.filter((o) => o.value === null).map((o) => ({ time: dateStart(o.date)!, date: o.date }));
  const observations = dated.flatMap((o) => (o.value === null ? [] : [{ ...o, value: o.value }]));
  const lastObservation = observations.at(-1);
  const latest = lastObservation ?? indicator.baseline;
  const targets = indicatorTargets(indicator);
  const target =
    targets.find((t) => t.time !== undefined && t.time >= today) ??
    targets.filter((t) => t.time !== undefined).at(-1) ??
    targets[0];
  const baseline = indicator.baseline?.value;
  const points: TrendPoint[] = [];
  const baselineTime = dateStart(indicator.baseline?.date);
  if (typeof baseline === 'number' && baselineTime !== undefined) {
    points.push({ time: baselineTime, value: baseline, date: indicator.baseline!.date! });
  }
  for (const o of observations) {
    if (typeof o.value === 'number')
      points.push({ time: dateStart(o.date)!, value: o.value, date: o.date, flags: o.flags });
  }
  const numbers = [baseline, ...targets.map((t) => t.value), ...observations.map((o) => o.value)].filter(
    (value): value is number => typeof value === 'number',
  );
  const decimals = indicator.decimals ?? Math.max(0, ...numbers.map(decimalsOf));

  const targetValue = target?.value;
  const measurable =
    indicator.measure !== 'qualitative' && typeof baseline === 'number' && typeof targetValue === 'number';
  if (!measurable)
    return { measurable: false, latest, targets, target, forecast: 'unknown', points, gaps, decimals };

  const direction = sense(indicator, baseline, targetValue);
  const latestValue = typeof latest?.value === 'number' ? latest.value : baseline;
  const meets = (value: number) => direction * (value - targetValue) >= 0;
  const span = targetValue - baseline;
  const share =
    span === 0 || indicator.direction === 'maintain'
      ? meets(latestValue)
        ? 1
        : 0
      : Math.min(1, Math.max(0, (latestValue - baseline) / span));

  // Values before a break in the series are not comparable with those after it.
  const lastBreak = points.findLastIndex((p) => p.flags?.includes('break-in-series'));
  const comparable = lastBreak > 0 ? points.slice(lastBreak) : points;
  const targetTime = target?.time;
  const projected = targetTime === undefined ? undefined : linearAt(comparable, targetTime);
  let forecast: Forecast;
  if (meets(latestValue) && lastObservation) forecast = 'reached';
  else if (targetTime !== undefined && targetTime < today) forecast = 'missed';
  else if (projected === undefined) forecast = 'unknown';
  else forecast = meets(projected) ? 'on-track' : 'at-risk';
  return { measurable, latest, targets, target, share, projected, forecast, points, gaps, decimals };
}
