// The kit's elements created by React 19: objects reach them as properties, `on<event-name>`
// props become listeners for the kit's `koop-*` events, and unmounting leaves nothing behind.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement as h, StrictMode, useState, version, type JSX, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '@koop/kit/koop.js';
import type {} from '@koop/kit/jsx.js';
import type { KoopDocument, KoopErrorEvent, KoopLoadEvent, KoopWidget } from '@koop/kit';
import { feedDocument } from '../fixtures/entries.js';
import { partnerDocument } from '../fixtures/network-document.js';
import { timelineTestDocument } from '../fixtures/timeline-document.js';
import { rolesDocument } from '../role-matrix/documents.js';
import { demoDocument, shadow } from '../support/helpers.js';
import {
  expectFeedFollowsItsAttributes,
  expectSelectionEventsReach,
  failOnConsoleProblems,
  invalidDocument,
  namesRegion,
  one,
  pressEnterOnActor,
  settle,
  shown,
  showsAlert,
  showsText,
  TAGS,
  WIDGETS,
} from './support.js';

type Widget = KoopWidget & HTMLElement;

interface Mounted<S> {
  container: HTMLElement;
  root: Root;
  /** Replaces the app's state and renders synchronously. */
  set(state: S): void;
}

const mounted: Mounted<unknown>[] = [];

/** Renders `view(state)` in StrictMode (as development setups do) into a fresh container. */
function mount<S>(initial: S, view: (state: S) => ReactNode): Mounted<S> {
  const container = document.createElement('div');
  document.body.append(container);
  const control = { set: (_state: S) => {} };
  function App() {
    const [state, setState] = useState(initial);
    control.set = setState;
    return view(state);
  }
  const root = createRoot(container);
  flushSync(() => root.render(h(StrictMode, null, h(App))));
  const app: Mounted<S> = { container, root, set: (state) => flushSync(() => control.set(state)) };
  mounted.push(app as Mounted<unknown>);
  return app;
}

function unmount(app: Mounted<unknown>): void {
  mounted.splice(mounted.indexOf(app), 1);
  app.root.unmount();
  app.container.remove();
}

