import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KoopDocument } from '@koop/schema';
import { directoryDocument } from '../fixtures/directory-document.js';
import { goalsDocument } from '../fixtures/documents.js';
import { feedDocument } from '../fixtures/entries.js';
import { partnerDocument } from '../fixtures/network-document.js';
import { timelineTestDocument } from '../fixtures/timeline-document.js';
import { rolesDocument } from '../role-matrix/documents.js';
import { shadow } from '../support/helpers.js';

/** One widget under test: its tag, attributes it needs, and a document with `label` in a visible place. */
export interface WidgetCase {
  tag: string;
  attributes: Record<string, string>;
  document(label: string): KoopDocument;
}

export const WIDGETS: WidgetCase[] = [
  {
    tag: 'koop-goal-tracker',
    attributes: {},
    document: (label) => relabel(goalsDocument(), (d) => (d.goals![0].title = label)),
  },
  {
    tag: 'koop-transparency-feed',
    attributes: {},
    document: (label) => relabel(feedDocument(5), (d) => (d.entries![0].title = label)),
  },
  {
    tag: 'koop-milestone-timeline',
    attributes: { today: '2025-06-15' },
    document: (label) => relabel(timelineTestDocument(), (d) => (d.milestones![0].title = label)),
  },
  {
    tag: 'koop-role-matrix',
    attributes: {},
    document: (label) => relabel(rolesDocument(), (d) => (d.roles![0].name = label)),
  },
  {
    tag: 'koop-partner-map',
    attributes: {},
    document: (label) => relabel(partnerDocument(), (d) => (d.actors![0].name = label)),
  },
  {
    tag: 'koop-cooperation-summary',
    attributes: {},
    document: (label) =>
      relabel(goalsDocument(), (d) => {
        d.cooperation.name = label;
        delete d.cooperation.shortName;
      }),
  },
  {
    tag: 'koop-actor-directory',
    attributes: {},
    document: (label) => relabel(directoryDocument(), (d) => (d.actors![0].name = label)),
  },
];

export const TAGS = ['koop-data', ...WIDGETS.map((w) => w.tag)];

function relabel(document: KoopDocument, change: (document: KoopDocument) => void): KoopDocument {
  change(document);
  return document;
}

/** Invalid in three places; the widgets list each path. */
export function invalidDocument(): unknown {
  return { schemaVersion: '1.0', cooperation: { name: 'X' }, actors: [{ id: 'a' }], entries: 7 };
}

/** What a reader (or a screen reader) gets from a widget: its shadow text and accessible names. */
export function shown(element: Element): string {
  const root = shadow(element);
  const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  return [root.textContent ?? '', ...labels].join(' ').replace(/\s+/g, ' ');
}

/** The name of a widget's region: what it shows and whose (the cooperation's short name). */
export const regionName = (element: Element): string =>
  element.shadowRoot?.querySelector('[part~="base"] > section[aria-label]')?.getAttribute('aria-label') ?? '';

/** Waits until the widget's region is named with `text` (it shows that document, in that language). */
export async function namesRegion(element: Element, text: string): Promise<void> {
  await waitUntil(() => regionName(element).includes(text), `${element.localName}: region ${text}`, {
    timeout: 8000,
  });
}

export async function showsText(element: Element, text: string): Promise<void> {
  await waitUntil(
    () => element.shadowRoot && shown(element).includes(text),
    `${element.localName}: ${text}`,
    {
      timeout: 8000,
    },
  );
}

export async function showsAlert(element: Element): Promise<HTMLElement> {
  await waitUntil(() => shadow(element).querySelector('[role="alert"] li'), `${element.localName}: alert`, {
    timeout: 8000,
  });
  return shadow(element).querySelector<HTMLElement>('[role="alert"]')!;
}

export function one(tag: string, root: ParentNode = document): HTMLElement {
  const found = root.querySelectorAll<HTMLElement>(tag);
  expect(found, tag).to.have.length(1);
  return found[0];
}

/** Selects an actor of the partner map as a keyboard user does: focus a node, press Enter. */
export async function pressEnterOnActor(map: Element): Promise<string> {
  await waitUntil(() => shadow(map).querySelector('svg.base g.n[tabindex="0"]'), 'focusable actor');
  const node = shadow(map).querySelector<SVGGElement>('svg.base g.n[tabindex="0"]')!;
  node.focus();
  await sendKeys({ press: 'Enter' });
  return node.getAttribute('aria-label')!.split(',')[0];
}

