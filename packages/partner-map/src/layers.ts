import type { Actor } from '@koop/schema';
import { nothing, svg } from 'lit';
import { round, SECTORS, shapePath } from './draw.js';
import type { NetworkIndex } from './graph.js';
import {
  LINE,
  sectorKey,
  sectorOf,
  type LabelSet,
  type Placement,
  type Scene,
  type Visible,
} from './scene.js';
import type { PartnerMapStrings } from './strings.js';

/** What the base map's layers are drawn from, for one render. */
export interface LayerContext {
  s: PartnerMapStrings;
  index: NetworkIndex;
  shown: Visible;
  placement: Placement;
  scene: Scene;
  /** The zoom level labels are placed for. */
  labelScale: number;
  name(actor: Actor | undefined): string;
}

/** The text of a title on the map: a sector's name, or "without a place". */
export function titleText(s: PartnerMapStrings, group: number): string {
  return group < 0 ? s.withoutPlace : s.sector[SECTORS[group] ?? 'none'];
}

/** A label of one or two lines centred on (x, y), at its screen size whatever the zoom level. */
export function label(x: number, y: number, lines: string[], type: string, scale: number, i?: number) {
  const top = -(lines.length * LINE + 2) / 2 + LINE - 3;
  return svg`<text class=${type} data-i=${i ?? nothing} transform="translate(${round(x)} ${round(y)}) scale(${
    Math.round(1000 / scale) / 1000
  })">${lines.map((line, k) => svg`<tspan x="0" y=${top + k * LINE}>${line}</tspan>`)}</text>`;
}

/** The relations: one path per type (and arrows for directed ones). */
export function renderEdges(scene: Scene) {
  return svg`<g class="edges" aria-hidden="true">${scene.layers.map(
    (layer) =>
      svg`<path class="e t-${layer.type}" d=${layer.d}></path>${
        layer.type === 'funding' ? svg`<path class="e inner" d=${layer.d}></path>` : nothing
      }${layer.arrows ? svg`<path class="a t-${layer.type}" d=${layer.arrows}></path>` : nothing}`,
  )}</g>`;
}

/** The actors: a shape per node, a button for keyboard and screen reader. */
export function renderNodes({ s, index, shown, placement, scene, name }: LayerContext) {
  const { x, y } = placement;
  return svg`<g class="nodes">${scene.nodes.map((i) => {
    const actor = index.actors[i];
    const sector = sectorOf(actor);
    return svg`<g
        class="n s-${sectorKey(actor)}"
        data-i=${i}
        transform="translate(${round(x[i])} ${round(y[i])})"
        tabindex="-1"
        role="button"
        aria-pressed="false"
        aria-label=${`${name(actor)}, ${s.sector[sectorKey(actor)]}, ${s.relations(shown.byActor.get(i)?.length ?? 0)}`}
      ><path d=${shapePath(sector, round(scene.r[i]))}></path></g>`;
  })}</g>`;
}

/** The titles and the actors' labels placed for the zoom level. */
export function renderLabels({ s, scene, labelScale }: LayerContext, set: LabelSet) {
  return svg`<g class="labels" aria-hidden="true">
      ${set.shownTitles.map((t) => label(t.x, t.y, [titleText(s, t.text)], 'title', labelScale))}
      ${set.labels.map((l) => label(l.x, l.y, scene.lines.get(l.i)!, 'lb', labelScale, l.i))}
    </g>`;
}
