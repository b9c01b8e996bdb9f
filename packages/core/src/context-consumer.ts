import { ContextConsumer, ContextRoot, type Context } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';

export { koopDocumentContext, koopSelectionContext } from './context.js';
export { linkedItems } from './linked-items.js';

let contextRootAttached = false;

/**
 * Subscribes `host` to a value its enclosing `<koop-data>` provides. Loaded only by widgets
 * that sit inside one, so a page with a lone widget never downloads the context machinery.
 */
export function consume<T>(
  host: ReactiveControllerHost & HTMLElement,
  context: Context<unknown, T>,
  callback: (value: T) => void,
): void {
  if (!contextRootAttached) {
    // Lets a <koop-data> that upgrades after its widgets still answer their requests.
    new ContextRoot().attach(document.documentElement);
    contextRootAttached = true;
  }
  new ContextConsumer(host, { context, subscribe: true, callback });
}
