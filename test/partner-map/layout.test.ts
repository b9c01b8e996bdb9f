import { expect } from '@open-wc/testing';
import {
  completeLayout as complete,
  pathDistances as distances,
  edgeGeometry,
  forceLayout,
  forceSteps,
  geoSteps,
  groupSteps,
  nearestInDirection,
  networkIndex,
  placeLabels,
  QuadTree,
  networkScope as scope,
  separateSteps,
  sectorShape as shapePath,
  MAP_SECTORS as SECTORS,
  wrapLabel,
  type LayoutBox as Box,
} from '@koop/partner-map';
import { networkDocument } from '../fixtures/network-document.js';

function edgesOf(n: number, m: number) {
  const index = networkIndex(networkDocument(n, m));
  const edges: number[] = [];
  for (const link of index.links) edges.push(link.s, link.t);
  return edges;
}

const overlaps = (a: number[], b: number[]) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

describe('partner map layout (pure functions)', () => {
  it('force layout: the same graph gives exactly the same positions every time', () => {
    const edges = edgesOf(40, 70);
    const first = forceLayout(40, edges);
    const second = forceLayout(40, [...edges]);
    expect([...first.x]).to.deep.equal([...second.x]);
    expect([...first.y]).to.deep.equal([...second.y]);
    expect([...first.x, ...first.y].every(Number.isFinite)).to.equal(true);
  });

  it('force layout: related nodes end up closer than unrelated ones', () => {
    // Two triangles joined by one relation.
    const edges = [0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3];
    const { x, y } = forceLayout(6, edges);
    const d = (a: number, b: number) => Math.hypot(x[a] - x[b], y[a] - y[b]);
    expect(d(0, 1)).to.be.below(d(0, 5));
    expect(d(3, 4)).to.be.below(d(1, 4));
  });

  it('force layout: large graphs use the quadtree, stay deterministic and yield between steps', () => {
    const edges = edgesOf(400, 900);
    let steps = 0;
    const generator = forceSteps(400, edges, { iterations: 40, tree: new QuadTree(400) });
    let result = generator.next();
    while (!result.done) {
      steps++;
      result = generator.next();
    }
    expect(steps).to.be.greaterThan(40);
    const again = forceLayout(400, edges, { iterations: 40, tree: new QuadTree(400) });
    expect([...result.value.x]).to.deep.equal([...again.x]);
    expect([...result.value.x, ...result.value.y].every(Number.isFinite)).to.equal(true);
    // Nodes are spread out, not piled up.
    const xs = [...again.x].sort((a, b) => a - b);
    expect(xs[xs.length - 1] - xs[0]).to.be.greaterThan(1000);
  });

  it('force layout: keeps a centre node in the middle and separates boxes', () => {
    const edges = [0, 1, 0, 2, 0, 3, 0, 4, 1, 2];
    const boxes: Box[] = Array.from({ length: 5 }, () => [-60, -16, 60, 48]);
    const { x, y } = forceLayout(5, edges, { centre: 3, boxes });
    expect(Math.abs(x[3]) + Math.abs(y[3])).to.be.below(200);
    for (let i = 0; i < 5; i++)
      for (let j = i + 1; j < 5; j++) {
        const a = [x[i] - 60, y[i] - 16, x[i] + 60, y[i] + 48];
        const b = [x[j] - 60, y[j] - 16, x[j] + 60, y[j] + 48];
        expect(overlaps(a, b), `${i} and ${j}`).to.equal(false);
      }
  });

  it('separates overlapping boxes, also several in one place', () => {
    const x = Float64Array.from([0, 0, 0, 10]);
    const y = Float64Array.from([0, 0, 0, 5]);
    const boxes: Box[] = Array.from({ length: 4 }, () => [-50, -10, 50, 10]);
    complete(separateSteps(x, y, boxes));
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++)
        expect(
          overlaps(
            [x[i] - 50, y[i] - 10, x[i] + 50, y[i] + 10],
            [x[j] - 50, y[j] - 10, x[j] + 50, y[j] + 10],
          ),
        ).to.equal(false);
  });

  it('groups nodes by sector around the centre, with a title per group', () => {
    const group = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0];
    const boxes: Box[] = group.map(() => [-40, -12, 40, 30]);
    const placed = complete(groupSteps(group, new Array(10).fill(0), boxes));
    expect(placed.titles.map((t) => t.group)).to.deep.equal([0, 1, 2]);
    const centre = (g: number) => {
      const members = group.map((value, i) => (value === g ? i : -1)).filter((i) => i >= 0);
      return [
        members.reduce((sum, i) => sum + placed.x[i], 0) / members.length,
        members.reduce((sum, i) => sum + placed.y[i], 0) / members.length,
      ];
    };
    // Every node is nearer its own group's centre than any other group's.
    group.forEach((g, i) => {
      const own = Math.hypot(placed.x[i] - centre(g)[0], placed.y[i] - centre(g)[1]);
      for (const other of [0, 1, 2].filter((o) => o !== g))
        expect(own).to.be.below(Math.hypot(placed.x[i] - centre(other)[0], placed.y[i] - centre(other)[1]));
    });
  });

  it('projects coordinates: east right, north up; nodes without coordinates below', () => {
    // Köln, Berlin, Hamburg, München, and one without a place.
    const lat = [50.94, 52.52, 53.55, 48.14, NaN];
    const lon = [6.96, 13.4, 9.99, 11.58, NaN];
    const boxes: Box[] = lat.map(() => [-30, -10, 30, 30]);
    const placed = complete(geoSteps(lat, lon, boxes));
    const { x, y } = placed;
    expect(x[1]).to.be.greaterThan(x[0]); // Berlin east of Köln
    expect(y[2]).to.be.below(y[3]); // Hamburg north of München
    expect(y[4]).to.be.greaterThan(Math.max(y[0], y[1], y[2], y[3]));
    expect(placed.rest).to.be.a('number').and.not.be.NaN;
    expect(complete(geoSteps([50, 51], [7, 8], boxes.slice(0, 2))).rest).to.be.NaN;
  });

  it('places labels without overlaps and leaves out those without room', () => {
    const n = 30;
    const x = Float64Array.from({ length: n }, (_, i) => (i % 6) * 40);
    const y = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 6) * 30);
    const r = new Float64Array(n).fill(6);
    const w = new Float64Array(n).fill(90);
    const h = new Float64Array(n).fill(16);
    const order = Array.from({ length: n }, (_, i) => i);
    const placed = placeLabels(order, x, y, r, w, h);
    const boxes = order
      .filter((i) => !Number.isNaN(placed.x[i]))
      .map((i) => [placed.x[i] - 45, placed.y[i] - 8, placed.x[i] + 45, placed.y[i] + 8]);
    expect(boxes.length).to.be.greaterThan(3);
    expect(boxes.length).to.be.below(n);
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a], boxes[b])).to.equal(false);
      for (let i = 0; i < n; i++)
        expect(
          overlaps(boxes[a], [x[i] - 6, y[i] - 6, x[i] + 6, y[i] + 6]),
          `label ${a} on node ${i}`,
        ).to.equal(false);
    }
  });

  it('finds the nearest node in a direction', () => {
    //   1
    // 0 · 2     3 (far right)
    //   4
    const x = [0, 100, 200, 600, 100];
    const y = [100, 0, 100, 100, 200];
    const all = [0, 1, 2, 3, 4];
    expect(nearestInDirection(all, x, y, 0, 1, 0)).to.equal(2);
    expect(nearestInDirection(all, x, y, 2, 1, 0)).to.equal(3);
    expect(nearestInDirection(all, x, y, 0, 0, -1)).to.equal(1);
    expect(nearestInDirection(all, x, y, 1, 0, 1)).to.equal(4);
    expect(nearestInDirection(all, x, y, 3, 1, 0)).to.equal(-1);
  });

  it('draws a distinct shape per sector and arrows only for directed relations', () => {
    const shapes = new Set([-1, ...SECTORS.map((_, k) => k)].map((k) => shapePath(k, 10)));
    expect(shapes.size).to.equal(SECTORS.length);
    expect(shapePath(2, 10)).to.match(/^M/);
    const directed = edgeGeometry(0, 0, 100, 0, 10, 0, true, false);
    expect(directed.arrow).to.match(/^M[\d.]+ [-\d.]+L.*Z$/);
    // The arrow's tip stops at the target's edge.
    expect(Number(directed.arrow.slice(1).split(' ')[0])).to.be.closeTo(88, 0.5);
    expect(edgeGeometry(0, 0, 100, 0, 10, 0, false, false).arrow).to.equal('');
    expect(edgeGeometry(0, 0, 100, 0, 10, 16, false, false).d).to.contain('Q');
    expect(edgeGeometry(0, 0, 100, 0, 10, 0, false, true).d.split('L').length).to.be.greaterThan(8);
  });

  it('wraps labels into two lines at most', () => {
    expect(wrapLabel('pro concept e.V.')).to.deep.equal(['pro concept e.V.']);
    expect(wrapLabel('Kooperationsbetriebe Rheinland und Bergisches Land (Beispiel)')).to.deep.equal([
      'Kooperationsbetriebe',
      'Rheinland und…',
    ]);
    expect(wrapLabel('Donaudampfschifffahrtsgesellschaftskapitän')[0]).to.have.length.at.most(21);
  });
});

