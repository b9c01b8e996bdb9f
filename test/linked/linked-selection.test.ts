import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/core/koop-data.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import '@koop/milestone-timeline/koop-milestone-timeline.js';
import '@koop/partner-map/koop-partner-map.js';
import '@koop/role-matrix/koop-role-matrix.js';
import '@koop/transparency-feed/koop-transparency-feed.js';
import type { KoopDataElement, KoopSelectDetail } from '@koop/core';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import type { KoopPartnerMap } from '@koop/partner-map';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopDocument } from '@koop/schema';

const DEMO = '/demo/data/equal-strategien.json';
let demo: KoopDocument;

before(async () => {
  demo = (await (await fetch(DEMO)).json()) as KoopDocument;
});

type Name = 'map' | 'matrix' | 'tracker' | 'timeline' | 'feed';
const TAGS: Record<Name, string> = {
  map: 'koop-partner-map',
  matrix: 'koop-role-matrix',
  tracker: 'koop-goal-tracker',
  timeline: 'koop-milestone-timeline',
  feed: 'koop-transparency-feed',
};
const NAMES = Object.keys(TAGS) as Name[];

interface Linked {
  data: KoopDataElement;
  widgets: Record<Name, HTMLElement & { updateComplete: Promise<unknown> }>;
  events: KoopSelectDetail[];
}

const root = (element: Element) => element.shadowRoot!;
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (element: Element) =>
  text(root(element).querySelector('[part~="linked-status"] .linked-text'));
/** What the live region of the linked status line says (only one widget speaks). */
const spoken = (element: Element) =>
  text(root(element).querySelector('[part~="linked-status"] [role="status"]'));
const clearButton = (element: Element) =>
  root(element).querySelector<HTMLButtonElement>('[part~="linked-status"] button');

async function settle(linked: Linked): Promise<void> {
  await linked.data.updateComplete;
  for (let i = 0; i < 2; i++) await Promise.all(Object.values(linked.widgets).map((w) => w.updateComplete));
}

async function linkedViews(attributes = ''): Promise<Linked> {
  const data = await fixture<KoopDataElement>(
    html`<koop-data .data=${structuredClone(demo)} lang="de">
      <koop-partner-map></koop-partner-map>
      <koop-role-matrix></koop-role-matrix>
      <koop-goal-tracker></koop-goal-tracker>
      <koop-milestone-timeline today="2004-01-01" zoom="years"></koop-milestone-timeline>
      <koop-transparency-feed page-size="100"></koop-transparency-feed>
    </koop-data>`,
  );
  if (attributes) data.setAttribute('selection', attributes);
  const widgets = Object.fromEntries(
    NAMES.map((name) => [name, data.querySelector(TAGS[name])!]),
  ) as Linked['widgets'];
  const events: KoopSelectDetail[] = [];
  data.addEventListener('koop-select', (event) => events.push(event.detail));
  await waitUntil(
    () => NAMES.every((name) => root(widgets[name])?.querySelector('[part~="linked-status"]')),
    'every widget linked',
    { timeout: 10_000 },
  );
  const linked = { data, widgets, events };
  await settle(linked);
  return linked;
}

const actorName = (id: string) => {
  const actor = demo.actors!.find((a) => a.id === id)!;
  return (actor.shortName ?? actor.name) as string;
};
const title = (list: 'goals' | 'milestones', id: string) => {
  const value = demo[list]!.find((item) => item.id === id)!.title;
  return typeof value === 'string' ? value : (value as Record<string, string>).de;
};

/**
 * The test's own account of the links in the demo document (not the kit's `linkedItems`): an
 * actor's goals (as owner) and milestones, a goal's owners and milestones, a milestone's actors
 * and goals.
 */
function links(kind: 'actor' | 'goal' | 'milestone', id: string) {
  const goals = demo.goals!;
  const milestones = demo.milestones!;
  if (kind === 'actor')
    return {
      actors: [id],
      goals: goals.filter((g) => g.owners?.includes(id)).map((g) => g.id),
      milestones: milestones.filter((m) => m.actors?.includes(id)).map((m) => m.id),
    };
  if (kind === 'goal')
    return {
      actors: goals.find((g) => g.id === id)!.owners ?? [],
      goals: [id],
      milestones: milestones.filter((m) => m.goals?.includes(id)).map((m) => m.id),
    };
  const milestone = milestones.find((m) => m.id === id)!;
  return { actors: milestone.actors ?? [], goals: milestone.goals ?? [], milestones: [id] };
}

