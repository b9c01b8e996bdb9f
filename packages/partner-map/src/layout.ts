/**
 * The partner map's layouts as pure functions: no DOM, no clock, no `Math.random`. The same
 * graph gives the same positions on every run, so a document looks the same on every load.
 * Coordinates are world units: `UNIT` is the ideal length of a relation; labels are 12.8 units.
 */

import { BoxIndex, placeBoxes } from '@koop/core';

/** Positions by node index. */
export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

/**
 * A node's box relative to its position (left, top, right, bottom; left and top negative),
 * e.g. its shape plus the label below it. Layouts keep boxes from overlapping.
 */
export type Box = [number, number, number, number];

export const UNIT = 100;

/** Adds `value` to the list of `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Up to this many nodes, repulsion is computed between all pairs; above, with a Barnes–Hut quadtree. */
export const EXACT = 250;

/** Repulsion for large graphs (the Barnes–Hut quadtree of `quadtree.ts`, loaded when needed). */
export interface Repulsion {
  build(x: Float64Array, y: Float64Array): void;
  visit(i: number, x: number, y: number, fx: Float64Array, fy: Float64Array, k2: number): void;
}

export interface ForceOptions {
  /** Iterations; default 300 (180 above 1,000 nodes). */
  iterations?: number;
  /** A node kept at the centre, e.g. the actor of an ego network. */
  centre?: number;
  /** Boxes to separate after the simulation; default: none. */
  boxes?: Box[];
  /** Width to height of the result (the simulation's shape is stretched to it); default 1.6. */
  aspect?: number;
  /** Approximate repulsion (required above `EXACT` nodes): `new QuadTree(n)`. */
  tree?: Repulsion;
}

/**
 * A force-directed layout (Fruchterman–Reingold with gravity) as a generator that yields after
 * every step, so a caller can spread the work over several tasks. Nodes start on a sunflower
 * spiral in breadth-first order from the best connected node, so related nodes start close
 * together; above `EXACT` nodes, repulsion is approximated with a Barnes–Hut quadtree. `edges`
 * holds endpoint pairs `[s0, t0, s1, t1, …]`.
 */
