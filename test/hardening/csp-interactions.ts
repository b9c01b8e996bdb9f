// The rest of every widget's interactions, for the strict-CSP page (test/csp/exercise.ts calls
// it after its own round): pointer, wheel and keyboard on the map and the timeline, the map's
// filters and time slider, theme `auto`, the error state with retry and a problems list in
// every widget, and a refresh that fails (stale notice) and then brings a new entry.
import type { KoopPartnerMap } from '@koop/partner-map';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import { settle, WIDGET_TAGS, type Widget } from './support.js';

type Until = (check: () => boolean, what: string) => Promise<void>;

const key = (target: Element, name: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }),
  );
const pointer = (target: Element, type: string, x: number, y: number) =>
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 1,
      isPrimary: true,
      button: 0,
      buttons: type === 'pointerup' ? 0 : 1,
    }),
  );

/** Drags across the middle of `target` and turns the wheel on it. */
function dragAndWheel(target: Element) {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  pointer(target, 'pointerdown', x, y);
  pointer(target, 'pointermove', x + 40, y + 10);
  pointer(target, 'pointermove', x + 80, y + 20);
  pointer(target, 'pointerup', x + 80, y + 20);
  target.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY: -120,
      clientX: x,
      clientY: y,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
  target.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY: 240,
      ctrlKey: true,
      clientX: x,
      clientY: y,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

/** Returns, per part of the round, the state it ended in. */
export async function exerciseEverything(until: Until): Promise<Record<string, string>> {
  const result: Record<string, string> = {};

  for (const map of document.querySelectorAll<KoopPartnerMap>('koop-partner-map')) {
    const root = map.shadowRoot!;
    map.view = 'map';
    map.layout = 'force';
    await until(() => Boolean(root.querySelector('svg.base g.n')), `${map.id}: the map drawn`);
    const svg = root.querySelector('svg.base')!;
    dragAndWheel(svg);
    const node = root.querySelector<SVGElement>('svg.base [tabindex="0"], svg.base g.n');
    node?.focus();
    if (node) for (const name of ['ArrowRight', 'ArrowDown', 'Enter', '+', '-', 'Escape']) key(node, name);
    await map.updateComplete;
    for (const chip of root.querySelectorAll<HTMLButtonElement>('.chip')) {
      chip.click();
      await map.updateComplete;
    }
    for (const chip of root.querySelectorAll<HTMLButtonElement>('.chip[aria-pressed="false"]')) chip.click();
    const range = root.querySelector<HTMLInputElement>('input[type="range"]');
    if (range) {
      range.value = '1';
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await map.updateComplete;
    }
    map.focusActor = map.document!.actors![0].id;
    map.depth = 2;
    map.nodeSize = 'circle';
    map.theme = 'auto';
    await map.updateComplete;
    map.focusActor = null;
    map.at = null;
    await map.updateComplete;
    result[`${map.id}: interactions`] = root.querySelector('svg.base') ? 'ready' : 'other';
  }

  for (const timeline of document.querySelectorAll<KoopMilestoneTimeline>('koop-milestone-timeline')) {
    const root = timeline.shadowRoot!;
    timeline.view = null;
    await until(() => Boolean(root.querySelector('svg.axis')), `${timeline.id}: the axis drawn`);
    const axis = root.querySelector('svg.axis')!;
    dragAndWheel(axis);
    const milestone = root.querySelector<SVGGElement>('g.ms[role="button"]');
    milestone?.focus();
    if (milestone)
      for (const name of ['ArrowRight', 'ArrowLeft', 'End', 'Home', 'Enter', 'Escape']) key(milestone, name);
    timeline.lang = timeline.lang === 'en' ? 'de' : 'en';
    timeline.theme = 'auto';
    timeline.groupBy = 'actor';
    await timeline.updateComplete;
    result[`${timeline.id}: interactions`] = root.querySelector('.timeline') ? 'ready' : 'other';
  }

  for (const tracker of document.querySelectorAll<KoopGoalTracker>('koop-goal-tracker')) {
    if (!tracker.document) continue;
    tracker.goal = tracker.document.goals?.[0]?.id ?? null;
    tracker.headingLevel = 3;
    tracker.theme = 'auto';
    await tracker.updateComplete;
    tracker.goal = null;
    await tracker.updateComplete;
  }

  // The error state of every widget: unreachable (with retry) and invalid (with its problems).
  const errors: Widget[] = [];
  for (const tag of WIDGET_TAGS) {
    const missing = document.createElement(tag) as Widget;
    missing.src = `/__koop/status/404?csp=${tag}`;
    const invalid = document.createElement(tag) as Widget;
    invalid.data = { schemaVersion: '1.0', cooperation: { name: 5 }, goals: 'kaputt' };
    invalid.lang = 'en';
    document.body.append(missing, invalid);
    errors.push(missing, invalid);
  }
  for (const widget of errors) await settle(widget);
  for (const widget of errors) {
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    result[`${widget.localName} ${widget.src ? 'missing' : 'invalid'}`] = widget.shadowRoot!.querySelector(
      '[role="alert"]',
    )
      ? 'error'
      : 'other';
  }
  await until(() => errors.every((w) => w.shadowRoot!.querySelector('[role="alert"]')), 'errors after retry');

  // A refresh that fails (the last good data stays, with a notice), then brings a new entry.
  const feed = document.createElement('koop-transparency-feed') as KoopTransparencyFeed;
  feed.id = 'refreshing';
  feed.src = `/__koop/sequence/csp-${Date.now()}?steps=ok,500,added`;
  document.body.append(feed);
  await until(() => Boolean(feed.document), 'refreshing feed');
  feed.reload();
  await until(() => Boolean(feed.shadowRoot!.querySelector('[part="stale-notice"]')), 'stale notice');
  result['refresh failed'] = feed.document ? 'stale' : 'other';
  feed.reload();
  await until(() => feed.document?.entries?.[0]?.id === 'neu-eingetroffen', 'new entry');
  await feed.updateComplete;
  result['refresh added'] = feed.shadowRoot!.querySelector('[part="stale-notice"]') ? 'other' : 'ready';
  return result;
}
