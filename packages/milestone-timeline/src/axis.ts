import type { LinkedItems, Rect } from '@koop/core';
import { nothing, svg } from 'lit';
import { date, describe, describePhase, type TextContext } from './details.js';
import { statusMark } from './icons.js';
import { fit, milestoneLabels, todayLabel, type PlacedLabel } from './labels.js';
import { R, TODAY_BASELINE, type Layout, type Occurrence, type Slice, type Zoom } from './layout.js';
import type { PlacedPhase, TimelineIndex } from './timeline-index.js';

export const n = (value: number) => Math.round(value * 10) / 10;
export const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const months = new Map<string, Intl.DateTimeFormat>();

/** One render of the axis: the window, its layout and slice, and how texts are measured. */
export interface AxisContext extends TextContext {
  index: TimelineIndex;
  plan: Layout;
  slice: Slice;
  zoom: Zoom;
  /** Pixels per em, the window's width (px), its start (UTC ms) and span (ms). */
  em: number;
  width: number;
  from: number;
  span: number;
  /** Time-order positions of the selected milestone and the one whose title shows in full (-1: none). */
  selected: number | undefined;
  tip: number;
  today: number;
  /** Width of a text (px) in the axis's label font, regular or bold. */
  measure: (text: string, bold?: boolean) => number;
  linked?: LinkedItems;
  linkedMark: string;
  /** The path of a milestone's shape (kept, as it depends on kind and radius only). */
  shape: (kind: string | undefined, r: number) => string;
}

/** The per-render geometry the parts of the axis share. */
interface Frame {
  c: AxisContext;
  x: (t: number) => number;
  bounds: Rect;
  todayX: number;
}

/** The content of the axis's SVG: scale, bands, lanes, "today", funding cliffs and milestones. */
export function renderAxis(c: AxisContext) {
  const { s, plan, em, width, slice } = c;
  const x = (t: number) => (t - c.index.start) * plan.scale;
  const left = slice.left;
  const height = plan.height;
  const todayX = x(c.today);
  const laneStart = left + 0.4 * em;
  // Every text of the axis lies wholly in the window and overlaps no other: widths measured.
  const bounds: Rect = [left + 0.2 * em, 0, left + width - 0.2 * em, height];
  const f: Frame = { c, x, bounds, todayX };
  const today = todayLabel(todayX, c.measure(s.today, true), bounds, em);
  const laneLabels = plan.lanes.map((lane) =>
    lane.label === undefined ? '' : fit(lane.label, width - 1.2 * em, (t) => c.measure(t, true)),
  );
  const { shown, focusable, within } = slice;
  const labels = milestoneLabels({
    visible: [...shown, ...(focusable ? [focusable] : [])],
    selected: c.selected,
    tip: c.tip,
    title: (o) => c.text(o.m.milestone.title),
    measure: c.measure,
    bounds,
    em,
    obstacles: today ? [today.box] : [],
  });
  return svg`${renderScale(f)}
    ${plan.bands
      .filter((b) => within(x(b.placed.start), x(b.placed.end)))
      .map((b) => renderBand(f, b.placed, b.y, b.height, true))}
    ${plan.lanes.map(
      (lane, i) =>
        svg`${
          lane.band && within(x(lane.band.start), x(lane.band.end))
            ? renderBand(f, lane.band, lane.y, lane.height, false)
            : nothing
        }${
          laneLabels[i]
            ? svg`<text class="lane-label" aria-hidden="true" x=${n(laneStart)} y=${n(lane.y + em)}>${laneLabels[i]}</text>`
            : nothing
        }`,
    )}
    <g class="today" role="img" aria-label="${s.today}: ${date(c, iso(c.today))}">
      <line x1=${n(todayX)} x2=${n(todayX)} y1=${n(em * 0.2)} y2=${n(height)}></line>
      ${
        today
          ? svg`<text x=${n(today.x)} y=${n(em * TODAY_BASELINE)} text-anchor=${today.end ? 'end' : nothing}>${s.today}</text>`
          : nothing
      }
    </g>
    ${c.index.cliffs.map((cliff) => {
      const top =
        plan.bands.find((b) => b.placed.phase === cliff.phase)?.y ??
        plan.lanes.find((l) => l.band?.phase === cliff.phase)?.y ??
        plan.lanesTop;
      const cx = n(x(cliff.end));
      return svg`<g class="cliff" role="img" aria-label=${s.cliffMark(c.text(cliff.phase.name), date(c, cliff.phase.end))}>
        <line x1=${cx} x2=${cx} y1=${n(top)} y2=${n(height)}></line>
        <path class="warn" transform="translate(${cx} ${n(top + em * 0.65)})" d="M0 ${n(-em * 0.6)}L${n(em * 0.6)} ${n(em * 0.5)}H${n(-em * 0.6)}Z"></path>
      </g>`;
    })}
    ${shown.map((o) => renderMilestone(f, o, labels.get(o)))}${
      focusable ? renderMilestone(f, focusable, labels.get(focusable)) : nothing
    }`;
}

