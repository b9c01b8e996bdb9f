import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface ElementSizeOptions {
  /**
   * The element to observe, looked up again after every update (so it may be rendered anew);
   * default: the host.
   */
  target?: () => Element | null | undefined;
  /** Called on each report of the observer (the first comes once observed); the host updates when the size changed. */
  onResize?: (size: ElementSize) => void;
  /**
   * Measure one frame after the observer reports, not in its callback: for hosts whose update
   * changes the observed element's size (a change of layout inside the callback would loop).
   */
  deferred?: boolean;
}

/**
 * The size of an element (the host or one in its render root) as the `ResizeObserver` reports
 * it, in pixels and in em. One meaning of "em" throughout the kit: the host's computed
 * `font-size` in pixels, so `html { font-size: 62.5% }` or a larger text setting scale alike.
 */
export class ElementSize implements ReactiveController {
  /** Border-box width and height in px (0 until first measured). */
  width = 0;
  height = 0;
  /** The host's computed font size in px: the size of one em. */
  em = 16;

  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: Host,
    private readonly options: ElementSizeOptions = {},
  ) {
    host.addController(this);
  }

  /** The width in em. */
  get widthEm(): number {
    return this.width / this.em;
  }

  /** The height in em. */
  get heightEm(): number {
    return this.height / this.em;
  }

  /** The observed element, if it is rendered. */
  get element(): Element | undefined {
    return this.observed;
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver(() => {
      if (!this.options.deferred) return this.changed();
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.changed());
    });
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** Measures now (reading layout); true when something changed since the last measure. */
  measure(): boolean {
    const element = this.observed ?? this.target();
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const { width, height } = element?.getBoundingClientRect() ?? { width: 0, height: 0 };
    if (width === this.width && height === this.height && em === this.em) return false;
    Object.assign(this, { width, height, em });
    return true;
  }

  private target(): Element | undefined {
    return (this.options.target ? this.options.target() : this.host) ?? undefined;
  }

  private observe(): void {
    const target = this.target();
    if (target === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target;
    // The observer reports a newly observed element once, so its first size arrives by itself.
    if (target) this.observer.observe(target);
  }

  private changed(): void {
    // An observer's report for the size of an element no longer observed changes nothing.
    if (!this.observed) return;
    const resized = this.measure();
    this.options.onResize?.(this);
    // The first report often repeats what the host measured while rendering: no second render.
    if (resized) this.host.requestUpdate();
  }
}
