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
import type { KoopDataElement, KoopErrorEvent, KoopLoadEvent, KoopSelectEvent } from '@koop/core';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import type { KoopMilestoneSelectEvent, KoopMilestoneTimeline } from '@koop/milestone-timeline';
import type { KoopActorSelectEvent, KoopPartnerMap } from '@koop/partner-map';
import type { KoopConflictSelectEvent, KoopRoleMatrix } from '@koop/role-matrix';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';

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

type Source = 'src' | 'data' | 'refresh' | 'timeout';
type Widget = Source | 'theme' | 'headingLevel';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'koop-data': KoopElementProps<
        KoopDataElement,
        Source | 'selection' | 'linkHash' | 'selectable',
        KoopLoadListeners
      >;
      'koop-goal-tracker': KoopElementProps<KoopGoalTracker, Widget | 'goal' | 'today', KoopLoadListeners>;
      'koop-transparency-feed': KoopElementProps<
        KoopTransparencyFeed,
        Widget | 'types' | 'actor' | 'goal' | 'year' | 'query' | 'pageSize',
        KoopLoadListeners
      >;
      'koop-milestone-timeline': KoopElementProps<
        KoopMilestoneTimeline,
        Widget | 'today' | 'zoom' | 'groupBy' | 'view' | 'selected',
        KoopLoadListeners & { 'onkoop-milestone-select': KoopMilestoneSelectEvent }
      >;
      'koop-role-matrix': KoopElementProps<
        KoopRoleMatrix,
        Widget | 'at' | 'sort' | 'conflictsOnly' | 'pageSize',
        KoopLoadListeners & { 'onkoop-conflict-select': KoopConflictSelectEvent }
      >;
      'koop-partner-map': KoopElementProps<
        KoopPartnerMap,
        | Widget
        | 'layout'
        | 'nodeSize'
        | 'at'
        | 'focusActor'
        | 'depth'
        | 'selected'
        | 'view'
        | 'sectors'
        | 'types',
        KoopLoadListeners & { 'onkoop-actor-select': KoopActorSelectEvent }
      >;
    }
  }
}