export function* forceSteps(
  n: number,
  edges: ArrayLike<number>,
  options: ForceOptions = {},
): Generator<void, Positions, void> {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const m = edges.length >> 1;
  const degree = new Float64Array(n);
  for (let e = 0; e < 2 * m; e++) degree[edges[e]]++;
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) first[i + 1] = first[i] + degree[i];
  const fill = first.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = edges[2 * e];
    const t = edges[2 * e + 1];
    neighbours[fill[s]++] = t;
    neighbours[fill[t]++] = s;
  }
  // Breadth-first order, each component from its best connected node, the centre first.
  const roots = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b);
  if (options.centre !== undefined && options.centre < n) roots.unshift(options.centre);
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  for (const root of roots) {
    if (seen[root]) continue;
    seen[root] = 1;
    order[tail++] = root;
    while (head < tail) {
      const v = order[head++];
      for (let k = first[v]; k < first[v + 1]; k++) {
        const w = neighbours[k];
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  for (let k = 0; k < n; k++) {
    const r = UNIT * 0.7 * Math.sqrt(k);
    x[order[k]] = r * Math.cos(k * GOLDEN);
    y[order[k]] = r * Math.sin(k * GOLDEN);
  }
  yield;

  const iterations = options.iterations ?? (n > EXACT ? 120 : 300);
  const k2 = (UNIT * 0.8) ** 2;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  // Hubs are pulled to the middle in small networks; large ones only need holding together.
  const gravity = n > EXACT ? 0.01 : 0.04;
  const start = UNIT * Math.max(1, Math.sqrt(n) / 3);
  const tree = options.tree;
  const repel = (i: number, ddx: number, ddy: number, j: number) => {
    let d2 = ddx * ddx + ddy * ddy;
    if (d2 < 0.01) {
      // Same place: push apart in a direction given by the pair, not by chance.
      ddx = Math.cos(i * 7 + j);
      ddy = Math.sin(i * 7 + j);
      d2 = 1;
    }
    const f = k2 / d2;
    dx[i] += ddx * f;
    dy[i] += ddy * f;
  };
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    if (n <= EXACT || !tree) {
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (i !== j) repel(i, x[i] - x[j], y[i] - y[j], j);
    } else {
      tree.build(x, y);
      for (let i = 0; i < n; i++) tree.visit(i, x[i], y[i], dx, dy, k2);
    }
    for (let e = 0; e < m; e++) {
      const s = edges[2 * e];
      const t = edges[2 * e + 1];
      const ddx = x[s] - x[t];
      const ddy = y[s] - y[t];
      const f = Math.sqrt(ddx * ddx + ddy * ddy) / UNIT;
      dx[s] -= ddx * f;
      dy[s] -= ddy * f;
      dx[t] += ddx * f;
      dy[t] += ddy * f;
    }
    const limit = start * (1 - it / iterations) ** 2 + 1;
    for (let i = 0; i < n; i++) {
      const pull = gravity * (n > EXACT ? 1 : 1 + degree[i] / 4);
      const gx = dx[i] - x[i] * pull;
      const gy = dy[i] - y[i] * pull;
      const len = Math.sqrt(gx * gx + gy * gy);
      if (len > 0) {
        const step = Math.min(len, limit) / len;
        x[i] += gx * step;
        y[i] += gy * step;
      }
    }
    if (options.centre !== undefined && options.centre < n) {
      const cx = x[options.centre];
      const cy = y[options.centre];
      for (let i = 0; i < n; i++) {
        x[i] -= cx;
        y[i] -= cy;
      }
    }
    yield;
  }
  // Stretch to the aspect ratio (around the principal axis, so the stretch follows the graph's shape).
  const aspect = Math.sqrt(options.aspect ?? 1.6);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += x[i] * x[i];
    syy += y[i] * y[i];
    sxy += x[i] * y[i];
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  for (let i = 0; i < n; i++) {
    const u = x[i] * cos + y[i] * sin;
    const v = -x[i] * sin + y[i] * cos;
    x[i] = u * aspect;
    y[i] = v / aspect;
  }
  // Nodes without relations would drift far out: they go into rows below the network.
  const alone = order.filter((i) => !degree[i] && i !== options.centre);
  if (alone.length < n) {
    let minX = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++)
      if (degree[i] || i === options.centre) {
        minX = Math.min(minX, x[i]);
        maxX = Math.max(maxX, x[i]);
        maxY = Math.max(maxY, y[i]);
      }
    const columns = Math.max(1, Math.floor((maxX - minX) / (UNIT * 1.6)) + 1);
    alone.forEach((i, k) => {
      x[i] = minX + (k % columns) * UNIT * 1.6;
      y[i] = maxY + UNIT * (1 + Math.floor(k / columns) * 0.8);
    });
  }
  if (options.boxes) yield* separateSteps(x, y, options.boxes);
  return { x, y };
}

/** Runs a generator of layout steps to its end. */
export function complete<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The force layout in one go (for small graphs and tests). */
export function forceLayout(n: number, edges: ArrayLike<number>, options?: ForceOptions): Positions {
  return complete(forceSteps(n, edges, options));
}

const key2 = (cx: number, cy: number) => cx * 65536 + cy;
/** How far two intervals overlap, plus `gap` (positive: they are closer than `gap`). */
const over = (sa: number, ea: number, sb: number, eb: number, gap: number) =>
  Math.min(ea, eb) - Math.max(sa, sb) + gap;
const gridKey = (x: number, y: number, cell: number) => key2(Math.floor(x / cell), Math.floor(y / cell));

/**
 * Moves nodes apart until their boxes (plus `gap`) no longer overlap; a few sweeps over a grid of
 * the boxes. Yields after every sweep.
 */