/** What every widget but the source shows for a selection. */
async function expectLinked(linked: Linked, kind: 'actor' | 'goal' | 'milestone', id: string, source: Name) {
  await settle(linked);
  const { widgets } = linked;
  const items = links(kind, id);
  const label = { actor: 'Akteur', goal: 'Ziel', milestone: 'Meilenstein' }[kind];
  const name = kind === 'actor' ? actorName(id) : title(`${kind}s`, id);
  for (const other of NAMES) {
    if (other === source) expect(status(widgets[other]), other).to.equal('');
    else expect(status(widgets[other]), other).to.equal(`Verknüpfte Auswahl: ${label} „${name}“`);
  }
  // A screen reader hears it once, from the first widget that is not the source.
  const speaking = NAMES.filter((other) => spoken(widgets[other]));
  expect(speaking).to.deep.equal([NAMES.find((other) => other !== source)]);
  expect(spoken(widgets[speaking[0]!])).to.equal(`Verknüpfte Auswahl: ${label} „${name}“`);
  expect(linked.data.selection).to.equal(`${kind}:${id}`);

  // Partner map: the actor selected, or the goal's / milestone's actors ringed.
  if (source !== 'map') {
    const map = widgets.map as KoopPartnerMap;
    if (kind === 'actor') expect(map.selected).to.equal(id);
    else {
      expect(map.selected).to.equal(null);
      const ring = root(map).querySelector('svg.overlay .linked-ring')!;
      expect(ring.getAttribute('d')!.match(/M/g)).to.have.length(items.actors.length);
    }
  }
  // Role matrix: the rows of the linked actors (and only they), framed and marked with text.
  if (source !== 'matrix') {
    const names = items.actors.map(actorName);
    const rows = [...root(widgets.matrix).querySelectorAll('tbody tr.nav')];
    const linkedRows = rows.filter((row) => names.includes(text(row.querySelector('th .name'))));
    expect(linkedRows.length).to.be.greaterThan(0);
    for (const row of rows) {
      const linkedRow = linkedRows.includes(row);
      expect(row.classList.contains('linked'), text(row.querySelector('th .name'))).to.equal(linkedRow);
      expect(text(row.querySelector('.linked-mark'))).to.equal(linkedRow ? 'Verknüpft' : '');
    }
  }
  // Goal tracker: the linked goals in view, marked "Verknüpft".
  if (source !== 'tracker') {
    const goals = [...root(widgets.tracker).querySelectorAll('li.goal.linked')];
    expect(goals.map((li) => text(li.querySelector('.title'))).sort()).to.deep.equal(
      items.goals.map((g) => title('goals', g)).sort(),
    );
    for (const li of goals)
      expect(text(li.querySelector(':scope > .meta > .linked-mark'))).to.equal('Verknüpft');
  }
  // Timeline: the milestone selected, or the linked milestones ringed and named "Verknüpft".
  if (source !== 'timeline') {
    const timeline = widgets.timeline as KoopMilestoneTimeline;
    expect(timeline.selected).to.equal(kind === 'milestone' ? id : null);
    const titles = items.milestones.map((m) => title('milestones', m));
    const drawn = [...root(timeline).querySelectorAll('g.ms[role="button"]')];
    const expected = drawn.filter((g) =>
      titles.some((t) => g.getAttribute('aria-label')!.startsWith(`${t}.`)),
    );
    expect(expected.length).to.be.greaterThan(0);
    for (const g of drawn) {
      const linkedMilestone = expected.includes(g);
      expect(g.classList.contains('linked'), g.getAttribute('aria-label')!).to.equal(linkedMilestone);
      expect(g.getAttribute('aria-label')!.endsWith(', Verknüpft')).to.equal(linkedMilestone);
    }
  }
  // Feed: only the entries that name the selection.
  const feed = widgets.feed as KoopTransparencyFeed;
  const list = `${kind}s` as 'actors' | 'goals' | 'milestones';
  const expected = demo.entries!.filter(
    (e) => e[list]?.includes(id) || (kind === 'actor' && e.how?.body === id),
  ).length;
  expect(expected).to.be.greaterThan(0);
  expect(feed.filteredEntries).to.have.length(expected);
  expect(root(feed).querySelectorAll('article')).to.have.length(expected);
}

