import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface PanZoomOptions {
  /** Selector of the surface in the host's render root that takes drags, pinches and the wheel. */
  surface: string;
  /**
   * Moves the view's content by (dx, dy) screen pixels, the way the pointer moved (a drag to
   * the right moves the content to the right). With `axis: 'x'`, dy is always 0.
   */
  pan(dx: number, dy: number): void;
  /**
   * Zooms by `factor` (> 1: in) around (x, y), in pixels from the surface's top left corner;
   * undefined: around its middle (buttons, keys).
   */
  zoom(factor: number, x?: number, y?: number): void;
  /** `xy` (default): pan both ways, pinch to zoom; `x`: a horizontal strip (a time axis). */
  axis?: 'xy' | 'x';
  /**
   * What the wheel does: `zoom` (default) around the pointer; `pan`: a horizontal wheel (or
   * Shift and the wheel) pans, a vertical one is left to the page.
   */
  wheel?: 'zoom' | 'pan';
  /** Selector of the items on which `+` (or `=`) and `-` zoom (default: the surface and all in it). */
  keys?: string;
  /** Zoom factor of one button press or key (default 1.25; out: its inverse). */
  step?: number;
  /** Pointer capture from the press (default) or only once it became a drag (so a click keeps its target). */
  capture?: 'press' | 'drag';
  /** A press released without dragging: a click or tap, with the element first pressed. */
  tap?(target: Element | null, event: PointerEvent): void;
  /** A press became a drag (the pointer moved past a few pixels). */
  dragStart?(): void;
  /** The drag ended: `done` false when the browser cancelled it. */
  dragEnd?(done: boolean): void;
}

/** A pointer moves this many pixels before a press becomes a drag. */
const THRESHOLD = 4;

interface Press {
  target: Element | null;
  x: number;
  y: number;
  moved: boolean;
}

/** Pixels of a wheel event's delta (lines and pages as browsers scroll them). */
export function wheelPixels(delta: number, mode: number): number {
  return delta * (mode === 1 ? 16 : mode === 2 ? 400 : 1);
}

/**
 * Panning and zooming of a view: dragging with a mouse, pen or one finger pans; two fingers
 * pinch to zoom (around their middle) and pan; the wheel zooms around the pointer (or pans a
 * horizontal strip); `+` and `-` zoom; `zoomIn()` and `zoomOut()` serve the view's buttons.
 * The host keeps its own camera (a transform, a time window) and applies what `pan` and
 * `zoom` report; the controller keeps only the pointers. A press that does not move is a tap.
 */
export class PanZoom implements ReactiveController {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private press?: Press;
  private root?: HTMLElement | DocumentFragment;

  constructor(
    private readonly host: Host,
    private readonly options: PanZoomOptions,
  ) {
    host.addController(this);
  }

  /** True while a press is being dragged. */
  get dragging(): boolean {
    return !!this.press?.moved;
  }

  hostConnected(): void {
    this.root = this.host.renderRoot;
    this.listen(true);
  }

  hostDisconnected(): void {
    this.listen(false);
    this.pointers.clear();
    this.press = undefined;
  }

  zoomIn(): void {
    this.options.zoom(this.options.step ?? 1.25);
  }

  zoomOut(): void {
    this.options.zoom(1 / (this.options.step ?? 1.25));
  }

  private listen(on: boolean): void {
    const root = this.root;
    if (!root) return;
    const method = on ? root.addEventListener.bind(root) : root.removeEventListener.bind(root);
    const handlers: [string, (event: never) => void][] = [
      ['pointerdown', this.onPointerDown],
      ['pointermove', this.onPointerMove],
      ['pointerup', this.onPointerUp],
      ['pointercancel', this.onPointerUp],
      ['keydown', this.onKeyDown],
    ];
    for (const [type, handler] of handlers) method(type, handler as EventListener);
    // Not passive: the wheel over the view zooms (or pans) it instead of scrolling the page.
    method('wheel', this.onWheel as EventListener, { passive: false });
  }

  private surface(target: EventTarget | null): Element | null {
    return (target as Element | null)?.closest?.(this.options.surface) ?? null;
  }

  private box(): DOMRect | undefined {
    return this.host.renderRoot.querySelector(this.options.surface)?.getBoundingClientRect();
  }

  private capture(event: PointerEvent): void {
    try {
      this.surface(event.target)?.setPointerCapture(event.pointerId);
    } catch {
      // a pointer the browser does not track (synthetic events): no capture needed
    }
  }

  private onPointerDown = (event: PointerEvent): void => {
    const surface = this.surface(event.target);
    if (!surface || (event.pointerType === 'mouse' && event.button !== 0)) return;
    if (this.options.capture !== 'drag') this.capture(event);
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1)
      this.press = { target: event.target as Element, x: event.clientX, y: event.clientY, moved: false };
    else if (this.press && this.options.axis !== 'x') this.press.moved = true;
  };

  private onPointerMove = (event: PointerEvent): void => {
    const point = this.pointers.get(event.pointerId);
    const press = this.press;
    if (!point || !press) return;
    const { axis = 'xy', pan, zoom } = this.options;
    const pinch = this.pointers.size > 1 && axis === 'xy';
    if (!pinch) {
      if (this.pointers.size > 1 || !this.startDrag(event, press)) return;
      pan(event.clientX - point.x, axis === 'x' ? 0 : event.clientY - point.y);
    } else {
      // Pinch: zoom by the change of distance around the middle of the two pointers, pan by its move.
      const other = [...this.pointers.entries()].find(([id]) => id !== event.pointerId)![1];
      const box = this.box();
      const before = Math.hypot(point.x - other.x, point.y - other.y) || 1;
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y) || 1;
      pan((event.clientX - point.x) / 2, (event.clientY - point.y) / 2);
      zoom(
        after / before,
        (event.clientX + other.x) / 2 - (box?.left ?? 0),
        (event.clientY + other.y) / 2 - (box?.top ?? 0),
      );
    }
    point.x = event.clientX;
    point.y = event.clientY;
  };

  /** False while a single pointer has not yet moved far enough to drag. */
  private startDrag(event: PointerEvent, press: Press): boolean {
    if (press.moved) return true;
    const dy = this.options.axis === 'x' ? 0 : event.clientY - press.y;
    if (Math.hypot(event.clientX - press.x, dy) < THRESHOLD) return false;
    press.moved = true;
    if (this.options.capture === 'drag') this.capture(event);
    this.options.dragStart?.();
    return true;
  }

  private onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId) || this.pointers.size) return;
    const press = this.press;
    this.press = undefined;
    if (!press) return;
    const done = event.type === 'pointerup';
    if (press.moved) this.options.dragEnd?.(done);
    else if (done) this.options.tap?.(press.target, event);
  };

  private onWheel = (event: WheelEvent): void => {
    if (!this.surface(event.target)) return;
    if (this.options.wheel === 'pan') {
      const dx = event.deltaX || (event.shiftKey ? event.deltaY : 0);
      if (!dx) return;
      event.preventDefault();
      this.options.pan(-wheelPixels(dx, event.deltaMode), 0);
      return;
    }
    event.preventDefault();
    const box = this.box();
    const delta = wheelPixels(event.deltaY, event.deltaMode);
    this.options.zoom(
      Math.exp(-delta * 0.002),
      event.clientX - (box?.left ?? 0),
      event.clientY - (box?.top ?? 0),
    );
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as Element | null;
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (!target?.closest?.(this.options.keys ?? this.options.surface)) return;
    if (event.key === '+' || event.key === '=') this.zoomIn();
    else if (event.key === '-') this.zoomOut();
    else return;
    event.preventDefault();
  };
}
