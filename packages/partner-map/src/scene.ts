import type { Actor } from '@koop/schema';
import { edgeGeometry, SECTORS, TYPES, wrapLabel, type EdgeGeometry } from './draw.js';
import { located, type NetworkIndex, type Scope } from './graph.js';
import type * as Arrange from './arrange.js';
import {
  complete,
  forceSteps,
  placeLabels,
  pushTo,
  type Box,
  type Positions,
  type Repulsion,
} from './layout.js';
import type { MapLayout } from './strings.js';

export type NodeSize = 'relations' | 'circle';

/** Label font size and line height in world units. */
export const FONT = 12.8;
export const LINE = 15;
const CIRCLE_RADIUS: Record<string, number> = { core: 15, operative: 12, strategic: 10, supporter: 8 };

/** The sector's index in `SECTORS`, -1 when missing or unknown. */
export const sectorOf = (actor: Actor) => SECTORS.indexOf(actor.sector!);
/** The actor's sector, `none` when missing or unknown. */
export const sectorKey = (actor: Actor) => SECTORS[sectorOf(actor)] ?? 'none';
/** The group of the sector layout: the sector's index, actors without a known sector last. */
const groupOf = (actor: Actor) => (sectorOf(actor) + SECTORS.length + 1) % (SECTORS.length + 1);

/** What a layout places: a subset of the actors (`members`), with positions for all actors (NaN outside). */
export interface Placement extends Positions {
  /** Titles drawn on the map: sector names, "without a place". */
  titles: { x: number; y: number; text: number }[];
}

/** Label text of an actor: its short name, else its name, in two lines at most. */
export const labelLines = (text: string) => wrapLabel(text);

/** A rough box for an actor and its label below, for the layouts (independent of fonts, so positions never depend on them). */
function roughBox(lines: string[]): Box {
  const half = Math.max(16, (Math.max(...lines.map((line) => line.length), 0) * FONT * 0.55) / 2);
  return [-half, -16, half, 18 + lines.length * LINE];
}

/** Layout code loaded on demand: the sector and place layouts, the quadtree for large networks. */
export interface LayoutModules {
  arrange?: typeof Arrange;
  tree?: Repulsion;
}

/**
 * The layout steps for `members` (actor indices) of the index: `force` over the relations of
 * `links` and parent links, `sectors` grouped by sector, `geo` by coordinates (the latter two
 * need `modules.arrange`).
 */
export function* placementSteps(
  index: NetworkIndex,
  members: number[],
  links: number[],
  layout: MapLayout,
  names: string[],
  centre: number,
  modules: LayoutModules = {},
): Generator<void, Placement, void> {
  const { arrange, tree } = modules;
  const n = index.actors.length;
  const local = new Int32Array(n).fill(-1);
  members.forEach((i, k) => (local[i] = k));
  // Large networks keep only the nodes apart; their labels show as far as they fit.
  const boxes = members.map((i): Box =>
    members.length > 250 ? [-16, -16, 16, 16] : roughBox(labelLines(names[i])),
  );
  const edges: number[] = [];
  for (const k of links) {
    const { s, t } = index.links[k];
    if (local[s] >= 0 && local[t] >= 0) edges.push(local[s], local[t]);
  }
  for (const i of members)
    if (index.parent[i] >= 0 && local[index.parent[i]] >= 0) edges.push(local[i], local[index.parent[i]]);
  let result: Positions;
  const titles: Placement['titles'] = [];
  if (layout === 'sectors' && arrange) {
    const degree = new Float64Array(members.length);
    for (const e of edges) degree[e]++;
    const placed = yield* arrange.groupSteps(
      members.map((i) => groupOf(index.actors[i])),
      degree,
      boxes,
    );
    for (const title of placed.titles) titles.push({ x: title.x, y: title.y, text: title.group });
    result = placed;
  } else if (layout === 'geo' && arrange) {
    const coordinate = (key: 'lat' | 'lon') =>
      members.map((i) => {
        const actor = index.actors[i];
        return located(actor) ? actor.location![key]! : NaN;
      });
    const placed = yield* arrange.geoSteps(coordinate('lat'), coordinate('lon'), boxes);
    if (!Number.isNaN(placed.rest)) titles.push({ x: 0, y: placed.rest + 10, text: -1 });
    result = placed;
  } else {
    result = yield* forceSteps(members.length, edges, {
      boxes,
      centre: centre >= 0 && local[centre] >= 0 ? local[centre] : undefined,
      tree,
    });
  }
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  members.forEach((i, k) => {
    x[i] = result.x[k];
    y[i] = result.y[k];
  });
  return { x, y, titles };
}

/** A merged path of all relations of one type (and one for their arrowheads). */
export interface EdgeLayer {
  type: string;
  d: string;
  arrows: string;
}

/** The actors and relations shown for a scope and the legend's filters (no positions needed). */
export interface Visible {
  visible: Uint8Array;
  /** Visible relations (indices into `index.links`), in document order. */
  links: number[];
  /** Visible relations of each actor. */
  byActor: Map<number, number[]>;
  /** Relations of each actor in the scope (the basis of node sizes). */
  degree: Float64Array;
  /** Parent links shown: [child, parent]. */
  parents: [number, number][];
}

