// Isolation: a widget with a broken document, an error thrown by the page's own event
// listeners, and a second copy of the kit on the page leave every other widget working.
import { expect, waitUntil } from '@open-wc/testing';
import { clearDocumentCache, type KoopDataElement } from '@koop/core';
import { KoopGoalTracker } from '@koop/goal-tracker';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import type { KoopPartnerMap } from '@koop/partner-map';
import { demoDocument, frame, settle, until, WIDGET_TAGS, type Widget } from './support.js';

const alertOf = (widget: Widget) => widget.shadowRoot!.querySelector('[role="alert"]');

/** Uses one control of each good widget and checks that it answered. */
async function stillInteractive(widgets: Widget[]): Promise<void> {
  for (const widget of widgets) {
    const root = widget.shadowRoot!;
    switch (widget.localName) {
      case 'koop-goal-tracker': {
        const before = root.querySelectorAll('[aria-expanded="true"]').length;
        (widget as KoopGoalTracker).expandAll();
        await widget.updateComplete;
        expect(root.querySelectorAll('[aria-expanded="true"]').length, 'goals expanded').to.be.above(before);
        break;
      }
      case 'koop-transparency-feed': {
        const feed = widget as KoopTransparencyFeed;
        const before = root.querySelectorAll('article, li.entry, [part~="entry"]').length;
        feed.query = 'zzzz-nichts-passt';
        await feed.updateComplete;
        expect(
          root.querySelectorAll('article, li.entry, [part~="entry"]').length,
          'entries filtered',
        ).to.be.below(Math.max(before, 1));
        feed.query = null;
        break;
      }
      case 'koop-milestone-timeline': {
        const timeline = widget as KoopMilestoneTimeline;
        const events: string[] = [];
        timeline.addEventListener('koop-milestone-select', (e) => events.push(e.detail.id ?? ''), {
          once: true,
        });
        timeline.view = 'list';
        await timeline.updateComplete;
        expect(root.querySelector('ol, ul'), 'list view').to.exist;
        timeline.view = null;
        break;
      }
      case 'koop-role-matrix': {
        root.querySelector<HTMLButtonElement>('button.select')!.click();
        await until(() => root.querySelector('.panel'), 'a panel of the role matrix');
        break;
      }
      case 'koop-partner-map': {
        const map = widget as KoopPartnerMap;
        map.selected = widget.document!.actors![0].id;
        await until(() => root.querySelector('[part~="details"]'), 'actor details');
        break;
      }
      case 'koop-cooperation-summary': {
        widget.setAttribute('hide', 'goals');
        await widget.updateComplete;
        expect(root.querySelectorAll('.condition'), 'a line hidden').to.have.length(4);
        widget.removeAttribute('hide');
        break;
      }
    }
  }
}