describe(`React ${version}`, () => {
  failOnConsoleProblems();
  afterEach(() => [...mounted].forEach(unmount));

  it('runs React 19 (custom element support)', () => {
    expect(Number(version.split('.')[0])).to.be.at.least(19);
  });

  for (const widget of WIDGETS) {
    it(`passes the document to <${widget.tag}> as a property and re-renders when it changes`, async () => {
      const first = widget.document('Apfelbaum');
      const second = widget.document('Birnbaum');
      const app = mount(first, (data) => h(widget.tag, { ...widget.attributes, data }));
      const element = one(widget.tag, app.container) as Widget;
      expect(element.data).to.equal(first);
      expect(element.hasAttribute('data'), 'no [object Object] attribute').to.equal(false);
      await showsText(element, 'Apfelbaum');

      app.set(second);
      expect(one(widget.tag, app.container)).to.equal(element);
      expect(element.data).to.equal(second);
      await showsText(element, 'Birnbaum');
      expect(shown(element)).not.to.contain('Apfelbaum');
    });
  }

  it('sets lang, theme, heading-level and widget attributes such as types and page-size', async () => {
    const data = feedDocument(45);
    const app = mount({ theme: 'dark', pageSize: 2 }, ({ theme, pageSize }) =>
      h('koop-transparency-feed', {
        data,
        lang: 'en',
        theme,
        types: 'decision',
        'page-size': pageSize,
        'heading-level': 3,
      }),
    );
    const feed = one('koop-transparency-feed', app.container) as Widget;
    await expectFeedFollowsItsAttributes(feed, () => app.set({ theme: 'light', pageSize: 3 }));
  });

  for (const tag of TAGS) {
    it(`delivers koop-load and koop-error of <${tag}> to onkoop-load and onkoop-error`, async () => {
      const loads: KoopLoadEvent[] = [];
      const errors: KoopErrorEvent[] = [];
      let camelCase = 0;
      const widget = WIDGETS.find((w) => w.tag === tag) ?? WIDGETS[0];
      const valid = widget.document('Apfelbaum');
      const props = (data: unknown) => ({
        data,
        'onkoop-load': (event: KoopLoadEvent) => loads.push(event),
        'onkoop-error': (event: KoopErrorEvent) => errors.push(event),
        // React 19 takes the event name verbatim after `on`: this listens for "KoopLoad".
        onKoopLoad: () => camelCase++,
      });
      // <koop-data> shows nothing itself: a widget inside it shows the document or the alert.
      const app = mount<unknown>(valid, (data) =>
        tag === 'koop-data'
          ? h('koop-data', props(data), h(widget.tag, widget.attributes))
          : h(tag, { ...widget.attributes, ...props(data) }),
      );
      const element = one(tag, app.container);
      const view = one(widget.tag, app.container);
      await waitUntil(() => loads.length === 1, 'koop-load');
      expect(loads[0].target).to.equal(element);
      expect(loads[0].detail.document).to.equal(valid);
      await showsText(view, 'Apfelbaum');

      app.set(invalidDocument());
      await waitUntil(() => errors.length === 1, 'koop-error');
      expect(errors[0].target).to.equal(element);
      expect(errors[0].detail.kind).to.equal('invalid');
      expect(errors[0].detail.problems.map((p) => p.path)).to.include('actors[0].name');
      const alert = await showsAlert(view);
      expect(alert.textContent).to.contain('actors[0].name');
      await settle();
      expect(loads).to.have.length(1);
      expect(errors).to.have.length(1);
      expect(camelCase, 'onKoopLoad is not a koop-load listener').to.equal(0);
    });
  }

  it('sets the partner map’s ego network through focusActor without touching focus()', async () => {
    // React sets a prop as a property when the element has one; the attribute is focus-actor
    // (not focus), so no prop can replace the element's focus() method.
    const app = mount('amt', (actor) =>
      h('koop-partner-map', {
        data: partnerDocument(),
        focusActor: actor,
      } satisfies JSX.IntrinsicElements['koop-partner-map']),
    );
    const map = one('koop-partner-map', app.container) as HTMLElement & { focusActor: string };
    const names = () =>
      [...shadow(map).querySelectorAll('svg.base g.n')].map((n) => n.getAttribute('aria-label')!);
    await waitUntil(() => names().length === 4, 'the network around amt');
    expect(map.getAttribute('focus-actor')).to.equal('amt');
    expect(map.focus).to.equal(HTMLElement.prototype.focus);
    app.set('verein');
    await waitUntil(() => names().length === 7, 'the network around verein');
    expect(map.getAttribute('focus-actor')).to.equal('verein');
  });

  it('swaps a listener when the handler prop changes', async () => {
    const calls: string[] = [];
    const handler = (name: string) => (event: KoopLoadEvent) =>
      calls.push(`${name}: ${event.detail.document.cooperation.name as string}`);
    const doc = (name: string): KoopDocument => ({ ...feedDocument(3), cooperation: { name } });
    const app = mount({ data: doc('Erste'), onLoad: handler('a') }, ({ data, onLoad }) =>
      h('koop-transparency-feed', { data, 'onkoop-load': onLoad }),
    );
    await waitUntil(() => calls.length === 1);
    app.set({ data: doc('Zweite'), onLoad: handler('b') });
    await waitUntil(() => calls.length === 2);
    await settle();
    expect(calls).to.deep.equal(['a: Erste', 'b: Zweite']);
  });

  it('delivers the widgets’ selection events: koop-actor-select, koop-milestone-select, koop-conflict-select', async () => {
    const selected: string[] = [];
    mount(null, () =>
      h(
        'div',
        null,
        // Typed by @koop/kit/jsx.js: the listeners' events need no annotation.
        h('koop-partner-map', {
          data: partnerDocument(),
          'onkoop-actor-select': (event) => selected.push(`actor ${event.detail.id}`),
        } satisfies JSX.IntrinsicElements['koop-partner-map']),
        h('koop-milestone-timeline', {
          data: timelineTestDocument(),
          today: '2025-06-15',
          'onkoop-milestone-select': (event) => selected.push(`milestone ${event.detail.id}`),
        } satisfies JSX.IntrinsicElements['koop-milestone-timeline']),
        h('koop-role-matrix', {
          data: rolesDocument(),
          at: 'all',
          'onkoop-conflict-select': (event) =>
            selected.push(`conflict ${event.detail.actor}/${event.detail.role}`),
        } satisfies JSX.IntrinsicElements['koop-role-matrix']),
      ),
    );
    await expectSelectionEventsReach(selected);
  });

  it('links the views of a <koop-data>: koop-select reaches React, and a selection prop reaches the widgets', async () => {
    const shared: string[] = [];
    const app = mount('', (selection) =>
      h(
        'koop-data',
        {
          data: partnerDocument(),
          selection: selection || null,
          'onkoop-select': (event) => shared.push(`${event.detail.kind} ${event.detail.id}`),
        } satisfies JSX.IntrinsicElements['koop-data'],
        h('koop-partner-map'),
      ),
    );
    const map = one('koop-partner-map') as HTMLElement & { selected: string | null };
    const name = await pressEnterOnActor(map);
    const id = partnerDocument().actors!.find((a) => a.name === name)!.id;
    await waitUntil(() => shared.length === 1, 'koop-select');
    expect(shared).to.deep.equal([`actor ${id}`]);
    const other = partnerDocument().actors!.find((a) => a.id !== id)!.id;
    app.set(`actor:${other}`);
    await waitUntil(() => map.selected === other, 'the selection React set');
  });

  it('shares the document of a <koop-data> with the widgets React puts inside it', async () => {
    const first = await demoDocument();
    const second: KoopDocument = {
      ...first,
      cooperation: { ...first.cooperation, name: 'Zweiter Stand', shortName: 'Zweiter Stand' },
    };
    const loads: KoopLoadEvent[] = [];
    const app = mount(first, (data) =>
      h(
        'koop-data',
        { data, 'onkoop-load': (event: KoopLoadEvent) => loads.push(event) },
        h('section', null, ...WIDGETS.map((w) => h(w.tag, { key: w.tag, ...w.attributes, lang: 'en' }))),
      ),
    );
    const widgets = WIDGETS.map((w) => one(w.tag, app.container) as Widget);
    await waitUntil(() => widgets.every((w) => w.document === first), 'every widget has the document');
    for (const widget of widgets) await namesRegion(widget, '– DP Strategies for the future');

    app.set(second);
    await waitUntil(() => widgets.every((w) => w.document === second), 'every widget has the new document');
    for (const widget of widgets) await namesRegion(widget, '– Zweiter Stand');
    expect(loads.map((e) => e.detail.document)).to.deep.equal([first, second]);
  });

  it('unmounts without errors and mounts again', async () => {
    const data = await demoDocument();
    const view = () =>
      h(
        'main',
        null,
        ...WIDGETS.map((w) => h(w.tag, { key: w.tag, ...w.attributes, data: w.document('Apfelbaum') })),
        h('koop-data', { key: 'data', data }, h('koop-goal-tracker')),
      );
    const app = mount(null, view);
    const elements = TAGS.map((tag) => [...app.container.querySelectorAll(tag)]).flat();
    // Every widget, the <koop-data> and the goal tracker inside it.
    expect(elements).to.have.length(WIDGETS.length + 2);
    for (const w of WIDGETS) await showsText(one(`main > ${w.tag}`, app.container), 'Apfelbaum');
    // Leave the partner map with a selection and the focus, as a reader might.
    await pressEnterOnActor(app.container.querySelector('main > koop-partner-map')!);

    app.root.unmount();
    expect(app.container.childElementCount).to.equal(0);
    expect(elements.filter((e) => e.isConnected)).to.deep.equal([]);
    for (const tag of TAGS) expect(document.querySelector(tag), tag).to.equal(null);
    await settle();

    app.root = createRoot(app.container);
    flushSync(() => app.root.render(h(StrictMode, null, view())));
    for (const w of WIDGETS) await showsText(one(`main > ${w.tag}`, app.container), 'Apfelbaum');
    const inside = app.container.querySelector<Widget>('koop-data > koop-goal-tracker')!;
    await waitUntil(() => inside.document === data, 'the widget inside <koop-data> has the document');
  });
});
