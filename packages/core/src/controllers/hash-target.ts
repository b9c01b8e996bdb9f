import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly document?: unknown };

/**
 * Follows the page's URL fragment (`#koop-entry-…`, `#koop-actor-…`): `reveal` runs once the
 * host first shows a document after it was connected, and again on every `hashchange` while it
 * is connected. The host finds and opens what the fragment names.
 */
export class HashTarget implements ReactiveController {
  private pending = false;
  private readonly onHashChange = () => void this.reveal();

  constructor(
    private readonly host: Host,
    private readonly reveal: () => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.pending = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    if (this.pending && this.host.document) {
      this.pending = false;
      void this.reveal();
    }
  }
}
