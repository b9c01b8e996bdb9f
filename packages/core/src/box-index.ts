/** A box: left, top, right, bottom. */
export type Rect = readonly [number, number, number, number];

/**
 * Boxes in a grid of square cells, for placing labels without overlap (the partner map's and
 * the timeline's): `hits` asks whether a box overlaps any box added before, except those of
 * the same owner (e.g. a label and its own marker). Cells about as large as a typical box keep
 * each question to a few comparisons, however many boxes there are.
 */
export class BoxIndex {
  private readonly cells = new Map<number, { box: Rect; owner: number }[]>();

  constructor(private readonly cell: number) {}

  add(box: Rect, owner = -1): void {
    this.each(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
      return false;
    });
  }

  hits(box: Rect, owner = -2): boolean {
    return this.each(box, (key) =>
      (this.cells.get(key) ?? []).some(
        (o) =>
          o.owner !== owner &&
          o.box[0] < box[2] &&
          o.box[2] > box[0] &&
          o.box[1] < box[3] &&
          o.box[3] > box[1],
      ),
    );
  }

  /** Calls `visit` with the key of every cell the box touches until it returns true. */
  private each(box: Rect, visit: (key: number) => boolean): boolean {
    const c = this.cell;
    for (let x = Math.floor(box[0] / c); x <= Math.floor(box[2] / c); x++)
      for (let y = Math.floor(box[1] / c); y <= Math.floor(box[3] / c); y++)
        if (visit(x * 65536 + y)) return true;
    return false;
  }
}

/**
 * Places labels in order (most important first): each takes the first of its candidate boxes
 * that lies within `bounds` (when given) and overlaps no box in `index` of another owner; the
 * box taken joins the index. Returns the position of the candidate taken per label, -1 for a
 * label left out.
 */
export function placeBoxes(
  index: BoxIndex,
  labels: Iterable<{ owner: number; candidates: Rect[] }>,
  bounds?: Rect,
): number[] {
  const taken: number[] = [];
  for (const { owner, candidates } of labels) {
    const k = candidates.findIndex(
      (box) =>
        (!bounds ||
          (box[0] >= bounds[0] && box[1] >= bounds[1] && box[2] <= bounds[2] && box[3] <= bounds[3])) &&
        !index.hits(box, owner),
    );
    if (k >= 0) index.add(candidates[k], owner);
    taken.push(k);
  }
  return taken;
}
