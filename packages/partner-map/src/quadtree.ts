import type { Repulsion } from './layout.js';

/** Barnes–Hut accuracy: a cell counts as one body when its side is below 1.2 times its distance. */
const THETA2 = 1.44;

/**
 * A Barnes–Hut quadtree in flat arrays: each cell knows its total mass and centre of mass, so
 * a far-away cell repels as one body. Rebuilt every iteration.
 */
export class QuadTree implements Repulsion {
  private size = 0;
  private capacity: number;
  private mass!: Float64Array;
  private cx!: Float64Array;
  private cy!: Float64Array;
  private x0!: Float64Array;
  private y0!: Float64Array;
  private side!: Float64Array;
  /** Point of a leaf; -1: an inner cell, -2: empty. */
  private point!: Int32Array;
  private child!: Int32Array;
  private stack = new Int32Array(64);

  constructor(n: number) {
    this.capacity = 8 * n + 64;
    this.allocate();
  }

  private allocate() {
    const c = this.capacity;
    this.mass = new Float64Array(c);
    this.cx = new Float64Array(c);
    this.cy = new Float64Array(c);
    this.x0 = new Float64Array(c);
    this.y0 = new Float64Array(c);
    this.side = new Float64Array(c);
    this.point = new Int32Array(c);
    this.child = new Int32Array(4 * c);
    this.stack = new Int32Array(4 * 42 + 8);
  }

  private cell(x0: number, y0: number, side: number): number {
    const q = this.size++;
    this.x0[q] = x0;
    this.y0[q] = y0;
    this.side[q] = side;
    this.point[q] = -2;
    this.mass[q] = this.cx[q] = this.cy[q] = 0;
    return q;
  }

  build(x: Float64Array, y: Float64Array): void {
    const n = x.length;
    let minX = Infinity;
    let minY = Infinity;
    let side = 1;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]);
      minY = Math.min(minY, y[i]);
    }
    for (let i = 0; i < n; i++) side = Math.max(side, x[i] - minX + 1, y[i] - minY + 1);
    this.size = 0;
    this.cell(minX, minY, side);
    for (let i = 0; i < n; i++) {
      let q = 0;
      for (let depth = 0; ; depth++) {
        const p = this.point[q];
        if (p === -2) {
          this.point[q] = i;
          break;
        }
        if (p >= 0) {
          // Several points in one place (or no room left): they share the leaf.
          if (depth > 40 || this.size + 4 > this.capacity) break;
          const half = this.side[q] / 2;
          for (let c = 0; c < 4; c++)
            this.child[4 * q + c] = this.cell(
              this.x0[q] + (c & 1) * half,
              this.y0[q] + (c >> 1) * half,
              half,
            );
          this.point[q] = -1;
          const moved = this.child[4 * q + this.quadrant(q, x[p], y[p])];
          this.point[moved] = p;
          this.mass[moved] = 1;
          this.cx[moved] = x[p];
          this.cy[moved] = y[p];
        }
        q = this.child[4 * q + this.quadrant(q, x[i], y[i])];
      }
      // Mass and centre along the path (the leaf's own point counts once).
      for (let c = 0, q2 = 0; ; c++) {
        this.mass[q2]++;
        this.cx[q2] += x[i];
        this.cy[q2] += y[i];
        if (this.point[q2] !== -1 || c > 40) break;
        q2 = this.child[4 * q2 + this.quadrant(q2, x[i], y[i])];
      }
    }
  }

  private quadrant(q: number, x: number, y: number): number {
    const half = this.side[q] / 2;
    return (x >= this.x0[q] + half ? 1 : 0) + (y >= this.y0[q] + half ? 2 : 0);
  }

  /** Adds the repulsion of every other point on point `i` to `fx`, `fy` (a far cell as one body). */
  visit(i: number, x: number, y: number, fx: Float64Array, fy: Float64Array, k2: number) {
    const stack = this.stack;
    let top = 1;
    stack[0] = 0;
    while (top) {
      const q = stack[--top];
      const mass = this.mass[q];
      if (!mass) continue;
      let dx = x - this.cx[q] / mass;
      let dy = y - this.cy[q] / mass;
      let d2 = dx * dx + dy * dy;
      const p = this.point[q];
      const side = this.side[q];
      if (p === -1 && side * side >= d2 * THETA2) {
        for (let c = 0; c < 4; c++) stack[top++] = this.child[4 * q + c];
        continue;
      }
      const m = p === i ? mass - 1 : mass;
      if (!m) continue;
      if (d2 < 0.01) {
        // Same place: push apart in a direction given by the point, not by chance.
        dx = Math.cos(i * 7 + q);
        dy = Math.sin(i * 7 + q);
        d2 = 1;
      }
      const f = (k2 * m) / d2;
      fx[i] += dx * f;
      fy[i] += dy * f;
    }
  }
}
