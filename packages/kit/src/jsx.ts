/**
 * JSX types of the kit's elements for React 19. Load them once in a TypeScript React project:
 *
 * ```ts
 * import type {} from '@koop/kit/jsx.js';
 * ```
 *
 * React 19 sets a prop as a property when the element has one, so the props here are the
 * elements' properties (`data={doc}`, `pageSize={5}`, `focusActor="amt"`), and it turns an
 * `on<event>` prop into a listener for exactly that event name (`onkoop-load`).
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KoopErrorEvent, KoopLoadEvent, KoopSelectEvent } from '@koop/core';
import type { REGISTRY, RegistryClasses, RegistryEvents } from './registry.generated.js';

/** Props of element `E`: React's HTML props, the properties `K` and listeners for `Events`. */
export type KoopElementProps<E extends HTMLElement, K extends keyof E, Events = object> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  Partial<Pick<E, K>> & { [N in keyof Events]?: (event: Events[N]) => void };

/** Listeners every element with a document takes (`koop-select`: linked views in a `<koop-data>`). */
export interface KoopLoadListeners {
  'onkoop-load': KoopLoadEvent;
  'onkoop-error': KoopErrorEvent;
  'onkoop-select': KoopSelectEvent;
}

// Everything below comes from the registry (the class doc comments, see scripts/gen-manifest.mjs):
// a new attribute, property, event or element is typed here without an edit.
type Tag = keyof RegistryClasses;
type Entry<T extends Tag> = Extract<(typeof REGISTRY)[number], { tag: T }>;
/** The settable public properties of the element of `T`. */
type Properties<T extends Tag> = Entry<T>['properties'][number] & keyof RegistryClasses[T];
/** `on<event>` for every event the element of `T` documents, with the event's class. */
type Listeners<T extends Tag> = KoopLoadListeners & {
  [N in Entry<T>['events'][number]['name'] as `on${N}`]: N extends keyof RegistryEvents
    ? RegistryEvents[N]
    : CustomEvent;
};
type KoopIntrinsicElements = {
  [T in Tag]: KoopElementProps<RegistryClasses[T], Properties<T>, Listeners<T>>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends KoopIntrinsicElements {}
  }
}
