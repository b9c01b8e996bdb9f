import { nothing, svg } from 'lit';
import { round, shapePath } from './draw.js';
import type { NetworkIndex } from './graph.js';
import { LINE, type LabelSet, type Placement, type Scene, type Visible } from './scene.js';

/** What the map shows now: the overlay draws on it. */
export interface Shown {
  index: NetworkIndex;
  shown: Visible;
  placement: Placement;
  scene: Scene;
}

/** A ring of radius `r` around (x, y) in absolute path data, so several join into one path. */
export const ringAt = (x: number, y: number, r: number) =>
  shapePath(-1, round(r)).replace('M', `M${round(x)} ${round(y)}m`);

/** Dashed rings around the (shown) actors linked to a selection made in another widget. */
export function renderLinkedRing({ index, shown, placement, scene }: Shown, linked: ReadonlySet<string>) {
  const { x, y } = placement;
  const d = [...linked]
    .map((id) => index.byId.get(id) ?? -1)
    .filter((i) => i >= 0 && shown.visible[i] && scene.nodes.includes(i))
    .map((i) => ringAt(x[i], y[i], scene.r[i] + 5))
    .join('');
  return d ? svg`<path class="linked-ring" d=${d}></path>` : nothing;
}

export interface Hints {
  /** The hovered actor, -1 for none. */
  hover: number;
  /** The focused actor, -1 for none. */
  focus: number;
  /** Whether actor `i` has keyboard focus (`:focus-visible`): only then its focus ring is drawn. */
  keyboard(i: number): boolean;
  /** The labels drawn on the map; undefined while the graph is not. */
  labels?: LabelSet;
  name(i: number): string;
}

/**
 * Draws the overlay's hints (attributes only, no render): a ring around the hovered actor and
 * the focused one, the hovered (else focused) actor's relations, and its name when its label
 * is hidden.
 */
export function drawHints(overlay: Element, { shown, placement, scene }: Shown, hints: Hints): void {
  const hover = shown.visible[hints.hover] ? hints.hover : -1;
  const focus = shown.visible[hints.focus] ? hints.focus : -1;
  const { x, y } = placement;
  const ring = (selector: string, i: number, gap: number) =>
    overlay.querySelector(selector)!.setAttribute('d', i >= 0 ? ringAt(x[i], y[i], scene.r[i] + gap) : '');
  ring('.hover-ring', hover, 4);
  ring('.focus-ring', focus >= 0 && hints.keyboard(focus) ? focus : -1, 7);
  const i = hover >= 0 ? hover : focus;
  overlay
    .querySelector('.hint-edges')!
    .setAttribute(
      'd',
      i >= 0 ? (shown.byActor.get(i) ?? []).map((k) => scene.geometry.get(k)!.d).join('') : '',
    );
  const text = overlay.querySelector('text.hint')!;
  text.textContent = '';
  const set = hints.labels;
  if (i < 0 || !set) return;
  if (!set.boxes.has(i)) text.textContent = hints.name(i);
  text.setAttribute(
    'transform',
    `translate(${round(x[i])} ${round(y[i] + scene.r[i] + LINE / set.scale)}) scale(${Math.round(1000 / set.scale) / 1000})`,
  );
}

/** Pressed state and roving tabindex of the nodes (attributes that do not change their paint). */
export function syncNodes(nodes: Iterable<SVGGElement>, selected: number, active: number): void {
  for (const element of nodes) {
    const i = Number(element.dataset.i);
    const pressed = i === selected ? 'true' : 'false';
    if (element.getAttribute('aria-pressed') !== pressed) element.setAttribute('aria-pressed', pressed);
    const tabIndex = i === active ? 0 : -1;
    if (element.tabIndex !== tabIndex) element.tabIndex = tabIndex;
  }
}

/**
 * On paper the map as it is on screen, scaled to the page width: a viewBox of its screen
 * size (measured before the browser lays the page out for print) lets the SVG scale.
 */
export function fitToPaper(map: SVGSVGElement, printing: boolean): void {
  if (!printing) {
    map.removeAttribute('viewBox');
    return;
  }
  if (map.hasAttribute('viewBox')) return;
  const { width, height } = map.getBoundingClientRect();
  if (width && height) map.setAttribute('viewBox', `0 0 ${round(width)} ${round(height)}`);
}
