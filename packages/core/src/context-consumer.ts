import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { koopDocumentContext } from './context.js';
import type { DocumentState } from './document-state.js';

let contextRootAttached = false;

/**
 * Subscribes `host` to the document of its enclosing `<koop-data>`. Loaded only by widgets that
 * sit inside one, so a page with a lone widget never downloads the context machinery.
 */
export function consumeDocumentContext(
  host: ReactiveControllerHost & HTMLElement,
  callback: (state: DocumentState) => void,
): void {
  if (!contextRootAttached) {
    // Lets a <koop-data> that upgrades after its widgets still answer their requests.
    new ContextRoot().attach(document.documentElement);
    contextRootAttached = true;
  }
  new ContextConsumer(host, { context: koopDocumentContext, subscribe: true, callback });
}
