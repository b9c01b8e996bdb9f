import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/core/koop-data.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import '@koop/partner-map/koop-partner-map.js';
import '@koop/role-matrix/koop-role-matrix.js';
import '@koop/transparency-feed/koop-transparency-feed.js';
import { idFragment, type KoopDataElement, type KoopSelectDetail } from '@koop/core';
import type { KoopPartnerMap } from '@koop/partner-map';
import type { KoopDocument } from '@koop/schema';
import { ASSOCIATION, CHAIR, councilDocument, MEETING, MEMBER } from '../fixtures/format-1-1.js';

/** A goal whose id is a URL with a space and an apostrophe, owned by the committee's chair. */
const GOAL = "https://ziele.musterstadt.example/quartier/wohnen für alle'";

function document(): KoopDocument {
  const council = councilDocument();
  council.goals = [{ id: GOAL, title: 'Wohnen für alle im Quartier', owners: [CHAIR] }];
  return council;
}

const root = (element: Element) => element.shadowRoot!;
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function linkedViews() {
  const data = await fixture<KoopDataElement>(
    html`<koop-data link-hash .data=${document()} lang="de">
      <koop-partner-map></koop-partner-map>
      <koop-role-matrix></koop-role-matrix>
      <koop-goal-tracker></koop-goal-tracker>
      <koop-transparency-feed page-size="50"></koop-transparency-feed>
    </koop-data>`,
  );
  const widget = <T extends HTMLElement = HTMLElement>(tag: string) =>
    data.querySelector(tag) as T & { updateComplete: Promise<unknown> };
  const widgets = {
    map: widget<KoopPartnerMap>('koop-partner-map'),
    matrix: widget('koop-role-matrix'),
    tracker: widget('koop-goal-tracker'),
    feed: widget('koop-transparency-feed'),
  };
  await waitUntil(
    () => Object.values(widgets).every((w) => root(w)?.querySelector('[part~="linked-status"]')),
    'every widget linked',
    { timeout: 10_000 },
  );
  const events: KoopSelectDetail[] = [];
  data.addEventListener('koop-select', (event) => events.push(event.detail));
  const settle = async () => {
    await data.updateComplete;
    for (let i = 0; i < 2; i++) await Promise.all(Object.values(widgets).map((w) => w.updateComplete));
  };
  return { data, widgets, events, settle };
}

describe('linked views with URL ids (format 1.1)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('writes a URL id into the hash encoded, and the widgets follow it', async () => {
    const { data, widgets, settle } = await linkedViews();
    data.selection = `actor:${CHAIR}`;
    await settle();
    expect(location.hash).to.equal(`#koop-actor=${idFragment(CHAIR)}`);
    expect(location.hash).not.to.match(/[/'\s]/);
    expect(widgets.map.selected).to.equal(CHAIR);
    expect(text(root(widgets.feed).querySelector('[part~="linked-status"] .linked-text'))).to.equal(
      "Verknüpfte Auswahl: Akteur „Leila D'Souza“",
    );
    // The feed shows the entries naming the chair: the meeting.
    const shown = [...root(widgets.feed).querySelectorAll('.entries > li > article')].map((a) => a.id);
    expect(shown).to.deep.equal([`koop-entry-${idFragment(MEETING)}`]);
    // The tracker marks the goal the chair owns.
    expect(root(widgets.tracker).querySelector('li.goal.linked')).to.exist;
  });

  it('reads a URL id from the hash', async () => {
    const { data, widgets, settle } = await linkedViews();
    location.hash = `#koop-actor=${idFragment(MEMBER)}`;
    await waitUntil(() => data.selection === `actor:${MEMBER}`, 'selection from the hash');
    await settle();
    expect(widgets.map.selected).to.equal(MEMBER);
    location.hash = `#koop-goal=${idFragment(GOAL)}`;
    await waitUntil(() => data.selection === `goal:${GOAL}`, 'goal from the hash');
    // A malformed escape is no link the kit wrote: the selection stays.
    location.hash = '#koop-actor=%E0%A4%A';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(data.selection).to.equal(`goal:${GOAL}`);
  });

  it('shares a goal with a URL id from the goal tracker', async () => {
    const { data, widgets, events, settle } = await linkedViews();
    root(widgets.tracker).querySelector<HTMLButtonElement>('.link-toggle')!.click();
    await settle();
    expect(events.at(-1)).to.include({ kind: 'goal', id: GOAL });
    expect(data.selection).to.equal(`goal:${GOAL}`);
    expect(location.hash).to.equal(`#koop-goal=${idFragment(GOAL)}`);
    expect(widgets.map.selected).to.equal(null);
    // Each control of the tracker names an element that exists.
    for (const control of root(widgets.tracker).querySelectorAll('[aria-controls]'))
      expect(root(widgets.tracker).getElementById(control.getAttribute('aria-controls')!)).to.exist;
  });

  it('shares an actor whose id holds spaces from the role matrix', async () => {
    const council = document();
    council.conflicts = [{ actor: ASSOCIATION, roles: ['beratung', 'mitglied'] }];
    council.assignments!.push({ actor: ASSOCIATION, role: 'mitglied' });
    const { data, widgets, events, settle } = await linkedViews();
    data.data = council;
    await settle();
    await waitUntil(() => root(widgets.matrix).querySelector('th button.select'), 'conflict row');
    root(widgets.matrix).querySelector<HTMLButtonElement>('th button.select')!.click();
    await waitUntil(() => events.length, 'koop-select', { timeout: 5000 });
    expect(events.at(-1)).to.include({ kind: 'actor', id: ASSOCIATION });
    await settle();
    expect(widgets.map.selected).to.equal(ASSOCIATION);
    expect(location.hash).to.equal(`#koop-actor=${idFragment(ASSOCIATION)}`);
  });
});