/** Clicks a milestone of the timeline, as the timeline's own tests do. */
export async function clickMilestone(timeline: Element, title: string): Promise<void> {
  await showsText(timeline, title);
  const milestone = [...shadow(timeline).querySelectorAll('g.ms[role="button"]')].find((g) =>
    g.getAttribute('aria-label')!.startsWith(title),
  )!;
  milestone.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

/** Waits out what a widget defers (frames, timers) so late errors still land in the test. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Fails a test that logs an error or warning (React and Vue development builds warn through the
 * console) or leaves an uncaught error or unhandled rejection behind.
 */
export function failOnConsoleProblems(): void {
  let problems: string[] = [];
  const original = { error: console.error, warn: console.warn };
  const record = (kind: string) => (event: ErrorEvent | PromiseRejectionEvent) =>
    problems.push(`${kind}: ${'reason' in event ? String(event.reason) : event.message}`);
  const onError = record('uncaught error');
  const onRejection = record('unhandled rejection');
  beforeEach(() => {
    problems = [];
    console.error = (...args: unknown[]) => {
      problems.push(`console.error: ${args.map(String).join(' ')}`);
      original.error(...args);
    };
    console.warn = (...args: unknown[]) => {
      problems.push(`console.warn: ${args.map(String).join(' ')}`);
      original.warn(...args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    await settle();
    Object.assign(console, original);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(problems).to.deep.equal([]);
  });
}

/** The feed's entries as articles. */
const articlesOf = (feed: Element) => [...shadow(feed).querySelectorAll('article')];

/**
 * The feed as both framework tests set it: `lang="en"`, `theme="dark"`, `types="decision"`,
 * `page-size` 2, `heading-level` 3; then, once the test has changed theme to light and page size
 * to 3 (`change`), the feed follows.
 */
export async function expectFeedFollowsItsAttributes(
  feed: HTMLElement,
  change: () => unknown,
): Promise<void> {
  await waitUntil(() => articlesOf(feed).length === 2, 'two entries (page-size)');
  expect(articlesOf(feed).map((a) => a.querySelector('.type')!.textContent!.trim())).to.deep.equal([
    'Decision',
    'Decision',
  ]);
  // In English, named with its cooperation (a first load is not announced).
  expect(regionName(feed)).to.equal('Record of the cooperation – Testkooperation');
  expect(shadow(feed).getElementById('heading')!.getAttribute('aria-level')).to.equal('3');
  expect(feed.getAttribute('theme')).to.equal('dark');
  expect(getComputedStyle(feed).getPropertyValue('--_surface').trim()).to.equal('#16191d');

  await change();
  await waitUntil(() => articlesOf(feed).length === 3, 'three entries (page-size changed)');
  await (feed as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(feed.getAttribute('theme')).to.equal('light');
  expect(getComputedStyle(feed).getPropertyValue('--_surface').trim()).to.equal('#ffffff');
}

/**
 * Selects an actor in the partner map, a milestone in the timeline and a conflict in the role
 * matrix, and checks that the framework's listeners wrote each into `selected`
 * (`actor <id>`, `milestone <id>`, `conflict <actor>/<role>`), in that order.
 */
export async function expectSelectionEventsReach(selected: string[]): Promise<void> {
  const name = await pressEnterOnActor(one('koop-partner-map'));
  const id = partnerDocument().actors!.find((a) => a.name === name)!.id;
  await waitUntil(() => selected.length === 1, 'koop-actor-select');
  expect(selected).to.deep.equal([`actor ${id}`]);

  await clickMilestone(one('koop-milestone-timeline'), 'Kooperationsvertrag unterzeichnet');
  await waitUntil(() => selected.length === 2, 'koop-milestone-select');
  expect(selected[1]).to.equal('milestone m-vertrag');

  const matrix = one('koop-role-matrix');
  await showsText(matrix, 'Protest');
  shadow(matrix).querySelector<HTMLButtonElement>('td button.select')!.click();
  await waitUntil(() => selected.length === 3, 'koop-conflict-select');
  expect(selected[2]).to.match(/^conflict \S+\/\S+$/);
}