describe('isolation', function () {
  this.timeout(30_000);
  let container: HTMLElement;
  beforeEach(() => {
    clearDocumentCache();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('a broken document shows its alert and leaves every other widget working', async () => {
    const good = await demoDocument('ko-produktion');
    const broken = [
      (w: Widget) => (w.data = { schemaVersion: '1.0', cooperation: { name: 5 }, goals: 'kaputt' }),
      (w: Widget) => (w.src = '/__koop/html'),
      (w: Widget) => (w.src = '/__koop/truncated'),
      (w: Widget) => (w.data = { ...good, schemaVersion: '9.0' }),
      (w: Widget) => (w.src = '/__koop/status/500'),
      (w: Widget) => (w.src = '/__koop/empty'),
      // An offer without a title (format 1.2).
      (w: Widget) =>
        (w.data = {
          schemaVersion: '1.2',
          cooperation: { name: 'X' },
          actors: [{ id: 'a', name: 'A', offers: [{ id: 'o' }] }],
        }),
    ];
    // A <koop-data> that fails, one that works, and standalone broken and good widgets between.
    const failing = document.createElement('koop-data') as KoopDataElement;
    failing.setAttribute('src', '/__koop/status/404');
    const working = document.createElement('koop-data') as KoopDataElement;
    working.data = good;
    const brokenWidgets: Widget[] = [];
    const goodWidgets: Widget[] = [];
    WIDGET_TAGS.forEach((tag, i) => {
      const inFailing = document.createElement(tag) as Widget;
      const inWorking = document.createElement(tag) as Widget;
      failing.append(inFailing);
      working.append(inWorking);
      const standaloneBroken = document.createElement(tag) as Widget;
      broken[i](standaloneBroken);
      const standaloneGood = document.createElement(tag) as Widget;
      standaloneGood.src = '/demo/data/equal-strategien.json';
      container.append(standaloneBroken, standaloneGood);
      brokenWidgets.push(inFailing, standaloneBroken);
      goodWidgets.push(inWorking, standaloneGood);
    });
    container.prepend(failing, working);
    for (const widget of [...brokenWidgets, ...goodWidgets]) await settle(widget, 10_000);
    for (const widget of brokenWidgets) expect(alertOf(widget), `${widget.localName} broken`).to.exist;
    for (const widget of goodWidgets) {
      expect(alertOf(widget), `${widget.localName} good`).to.equal(null);
      expect(widget.document, widget.localName).to.exist;
    }
    await stillInteractive(goodWidgets);
    // Retrying a broken one does not disturb the others.
    alertOf(brokenWidgets[9])!.querySelector('button')?.click();
    await frame();
    for (const widget of goodWidgets) expect(alertOf(widget)).to.equal(null);
  });

  it('an error thrown by the page’s own listeners is the page’s: every widget still renders', async () => {
    const thrown: string[] = [];
    const saved = window.onerror;
    // The browser reports an exception in an event listener to window.onerror and goes on
    // dispatching; it never reaches the widget that fired the event.
    window.onerror = (message) => {
      thrown.push(String(message));
      return true;
    };
    const throwing = () => {
      // Without a stack trace: the browser logs each of these, and one line each is enough.
      const errors = Error as { stackTraceLimit?: number };
      const limit = errors.stackTraceLimit;
      errors.stackTraceLimit = 0;
      const error = new Error('Fehler im Skript der Seite');
      errors.stackTraceLimit = limit;
      throw error;
    };
    document.addEventListener('koop-load', throwing, { once: true });
    try {
      const good = await demoDocument('equal-strategien');
      const data = document.createElement('koop-data') as KoopDataElement;
      data.addEventListener('koop-load', throwing);
      const widgets: Widget[] = [];
      for (const tag of WIDGET_TAGS) {
        const inside = document.createElement(tag) as Widget;
        data.append(inside);
        const alone = document.createElement(tag) as Widget;
        alone.addEventListener('koop-load', throwing);
        alone.data = good;
        const failing = document.createElement(tag) as Widget;
        failing.addEventListener('koop-error', throwing);
        failing.src = '/__koop/status/404';
        container.append(alone, failing);
        widgets.push(inside, alone, failing);
      }
      data.data = good;
      container.prepend(data);
      for (const widget of widgets) await settle(widget, 10_000);
      expect(widgets.map((w) => (alertOf(w) ? 'error' : 'ready'))).to.deep.equal(
        WIDGET_TAGS.flatMap(() => ['ready', 'ready', 'error']),
      );
      expect(thrown.length, 'listener errors reported to the page').to.be.at.least(WIDGET_TAGS.length * 2);
      expect(thrown.every((m) => m.includes('Fehler im Skript der Seite'))).to.equal(true);
      // And they keep working: a new document is shown.
      const next = structuredClone(good);
      next.cooperation.name = 'Neuer Name nach dem Fehler';
      data.data = next;
      await waitUntil(
        () => widgets[0].document?.cooperation.name === 'Neuer Name nach dem Fehler',
        'new data',
      );
    } finally {
      document.removeEventListener('koop-load', throwing);
      window.onerror = saved;
    }
  });

  it('a second evaluation of the kit’s entry module (another URL) registers nothing twice', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(/* @vite-ignore */ `/packages/kit/src/koop.ts?copy=${Date.now()}`);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('koop-goal-tracker')).to.equal(KoopGoalTracker);
    expect(warnings.length).to.be.at.most(WIDGET_TAGS.length + 1);
  });

  const twoCopies = async (query: string) => {
    const frameElement = document.createElement('iframe');
    frameElement.src = `/test/hardening/two-copies.html${query}`;
    frameElement.style.width = '1000px';
    frameElement.style.height = '800px';
    container.append(frameElement);
    const win = () => frameElement.contentWindow as any;
    await waitUntil(() => win()?.twoCopiesDone, 'page finished', { timeout: 25_000 });
    expect(win().twoCopiesDone.error).to.equal(undefined);
    return { ...win().twoCopiesDone, violations: win().recorded.violations };
  };

  it('two copies of the kit on one page: the first registers, the second warns once per tag', async () => {
    // Under the strict policy with 'allow-duplicates' for lit-html (see STRICT_CSP_DUPLICATES).
    const { secondCopy, warnings, errors, states, violations } = await twoCopies('');
    expect(secondCopy).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    expect(states).to.deep.equal(Array(7).fill('ready'));
    const copies = (warnings as string[]).filter((w) => w.includes('another copy of Koop'));
    expect(copies.length, warnings.join('\n')).to.equal(WIDGET_TAGS.length + 1);
    expect(violations, 'policy violations').to.deep.equal([]);
  });

  it('two copies under a policy without allow-duplicates: the second cannot load, the first works on', async () => {
    const { secondCopy, states, violations } = await twoCopies('?strict');
    expect(secondCopy).to.match(/lit-html/);
    expect(violations.map((v: { directive: string }) => v.directive)).to.include('trusted-types');
    expect(states).to.deep.equal(Array(7).fill('ready'));
  });
});
