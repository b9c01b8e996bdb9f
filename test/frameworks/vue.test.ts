// The kit's elements created by Vue 3: templates as written in single-file components (compiled
// here at runtime by the same compiler) and render functions. Objects reach the elements as
// properties, `@koop-*` listeners receive the kit's events, and unmounting leaves nothing behind.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, nextTick, ref, shallowRef, version, type App, type Ref } from 'vue';
import '@koop/kit/koop.js';
import type {
  KoopActorSelectEvent,
  KoopConflictSelectEvent,
  KoopDocument,
  KoopErrorEvent,
  KoopLoadEvent,
  KoopMilestoneSelectEvent,
  KoopWidget,
} from '@koop/kit';
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
  shown,
  showsAlert,
  showsText,
  TAGS,
  WIDGETS,
} from './support.js';

type Widget = KoopWidget & HTMLElement;
type Component = Parameters<typeof createApp>[0];

interface Mounted {
  container: HTMLElement;
  app: App;
}

const mounted: Mounted[] = [];

/** Mounts a root component the way an app does, with the kit's tags declared custom elements. */
function mount(component: Component, container: HTMLElement = document.createElement('div')): Mounted {
  if (!container.isConnected) document.body.append(container);
  const app = createApp(component);
  // What `compilerOptions.isCustomElement` in the Vite plugin does for single-file components.
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('koop-');
  app.mount(container);
  const result = { container, app };
  mounted.push(result);
  return result;
}

function unmount(result: Mounted): void {
  mounted.splice(mounted.indexOf(result), 1);
  result.app.unmount();
  result.container.remove();
}

/** Attributes as template markup (static values only: `name="value"`). */
const markup = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');