async function expectCleared(linked: Linked) {
  await settle(linked);
  const { widgets } = linked;
  expect(linked.data.selection).to.equal(null);
  expect(linked.data.hasAttribute('selection')).to.equal(false);
  for (const name of NAMES) {
    expect(status(widgets[name]), name).to.equal('');
    expect(clearButton(widgets[name]), name).to.equal(null);
    expect(root(widgets[name]).querySelector('.linked, .linked-mark, .linked-ring'), name).to.equal(null);
  }
  expect((widgets.map as KoopPartnerMap).selected).to.equal(null);
  expect((widgets.timeline as KoopMilestoneTimeline).selected).to.equal(null);
  expect(root(widgets.tracker).querySelector('.link-toggle[aria-pressed="true"]')).to.equal(null);
  expect((widgets.feed as KoopTransparencyFeed).filteredEntries).to.have.length(demo.entries!.length);
}

/** Presses Enter on a focused element and checks that focus stayed where it was. */
async function pressOn(element: HTMLElement | SVGElement, key = 'Enter') {
  element.focus();
  await sendKeys({ press: key });
}

function mapNode(map: Element, id: string): SVGGElement {
  const name = actorName(id);
  return [...root(map).querySelectorAll<SVGGElement>('svg.base g.n')].find((n) =>
    n.getAttribute('aria-label')!.startsWith(`${name},`),
  )!;
}

function matrixButton(matrix: Element, id: string): HTMLButtonElement {
  return [...root(matrix).querySelectorAll<HTMLButtonElement>('th button.select')].find(
    (b) => text(b.querySelector('.name')) === actorName(id),
  )!;
}

function goalToggle(tracker: Element, id: string): HTMLButtonElement {
  return [...root(tracker).querySelectorAll<HTMLButtonElement>('.link-toggle')].find((b) =>
    b.closest('li')!.querySelector('.title')!.textContent!.includes(title('goals', id)),
  )!;
}

function milestoneNode(timeline: Element, id: string): SVGGElement {
  return [...root(timeline).querySelectorAll<SVGGElement>('g.ms[role="button"]')].find((g) =>
    g.getAttribute('aria-label')!.startsWith(title('milestones', id)),
  )!;
}

