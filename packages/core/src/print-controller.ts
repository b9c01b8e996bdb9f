import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Lists longer than this get `content-visibility: auto` on their items (class `long`): a short
 * one gains nothing, and skipped items are blank in full-page captures.
 */
export const LONG_LIST = 60;

/**
 * Whether the page is being printed (or saved as PDF): between `beforeprint` and `afterprint`,
 * and while the `print` media query matches. A widget renders what paper needs then (all goals
 * open, the list instead of a panning axis); Lit's update runs as a microtask right after the
 * event, before the browser lays the page out for print. Static `@media print` rules do the rest.
 */
export class PrintController implements ReactiveController {
  /** True while printing. */
  active = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.start);
    addEventListener('afterprint', this.end);
    this.query ??= matchMedia('print');
    this.query.addEventListener('change', this.change);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.start);
    removeEventListener('afterprint', this.end);
    this.query?.removeEventListener('change', this.change);
  }

  private set(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.host.requestUpdate();
  }

  private start = () => this.set(true);
  private end = () => this.set(false);
  private change = (event: MediaQueryListEvent) => this.set(event.matches);
}