function renderScale({ c, bounds }: Frame) {
  const { index, plan, zoom, em, span } = c;
  const step = zoom === 'months' ? 1 : 3;
  const first = new Date(c.from - span / 4);
  const end = c.from + span * 1.1;
  let format = months.get(c.locale);
  if (!format)
    months.set(c.locale, (format = new Intl.DateTimeFormat(c.locale, { month: 'short', timeZone: 'UTC' })));
  const ticks = [];
  for (
    let year = first.getUTCFullYear(), month = first.getUTCMonth() - (first.getUTCMonth() % step);
    ;
    month += step
  ) {
    const time = Date.UTC(year, month, 1);
    if (time > end) break;
    const major = month % 12 === 0;
    const y = new Date(time).getUTCFullYear();
    const label =
      zoom === 'years'
        ? major
          ? String(y)
          : ''
        : zoom === 'quarters'
          ? `Q${((month % 12) / 3 + 1) | 0}${major ? ` ${y}` : ''}`
          : `${format.format(time)}${major ? ` ${y}` : ''}`;
    const tx = n((time - index.start) * plan.scale);
    // A label that would reach past an edge of the window is left out (its line stays).
    const shown = label && tx + em * 0.3 >= bounds[0] && tx + em * 0.3 + c.measure(label) <= bounds[2];
    ticks.push(
      svg`<line class="grid${major ? ' major' : ''}" x1=${tx} x2=${tx} y1=${n(em * (label ? 0.3 : 1.2))} y2=${n(plan.height)}></line>${
        shown ? svg`<text x=${n(tx + em * 0.3)} y=${n(em * 1.25)}>${label}</text>` : nothing
      }`,
    );
  }
  return svg`<g class="scale" aria-hidden="true">${ticks}</g>`;
}

/** A phase band; `labelled`, with as much of its name as fits in it and the window. */
function renderBand(
  { c, x, bounds }: Frame,
  placed: PlacedPhase,
  y: number,
  height: number,
  labelled: boolean,
) {
  const em = c.em;
  const x1 = x(placed.start);
  const x2 = x(placed.end);
  const textX = Math.max(x1, bounds[0]) + em * 0.4;
  const room = Math.min(x2, bounds[2]) - textX - em * 0.4;
  const label = labelled ? fit(c.text(placed.phase.name), room, c.measure) : '';
  return svg`<g class="band ${placed.funding ? 'funding' : 'phase'}" role="img" aria-label=${describePhase(c, placed)}>
    <rect x=${n(x1)} y=${n(y)} width=${n(x2 - x1)} height=${n(height)} rx=${n(em * 0.25)}></rect>
    ${label ? svg`<text x=${n(textX)} y=${n(y + height * 0.68)}>${label}</text>` : nothing}
  </g>`;
}

function renderMilestone({ c, todayX }: Frame, o: Occurrence, label: PlacedLabel | undefined) {
  const { em } = c;
  const roving = c.slice.roving;
  const m = o.m.milestone;
  const selected = o.m.order === c.selected;
  const r = R * em;
  const shapePath = c.shape(m.kind, r);
  const mark = statusMark(m.status, r);
  const planned = o.planned === undefined ? undefined : n(o.planned - o.x);
  const overdue = m.status === 'delayed' && !o.m.actual && todayX > o.x ? n(todayX - o.x) : 0;
  const primary = o.primary;
  const linked = c.linked?.milestones.has(m.id);
  return svg`<g
    class="ms kind-${m.kind ?? 'none'} status-${m.status ?? 'none'}${selected ? ' selected' : ''}${linked ? ' linked' : ''}"
    data-m=${o.m.order}
    transform="translate(${n(o.x)} ${n(o.y)})"
    role=${primary ? 'button' : nothing}
    tabindex=${primary ? (o.m.order === roving ? 0 : -1) : nothing}
    aria-label=${primary ? `${describe(c, m)}${linked ? `, ${c.linkedMark}` : ''}` : nothing}
    aria-pressed=${primary ? String(selected) : nothing}
    aria-controls=${primary ? 'details' : nothing}
    aria-hidden=${primary ? nothing : 'true'}
  >${
    o.spanEnd === undefined
      ? nothing
      : svg`<line class="span" x1="0" x2=${n(o.spanEnd - o.x)} y1=${n(r * 1.7)} y2=${n(r * 1.7)}></line>`
  }${overdue ? svg`<line class="overdue" x1=${n(r * 1.4)} x2=${overdue} y1="0" y2="0"></line>` : nothing}${
    planned === undefined
      ? nothing
      : svg`<line class="delay" x1=${planned} x2="0" y1="0" y2="0"></line><path class="ghost" transform="translate(${planned} 0)" d=${shapePath}></path>`
  }<circle class="ring" r=${n(r * 1.9)}></circle><path class="shape" d=${shapePath}></path>${
    mark ? svg`<path class="mark" d=${mark}></path>` : nothing
  }${
    label
      ? svg`<text class=${o.m.order === c.tip ? 'tip' : nothing} x=${n(label.x - o.x)} y=${n(em * 0.3)} text-anchor=${label.end ? 'end' : nothing}>${label.text}</text>`
      : nothing
  }</g>`;
}
