import type { KoopWidget } from '@koop/core';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * What a story looks like once it has settled, as story parameters. Storybook ignores them;
 * the story test (test/stories.test.ts) waits for that state and checks the texts.
 */
export interface SettledState {
  /**
   * `ready`: the document is shown. `loading`: still loading. `error`: an alert says why nothing
   * can be shown. `stale`: the last good document is shown with a notice that a refresh failed.
   */
  state: 'ready' | 'loading' | 'error' | 'stale';
  /** Texts the widgets show once settled; for `error`, inside the alert. */
  shows: string[];
  /**
   * A CSS selector that must also match in the shadow root of at least one widget, for states
   * that only a later event brings about (e.g. `[part="new-badge"]`: a refresh brought a new entry).
   */
  when?: string;
}

export function settled(state: SettledState['state'], ...shows: string[]): { koop: SettledState } {
  return { koop: { state, shows } };
}

/**
 * Settled only once `selector` matches inside a widget as well, e.g.
 * `settledWhen('[part="new-badge"]', 'ready', 'Neu')` for a refresh that brings a new entry.
 */
export function settledWhen(
  selector: string,
  state: SettledState['state'],
  ...shows: string[]
): { koop: SettledState } {
  return { koop: { state, shows, when: selector } };
}

/**
 * Resolves once `check` returns true, or rejects after `timeout` ms. Polls with timers, not
 * animation frames, which a hidden tab (a test page side by side with others) never gets.
 */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The widget `tag` of a story (in its play function), once it shows its document. */
export async function shownWidget<T extends KoopWidget>(
  canvasElement: HTMLElement | undefined,
  tag: string,
): Promise<T> {
  const element = canvasElement!.querySelector<T>(tag)!;
  await until(() => element.document !== undefined, 'the document');
  await element.updateComplete;
  return element;
}

/** The loading state every widget has: a document that never arrives. */
export function loadingStory(file: string) {
  return {
    args: { src: `/mock/never/${file}.json`, timeout: 2_147_483_647 },
    parameters: settled('loading', 'Daten werden geladen'),
  };
}

/** The HTTP 404 state every widget has (the story names itself, so Storybook's index reads it). */
export function notFoundStory(file: string) {
  const src = `/mock/status/404/${file}.json`;
  return { args: { src }, parameters: settled('error', 'HTTP 404', src) };
}

/**
 * The widget inside `<koop-data>` next to a goal tracker: one request for the document, both
 * show it. `widget` renders the story's widget with the `src` it is given (none here). The story
 * names itself, so Storybook's index reads it.
 */
export function withGoalTrackerStory<A extends { src: string }>(
  widget: (args: A, src: string) => TemplateResult,
  ...shows: string[]
) {
  return {
    render: (args: A) =>
      html`<koop-data src=${args.src || nothing}>
        <koop-goal-tracker heading-level="2"></koop-goal-tracker>
        ${widget(args, '')}
      </koop-data>`,
    parameters: settled('ready', ...shows),
  };
}
