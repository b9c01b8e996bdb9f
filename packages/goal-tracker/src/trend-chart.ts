import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { IndicatorProgress, TrendPoint } from '@koop/schema';

const WIDTH = 240;
const HEIGHT = 72;
const PAD = 6;

const round = (n: number) => Math.round(n * 10) / 10;

/** Values not yet final, drawn as hollow points. */
const TENTATIVE = ['provisional', 'estimated'];

/**
 * The runs of points the line connects: a gap (a date without value) or a break in the series
 * between two points ends a run.
 */
function runs(points: TrendPoint[], gaps: { time: number }[]): TrendPoint[][] {
  const out: TrendPoint[][] = [];
  points.forEach((point, i) => {
    const previous = points[i - 1];
    const cut =
      !previous ||
      point.flags?.includes('break-in-series') ||
      gaps.some((gap) => gap.time > previous.time && gap.time <= point.time);
    if (cut) out.push([point]);
    else out.at(-1)!.push(point);
  });
  return out;
}

/**
 * A small line chart of an indicator's values: measurements as a line with points (hollow when
 * provisional or estimated; the line breaks at a gap and at a break in the series, and a dotted
 * mark stands at each gap), every dated target as a diamond, the target progress refers to also
 * as a dashed line, the forecast as a dotted line. Decorative for assistive technology: the
 * same numbers stand beside it as text and, on request, as a table.
 */
export function trendChart({
  points,
  gaps,
  targets,
  target,
  projected,
}: IndicatorProgress): SVGTemplateResult | typeof nothing {
  if (points.length === 0) return nothing;
  const marks = targets.filter(
    (t): t is { time: number; value: number; date: string } =>
      typeof t.value === 'number' && t.time !== undefined,
  );
  const times = [...points.map((p) => p.time), ...gaps.map((g) => g.time), ...marks.map((t) => t.time)];
  const values = [...points.map((p) => p.value), ...marks.map((t) => t.value)];
  const level = typeof target?.value === 'number' ? target.value : undefined;
  if (level !== undefined) values.push(level);
  if (projected !== undefined) values.push(projected);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  let [v0, v1] = [Math.min(...values), Math.max(...values)];
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  const x = (t: number) => round(t1 === t0 ? WIDTH / 2 : PAD + ((t - t0) / (t1 - t0)) * (WIDTH - 2 * PAD));
  const y = (v: number) => round(HEIGHT - PAD - ((v - v0) / (v1 - v0)) * (HEIGHT - 2 * PAD));
  const last = points[points.length - 1];
  const targetTime = target?.time;
  return svg`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
    <line class="axis" x1=${PAD} y1=${HEIGHT - PAD} x2=${WIDTH - PAD} y2=${HEIGHT - PAD}></line>
    ${level !== undefined ? svg`<line class="target" x1=${PAD} x2=${WIDTH - PAD} y1=${y(level)} y2=${y(level)}></line>` : nothing}
    ${gaps.map((gap) => svg`<line class="gap" x1=${x(gap.time)} x2=${x(gap.time)} y1=${PAD} y2=${HEIGHT - PAD}></line>`)}
    ${
      targetTime !== undefined && projected !== undefined && targetTime > last.time
        ? svg`<line class="projection" x1=${x(last.time)} y1=${y(last.value)} x2=${x(targetTime)} y2=${y(projected)}></line>`
        : nothing
    }
    ${runs(points, gaps)
      .filter((run) => run.length > 1)
      .map(
        (run) =>
          svg`<polyline class="line" points=${run.map((p) => `${x(p.time)},${y(p.value)}`).join(' ')}></polyline>`,
      )}
    ${points.map(
      (p) =>
        svg`<circle class="point${p.flags?.some((flag) => TENTATIVE.includes(flag)) ? ' tentative' : ''}" cx=${x(p.time)} cy=${y(p.value)} r="3"></circle>`,
    )}
    ${marks.map(
      (t) =>
        svg`<path class="target-mark${t === target ? '' : ' other'}" d="M${x(t.time)} ${y(t.value) - 5}l5 5-5 5-5-5z"></path>`,
    )}
  </svg>`;
}