describe(`Vue ${version}`, () => {
  failOnConsoleProblems();
  afterEach(() => [...mounted].forEach(unmount));

  it('runs Vue 3', () => {
    expect(version.split('.')[0]).to.equal('3');
  });

  for (const widget of WIDGETS) {
    it(`passes the document to <${widget.tag}> as a property (:data) and re-renders when it changes`, async () => {
      const first = widget.document('Apfelbaum');
      const second = widget.document('Birnbaum');
      const doc = shallowRef<KoopDocument>(first);
      const { container } = mount({
        template: `<${widget.tag} :data="doc" ${markup(widget.attributes)}></${widget.tag}>`,
        setup: () => ({ doc }),
      });
      const element = one(widget.tag, container) as Widget;
      expect(element.data).to.equal(first);
      expect(element.hasAttribute('data'), 'no [object Object] attribute').to.equal(false);
      await showsText(element, 'Apfelbaum');

      doc.value = second;
      await nextTick();
      expect(one(widget.tag, container)).to.equal(element);
      expect(element.data).to.equal(second);
      await showsText(element, 'Birnbaum');
      expect(shown(element)).not.to.contain('Apfelbaum');
    });
  }

  it('passes the document with the .prop modifier and from a render function too', async () => {
    const data = WIDGETS[0].document('Apfelbaum');
    const fromTemplate = mount({
      template: `<koop-goal-tracker :data.prop="data"></koop-goal-tracker>`,
      setup: () => ({ data }),
    });
    const fromRender = mount({ render: () => h('koop-goal-tracker', { data }) });
    for (const { container } of [fromTemplate, fromRender]) {
      const element = one('koop-goal-tracker', container) as Widget;
      expect(element.data).to.equal(data);
      await showsText(element, 'Apfelbaum');
    }
  });

  it('renders a deeply reactive document (ref) and a replaced one', async () => {
    const doc = ref(WIDGETS[0].document('Apfelbaum'));
    const { container } = mount({
      template: `<koop-goal-tracker :data="doc"></koop-goal-tracker>`,
      setup: () => ({ doc }),
    });
    const element = one('koop-goal-tracker', container) as Widget;
    await showsText(element, 'Apfelbaum');
    doc.value = WIDGETS[0].document('Birnbaum');
    await nextTick();
    await showsText(element, 'Birnbaum');
  });

  it('sets lang, theme, heading-level and widget attributes such as types and page-size', async () => {
    const theme = ref('dark');
    const pageSize = ref(2);
    const { container } = mount({
      template: `<koop-transparency-feed :data="data" lang="en" :theme="theme" types="decision"
        :page-size="pageSize" heading-level="3"></koop-transparency-feed>`,
      setup: () => ({ data: feedDocument(45), theme, pageSize }),
    });
    const feed = one('koop-transparency-feed', container) as Widget;
    await expectFeedFollowsItsAttributes(feed, async () => {
      theme.value = 'light';
      pageSize.value = 3;
      await nextTick();
    });
  });

  for (const tag of TAGS) {
    it(`delivers koop-load and koop-error of <${tag}> to @koop-load and @koop-error`, async () => {
      const loads: KoopLoadEvent[] = [];
      const errors: KoopErrorEvent[] = [];
      const widget = WIDGETS.find((w) => w.tag === tag) ?? WIDGETS[0];
      const valid = widget.document('Apfelbaum');
      const doc: Ref<unknown> = shallowRef(valid);
      const listeners = `:data="doc" @koop-load="loads.push($event)" @koop-error="errors.push($event)"`;
      // <koop-data> shows nothing itself: a widget inside it shows the document or the alert.
      const template =
        tag === 'koop-data'
          ? `<koop-data ${listeners}><${widget.tag}></${widget.tag}></koop-data>`
          : `<${tag} ${listeners} ${markup(widget.attributes)}></${tag}>`;
      const { container } = mount({ template, setup: () => ({ doc, loads, errors }) });
      const element = one(tag, container);
      const view = one(widget.tag, container);
      await waitUntil(() => loads.length === 1, 'koop-load');
      expect(loads[0].target).to.equal(element);
      expect(loads[0].detail.document).to.equal(valid);
      await showsText(view, 'Apfelbaum');

      doc.value = invalidDocument();
      await waitUntil(() => errors.length === 1, 'koop-error');
      expect(errors[0].target).to.equal(element);
      expect(errors[0].detail.kind).to.equal('invalid');
      expect(errors[0].detail.problems.map((p) => p.path)).to.include('actors[0].name');
      const alert = await showsAlert(view);
      expect(alert.textContent).to.contain('actors[0].name');
      expect(loads).to.have.length(1);
      expect(errors).to.have.length(1);
    });
  }

  it('sets the partner map’s focus attribute with .attr (focus is HTMLElement.focus)', async () => {
    // The attribute is focus-actor, not focus: a binding named `focus` would replace the
    // element's focus() method in every framework that prefers properties.
    const actor = ref('amt');
    const { container } = mount({
      template: `<koop-partner-map :data="data" :focus-actor="actor"></koop-partner-map>`,
      setup: () => ({ data: partnerDocument(), actor }),
    });
    const map = one('koop-partner-map', container);
    const names = () =>
      [...shadow(map).querySelectorAll('svg.base g.n')].map((n) => n.getAttribute('aria-label')!);
    await waitUntil(() => names().length === 4, 'the network around amt');
    expect(map.focus).to.equal(HTMLElement.prototype.focus);
    actor.value = 'verein';
    await waitUntil(() => names().length === 7, 'the network around verein');
    expect(map.getAttribute('focus-actor')).to.equal('verein');
  });

  it('maps onKoopLoad and onKoopError of a render function to koop-load and koop-error', async () => {
    const events: string[] = [];
    const doc: Ref<unknown> = shallowRef(feedDocument(3));
    mount({
      render: () =>
        h('koop-transparency-feed', {
          data: doc.value,
          onKoopLoad: (event: KoopLoadEvent) =>
            events.push(`${event.type} ${event.detail.document.updatedAt}`),
          onKoopError: (event: KoopErrorEvent) => events.push(`${event.type} ${event.detail.kind}`),
        }),
    });
    await waitUntil(() => events.length === 1, 'koop-load');
    doc.value = invalidDocument();
    await waitUntil(() => events.length === 2, 'koop-error');
    expect(events).to.deep.equal(['koop-load 2026-06-30', 'koop-error invalid']);
  });

  it('delivers the widgets’ selection events: koop-actor-select, koop-milestone-select, koop-conflict-select', async () => {
    const selected: string[] = [];
    mount({
      template: `<div>
        <koop-partner-map :data="network" @koop-actor-select="actor"></koop-partner-map>
        <koop-milestone-timeline :data="timeline" today="2025-06-15" @koop-milestone-select="milestone">
        </koop-milestone-timeline>
        <koop-role-matrix :data="roles" at="all" @koop-conflict-select="conflict"></koop-role-matrix>
      </div>`,
      setup: () => ({
        network: partnerDocument(),
        timeline: timelineTestDocument(),
        roles: rolesDocument(),
        actor: (event: KoopActorSelectEvent) => selected.push(`actor ${event.detail.id}`),
        milestone: (event: KoopMilestoneSelectEvent) => selected.push(`milestone ${event.detail.id}`),
        conflict: (event: KoopConflictSelectEvent) =>
          selected.push(`conflict ${event.detail.actor}/${event.detail.role}`),
      }),
    });
    await expectSelectionEventsReach(selected);
  });

  it('shares the document of a <koop-data> with the widgets Vue puts inside it', async () => {
    const first = await demoDocument();
    const second: KoopDocument = {
      ...first,
      cooperation: { ...first.cooperation, name: 'Zweiter Stand', shortName: 'Zweiter Stand' },
    };
    const doc = shallowRef(first);
    const loads: KoopLoadEvent[] = [];
    const children = WIDGETS.map((w) => `<${w.tag} lang="en" ${markup(w.attributes)}></${w.tag}>`).join('');
    const { container } = mount({
      template: `<koop-data :data="doc" @koop-load="loads.push($event)"><section>${children}</section></koop-data>`,
      setup: () => ({ doc, loads }),
    });
    const widgets = WIDGETS.map((w) => one(w.tag, container) as Widget);
    await waitUntil(() => widgets.every((w) => w.document === first), 'every widget has the document');
    for (const widget of widgets) await namesRegion(widget, '– DP Strategies for the future');

    doc.value = second;
    await waitUntil(() => widgets.every((w) => w.document === second), 'every widget has the new document');
    for (const widget of widgets) await namesRegion(widget, '– Zweiter Stand');
    expect(loads.map((e) => e.detail.document)).to.deep.equal([first, second]);
  });

  it('unmounts without errors and mounts again', async () => {
    const data = await demoDocument();
    const component: Component = {
      render: () =>
        h('main', null, [
          ...WIDGETS.map((w) => h(w.tag, { ...w.attributes, data: w.document('Apfelbaum') })),
          h('koop-data', { data }, [h('koop-goal-tracker')]),
        ]),
    };
    const first = mount(component);
    const { container } = first;
    const elements = TAGS.map((tag) => [...container.querySelectorAll(tag)]).flat();
    // Every widget, the <koop-data> and the goal tracker inside it.
    expect(elements).to.have.length(WIDGETS.length + 2);
    for (const w of WIDGETS) await showsText(one(`main > ${w.tag}`, container), 'Apfelbaum');
    // Leave the partner map with a selection and the focus, as a reader might.
    await pressEnterOnActor(container.querySelector('main > koop-partner-map')!);

    first.app.unmount();
    mounted.splice(mounted.indexOf(first), 1);
    expect(container.childElementCount).to.equal(0);
    expect(elements.filter((e) => e.isConnected)).to.deep.equal([]);
    for (const tag of TAGS) expect(document.querySelector(tag), tag).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));

    mount(component, container);
    for (const w of WIDGETS) await showsText(one(`main > ${w.tag}`, container), 'Apfelbaum');
    const inside = container.querySelector<Widget>('koop-data > koop-goal-tracker')!;
    await waitUntil(() => inside.document === data, 'the widget inside <koop-data> has the document');
  });
});
