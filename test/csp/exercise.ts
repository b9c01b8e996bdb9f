// Renders every widget state on the strict-CSP page and uses every control, then reports.
import '@koop/kit/koop.js';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import type { KoopRoleMatrix } from '@koop/role-matrix';
import type { KoopPartnerMap } from '@koop/partner-map';
import type { KoopCooperationSummary } from '@koop/cooperation-summary';
import type { KoopActorDirectory } from '@koop/actor-directory';
import { exerciseRoleMatrices } from '../role-matrix/csp-exercise.js';
import { exerciseEverything } from '../hardening/csp-interactions.js';

declare global {
  interface Window {
    cspViolations: unknown[];
    cspDone?: { violations: unknown[]; rendered: Record<string, string>; more?: Record<string, string> };
  }
}

const until = async (check: () => boolean, what: string) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

async function exercise() {
  const trackers = [...document.querySelectorAll<KoopGoalTracker>('koop-goal-tracker')];
  await until(
    () => trackers.every((t) => t.shadowRoot?.querySelector('[role="alert"], .tracker')),
    'all widgets',
  );
  for (const tracker of trackers) {
    const root = tracker.shadowRoot!;
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.toggle')) {
      button.click();
      await tracker.updateComplete;
    }
    tracker.expandAll();
    await tracker.updateComplete;
    for (const button of root.querySelectorAll<HTMLButtonElement>('.table-toggle, .more')) {
      button.click();
      await tracker.updateComplete;
    }
    root.querySelector<HTMLDetailsElement>('details')?.setAttribute('open', '');
    tracker.theme = tracker.theme === 'dark' ? 'light' : 'dark';
    tracker.lang = tracker.lang === 'en' ? 'de' : 'en';
    await tracker.updateComplete;
    tracker.collapseAll();
    await tracker.updateComplete;
  }
  const feeds = [...document.querySelectorAll<KoopTransparencyFeed>('koop-transparency-feed')];
  await until(() => feeds.every((f) => f.shadowRoot?.querySelector('.feed')), 'feeds');
  for (const feed of feeds) {
    const root = feed.shadowRoot!;
    root.querySelector<HTMLInputElement>('.types input')?.click();
    await feed.updateComplete;
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'a';
    search.dispatchEvent(new Event('input'));
    await feed.updateComplete;
    for (const select of root.querySelectorAll<HTMLSelectElement>('select')) {
      select.selectedIndex = select.options.length - 1;
      select.dispatchEvent(new Event('change'));
      await feed.updateComplete;
    }
    feed.resetFilters();
    await feed.updateComplete;
    root.querySelector<HTMLButtonElement>('.more')?.click();
    await feed.updateComplete;
    root.querySelector<HTMLAnchorElement>('a.permalink')?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const format of ['json', 'atom', 'ics'] as const) await feed.exportAs(format);
    // Real downloads (blob: links) are started too; the page stays.
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {};
    for (const button of root.querySelectorAll<HTMLButtonElement>('.downloads button')) button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    HTMLAnchorElement.prototype.click = originalClick;
    feed.lang = feed.lang === 'en' ? 'de' : 'en';
    await feed.updateComplete;
  }
  const timelines = [...document.querySelectorAll<KoopMilestoneTimeline>('koop-milestone-timeline')];
  await until(() => timelines.every((t) => t.shadowRoot?.querySelector('.timeline')), 'timelines');
  for (const timeline of timelines) {
    const root = timeline.shadowRoot!;
    for (const button of root.querySelectorAll<HTMLButtonElement>('.controls button')) {
      button.click();
      await timeline.updateComplete;
    }
    root
      .querySelector<SVGGElement>('g.ms[role="button"]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await timeline.updateComplete;
    timeline.groupBy = 'phase';
    timeline.zoom = 'months';
    await timeline.updateComplete;
    root
      .querySelector('svg.axis')
      ?.dispatchEvent(new WheelEvent('wheel', { deltaX: 200, bubbles: true, cancelable: true }));
    await timeline.updateComplete;
    timeline.view = 'list';
    await timeline.updateComplete;
    timeline.view = null;
    await timeline.updateComplete;
  }
  await exerciseRoleMatrices(until);
  const maps = [...document.querySelectorAll<KoopPartnerMap>('koop-partner-map')];
  await until(() => maps.every((m) => m.shadowRoot?.querySelector('svg.base')), 'maps');
  for (const map of maps) {
    const root = map.shadowRoot!;
    root
      .querySelector('svg.base g.n')
      ?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    map.selected = map.document!.actors![0].id;
    await map.updateComplete;
    for (const layout of ['sectors', 'geo', 'force'] as const) {
      map.layout = layout;
      await map.updateComplete;
    }
    map.at = '2004';
    await map.updateComplete;
    map.view = 'list';
    await map.updateComplete;
    map.view = 'map';
    await map.updateComplete;
    map.lang = map.lang === 'en' ? 'de' : 'en';
    map.theme = map.theme === 'dark' ? 'light' : 'dark';
    await map.updateComplete;
    await map.exportAs('svg');
    await map.exportAs('png');
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {};
    for (const button of root.querySelectorAll<HTMLButtonElement>('.toolbar button')) {
      button.click();
      await map.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    HTMLAnchorElement.prototype.click = originalClick;
  }
  const directories = [...document.querySelectorAll<KoopActorDirectory>('koop-actor-directory')];
  await until(() => directories.every((d) => d.shadowRoot?.querySelector('.directory')), 'directories');
  for (const directory of directories) {
    const root = directory.shadowRoot!;
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'e';
    search.dispatchEvent(new Event('input'));
    await directory.updateComplete;
    for (const select of root.querySelectorAll<HTMLSelectElement>('select')) {
      select.selectedIndex = select.options.length - 1;
      select.dispatchEvent(new Event('change'));
      await directory.updateComplete;
    }
    root.querySelector<HTMLInputElement>('.check input')?.click();
    await directory.updateComplete;
    directory.resetFilters();
    await directory.updateComplete;
    for (const selector of ['.views button', '.az button:last-child', '.toggle', '.more']) {
      root.querySelector<HTMLButtonElement>(selector)?.click();
      await directory.updateComplete;
    }
    root.querySelector<HTMLDetailsElement>('details.planning')?.setAttribute('open', '');
    await directory.exportCsv();
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {};
    root.querySelector<HTMLButtonElement>('.downloads button')?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    HTMLAnchorElement.prototype.click = originalClick;
    directory.lang = directory.lang === 'en' ? 'de' : 'en';
    await directory.updateComplete;
  }
  const matrices = [...document.querySelectorAll<KoopRoleMatrix>('koop-role-matrix')];
  const summaries = [...document.querySelectorAll<KoopCooperationSummary>('koop-cooperation-summary')];
  await until(() => summaries.every((s) => s.shadowRoot?.querySelector('.summary')), 'summaries');
  for (const summary of summaries) {
    for (const change of [
      () => (summary.layout = summary.layout === 'row' ? 'column' : 'row'),
      () => (summary.hide = 'communication backbone'),
      () => (summary.today = '2026-10-01'),
      () => (summary.lang = summary.lang === 'en' ? 'de' : 'en'),
      () => (summary.theme = summary.theme === 'dark' ? 'light' : 'dark'),
    ]) {
      change();
      await summary.updateComplete;
    }
    summary.hide = null;
    await summary.updateComplete;
  }
  const missing = document.getElementById('missing') as KoopGoalTracker;
  missing.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
  const shared = document.getElementById('shared') as KoopGoalTracker;
  shared.data = {
    schemaVersion: '1.0',
    cooperation: { name: 'Neu' },
    goals: [{ id: 'a', title: 'A', status: 'achieved' }],
  };
  await shared.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const rendered = Object.fromEntries(
    [...trackers, ...feeds, ...timelines, ...matrices, ...maps, ...directories, ...summaries].map((t) => [
      t.id,
      t.shadowRoot!.querySelector('[role="alert"]')
        ? 'error'
        : t.shadowRoot!.querySelector(
              '.tracker, .feed, .timeline, .matrix, svg.base, .list, .directory, .summary',
            )
          ? 'ready'
          : 'other',
    ]),
  );
  const more = await exerciseEverything(until);
  window.cspDone = { violations: window.cspViolations, rendered, more };
}

exercise().catch((error) => {
  window.cspDone = { violations: [...window.cspViolations, { error: String(error) }], rendered: {} };
});