describe('partner map graph model', () => {
  const doc = {
    schemaVersion: '1.0',
    cooperation: { name: 'Kette' },
    actors: [
      { id: 'a', name: 'A', since: '2010' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
      { id: 'd', name: 'D' },
      { id: 'e', name: 'E', until: '2005' },
    ],
    relations: [
      { source: 'a', target: 'b', type: 'cooperation', since: '2012-05', until: '2014' },
      { source: 'b', target: 'c', type: 'funding', directed: true },
      { source: 'c', target: 'x', type: 'funding' },
      { source: 'c', target: 'c', type: 'advice' },
      { source: 'e', target: 'd', type: 'advice', since: '2001' },
    ],
  } as any;

  it('keeps relations between two known, different actors', () => {
    const index = networkIndex(doc);
    expect(index.links.map((l) => `${l.s}-${l.t}`)).to.deep.equal(['0-1', '1-2', '4-3']);
    expect(networkIndex(doc)).to.equal(index);
    expect(index.changes).to.include('2010-01-01').and.include('2012-05-01').and.include('2015-01-01');
  });

  it('measures path distances in either direction, unreachable as Infinity', () => {
    const index = networkIndex(doc);
    const all = index.links.map((_, k) => k);
    const d = distances(5, index, all, 2);
    expect([...d]).to.deep.equal([2, 1, 0, Infinity, Infinity]);
  });

  it('filters by date and by ego network', () => {
    const index = networkIndex(doc);
    const in2013 = scope(index, '2013-06-01');
    expect([...in2013.actors]).to.deep.equal([1, 1, 1, 1, 0]);
    expect(in2013.links).to.deep.equal([0, 1]);
    const in2015 = scope(index, '2015');
    expect(in2015.links).to.deep.equal([1]);
    const in2004 = scope(index, '2004');
    expect([...in2004.actors]).to.deep.equal([0, 1, 1, 1, 1]);
    expect(in2004.links).to.deep.equal([1, 2]);
    const ego = scope(index, null, 'c', 1);
    expect([...ego.actors]).to.deep.equal([0, 1, 1, 0, 0]);
    expect(ego.focus).to.equal(2);
    expect([...scope(index, null, 'c', 2).actors]).to.deep.equal([1, 1, 1, 0, 0]);
    expect(scope(index, null, 'nope', 1).focus).to.equal(-1);
  });
});
