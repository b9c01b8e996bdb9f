import { round } from './draw.js';
import { fitCamera, viewOf, type Camera, type Placement, type Scene } from './scene.js';

const MIN_SCALE = 0.05;
const MAX_SCALE = 4;

/** The map's camera (screen = world × `s` + (`x`, `y`)): fitting, zooming and panning it. */
export class MapCamera implements Camera {
  x = 0;
  y = 0;
  s = 1;

  /** The SVG transform of the camera's layers. */
  get transform(): string {
    return `translate(${round(this.x)} ${round(this.y)}) scale(${Math.round(this.s * 1000) / 1000})`;
  }

  /** The zoom level labels are placed for: the scale in quarter steps of a power of two. */
  get level(): number {
    return 2 ** (Math.round(Math.log2(this.s) * 4) / 4);
  }

  /**
   * Fits the scene, labels included, into `width` × `height` px, up to a scale of 1.25 at an
   * em of 16 px. `centre`: a map too large even at the smallest scale is centred on this
   * actor (-1: none). Returns the world in view, inside which labels are placed.
   */
  fit(
    scene: Scene,
    { x, y }: Placement,
    width: number,
    height: number,
    em: number,
    centre: number,
  ): [number, number, number, number] {
    const camera = fitCamera(scene, x, y, width, height, MIN_SCALE, Math.min(MAX_SCALE, (1.25 * em) / 16));
    const [x0, , x1] = scene.bounds;
    if (centre >= 0 && scene.nodes.includes(centre) && camera.s * (x1 - x0) > width) {
      camera.x = width / 2 - x[centre] * camera.s;
      camera.y = height / 2 - y[centre] * camera.s;
    }
    Object.assign(this, camera);
    return viewOf(camera, width, height);
  }

  pan(dx: number, dy: number): void {
    this.x += dx;
    this.y += dy;
  }

  /** Zooms by `factor` around (px, py), within the scale's limits. */
  zoom(factor: number, px: number, py: number): void {
    const { x, y, s } = this;
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, s * factor));
    Object.assign(this, { x: px - ((px - x) * next) / s, y: py - ((py - y) * next) / s, s: next });
  }

  /**
   * Centres the world point (wx, wy) when it is near an edge of `width` × `height` px or
   * outside; true when the camera moved.
   */
  reveal(wx: number, wy: number, width: number, height: number): boolean {
    const sx = wx * this.s + this.x;
    const sy = wy * this.s + this.y;
    const margin = Math.min(width, height) / 6;
    if (!(sx < margin || sx > width - margin || sy < margin || sy > height - margin)) return false;
    this.x = width / 2 - wx * this.s;
    this.y = height / 2 - wy * this.s;
    return true;
  }
}
