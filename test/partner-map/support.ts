import { waitUntil } from '@open-wc/testing';
import '@koop/partner-map/koop-partner-map.js';
import type { KoopPartnerMap } from '@koop/partner-map';
import { partnerDocument } from '../fixtures/network-document.js';

const created: HTMLElement[] = [];

/** Removes every map the tests created (call in afterEach). */
export function removeMaps(): void {
  for (const element of created.splice(0)) element.remove();
}

/** A rendered `<koop-partner-map>` with these attributes and `data` (or `src` among the attributes). */
export async function partnerMap(
  attributes: Record<string, string> = {},
  data: unknown = attributes.src ? undefined : partnerDocument(),
  container: HTMLElement = document.body,
): Promise<KoopPartnerMap> {
  const element = document.createElement('koop-partner-map');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  container.append(element);
  created.push(container === document.body ? element : container);
  await waitUntil(() => element.shadowRoot?.querySelector('.partner-map, [role="alert"]'), 'rendered', {
    timeout: 8000,
  });
  // A map draws its graph an update after its frame (for large ones in a task of their own,
  // after arranging in slices): wait until it is arranged and drawn.
  await waitUntil(
    () => {
      const shadow = element.shadowRoot!;
      if (shadow.querySelector('.arranging')) return false;
      return !shadow.querySelector('svg.base') || shadow.querySelector('svg.base .nodes');
    },
    'graph drawn',
    { timeout: 15_000 },
  );
  await element.updateComplete;
  return element;
}

export const root = (element: Element) => element.shadowRoot!;

/** The focusable actor nodes of the base map. */
export const nodes = (element: Element) => [...root(element).querySelectorAll<SVGGElement>('svg.base g.n')];

/** The node of the actor whose name starts the accessible name. */
export function node(element: Element, name: string): SVGGElement {
  const found = nodes(element).find((n) => n.getAttribute('aria-label')!.startsWith(`${name},`));
  if (!found) throw new Error(`no node ${name}`);
  return found;
}

/** A node's position in map units (its translate). */
export function position(element: SVGGElement): [number, number] {
  const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(element.getAttribute('transform')!)!;
  return [Number(x), Number(y)];
}

/** The camera: translate and scale of the base map. */
export function camera(element: Element): { x: number; y: number; s: number } {
  const transform = root(element).querySelector('svg.base .camera')!.getAttribute('transform')!;
  const [, x, y, s] = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)/.exec(transform)!;
  return { x: Number(x), y: Number(y), s: Number(s) };
}

export const centre = (element: Element) => {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

export const text = (element: Node | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function button(element: Element, label: string): HTMLButtonElement {
  const found = [...root(element).querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => text(b) === label || text(b).startsWith(`${label} `) || b.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

export const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && a.right > b.left + 0.5 && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5;

/** Bounding boxes of the rendered labels (non-empty texts) of a layer. */
export function labelRects(element: Element, selector: string): DOMRect[] {
  return [...root(element).querySelectorAll<SVGTextElement>(selector)]
    .filter((t) => text(t))
    .map((t) => t.getBoundingClientRect());
}

/** Pairs of intersecting boxes, as text for a readable failure. */
export function overlapping(rects: DOMRect[], others: DOMRect[] = rects): string[] {
  const found: string[] = [];
  rects.forEach((a, i) =>
    others.forEach((b, j) => {
      if ((others === rects && j <= i) || (a.x === b.x && a.y === b.y && a.width === b.width)) return;
      if (intersects(a, b)) found.push(`${i}/${j}`);
    }),
  );
  return found;
}

/** Scrolls the map into view and returns the centre of `target` in viewport coordinates. */
export function inView(element: Element, target: Element): [number, number] {
  root(element).querySelector('svg.base')!.scrollIntoView({ block: 'center' });
  const { x, y } = centre(target);
  return [Math.round(x), Math.round(y)];
}
