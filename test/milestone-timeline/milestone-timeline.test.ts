import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { runWidgetContract } from '../support/widget-contract.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '@koop/core/koop-data.js';
import '@koop/milestone-timeline/koop-milestone-timeline.js';
import type { KoopMilestoneSelectEvent, KoopMilestoneTimeline } from '@koop/milestone-timeline';
import { timelineTestDocument } from '../fixtures/timeline-document.js';
import { details, milestone, milestones, timeline } from './support.js';
import { emulateMediaFeatures } from '../support/media.js';
import { shadow, textOf } from '../support/helpers.js';

const viewBox = (element: Element) =>
  shadow(element).querySelector('svg.axis')!.getAttribute('viewBox')!.split(' ').map(Number);
const button = (element: Element, text: string) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    b.textContent!.includes(text),
  )!;
const focused = (element: Element) => shadow(element).activeElement as Element | null;
/** Waits until a smooth pan has come to rest. */
async function settled(element: KoopMilestoneTimeline) {
  let last = '';
  await waitUntil(
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      const now = viewBox(element).join();
      const same = now === last;
      last = now;
      return same;
    },
    'pan settled',
    { timeout: 3000 },
  );
}

describe('<koop-milestone-timeline>', () => {
  afterEach(() => emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]));

  it('draws phases in lanes (overlapping ones apart), funding periods and the today marker', async () => {
    const element = await timeline();
    const root = shadow(element);
    const band = (name: string) =>
      [...root.querySelectorAll('g.band')].find((g) => g.getAttribute('aria-label')!.includes(name))!;
    const y = (name: string) => Number(band(name).querySelector('rect')!.getAttribute('y'));
    // Ko-Planung (Jan–Jun 2024) and Ko-Design (Apr–Dec 2024) overlap: two lanes.
    expect(y('Ko-Planung')).to.be.lessThan(y('Ko-Design'));
    // Ko-Implementierung starts after Ko-Planung ended: back in the first lane.
    expect(y('Ko-Implementierung')).to.equal(y('Ko-Planung'));
    expect(band('Ko-Design').getAttribute('role')).to.equal('img');
    expect(band('Ko-Design').getAttribute('aria-label')).to.equal(
      'Ko-Design: Ko-Design, April 2024 bis Dezember 2024',
    );
    // Funding periods have a section of their own, below the phases.
    expect(band('Modellförderung').classList.contains('funding')).to.equal(true);
    expect(band('Modellförderung').getAttribute('aria-label')).to.contain('Förderzeitraum');
    expect(y('Modellförderung')).to.be.greaterThan(y('Ko-Design'));
    expect(y('Anschubförderung')).to.equal(y('Modellförderung'));
    // Today lies between the planned milestones of January and June 2025.
    const today = root.querySelector('g.today')!;
    expect(today.getAttribute('aria-label')).to.equal('Heute: 15. Juni 2025');
    const todayX = Number(today.querySelector('line')!.getAttribute('x1'));
    const x = (title: string) =>
      Number(/translate\(([-\d.]+)/.exec(milestone(element, title).getAttribute('transform')!)![1]);
    expect(todayX).to.be.greaterThan(x('Reflexionspunkt 2'));
    expect(todayX).to.be.lessThan(x('Bericht veröffentlicht'));
    expect(textOf(element)).to.contain(
      '9 Meilensteine (4 erreicht, 1 verzögert, 3 geplant, 1 entfallen), 5 Phasen',
    );
  });

  it('distinguishes kinds by shape and text, and status by fill and mark', async () => {
    const element = await timeline();
    const shapes = new Map<string, string>();
    for (const g of milestones(element)) {
      const kind = [...g.classList].find((c) => c.startsWith('kind-'))!;
      const d = g.querySelector('.shape')!.getAttribute('d')!;
      if (shapes.has(kind)) expect(shapes.get(kind)).to.equal(d);
      shapes.set(kind, d);
    }
    expect([...shapes.keys()].sort()).to.deep.equal(['kind-content', 'kind-process', 'kind-reflection']);
    expect(new Set(shapes.values()).size).to.equal(3);
    expect(milestone(element, 'Reflexionspunkt 1').getAttribute('aria-label')).to.contain(
      'Reflexionspunkt, erreicht',
    );
    expect(milestone(element, 'Nutzungskonzept').getAttribute('aria-label')).to.contain(
      'Inhaltlicher Meilenstein, verzögert',
    );
    expect(milestone(element, 'Haushalt').getAttribute('aria-label')).to.contain('Prozess-Meilenstein');
    // Delayed milestones carry a "!" mark, dropped ones a strike.
    expect(milestone(element, 'Nutzungskonzept').querySelector('.mark')).to.exist;
    expect(milestone(element, 'Pachtvertrag').querySelector('.mark')).to.exist;
    expect(milestone(element, 'Eröffnung').querySelector('.mark')).to.equal(null);
    const legend = shadow(element).querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ');
    for (const text of [
      'Inhaltlicher Meilenstein',
      'Prozess-Meilenstein',
      'Reflexionspunkt',
      'erreicht',
      'verzögert',
      'geplant',
      'entfallen',
    ])
      expect(legend).to.contain(text);
    expect(shadow(element).querySelectorAll('[part="legend"] svg.icon')).to.have.length(7);
  });

  it('shows the planned date where the actual one differs, with the delay', async () => {
    const element = await timeline({ zoom: 'quarters', selected: 'm-vertrag' });
    const vertrag = milestone(element, 'Kooperationsvertrag');
    expect(vertrag.getAttribute('aria-label')).to.equal(
      'Kooperationsvertrag unterzeichnet. Prozess-Meilenstein, erreicht. Geplant: 31. März 2024, Tatsächlich: 15. Mai 2024 (45 Tage später)',
    );
    const ghost = vertrag.querySelector('.ghost')!;
    expect(ghost.getAttribute('transform')).to.match(/translate\(-\d/);
    expect(vertrag.querySelector('.delay')).to.exist;
    expect(details(element)).to.contain('Geplant 31. März 2024');
    expect(details(element)).to.contain('Tatsächlich 15. Mai 2024 (45 Tage später)');
    // On time: no planned marker.
    expect(milestone(element, 'Reflexionspunkt 1').querySelector('.ghost')).to.equal(null);
    // Early by a day, across the turn of the year.
    expect(milestone(element, 'Haushalt').getAttribute('aria-label')).to.contain('(1 Tag früher)');
    // Delayed without an actual date: a dotted line up to today.
    expect(milestone(element, 'Nutzungskonzept').querySelector('.overdue')).to.exist;
  });

  it('shows details on click: description, goals, actors, phase, and fires koop-milestone-select', async () => {
    const element = await timeline();
    expect(details(element)).to.contain('Einen Meilenstein anklicken');
    const target = milestone(element, 'Kooperationsvertrag');
    const event = oneEvent(element, 'koop-milestone-select') as Promise<KoopMilestoneSelectEvent>;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await event;
    expect(detail.id).to.equal('m-vertrag');
    await element.updateComplete;
    expect(element.selected).to.equal('m-vertrag');
    expect(element.getAttribute('selected')).to.equal('m-vertrag');
    const text = details(element);
    expect(text).to.contain('Kooperationsvertrag unterzeichnet');
    expect(text).to.contain('Alle Partner unterschreiben.');
    expect(text).to.contain('Ziele Treffpunkt erhalten, Gemeinsam planen');
    expect(text).to.contain('Verantwortlich Initiative, Stadtentwicklungsamt');
    expect(text).to.contain('Phase Ko-Planung');
    // The selected milestone is now the one that takes focus, and has it.
    const selected = milestone(element, 'Kooperationsvertrag');
    expect(focused(element)).to.equal(selected);
    expect(selected.getAttribute('tabindex')).to.equal('0');
    expect(selected.getAttribute('aria-pressed')).to.equal('true');
    expect(selected.getAttribute('aria-controls')).to.equal('details');
    expect(selected.classList.contains('selected')).to.equal(true);
    expect(shadow(element).querySelector('.announce')!.textContent).to.contain(
      'Einzelheiten zu „Kooperationsvertrag unterzeichnet“',
    );
  });

  it('selects the milestone under a real mouse click, also one that was not in the tab order', async () => {
    const element = await timeline({ zoom: 'years' });
    const target = milestone(element, 'Pachtvertrag');
    expect(target.getAttribute('tabindex')).to.equal('-1');
    const box = target.querySelector('.shape')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await resetMouse();
    await element.updateComplete;
    expect(element.selected).to.equal('m-drop');
    expect(details(element)).to.contain('Pachtvertrag Café');
    expect(focused(element)!.getAttribute('aria-label')).to.match(/^Pachtvertrag/);
  });

  it('selects with Enter and shows the questions of a reflection point (its own, else the guide’s)', async () => {
    const element = await timeline();
    milestone(element, 'Reflexionspunkt 1').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.selected).to.equal('m-reflexion');
    const questions = () =>
      [...shadow(element).querySelectorAll('#details .questions li')].map((li) => li.textContent!.trim());
    expect(questions()).to.deep.equal(['Tragen wir die Ziele noch gemeinsam?', 'Reicht das Geld?']);
    expect(details(element)).to.contain('Fragen für den Reflexionspunkt');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.selected).to.equal('m-reflexion-2');
    expect(questions()).to.deep.equal([
      'Werden die Ziele noch gemeinsam getragen?',
      'Sind wir den Zielen näher gekommen?',
      'Passen die Strukturen noch zu den Ressourcen?',
    ]);
    expect(details(element)).to.contain('Leitfragen des Handlungsleitfadens');
  });

  it('zooms with the buttons and with + and -', async () => {
    const element = await timeline({ zoom: 'years' });
    const years = button(element, 'Jahre');
    expect(years.getAttribute('aria-pressed')).to.equal('true');
    const rangeYears = shadow(element).querySelector('.range')!.textContent!;
    button(element, 'Monate').click();
    await element.updateComplete;
    expect(element.zoom).to.equal('months');
    expect(element.getAttribute('zoom')).to.equal('months');
    expect(button(element, 'Monate').getAttribute('aria-pressed')).to.equal('true');
    expect(years.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(element).querySelector('.range')!.textContent).not.to.equal(rangeYears);
    // Month labels on the scale.
    expect(shadow(element).querySelector('.scale')!.textContent).to.match(/Jan\.? 2025|Feb/);
    milestone(element, 'Eröffnung').focus();
    await sendKeys({ press: '-' });
    await element.updateComplete;
    expect(element.zoom).to.equal('quarters');
    expect(shadow(element).querySelector('.scale')!.textContent).to.contain('Q2');
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await element.updateComplete;
    expect(element.zoom).to.equal('years');
    await sendKeys({ press: '+' });
    await element.updateComplete;
    expect(element.zoom).to.equal('quarters');
    // The milestone in focus keeps its focus while zooming.
    expect(focused(element)?.getAttribute('aria-label')).to.match(/^Eröffnung/);
  });

  it('moves earlier and later with the buttons, smoothly unless motion is reduced', async () => {
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const element = await timeline({ zoom: 'months' });
    const start = viewBox(element)[0];
    button(element, 'Später').click();
    await element.updateComplete;
    // Reduced motion: the view jumps at once.
    const later = viewBox(element)[0];
    expect(later).to.be.greaterThan(start + 100);
    button(element, 'Früher').click();
    await element.updateComplete;
    expect(viewBox(element)[0]).to.be.closeTo(start, 1);
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    button(element, 'Später').click();
    await element.updateComplete;
    // With motion: on its way, then at rest where the jump went.
    expect(viewBox(element)[0]).to.be.lessThan(later - 1);
    await settled(element);
    expect(viewBox(element)[0]).to.be.closeTo(later, 1);
    expect(shadow(element).querySelector('.announce')!.textContent).to.contain('Angezeigt:');
    // At the end of the document's time "Später" is marked as unavailable, not removed.
    for (let i = 0; i < 8; i++) {
      button(element, 'Später').click();
      await settled(element);
    }
    expect(button(element, 'Später').getAttribute('aria-disabled')).to.equal('true');
    button(element, 'Heute').click();
    await settled(element);
    const [x, , width] = viewBox(element);
    const todayX = Number(shadow(element).querySelector('.today line')!.getAttribute('x1'));
    expect(todayX).to.be.closeTo(x + width / 2, 2);
  });

  it('pans by dragging and by the horizontal wheel', async () => {
    const element = await timeline({ zoom: 'months' });
    const svg = shadow(element).querySelector('svg.axis')!;
    const start = viewBox(element)[0];
    const box = svg.getBoundingClientRect();
    const y = Math.round(box.top + 10);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    await element.updateComplete;
    expect(viewBox(element)[0]).to.be.closeTo(start + 200, 2);
    const wheel = new WheelEvent('wheel', { deltaX: -150, bubbles: true, cancelable: true, composed: true });
    svg.dispatchEvent(wheel);
    await element.updateComplete;
    expect(wheel.defaultPrevented).to.equal(true);
    expect(viewBox(element)[0]).to.be.closeTo(start + 50, 2);
    // A vertical wheel is left to the page.
    const vertical = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    svg.dispatchEvent(vertical);
    expect(vertical.defaultPrevented).to.equal(false);
  });

  it('moves focus in time order with the arrow keys, Home and End (roving tabindex)', async () => {
    const element = await timeline({ zoom: 'quarters' });
    const before = document.createElement('button');
    before.textContent = 'vorher';
    element.before(before);
    try {
      const tabbable = () => milestones(element).filter((g) => g.getAttribute('tabindex') === '0');
      expect(tabbable()).to.have.length(1);
      before.focus();
      // Tab passes the controls (3 zoom, 3 pan, list) and lands on the axis.
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' });
      expect(focused(element)?.getAttribute('role')).to.equal('button');
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      const order: string[] = [];
      for (let i = 0; i < 9; i++) {
        order.push(focused(element)!.getAttribute('aria-label')!.split('.')[0]);
        await sendKeys({ press: 'ArrowRight' });
        await element.updateComplete;
      }
      expect(order).to.deep.equal([
        'Protest beginnt',
        'Kooperationsvertrag unterzeichnet',
        'Nutzungskonzept entworfen',
        'Reflexionspunkt 1',
        'Haushalt beschlossen',
        'Eröffnung',
        'Pachtvertrag Café',
        'Reflexionspunkt 2',
        'Bericht veröffentlicht',
      ]);
      // The last one stays; ArrowLeft goes back; End and Home jump.
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^Bericht/);
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^Reflexionspunkt 2/);
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^Protest/);
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^Bericht/);
      expect(tabbable()).to.have.length(1);
      expect(tabbable()[0]).to.equal(focused(element));
      // Focus moved out and back in returns to the same milestone.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(element)!.textContent).to.contain('Als Liste');
      await sendKeys({ press: 'Tab' });
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^Bericht/);
    } finally {
      before.remove();
    }
  });

  it('keeps the milestone in focus in view while moving through a long axis', async () => {
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const element = await timeline({ zoom: 'months' });
    milestone(element, 'Pachtvertrag').focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const [x, , width] = viewBox(element);
    const target = focused(element)!;
    const tx = Number(/translate\(([-\d.]+)/.exec(target.getAttribute('transform')!)![1]);
    expect(tx).to.be.within(x, x + width);
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    const [x2, , width2] = viewBox(element);
    const hx = Number(/translate\(([-\d.]+)/.exec(focused(element)!.getAttribute('transform')!)![1]);
    expect(hx).to.be.within(x2, x2 + width2);
  });

  it('puts milestones in lanes by goal, by actor and by phase', async () => {
    const element = await timeline({ groupBy: 'goal' });
    const labels = () =>
      [...shadow(element).querySelectorAll('.lane-label')].map((t) => t.textContent!.trim());
    expect(labels()).to.deep.equal(['Treffpunkt erhalten', 'Gemeinsam planen', 'Ohne Ziel']);
    // A milestone with two goals stands in both lanes but takes focus once.
    const vertrag = [...shadow(element).querySelectorAll('g.ms')].filter(
      (g) => g.getAttribute('data-m') === milestone(element, 'Kooperationsvertrag').getAttribute('data-m'),
    );
    expect(vertrag).to.have.length(2);
    expect(vertrag[1].getAttribute('aria-hidden')).to.equal('true');
    expect(vertrag[1].hasAttribute('tabindex')).to.equal(false);
    expect(milestones(element)).to.have.length(9);
    element.groupBy = 'actor';
    await element.updateComplete;
    expect(labels()).to.deep.equal(['Initiative', 'Stadtentwicklungsamt', 'Ohne Beteiligte']);
    element.groupBy = 'phase';
    await element.updateComplete;
    expect(labels()).to.deep.equal([
      'Ko-Planung',
      'Ko-Design',
      'Ko-Implementierung',
      'Anschubförderung',
      'Modellförderung',
      'Ohne Phase',
    ]);
    const lanes = [...shadow(element).querySelectorAll('.lane-label')];
    const laneY = (i: number) => Number(lanes[i].getAttribute('y'));
    const y = (title: string) =>
      Number(/translate\([-\d.]+ ([-\d.]+)/.exec(milestone(element, title).getAttribute('transform')!)![1]);
    // "Protest beginnt" lies outside all phases: in the last lane.
    expect(y('Protest')).to.be.greaterThan(laneY(5));
    expect(y('Eröffnung')).to.be.within(laneY(2), laneY(3));
    element.groupBy = 'nonsense' as never;
    await element.updateComplete;
    expect(labels()).to.deep.equal([]);
  });

  it('warns where funding ends without follow-up funding (ko-produktion)', async () => {
    const element = await fixture<KoopMilestoneTimeline>(
      html`<koop-milestone-timeline
        src="/demo/data/ko-produktion.json"
        today="2026-06-30"
      ></koop-milestone-timeline>`,
    );
    await waitUntil(() => shadow(element).querySelector('.timeline'), 'loaded', { timeout: 5000 });
    await element.updateComplete;
    const warnings = [...shadow(element).querySelectorAll('[part="funding-cliff"]')];
    // The start-up funding has follow-up funding; the pilot funding does not.
    expect(warnings).to.have.length(1);
    const text = warnings[0].textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Förderende ohne Anschlussfinanzierung');
    expect(text).to.contain('„Modellförderung Koordinationsstelle“ endet am 31. August 2026');
    expect(text).to.contain('Reflexionspunkt 4: drei Monate nach dem Förderende (24. November 2026)');
    expect(text).to.contain('Haushaltsbeschluss 2027');
    expect(text).to.contain('Bericht der Ko-Evaluation veröffentlicht (30. Juni 2027)');
    expect(text).not.to.contain('Ende der Modellförderung');
    expect(text).to.contain('Wissenschaftliche Begleitung und Ko-Evaluation – Hochschule');
    expect(text).to.contain('bis Juni 2027');
    // The coordination post ends with the funding, not after it.
    expect(text).not.to.contain('Koordinationsstelle Ko-Produktion');
    const mark = shadow(element).querySelector('g.cliff')!;
    expect(mark.getAttribute('aria-label')).to.equal(
      'Förderende ohne Anschluss: Modellförderung Koordinationsstelle, 31. August 2026',
    );
    // Today (30 June 2026) lies in the cooperation's period: it is in view.
    const [x, , width] = viewBox(element);
    const todayX = Number(shadow(element).querySelector('.today line')!.getAttribute('x1'));
    expect(todayX).to.be.within(x, x + width);
  });

  it('opens on the document’s period when today lies outside it (equal-strategien, 2002–2005)', async () => {
    const element = await fixture<KoopMilestoneTimeline>(
      html`<koop-milestone-timeline
        src="/demo/data/equal-strategien.json"
        zoom="quarters"
      ></koop-milestone-timeline>`,
    );
    await waitUntil(() => shadow(element).querySelector('.timeline'), 'loaded', { timeout: 5000 });
    await element.updateComplete;
    expect(shadow(element).querySelector('.range')!.textContent).to.match(/2002 bis .*200[34]/);
    expect(milestone(element, 'Start der Entwicklungspartnerschaft')).to.exist;
    // Today (outside the document's time) has no button.
    expect(button(element, 'Heute')).to.equal(undefined);
    expect(shadow(element).querySelectorAll('[part="funding-cliff"]')).to.have.length(0);
  });

  it('shows the same content as an ordered list with "Als Liste"', async () => {
    const element = await timeline();
    const toggle = button(element, 'Als Liste');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(element.view).to.equal('list');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).querySelector('svg.axis')).to.equal(null);
    const items = [...shadow(element).querySelectorAll('ol.list > li')];
    expect(items.map((li) => li.querySelector('.item-title')!.textContent!.trim())).to.deep.equal([
      'Protest beginnt',
      'Kooperationsvertrag unterzeichnet',
      'Nutzungskonzept entworfen',
      'Reflexionspunkt 1',
      'Haushalt beschlossen',
      'Eröffnung',
      'Pachtvertrag Café',
      'Reflexionspunkt 2',
      'Bericht veröffentlicht',
    ]);
    const vertrag = items[1].textContent!.replace(/\s+/g, ' ');
    expect(vertrag).to.contain('Prozess-Meilenstein');
    expect(vertrag).to.contain('erreicht');
    expect(vertrag).to.contain('Geplant 31. März 2024');
    expect(vertrag).to.contain('Tatsächlich 15. Mai 2024 (45 Tage später)');
    expect(vertrag).to.contain('Phase Ko-Planung');
    expect(items[1].querySelector('svg.icon.kind-process')).to.exist;
    expect(items[3].textContent).to.contain('Reicht das Geld?');
    expect(items[0].textContent).to.contain('außerhalb aller Phasen');
    const phases = shadow(element).querySelector('[part="phase-list"]')!.textContent!.replace(/\s+/g, ' ');
    expect(phases).to.contain(
      'Modellförderung (Förderzeitraum): Januar 2025 bis Dezember 2025. Gefördert von: Bürgerstiftung, Stadtentwicklungsamt',
    );
    // Focus stays on the toggle, which turns the axis back on.
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.view).to.equal(null);
    expect(shadow(element).querySelector('svg.axis')).to.exist;
    expect(focused(element)).to.equal(toggle);
  });

  it('reports undated milestones and phases by name, with their paths in a disclosure', async () => {
    const element = await timeline();
    const notice = shadow(element).querySelector('[part="undated"]')!;
    const text = notice.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Ohne Datum');
    const itemText = (li: Element) => li.textContent!.replace(/\s+/g, ' ').trim();
    expect([...notice.querySelectorAll(':scope > ol > li')].map(itemText)).to.deep.equal([
      'Irgendwann: Fest im Hof',
      'Verstetigung',
    ]);
    expect([...notice.querySelectorAll('[part="data-paths"] li')].map(itemText)).to.deep.equal([
      'milestones[8]',
      'phases[5]',
    ]);
    expect(milestone(element, 'Irgendwann')).to.equal(undefined);
  });

  it('speaks English when asked', async () => {
    const element = await timeline({ lang: 'en', selected: 'm-vertrag' });
    const text = textOf(element);
    expect(text).to.contain('Timeline and milestones');
    expect(text).to.contain('9 milestones (4 reached, 1 delayed, 3 planned, 1 dropped), 5 phases');
    expect(text).to.contain('Funding ends without follow-up funding');
    expect(text).to.contain('“Modellförderung” ends on December 2025');
    expect(text).to.contain('Without a date');
    expect(details(element)).to.contain('Actual May 15, 2024 (45 days later)');
    expect(details(element)).to.contain('Goals Keep the meeting place, Gemeinsam planen');
    expect(milestone(element, 'Cooperation agreement').getAttribute('aria-label')).to.contain(
      'Process milestone, reached',
    );
    expect(button(element, 'As a list')).to.exist;
    expect(button(element, 'Quarters')).to.exist;
    expect(shadow(element).querySelector('g.today')!.getAttribute('aria-label')).to.equal(
      'Today: June 15, 2025',
    );
  });

  it('shows document text as text, never as markup', async () => {
    const doc = timelineTestDocument() as any;
    doc.milestones[0].title = '<img src=x onerror="window.__timelineXss=1">';
    doc.milestones[0].description = '<script>window.__timelineXss=2</script>';
    doc.phases[0].name = '<b onmouseover=alert(1)>Phase</b>';
    doc.milestones[2].questions = ['<svg onload=alert(1)>'];
    const element = await timeline({ selected: 'm-vertrag' }, doc);
    button(element, 'Als Liste').click();
    await element.updateComplete;
    const root = shadow(element);
    expect(root.querySelector('img, script, b, ol svg:not(.icon, .chevron)')).to.equal(null);
    expect(textOf(element)).to.contain('<img src=x onerror="window.__timelineXss=1">');
    expect(textOf(element)).to.contain('<svg onload=alert(1)>');
    button(element, 'Als Liste').click();
    await element.updateComplete;
    expect(milestone(element, '<img src=x')).to.exist;
    expect(details(element)).to.contain('<script>window.__timelineXss=2</script>');
    expect((window as any).__timelineXss).to.equal(undefined);
  });

  it('takes its document from an enclosing <koop-data> and inherits the page language', async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB">
        <koop-data src="/demo/data/equal-strategien.json">
          <koop-milestone-timeline group-by="phase"></koop-milestone-timeline>
        </koop-data>
      </div>`,
    );
    const element = wrapper.querySelector<KoopMilestoneTimeline>('koop-milestone-timeline')!;
    await waitUntil(() => shadow(element).querySelector('.timeline'), 'loaded', { timeout: 5000 });
    await element.updateComplete;
    expect(textOf(element)).to.contain('Timeline and milestones');
    expect(shadow(element).querySelector('.lane-label')!.textContent).to.contain('Ko-Planung');
    expect(textOf(element)).to.contain('As of 30 June 2005');
  });

  it('has an empty state', async () => {
    const element = await timeline({}, { schemaVersion: '1.0', cooperation: { name: 'Leer' } });
    expect(textOf(element)).to.contain('noch keine Phasen oder Meilensteine');
    expect(shadow(element).querySelector('svg.axis')).to.equal(null);
  });

  it('is accessible (axe): axis with a selection, list view, dark theme, grouped lanes', async () => {
    const element = await timeline({ selected: 'm-reflexion', groupBy: 'goal' });
    await expect(element).to.be.accessible();
    element.theme = 'dark';
    element.view = 'list';
    await element.updateComplete;
    await expect(element).to.be.accessible();
    const ko = await fixture<KoopMilestoneTimeline>(
      html`<koop-milestone-timeline
        src="/demo/data/ko-produktion.json"
        zoom="months"
      ></koop-milestone-timeline>`,
    );
    await waitUntil(() => shadow(ko).querySelector('.timeline'), 'loaded', { timeout: 5000 });
    await expect(ko).to.be.accessible();
  });
});

runWidgetContract('koop-milestone-timeline');
