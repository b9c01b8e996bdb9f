/**
 * The sector and place layouts, loaded when one of them is chosen. Pure functions like
 * `layout.ts`: the same input gives the same positions.
 */
import { pushTo, separateSteps, UNIT, type Box, type Positions } from './layout.js';

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * Groups around the centre (e.g. sectors): each group a sunflower cluster with its best connected
 * nodes in the middle, its boxes separated, and the clusters on a ring in the order of the `group`
 * numbers, moved apart until they do not overlap. Also returns each group's title position
 * (centred above the cluster).
 */
export function* groupSteps(
  group: ArrayLike<number>,
  weight: ArrayLike<number>,
  boxes: Box[],
): Generator<void, Positions & { titles: { group: number; x: number; y: number }[] }, void> {
  const n = group.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) pushTo(members, group[i], i);
  const groups = [...members.keys()].sort((a, b) => a - b);
  const frames: Box[] = [];
  for (const g of groups) {
    const list = members.get(g)!.sort((a, b) => weight[b] - weight[a] || a - b);
    const lx = new Float64Array(list.length);
    const ly = new Float64Array(list.length);
    list.forEach((_, k) => {
      const r = UNIT * 0.6 * Math.sqrt(k);
      lx[k] = r * Math.cos(k * GOLDEN) * 1.5;
      ly[k] = r * Math.sin(k * GOLDEN);
    });
    yield* separateSteps(
      lx,
      ly,
      list.map((i) => boxes[i]),
    );
    const frame: Box = [Infinity, Infinity, -Infinity, -Infinity];
    list.forEach((i, k) => {
      x[i] = lx[k];
      y[i] = ly[k];
      frame[0] = Math.min(frame[0], lx[k] + boxes[i][0]);
      frame[1] = Math.min(frame[1], ly[k] + boxes[i][1]);
      frame[2] = Math.max(frame[2], lx[k] + boxes[i][2]);
      frame[3] = Math.max(frame[3], ly[k] + boxes[i][3]);
    });
    // Room for the title above, and at least as wide as a long title.
    frame[1] -= UNIT * 0.4;
    const middle = (frame[0] + frame[2]) / 2;
    frame[0] = Math.min(frame[0], middle - UNIT);
    frame[2] = Math.max(frame[2], middle + UNIT);
    frames.push(frame);
  }
  const count = groups.length;
  const ring = count > 1 ? frames.reduce((sum, f) => sum + f[2] - f[0], 0) / (2 * Math.PI) : 0;
  const cx = new Float64Array(count);
  const cy = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const angle = (2 * Math.PI * k) / count - Math.PI / 2;
    cx[k] = ring * Math.cos(angle) * 1.2;
    cy[k] = ring * Math.sin(angle) * 0.6;
  }
  yield* separateSteps(cx, cy, frames, UNIT * 0.3, 400);
  const titles = groups.map((g, k) => {
    for (const i of members.get(g)!) {
      x[i] += cx[k];
      y[i] += cy[k];
    }
    return { group: g, x: cx[k] + (frames[k][0] + frames[k][2]) / 2, y: cy[k] + frames[k][1] + UNIT * 0.15 };
  });
  return { x, y, titles };
}

/**
 * A plain projection of latitude and longitude (equirectangular, scaled by the cosine of the
 * middle latitude) into a frame `width` units wide, several actors in one place on a small circle
 * around it and boxes separated; nodes without coordinates (NaN) go into rows below. Also returns
 * the top of those rows (NaN when every node has coordinates).
 */
export function* geoSteps(
  lat: ArrayLike<number>,
  lon: ArrayLike<number>,
  boxes: Box[],
  width = UNIT * 8,
): Generator<void, Positions & { rest: number }, void> {
  const n = lat.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const located: number[] = [];
  const missing: number[] = [];
  for (let i = 0; i < n; i++)
    (Number.isFinite(lat[i]) && Number.isFinite(lon[i]) ? located : missing).push(i);
  let lat0 = 0;
  for (const i of located) lat0 += lat[i] / located.length;
  const cos = Math.cos((lat0 * Math.PI) / 180);
  const lx = new Float64Array(located.length);
  const ly = new Float64Array(located.length);
  located.forEach((i, k) => {
    lx[k] = lon[i] * cos;
    ly[k] = -lat[i];
  });
  const extent = (values: Float64Array) => [Math.min(...values), Math.max(...values)];
  const [x0, x1] = extent(lx);
  const [y0, y1] = extent(ly);
  const span = Math.max(x1 - x0, (y1 - y0) * 1.4);
  const scale = span > 0 ? width / span : 1;
  const places = new Map<string, number[]>();
  located.forEach((_, k) => {
    lx[k] = (lx[k] - (x0 + x1) / 2) * scale;
    ly[k] = (ly[k] - (y0 + y1) / 2) * scale;
    const key = `${Math.round(lx[k])},${Math.round(ly[k])}`;
    pushTo(places, key, k);
  });
  for (const list of places.values())
    list.forEach((k, q) => {
      if (list.length < 2) return;
      const a = (2 * Math.PI * q) / list.length - Math.PI / 2;
      lx[k] += Math.cos(a) * UNIT * 0.3;
      ly[k] += Math.sin(a) * UNIT * 0.3;
    });
  // Pull towards the true places between sweeps, so a dense region spreads around its places
  // instead of into a line; then separate for good.
  const located2 = located.map((i) => boxes[i]);
  const ax = lx.slice();
  const ay = ly.slice();
  for (let round = 0; round < 40; round++) {
    yield* separateSteps(lx, ly, located2, 4, 1);
    for (let k = 0; k < lx.length; k++) {
      lx[k] += (ax[k] - lx[k]) * 0.15;
      ly[k] += (ay[k] - ly[k]) * 0.15;
    }
  }
  yield* separateSteps(lx, ly, located2);
  let bottom = -Infinity;
  located.forEach((i, k) => {
    x[i] = lx[k];
    y[i] = ly[k];
    bottom = Math.max(bottom, ly[k] + boxes[i][3]);
  });
  const top = located.length ? bottom + UNIT * 0.5 : 0;
  const columns = Math.max(1, Math.floor(width / (UNIT * 1.7)) + 1);
  missing.forEach((i, k) => {
    x[i] = ((k % columns) - (Math.min(columns, missing.length) - 1) / 2) * UNIT * 1.7;
    y[i] = top + UNIT * 0.6 + Math.floor(k / columns) * UNIT * 0.85;
  });
  return { x, y, rest: missing.length ? top : NaN };
}
