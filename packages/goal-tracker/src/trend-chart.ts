import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { TrendPoint } from './progress.js';

const WIDTH = 240;
const HEIGHT = 72;
const PAD = 6;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A small line chart of an indicator's values: measurements as a line with points, the target
 * as a dashed line with a diamond at its date, the forecast as a dotted line. Decorative for
 * assistive technology: the same numbers stand beside it as text and, on request, as a table.
 */
export function trendChart(
  points: TrendPoint[],
  target: { time?: number; value: number } | undefined,
  projected: number | undefined,
): SVGTemplateResult | typeof nothing {
  if (points.length === 0) return nothing;
  const times = points.map((p) => p.time);
  const values = points.map((p) => p.value);
  if (target?.time !== undefined) times.push(target.time);
  if (target) values.push(target.value);
  if (projected !== undefined) values.push(projected);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  let [v0, v1] = [Math.min(...values), Math.max(...values)];
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  const x = (t: number) => round(t1 === t0 ? WIDTH / 2 : PAD + ((t - t0) / (t1 - t0)) * (WIDTH - 2 * PAD));
  const y = (v: number) => round(HEIGHT - PAD - ((v - v0) / (v1 - v0)) * (HEIGHT - 2 * PAD));
  const line = points.map((p) => `${x(p.time)},${y(p.value)}`).join(' ');
  const last = points[points.length - 1];
  return svg`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
    <line class="axis" x1=${PAD} y1=${HEIGHT - PAD} x2=${WIDTH - PAD} y2=${HEIGHT - PAD}></line>
    ${target ? svg`<line class="target" x1=${PAD} x2=${WIDTH - PAD} y1=${y(target.value)} y2=${y(target.value)}></line>` : nothing}
    ${
      target?.time !== undefined && projected !== undefined && target.time > last.time
        ? svg`<line class="projection" x1=${x(last.time)} y1=${y(last.value)} x2=${x(target.time)} y2=${y(projected)}></line>`
        : nothing
    }
    ${points.length > 1 ? svg`<polyline class="line" points=${line}></polyline>` : nothing}
    ${points.map((p) => svg`<circle class="point" cx=${x(p.time)} cy=${y(p.value)} r="3"></circle>`)}
    ${
      target?.time !== undefined
        ? svg`<path class="target-mark" d="M${x(target.time)} ${y(target.value) - 5}l5 5-5 5-5-5z"></path>`
        : nothing
    }
  </svg>`;
}
