import { dateStart, type Indicator, type IndicatorValue } from '@koop/schema';

/** How an indicator stands against its target. */
export type Forecast = 'reached' | 'on-track' | 'at-risk' | 'missed' | 'unknown';

export interface TrendPoint {
  /** UTC ms of the start of the observation's date. */
  time: number;
  value: number;
  date: string;
}

export interface IndicatorProgress {
  /** True for number, percent and ordinal indicators with numeric baseline and target. */
  measurable: boolean;
  /** The latest observation (or the baseline when there is none). */
  latest?: { date?: string; value: IndicatorValue };
  /** Share of the way from baseline to target, 0…1 (clamped); undefined if not measurable. */
  share?: number;
  /** Value projected for the target date from the linear trend of baseline and observations. */
  projected?: number;
  forecast: Forecast;
  /** Baseline and numeric observations in time order, for the trend chart. */
  points: TrendPoint[];
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

/**
 * Progress of one indicator as of `today` (UTC ms): share of the way from baseline to target in
 * the indicator's direction, and a forecast from the trend of its observations. `maintain`
 * indicators count as reached while the latest value is at or beyond the target.
 */
export function indicatorProgress(indicator: Indicator, today: number): IndicatorProgress {
  const observations = [...(indicator.observations ?? [])]
    .filter((o) => dateStart(o.date) !== undefined)
    .sort((a, b) => dateStart(a.date)! - dateStart(b.date)!);
  const lastObservation = observations.at(-1);
  const latest = lastObservation ?? indicator.baseline;
  const baseline = indicator.baseline?.value;
  const target = indicator.target?.value;
  const points: TrendPoint[] = [];
  const baselineTime = dateStart(indicator.baseline?.date);
  if (typeof baseline === 'number' && baselineTime !== undefined) {
    points.push({ time: baselineTime, value: baseline, date: indicator.baseline!.date! });
  }
  for (const o of observations) {
    if (typeof o.value === 'number') points.push({ time: dateStart(o.date)!, value: o.value, date: o.date });
  }

  const measurable =
    indicator.measure !== 'qualitative' && typeof baseline === 'number' && typeof target === 'number';
  if (!measurable) return { measurable: false, latest, forecast: 'unknown', points };

  const direction = sense(indicator, baseline, target);
  const latestValue = typeof latest?.value === 'number' ? latest.value : baseline;
  const meets = (value: number) => direction * (value - target) >= 0;
  const span = target - baseline;
  const share =
    span === 0 || indicator.direction === 'maintain'
      ? meets(latestValue)
        ? 1
        : 0
      : Math.min(1, Math.max(0, (latestValue - baseline) / span));

  const targetTime = dateStart(indicator.target?.date);
  const projected = targetTime === undefined ? undefined : linearAt(points, targetTime);
  let forecast: Forecast;
  if (meets(latestValue) && lastObservation) forecast = 'reached';
  else if (targetTime !== undefined && targetTime < today) forecast = 'missed';
  else if (projected === undefined) forecast = 'unknown';
  else forecast = meets(projected) ? 'on-track' : 'at-risk';
  return { measurable, latest, share, projected, forecast, points };
}