/** Filters a scope by the legend: `sectors` and `types` to show (null: all). */
export function filterScope(
  index: NetworkIndex,
  scope: Scope,
  sectors: Set<string> | null,
  types: Set<string> | null,
): Visible {
  const n = index.actors.length;
  const visible = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    visible[i] = scope.actors[i] && (!sectors || sectors.has(sectorKey(index.actors[i]))) ? 1 : 0;
  const degree = new Float64Array(n);
  const byActor = new Map<number, number[]>();
  const links: number[] = [];
  for (const k of scope.links) {
    const { s, t, relation } = index.links[k];
    degree[s]++;
    degree[t]++;
    if (!visible[s] || !visible[t] || (types && !types.has(relation.type))) continue;
    links.push(k);
    pushTo(byActor, s, k);
    pushTo(byActor, t, k);
  }
  const parents: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const p = index.parent[i];
    if (visible[i] && p >= 0 && visible[p] && (!types || types.has('parent'))) parents.push([i, p]);
  }
  return { visible, links, byActor, degree, parents };
}

/** What the map draws for one combination of layout, time, focus and filters. */
export interface Scene {
  /** Visible actors, the most important first (label priority). */
  nodes: number[];
  r: Float64Array;
  geometry: Map<number, EdgeGeometry>;
  layers: EdgeLayer[];
  titles: Placement['titles'];
  /** Label lines and size (in screen pixels) of each visible actor. */
  lines: Map<number, string[]>;
  w: Float64Array;
  h: Float64Array;
  /** Extent of the nodes in world units. */
  bounds: [number, number, number, number];
}

export interface SceneInput {
  index: NetworkIndex;
  shown: Visible;
  placement: Placement;
  size: NodeSize;
  names: string[];
  measure: (text: string) => number;
}

/** The visible part of a placement with node sizes, merged relation paths and label sizes. */
export function buildScene(input: SceneInput): Scene {
  return complete(sceneSteps(input));
}

/** Edges and labels handled between two yields of `sceneSteps`. */
const SCENE_CHUNK = 400;

/** `buildScene` as steps, so large maps build their scene in slices that yield to the event loop. */
export function* sceneSteps({
  index,
  shown,
  placement,
  size,
  names,
  measure,
}: SceneInput): Generator<void, Scene, void> {
  const n = index.actors.length;
  const { x, y } = placement;
  const { visible, degree } = shown;
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++)
    r[i] =
      size === 'circle'
        ? (CIRCLE_RADIUS[index.actors[i].circle!] ?? 7)
        : Math.min(20, 7 + 2.4 * Math.sqrt(degree[i]));
  const pairs = new Map<string, number[]>();
  for (const k of shown.links) {
    const { s, t } = index.links[k];
    pushTo(pairs, s < t ? `${s} ${t}` : `${t} ${s}`, k);
  }
  const geometry = new Map<number, EdgeGeometry>();
  const paths = new Map<string, { d: string[]; arrows: string[] }>();
  const add = (type: string, g: EdgeGeometry) => {
    let layer = paths.get(type);
    if (!layer) paths.set(type, (layer = { d: [], arrows: [] }));
    layer.d.push(g.d);
    if (g.arrow) layer.arrows.push(g.arrow);
  };
  let done = 0;
  for (const list of pairs.values()) {
    if (++done % SCENE_CHUNK === 0) yield;
    list.forEach((k, q) => {
      const { s, t, relation, direction } = index.links[k];
      const bend = (q - (list.length - 1) / 2) * 16 * (s < t ? 1 : -1);
      const g = edgeGeometry(
        x[s],
        y[s],
        x[t],
        y[t],
        r[t],
        bend,
        direction === 'one-way',
        relation.type === 'conflict',
        direction === 'mutual' ? r[s] : undefined,
      );
      geometry.set(k, g);
      add(relation.type, g);
    });
  }
  for (const [i, p] of shown.parents)
    add('parent', edgeGeometry(x[i], y[i], x[p], y[p], r[p], 0, false, false));
  const layers = [...TYPES, 'parent' as const]
    .filter((type) => paths.has(type))
    .map((type) => ({ type, d: paths.get(type)!.d.join(''), arrows: paths.get(type)!.arrows.join('') }));

  const nodes: number[] = [];
  for (let i = 0; i < n; i++) if (visible[i] && !Number.isNaN(x[i])) nodes.push(i);
  nodes.sort((a, b) => r[b] - r[a] || degree[b] - degree[a] || a - b);
  const lines = new Map<number, string[]>();
  const w = new Float64Array(n);
  const h = new Float64Array(n);
  let bounds: Scene['bounds'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [position, i] of nodes.entries()) {
    if (position % SCENE_CHUNK === SCENE_CHUNK - 1) yield;
    const text = labelLines(names[i]);
    lines.set(i, text);
    w[i] = Math.max(...text.map(measure), 1) + 4;
    h[i] = text.length * LINE + 2;
    bounds = [
      Math.min(bounds[0], x[i] - r[i]),
      Math.min(bounds[1], y[i] - r[i]),
      Math.max(bounds[2], x[i] + r[i]),
      Math.max(bounds[3], y[i] + r[i]),
    ];
  }
  const titles = placement.titles.filter((t) =>
    nodes.some((i) => (t.text < 0 ? !located(index.actors[i]) : groupOf(index.actors[i]) === t.text)),
  );
  for (const t of titles) bounds = [bounds[0], Math.min(bounds[1], t.y), bounds[2], bounds[3]];
  if (!nodes.length) bounds = [0, 0, 0, 0];
  return { nodes, r, geometry, layers, titles, lines, w, h, bounds };
}