describe('linked views in <koop-data>', () => {
  it('(the test oracle: links in the demo document)', () => {
    expect(links('actor', 'inpuncto').goals).to.deep.equal(['o-erfolgsfaktoren', 'o-kooperationskultur']);
    expect(links('goal', 'o-mainstreaming').actors).to.deep.equal(['faf', 'lvr', 'lwl']);
    expect(links('milestone', 'm-fachtagung').goals).to.deep.equal(['o-mainstreaming']);
  });

  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('an actor selected in the partner map (keyboard) shows in the other four widgets', async () => {
    const linked = await linkedViews();
    const node = mapNode(linked.widgets.map, 'inpuncto');
    await pressOn(node);
    await settle(linked);
    expect(linked.events).to.deep.equal([{ kind: 'actor', id: 'inpuncto', source: linked.widgets.map }]);
    await expectLinked(linked, 'actor', 'inpuncto', 'map');
    // No focus stealing: the map's node keeps focus.
    expect(document.activeElement).to.equal(linked.widgets.map);
    expect(root(linked.widgets.map).activeElement).to.equal(node);
    await expect(linked.widgets.matrix).to.be.accessible();
    await expect(linked.widgets.tracker).to.be.accessible();
  });

  it('an actor selected in the role matrix (a conflict row) shows in the others; closing clears', async () => {
    const linked = await linkedViews();
    const button = matrixButton(linked.widgets.matrix, 'ia-westfalen');
    await pressOn(button);
    await settle(linked);
    expect(linked.events.at(-1)).to.deep.equal({
      kind: 'actor',
      id: 'ia-westfalen',
      source: linked.widgets.matrix,
    });
    await expectLinked(linked, 'actor', 'ia-westfalen', 'matrix');
    expect(root(linked.widgets.matrix).activeElement).to.equal(button);
    await expect(linked.widgets.map).to.be.accessible();
    await expect(linked.widgets.feed).to.be.accessible();
    // Closing the conflict details releases the selection everywhere.
    await pressOn(button);
    await settle(linked);
    expect(linked.events.at(-1)).to.deep.include({ kind: 'actor', id: null });
    await expectCleared(linked);
  });

  it('a goal selected in the goal tracker (toggle, aria-pressed) shows in the others', async () => {
    const linked = await linkedViews();
    // The objective sits below a collapsed goal: open that first.
    const parent = [
      ...root(linked.widgets.tracker).querySelectorAll<HTMLButtonElement>('button.toggle'),
    ].find((b) => text(b).includes(title('goals', 'g-stabilisierung')))!;
    await pressOn(parent);
    await linked.widgets.tracker.updateComplete;
    const toggle = goalToggle(linked.widgets.tracker, 'o-mainstreaming');
    expect(toggle).to.exist;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(text(toggle)).to.contain('Zugehöriges auf dieser Seite hervorheben');
    await pressOn(toggle, 'Space');
    await settle(linked);
    expect(linked.events).to.deep.equal([
      { kind: 'goal', id: 'o-mainstreaming', source: linked.widgets.tracker },
    ]);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expectLinked(linked, 'goal', 'o-mainstreaming', 'tracker');
    expect(root(linked.widgets.tracker).activeElement).to.equal(toggle);
    await expect(linked.widgets.tracker).to.be.accessible();
    await expect(linked.widgets.timeline).to.be.accessible();
    // Pressing it again releases it.
    await pressOn(toggle, 'Space');
    await expectCleared(linked);
    expect(linked.events.at(-1)).to.deep.include({ kind: 'goal', id: null });
  });

  it('a milestone selected in the timeline shows in the others', async () => {
    const linked = await linkedViews();
    const node = milestoneNode(linked.widgets.timeline, 'm-fachtagung');
    await pressOn(node);
    await settle(linked);
    expect(linked.events).to.deep.equal([
      { kind: 'milestone', id: 'm-fachtagung', source: linked.widgets.timeline },
    ]);
    await expectLinked(linked, 'milestone', 'm-fachtagung', 'timeline');
    expect(document.activeElement).to.equal(linked.widgets.timeline);
    await expect(linked.widgets.map).to.be.accessible();
  });

  it('a milestone selected elsewhere is selected in the timeline without taking focus', async () => {
    const linked = await linkedViews();
    const search = root(linked.widgets.feed).querySelector<HTMLInputElement>('input')!;
    search.focus();
    linked.data.selection = 'milestone:m-koko';
    await expectLinked(linked, 'milestone', 'm-koko', 'none' as Name);
    expect((linked.widgets.timeline as KoopMilestoneTimeline).selected).to.equal('m-koko');
    expect(root(linked.widgets.timeline).querySelector('#details')!.textContent).to.contain(
      title('milestones', 'm-koko'),
    );
    expect(document.activeElement).to.equal(linked.widgets.feed);
    expect(root(linked.widgets.feed).activeElement).to.equal(search);
    // Set by the page: no event, every widget shows it (none made it).
    expect(linked.events).to.deep.equal([]);
  });

  for (const name of NAMES) {
    it(`the status line's button in the ${name} clears the selection everywhere`, async () => {
      const linked = await linkedViews('goal:o-erfolgsfaktoren');
      await expectLinked(linked, 'goal', 'o-erfolgsfaktoren', 'none' as Name);
      const button = clearButton(linked.widgets[name])!;
      expect(text(button)).to.equal('Auswahl aufheben');
      await pressOn(button);
      await expectCleared(linked);
      expect(linked.events).to.deep.equal([{ kind: 'goal', id: null, source: linked.widgets[name] }]);
      // The button is gone; focus stays in the widget, where the status line was.
      expect(document.activeElement).to.equal(linked.widgets[name]);
      expect(root(linked.widgets[name]).activeElement).to.equal(
        root(linked.widgets[name]).querySelector('[part~="linked-status"]'),
      );
      await expect(linked.widgets[name]).to.be.accessible();
    });
  }

  it('Escape in a widget clears the selection', async () => {
    const linked = await linkedViews('actor:faf');
    await expectLinked(linked, 'actor', 'faf', 'none' as Name);
    const toggle = root(linked.widgets.tracker).querySelector<HTMLButtonElement>('button.toggle')!;
    await pressOn(toggle, 'Escape');
    await expectCleared(linked);
  });

  it('ignores a selection of an unknown id or kind', async () => {
    const linked = await linkedViews();
    for (const selection of ['actor:nobody', 'goal:', 'person:faf', 'nonsense']) {
      linked.data.setAttribute('selection', selection);
      await settle(linked);
      for (const name of NAMES) {
        expect(status(linked.widgets[name]), `${selection} ${name}`).to.equal('');
        expect(root(linked.widgets[name]).querySelector('.linked, .linked-mark, .linked-ring')).to.equal(
          null,
        );
        expect(root(linked.widgets[name]).querySelector('[role="alert"]')).to.equal(null);
      }
      expect(root(linked.widgets.map).querySelector('[part~="details"]')).to.equal(null);
      expect((linked.widgets.feed as KoopTransparencyFeed).filteredEntries).to.have.length(
        demo.entries!.length,
      );
    }
  });

  it("offers a goal's highlight toggle only when other widgets share the <koop-data>", async () => {
    const data = await fixture<KoopDataElement>(
      html`<koop-data .data=${structuredClone(demo)}><koop-goal-tracker></koop-goal-tracker></koop-data>`,
    );
    const tracker = data.querySelector('koop-goal-tracker')!;
    await waitUntil(() => root(tracker)?.querySelector('[part~="linked-status"]'), 'linked', {
      timeout: 5000,
    });
    expect(root(tracker).querySelector('.link-toggle'), 'nothing else to highlight in').to.equal(null);
    data.append(document.createElement('koop-transparency-feed'));
    tracker.requestUpdate();
    await tracker.updateComplete;
    const toggle = root(tracker).querySelector<HTMLButtonElement>('.link-toggle')!;
    expect(text(toggle)).to.match(/^Zugehöriges auf dieser Seite hervorheben: /);
    // Alone again, but the page follows the selection (an editor opens the goal selected).
    data.querySelector('koop-transparency-feed')!.remove();
    tracker.requestUpdate();
    await tracker.updateComplete;
    expect(root(tracker).querySelector('.link-toggle')).to.equal(null);
    data.setAttribute('selectable', '');
    tracker.requestUpdate();
    await tracker.updateComplete;
    expect(root(tracker).querySelector('.link-toggle')).to.exist;
  });

  it('leaves widgets outside a <koop-data> alone', async () => {
    const linked = await linkedViews();
    const outside = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<div>
        <koop-goal-tracker .data=${structuredClone(demo)}></koop-goal-tracker>
        <koop-partner-map .data=${structuredClone(demo)}></koop-partner-map>
      </div>`,
    );
    const tracker = outside.querySelector('koop-goal-tracker')!;
    const map = outside.querySelector<KoopPartnerMap>('koop-partner-map')!;
    await waitUntil(
      () => root(map)?.querySelector('svg.base g.n') && root(tracker)?.querySelector('.tracker'),
    );
    await map.updateComplete;
    expect(root(tracker).querySelector('.link-toggle, [part~="linked-status"]')).to.equal(null);
    expect(root(map).querySelector('[part~="linked-status"]')).to.equal(null);

    // Selecting outside does not reach the linked views; a selection inside does not reach out.
    await pressOn(mapNode(map, 'faf'));
    await settle(linked);
    expect(map.selected).to.equal('faf');
    expect(linked.data.selection).to.equal(null);
    expect(status(linked.widgets.tracker)).to.equal('');
    linked.data.selection = 'goal:o-mainstreaming';
    await settle(linked);
    await map.updateComplete;
    expect(map.selected).to.equal('faf');
    expect(root(tracker).querySelector('.linked')).to.equal(null);
  });

  it('links the widgets of a nested <koop-data> among themselves only', async () => {
    const outer = await fixture<KoopDataElement>(
      html`<koop-data .data=${structuredClone(demo)}>
        <koop-goal-tracker id="outer"></koop-goal-tracker>
        <koop-data .data=${structuredClone(demo)}>
          <koop-goal-tracker id="inner"></koop-goal-tracker>
          <koop-transparency-feed></koop-transparency-feed>
        </koop-data>
      </koop-data>`,
    );
    const inner = outer.querySelector<KoopDataElement>('koop-data')!;
    const feed = inner.querySelector<KoopTransparencyFeed>('koop-transparency-feed')!;
    const [outerTracker, innerTracker] = [...outer.querySelectorAll('koop-goal-tracker')];
    await waitUntil(
      () =>
        root(innerTracker)?.querySelector('.link-toggle') &&
        root(feed)?.querySelector('[part~="linked-status"]'),
    );
    await pressOn(goalToggle(innerTracker, 'g-foerdermittel'), 'Enter');
    await inner.updateComplete;
    await feed.updateComplete;
    expect(inner.selection).to.equal('goal:g-foerdermittel');
    expect(outer.selection).to.equal(null);
    expect(status(feed)).to.contain('Fördermittel der Integrationsämter');
    await outerTracker.updateComplete;
    expect(root(outerTracker).querySelector('.link-toggle[aria-pressed="true"], .linked')).to.equal(null);
  });

  it('speaks English in English pages', async () => {
    const linked = await linkedViews('actor:inpuncto');
    linked.data.setAttribute('lang', 'en');
    for (const name of NAMES) linked.widgets[name].setAttribute('lang', 'en');
    await waitUntil(() => status(linked.widgets.feed).startsWith('Linked selection'));
    await settle(linked);
    expect(status(linked.widgets.feed)).to.equal('Linked selection: actor “in puncto”');
    expect(text(clearButton(linked.widgets.feed))).to.equal('Clear selection');
    expect(text(root(linked.widgets.matrix).querySelector('.linked-mark'))).to.equal('Linked');
  });

  it('opens an entry a link points to even when a linked selection hides it, clearing the selection', async () => {
    const linked = await linkedViews('actor:inpuncto');
    const feed = linked.widgets.feed;
    expect(root(feed).querySelector('#koop-entry-e-erstes-modell')).to.equal(null);
    location.hash = '#koop-entry-e-erstes-modell';
    try {
      await waitUntil(() => root(feed).activeElement?.id === 'koop-entry-e-erstes-modell', 'entry opened', {
        timeout: 5000,
      });
      expect(linked.data.selection).to.equal(null);
      expect(linked.events.at(-1)).to.include({ kind: 'actor', id: null });
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('keeps the selection in the URL hash with link-hash, and reads it from there', async () => {
    history.replaceState(null, '', '#koop-goal=o-mainstreaming');
    const data = await fixture<KoopDataElement>(
      html`<koop-data link-hash .data=${structuredClone(demo)}>
        <koop-goal-tracker></koop-goal-tracker>
        <koop-milestone-timeline today="2004-01-01" zoom="years"></koop-milestone-timeline>
      </koop-data>`,
    );
    const tracker = data.querySelector('koop-goal-tracker')!;
    const timeline = data.querySelector<KoopMilestoneTimeline>('koop-milestone-timeline')!;
    expect(data.selection).to.equal('goal:o-mainstreaming');
    await waitUntil(() => root(tracker).querySelector('.link-toggle[aria-pressed="true"]'), 'pressed');
    await waitUntil(() => root(timeline).querySelector('g.ms.linked'), 'timeline linked');

    await pressOn(milestoneNode(timeline, 'm-handbuch'));
    await data.updateComplete;
    expect(location.hash).to.equal('#koop-milestone=m-handbuch');
    await timeline.updateComplete;
    await pressOn(clearButton(tracker)!);
    await data.updateComplete;
    expect(location.hash).to.equal('');

    // A hash of the page's own (an anchor) is left alone.
    history.replaceState(null, '', '#contact');
    data.selection = 'actor:faf';
    await data.updateComplete;
    expect(location.hash).to.equal('#contact');
  });
});