export function* separateSteps(
  x: Float64Array,
  y: Float64Array,
  boxes: Box[],
  gap = 4,
  sweeps = 80,
): Generator<void, void, void> {
  const n = x.length;
  let cell = 1;
  for (const [l, t, r, b] of boxes) cell = Math.max(cell, r - l + gap, b - t + gap);
  const next = new Int32Array(n);
  const cells = new Map<number, number>();
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = false;
    cells.clear();
    for (let i = 0; i < n; i++) {
      const key = gridKey(x[i], y[i], cell);
      next[i] = cells.get(key) ?? -1;
      cells.set(key, i);
    }
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(x[i] / cell);
      const cy = Math.floor(y[i] / cell);
      for (let ox = -1; ox <= 1; ox++)
        for (let oy = -1; oy <= 1; oy++)
          for (let j = cells.get(key2(cx + ox, cy + oy)) ?? -1; j >= 0; j = next[j]) {
            if (j <= i) continue;
            const a = boxes[i];
            const b = boxes[j];
            const ox2 = over(x[i] + a[0], x[i] + a[2], x[j] + b[0], x[j] + b[2], gap);
            const oy2 = over(y[i] + a[1], y[i] + a[3], y[j] + b[1], y[j] + b[3], gap);
            if (ox2 <= 0 || oy2 <= 0) continue;
            moved = true;
            // Apart along the line between the centres of the boxes (ties broken by index), just
            // far enough that one axis no longer overlaps: dense regions spread out as a blob.
            let ux = x[i] + (a[0] + a[2]) / 2 - x[j] - (b[0] + b[2]) / 2;
            let uy = y[i] + (a[1] + a[3]) / 2 - y[j] - (b[1] + b[3]) / 2;
            const length = Math.hypot(ux, uy);
            if (length < 1e-6) {
              ux = Math.cos(i + j * 3);
              uy = Math.sin(i + j * 3);
            } else {
              ux /= length;
              uy /= length;
            }
            const push = Math.min(ox2 / (Math.abs(ux) || 1e-9), oy2 / (Math.abs(uy) || 1e-9)) / 2 + 0.5;
            x[i] += ux * push;
            y[i] += uy * push;
            x[j] -= ux * push;
            y[j] -= uy * push;
          }
    }
    yield;
    if (!moved) return;
  }
}

/**
 * Places labels without overlap: in `order` (most important first), each label takes the first
 * of eight places around its node (below, above, right, left, then the corners) that overlaps
 * neither a label placed before nor any node, else it is left out. `w` and `h` are label sizes,
 * `r` node radii; `obstacles` are further boxes to keep clear (e.g. titles); `margin` is the gap
 * between node and label; a label must lie within `bounds` (e.g. the view) when given. Returns
 * each label's box centre (NaN when left out).
 */
export function placeLabels(
  order: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  r: ArrayLike<number>,
  w: ArrayLike<number>,
  h: ArrayLike<number>,
  obstacles: Box[] = [],
  margin = 2,
  bounds?: Box,
): Positions {
  const n = x.length;
  const lx = new Float64Array(n).fill(NaN);
  const ly = new Float64Array(n).fill(NaN);
  // Grid cells about as large as a label, however far the map is zoomed out.
  let mean = 0;
  for (let k = 0; k < order.length; k++) mean += (w[order[k]] + h[order[k]]) / 2 / order.length;
  const index = new BoxIndex(Math.max(UNIT / 2, mean));
  const nodes = Array.from(order);
  for (const i of nodes) index.add([x[i] - r[i], y[i] - r[i], x[i] + r[i], y[i] + r[i]], i);
  for (const o of obstacles) index.add(o);
  const labels = nodes.map((i) => {
    const gap = r[i] + margin;
    const hw = w[i] / 2;
    const hh = h[i] / 2;
    const places = [
      [0, gap + hh],
      [0, -gap - hh],
      [gap + hw, 0],
      [-gap - hw, 0],
      [gap * 0.7 + hw, gap * 0.7 + hh],
      [-gap * 0.7 - hw, gap * 0.7 + hh],
      [gap * 0.7 + hw, -gap * 0.7 - hh],
      [-gap * 0.7 - hw, -gap * 0.7 - hh],
    ];
    const candidates = places.map(([px, py]): Box => [
      x[i] + px - hw,
      y[i] + py - hh,
      x[i] + px + hw,
      y[i] + py + hh,
    ]);
    return { owner: i, candidates };
  });
  placeBoxes(index, labels, bounds).forEach((k, position) => {
    if (k < 0) return;
    const [x0, y0, x1, y1] = labels[position].candidates[k];
    lx[nodes[position]] = (x0 + x1) / 2;
    ly[nodes[position]] = (y0 + y1) / 2;
  });
  return { x: lx, y: ly };
}

/**
 * The nearest of `candidates` from node `from` in a direction (`dx`, `dy`: a unit vector): only
 * nodes ahead count, those off the axis weigh more. `-1` when there is none.
 */
export function nearestInDirection(
  candidates: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  from: number,
  dx: number,
  dy: number,
): number {
  let best = -1;
  let score = Infinity;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k];
    if (i === from) continue;
    const vx = x[i] - x[from];
    const vy = y[i] - y[from];
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along * 2) continue;
    const s = along + across * 2;
    if (s < score) {
      score = s;
      best = i;
    }
  }
  return best;
}