/** Labels placed for one zoom level: centre of each box in world units. */
export interface LabelSet {
  scale: number;
  labels: { i: number; x: number; y: number }[];
  /** Boxes in world units: of the labels shown (by actor) and of the titles. */
  boxes: Map<number, [number, number, number, number]>;
  titles: [number, number, number, number][];
  /** The titles shown (those that fit). */
  shownTitles: Placement['titles'];
}

/**
 * Places the labels of a scene for a zoom level: labels keep their size on screen, so at a
 * smaller scale they need more room in the world and fewer fit; none ever overlap.
 */
export function sceneLabels(
  scene: Scene,
  x: Float64Array,
  y: Float64Array,
  scale: number,
  titleWidth: (text: number) => number,
  bounds?: [number, number, number, number],
): LabelSet {
  // Titles first; one that would overlap a title placed before it is left out.
  const titles: [number, number, number, number][] = [];
  const shownTitles: Placement['titles'] = [];
  for (const t of scene.titles) {
    const half = (titleWidth(t.text) / 2 + 4) / scale;
    const box: [number, number, number, number] = [
      t.x - half,
      t.y - (LINE / 2 + 1) / scale,
      t.x + half,
      t.y + (LINE / 2 + 1) / scale,
    ];
    if (titles.some((o) => o[0] < box[2] && o[2] > box[0] && o[1] < box[3] && o[3] > box[1])) continue;
    titles.push(box);
    shownTitles.push(t);
  }
  const w = scene.w.map((value) => value / scale);
  const h = scene.h.map((value) => value / scale);
  const placed = placeLabels(scene.nodes, x, y, scene.r, w, h, titles, 2 / scale, bounds);
  const labels: LabelSet['labels'] = [];
  const boxes = new Map<number, [number, number, number, number]>();
  for (const i of scene.nodes) {
    if (Number.isNaN(placed.x[i])) continue;
    boxes.set(i, [
      placed.x[i] - w[i] / 2,
      placed.y[i] - h[i] / 2,
      placed.x[i] + w[i] / 2,
      placed.y[i] + h[i] / 2,
    ]);
    labels.push({ i, x: placed.x[i], y: placed.y[i] });
  }
  return { scale, labels, boxes, titles, shownTitles };
}

/** A camera: screen = world × `s` + (`x`, `y`). */
export interface Camera {
  x: number;
  y: number;
  s: number;
}

/**
 * The camera that shows every node of the scene with its label below it (labels keep their
 * screen size) inside `width` × `height` px less `margin`, at the largest scale up to `max`
 * (not below `min`), centred. Labels placed at another of their places stay in view by the
 * bounds `placeLabels` gets (`viewOf`).
 */
export function fitCamera(
  scene: Scene,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  width: number,
  height: number,
  min: number,
  max: number,
  margin = 8,
): Camera {
  const extent = (s: number) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of scene.nodes) {
      const half = Math.max(scene.w[i] / 2, scene.r[i] * s);
      x0 = Math.min(x0, x[i] * s - half);
      x1 = Math.max(x1, x[i] * s + half);
      y0 = Math.min(y0, (y[i] - scene.r[i]) * s);
      y1 = Math.max(y1, (y[i] + scene.r[i]) * s + 2 + scene.h[i]);
    }
    for (const t of scene.titles) {
      y0 = Math.min(y0, t.y * s - LINE);
      y1 = Math.max(y1, t.y * s + LINE);
    }
    return [x0, y0, x1, y1];
  };
  const fits = (s: number) => {
    const [x0, y0, x1, y1] = extent(s);
    return x1 - x0 <= width - 2 * margin && y1 - y0 <= height - 2 * margin;
  };
  // The extent grows with the scale: the largest scale that fits, by bisection.
  let s = max;
  if (!fits(s)) {
    let [low, high] = [min, max];
    for (let step = 0; step < 24; step++) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    s = low;
  }
  const [x0, y0, x1, y1] = scene.nodes.length ? extent(s) : [0, 0, 0, 0];
  return { x: (width - x0 - x1) / 2, y: (height - y0 - y1) / 2, s };
}

/** The part of the world a camera shows in `width` × `height` px. */
export function viewOf(camera: Camera, width: number, height: number): [number, number, number, number] {
  const { x, y, s } = camera;
  return [-x / s, -y / s, (width - x) / s, (height - y) / s];
}
