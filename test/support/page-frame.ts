import { waitUntil } from '@open-wc/testing';

export interface PageFrame {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** Every Koop widget of the page (not `<koop-data>`), in document order. */
  widgets: (HTMLElement & { updateComplete: Promise<unknown> })[];
  remove(): void;
}

const frameOf = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Opens a page (e.g. the demo) in an iframe `width` px wide, so its media and container queries
 * see that viewport, and waits until every widget on it shows its document or an error.
 */
export async function openPage(src: string, width: number, height = 800): Promise<PageFrame> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const widgets = () =>
    [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')].filter((element) =>
      /^koop-(?!data$)/.test(element.localName),
    );
  await waitUntil(
    () =>
      widgets().length > 0 &&
      widgets().every((element) => {
        const root = element.shadowRoot;
        if (element.localName === 'koop-snippet-builder') return !!root?.firstElementChild;
        return (element as { document?: unknown }).document || root?.querySelector('[role="alert"]');
      }),
    `widgets of ${src} rendered`,
    { timeout: 20_000 },
  );
  for (const element of widgets()) await element.updateComplete;
  // Widgets that measure themselves redraw a frame later.
  await frameOf();
  await frameOf();
  for (const element of widgets()) await element.updateComplete;
  return { frame, window: win, document: doc, widgets: widgets(), remove: () => frame.remove() };
}

/**
 * Elements (also inside shadow roots) whose box reaches past `right` px and that nothing clips:
 * what makes a page scroll sideways. Inside an SVG or a scrolling box, overflow is clipped.
 */
export function overflowing(root: Document | ShadowRoot, right: number): string[] {
  const found: string[] = [];
  const visit = (scope: Document | ShadowRoot, path: string) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot, `${path}${element.localName} › `);
      if (element.closest('svg') && element.localName !== 'svg') continue;
      const box = element.getBoundingClientRect();
      if (box.right <= right + 0.5 || !box.width) continue;
      if (clipped(element)) continue;
      const text = (element.textContent ?? '').trim().slice(0, 40);
      found.push(
        `${path}${element.localName}.${element.getAttribute('class') ?? ''} (${Math.round(box.right)} px) ${text}`,
      );
    }
    // Text that runs out of its box (a long word or address) widens the page just the same.
    const owner = scope.nodeType === Node.DOCUMENT_NODE ? (scope as Document) : scope.ownerDocument!;
    const walker = owner.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const range = owner.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('svg, script, style, template')) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.right <= right + 0.5 || !box.width || clipped(node as unknown as Element)) continue;
      found.push(
        `${path}text in ${parent.localName} (${Math.round(box.right)} px) ${node.textContent!.trim().slice(0, 40)}`,
      );
    }
  };
  visit(root, '');
  return found;
}

/**
 * Text (also inside shadow roots, not in SVG) cut off by a box that clips without scrolling
 * (`overflow: hidden` or `clip`, or the paint containment of `content-visibility: auto`).
 */
export function cutText(root: Document | ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (scope: Document | ShadowRoot, path: string) => {
    for (const element of scope.querySelectorAll('*'))
      if (element.shadowRoot) visit(element.shadowRoot, `${path}${element.localName} › `);
    const owner = scope.nodeType === Node.DOCUMENT_NODE ? (scope as Document) : scope.ownerDocument!;
    const walker = owner.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const range = owner.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent!.trim() || parent.closest('svg, script, style, template')) continue;
      const clip = clippingBox(node as unknown as Element, false);
      if (!clip) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const edge = clip.getBoundingClientRect();
      if (!box.width || (box.right <= edge.right + 0.5 && box.left >= edge.left - 0.5)) continue;
      if (clip.matches('.visually-hidden')) continue;
      found.push(
        `${path}${parent.localName} in ${clip.localName}.${clip.getAttribute('class') ?? ''}: ${node.textContent!.trim().slice(0, 40)}`,
      );
    }
  };
  visit(root, '');
  return found;
}

/** Whether an ancestor (across shadow boundaries) clips the element's overflow. */
function clipped(element: Element): boolean {
  return clippingBox(element, true) !== undefined;
}

/** The nearest ancestor that clips horizontal overflow (with `scrolling`: scroll boxes too). */
function clippingBox(element: Element, scrolling: boolean): Element | undefined {
  for (let up = parentOf(element); up; up = parentOf(up)) {
    if (up === up.ownerDocument.documentElement || up === up.ownerDocument.body) return undefined;
    const style = up.ownerDocument.defaultView!.getComputedStyle(up);
    if (['hidden', 'clip'].includes(style.overflowX) || style.contentVisibility === 'auto') return up;
    if (style.overflowX !== 'visible') return scrolling ? up : undefined;
    if (style.position === 'fixed') return undefined;
  }
  return undefined;
}

function parentOf(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot as Element;
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}
