import { RELATION_TYPE_ORDER, SECTOR_ORDER, type RelationType, type Sector } from '@koop/schema';

/**
 * Sectors in the order of the legend and of the sector layout's ring: the shared order, but with
 * intermediaries second, between civil society and administration whom they connect (each
 * sector's shape in `POLYGONS` follows this order).
 */
export const SECTORS: Sector[] = [
  'civil-society',
  'intermediary',
  ...SECTOR_ORDER.filter((sector) => sector !== 'civil-society' && sector !== 'intermediary'),
];

export const TYPES: RelationType[] = [...RELATION_TYPE_ORDER];

/** Rounds to 0.1 (coordinates in path data and transforms). */
export const round = (value: number) => Math.round(value * 10) / 10;

/** Corner counts and rotation of each sector's shape; 0 corners is a circle. */
const POLYGONS: [corners: number, turn: number, star?: boolean][] = [
  [0, 0], // civil society: circle
  [4, 0, true], // intermediary: four-pointed star
  [4, 0.125], // administration: square
  [5, 0], // politics: pentagon
  [6, 0.25 / 3], // funder: hexagon
  [4, 0], // business: diamond
  [3, 0], // science: triangle
  [3, 0.5], // media: triangle pointing down
];

const shapes = new Map<string, string>();

/** Path of a sector's shape (index into `SECTORS`, -1: unknown, a small ring) of radius `r` around 0,0. */
export function shapePath(sector: number, r: number): string {
  const key = `${sector}:${r}`;
  let d = shapes.get(key);
  if (d) return d;
  const [corners, turn, star] = POLYGONS[sector] ?? [0, 0];
  if (!corners) {
    d = `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  } else {
    // Polygons a little larger than the circle, so their area matches.
    const radius = r * (corners === 3 ? 1.45 : star ? 1.5 : 1.2);
    const points: string[] = [];
    const count = star ? corners * 2 : corners;
    for (let k = 0; k < count; k++) {
      const a = 2 * Math.PI * (k / count + turn) - Math.PI / 2;
      const q = star && k % 2 ? radius * 0.45 : radius;
      points.push(`${round(Math.cos(a) * q)} ${round(Math.sin(a) * q)}`);
    }
    d = `M${points.join('L')}Z`;
  }
  shapes.set(key, d);
  return d;
}

/** One relation drawn: its line, its arrowhead (empty when undirected) and its middle. */
export interface EdgeGeometry {
  d: string;
  arrow: string;
  mx: number;
  my: number;
}

/** An arrowhead with its tip `r + 2` before (x, y), coming from the direction (ux, uy); and where the line ends. */
function arrowhead(x: number, y: number, ux: number, uy: number, r: number) {
  const tipX = x - ux * (r + 2);
  const tipY = y - uy * (r + 2);
  const baseX = tipX - ux * 11;
  const baseY = tipY - uy * 11;
  return {
    d: `M${round(tipX)} ${round(tipY)}L${round(baseX + uy * 5)} ${round(baseY - ux * 5)}L${round(baseX - uy * 5)} ${round(baseY + ux * 5)}Z`,
    x: tipX - ux * 9,
    y: tipY - uy * 9,
  };
}

/**
 * A relation from (x1, y1) to (x2, y2): a straight line, or with `bend` (parallel relations
 * between the same two actors) a curve through a point `bend` units beside the middle. A directed
 * relation ends in an arrowhead at the target's edge (radius `r2`), a mutual one (given the
 * source's radius `r1`) also at the source's; `zigzag` draws the line as a zigzag (conflicts).
 */
export function edgeGeometry(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  r2: number,
  bend: number,
  directed: boolean,
  zigzag: boolean,
  r1?: number,
): EdgeGeometry {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = -(y2 - y1) / length;
  const ny = (x2 - x1) / length;
  // Control point of the quadratic curve (on the line when there is no bend).
  const cx = (x1 + x2) / 2 + nx * bend * 2;
  const cy = (y1 + y2) / 2 + ny * bend * 2;
  const point = (t: number): [number, number] => [
    (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t * t * x2,
    (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t * t * y2,
  ];
  // Where the line starts and ends: at the actors, or shortened by an arrowhead.
  let [sx, sy, ex, ey] = [x1, y1, x2, y2];
  let arrow = '';
  if (directed || r1 !== undefined) {
    const tl = Math.hypot(x2 - cx, y2 - cy) || 1;
    const head = arrowhead(x2, y2, (x2 - cx) / tl, (y2 - cy) / tl, r2);
    arrow = head.d;
    ex = head.x;
    ey = head.y;
  }
  if (r1 !== undefined) {
    const tl = Math.hypot(x1 - cx, y1 - cy) || 1;
    const head = arrowhead(x1, y1, (x1 - cx) / tl, (y1 - cy) / tl, r1);
    arrow += head.d;
    [sx, sy] = [head.x, head.y];
  }
  let d: string;
  if (zigzag) {
    const steps = Math.max(2, Math.round(Math.hypot(ex - sx, ey - sy) / 7));
    const parts: string[] = [];
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      // Along the curve, then straight to the shortened end.
      const [px, py] = bend ? point(t) : [sx + (ex - sx) * t, sy + (ey - sy) * t];
      const offset = k === 0 || k === steps ? 0 : k % 2 ? 3.5 : -3.5;
      parts.push(`${round(px + nx * offset)} ${round(py + ny * offset)}`);
    }
    d = `M${parts.join('L')}`;
  } else {
    d = bend
      ? `M${round(sx)} ${round(sy)}Q${round(cx)} ${round(cy)} ${round(ex)} ${round(ey)}`
      : `M${round(sx)} ${round(sy)}L${round(ex)} ${round(ey)}`;
  }
  const [mx, my] = point(0.5);
  return { d, arrow, mx, my };
}

/**
 * Splits a label into at most two lines of about `width` characters, the second shortened with
 * an ellipsis when the text is longer.
 */
export function wrapLabel(text: string, width = 20): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const cut = (value: string) => (value.length > width + 2 ? `${value.slice(0, width).trimEnd()}…` : value);
  if (lines.length > 2) lines[1] = `${lines[1].slice(0, width).trimEnd()}…`;
  return lines.slice(0, 2).map(cut);
}
