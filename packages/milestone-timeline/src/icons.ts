import { svg, type SVGTemplateResult } from 'lit';

const n = (value: number) => Math.round(value * 100) / 100;

/**
 * The outline of a milestone of `kind` around 0,0 with radius `r`: content ◆, process ■,
 * reflection ▲, no kind ●. Kind never rests on colour alone; its name always stands beside it.
 */
export function shape(kind: string | undefined, r: number): string {
  if (kind === 'content') {
    const d = n(r * 1.25);
    return `M0 ${-d}L${d} 0L0 ${d}L${-d} 0Z`;
  }
  if (kind === 'process') {
    const s = n(r * 0.9);
    return `M${-s} ${-s}H${s}V${s}H${-s}Z`;
  }
  if (kind === 'reflection') {
    const h = n(r * 1.2);
    return `M0 ${-h}L${h} ${n(h * 0.85)}H${-h}Z`;
  }
  const c = n(r * 0.8);
  return `M${c} 0A${c} ${c} 0 1 1 ${-c} 0A${c} ${c} 0 1 1 ${c} 0Z`;
}

/** The mark a status adds to the shape: "!" for delayed, a strike for dropped. */
export function statusMark(status: string | undefined, r: number): string {
  if (status === 'delayed') return `M0 ${n(-r * 0.45)}V${n(r * 0.12)}M0 ${n(r * 0.38)}V${n(r * 0.42)}`;
  if (status === 'dropped') return `M${n(-r * 1.3)} ${n(r * 1.3)}L${n(r * 1.3)} ${n(-r * 1.3)}`;
  return '';
}

/** A 1em icon of a milestone of `kind` and `status`, for text beside it. */
export function milestoneIcon(kind: string | undefined, status: string | undefined): SVGTemplateResult {
  return svg`<svg class="icon kind-${kind ?? 'none'} status-${status ?? 'none'}" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"><path class="shape" d=${shape(kind, 5.5)}></path><path class="mark" d=${statusMark(status, 5.5)}></path></svg>`;
}
