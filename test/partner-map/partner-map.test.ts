import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { nearestInDirection, type KoopPartnerMap } from '@koop/partner-map';
import { networkDocument, partnerDocument } from '../fixtures/network-document.js';
import { runWidgetContract } from '../support/widget-contract.js';
import '@koop/core/koop-data.js';
import {
  button,
  camera,
  centre,
  inView,
  node,
  nodes,
  partnerMap,
  position,
  removeMaps,
  root,
  text,
} from './support.js';

const EQUAL = '/demo/data/equal-strategien.json';
const KOPRO = '/demo/data/ko-produktion.json';

const details = (element: KoopPartnerMap) => root(element).querySelector('[part="details"]');
const summary = (element: KoopPartnerMap) => text(root(element).querySelector('.summary'));
const transforms = (element: KoopPartnerMap) =>
  nodes(element)
    .map((n) => `${n.getAttribute('aria-label')!.split(',')[0]} ${n.getAttribute('transform')}`)
    .sort();
const radius = (n: SVGGElement) => n.querySelector('path')!.getBBox().width / 2;

runWidgetContract('koop-partner-map');

describe('<koop-partner-map>', () => {
  afterEach(async () => {
    removeMaps();
    await resetMouse();
  });

  it('draws every actor as a node and every relation as a line, with a summary', async () => {
    const element = await partnerMap();
    expect(nodes(element)).to.have.length(10);
    expect(summary(element)).to.equal('10 Akteure, 9 Beziehungen');
    expect(node(element, 'Sozialamt').getAttribute('aria-label')).to.equal(
      'Sozialamt, Verwaltung, 4 Beziehungen',
    );
    expect(node(element, 'Sozialamt').getAttribute('role')).to.equal('button');
    const heading = root(element).querySelector('#heading')!;
    expect(text(heading)).to.equal('Akteure und Beziehungen');
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('lays the network out the same on every load (deterministic force layout)', async () => {
    const first = await partnerMap();
    const second = await partnerMap({}, partnerDocument());
    expect(transforms(second)).to.deep.equal(transforms(first));
    const a = await partnerMap({ src: EQUAL });
    const b = await partnerMap({ src: EQUAL });
    expect(transforms(a)).to.have.length(27);
    expect(transforms(b)).to.deep.equal(transforms(a));
    expect(a.layout).to.equal('force');
  });

  it('lays out large networks in slices that yield to the event loop, the same on every load', async function () {
    this.timeout(30_000);
    const doc = networkDocument(600, 1800);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const element = await partnerMap({}, doc);
    const during = ticks;
    clearInterval(timer);
    // Timers ran while the layout was computed: it never blocked the page in one piece.
    expect(during).to.be.greaterThan(3);
    expect(nodes(element)).to.have.length(600);
    const again = await partnerMap({}, networkDocument(600, 1800));
    expect(transforms(again)).to.deep.equal(transforms(element));
    // While it is being arranged, the map says so.
    const third = document.createElement('koop-partner-map');
    third.data = doc;
    document.body.append(third);
    await waitUntil(() => third.shadowRoot?.querySelector('.arranging'), 'arranging');
    expect(text(third.shadowRoot!.querySelector('.arranging'))).to.equal('Die Karte wird angeordnet …');
    // The graph follows the frame in a task of its own (large maps): wait for it, not for one update.
    await waitUntil(() => nodes(third).length > 0, 'graph drawn', { timeout: 10_000 });
    expect(nodes(third)).to.have.length(600);
    third.remove();
  });

  it('groups the actors by sector around the centre, with sector titles', async () => {
    const element = await partnerMap({ layout: 'sectors', src: EQUAL });
    const titles = [...root(element).querySelectorAll('.labels .title')].map(text);
    expect(titles).to.have.members([
      'Zivilgesellschaft',
      'Intermediäre',
      'Verwaltung',
      'Fördermittelgebende',
      'Wirtschaft',
      'Wissenschaft',
    ]);
    const bySector = new Map<string, [number, number][]>();
    for (const n of nodes(element)) {
      const sector = [...n.classList].find((c) => c.startsWith('s-'))!;
      bySector.set(sector, [...(bySector.get(sector) ?? []), position(n)]);
    }
    const mean = (points: [number, number][]) => [
      points.reduce((sum, p) => sum + p[0], 0) / points.length,
      points.reduce((sum, p) => sum + p[1], 0) / points.length,
    ];
    // Every actor is nearer the middle of its own sector than of any other.
    for (const [sector, points] of bySector) {
      const own = mean(points);
      for (const [other, others] of bySector) {
        if (other === sector) continue;
        const them = mean(others);
        for (const p of points)
          expect(Math.hypot(p[0] - own[0], p[1] - own[1]), `${sector} vs ${other}`).to.be.below(
            Math.hypot(p[0] - them[0], p[1] - them[1]),
          );
      }
    }
    expect(button(element, 'Nach Sektoren').getAttribute('aria-pressed')).to.equal('true');
  });

  it('places actors by their coordinates, and the rest below with a notice', async () => {
    const element = await partnerMap({ layout: 'geo' });
    const [berlinX] = position(node(element, 'Sozialamt'));
    const [koelnX, koelnY] = position(node(element, 'Nachbarschaftsverein Nord'));
    const [, hamburgY] = position(node(element, 'Bürgerstiftung'));
    const [, muenchenY] = position(node(element, 'Hochschule'));
    expect(berlinX).to.be.greaterThan(koelnX);
    expect(hamburgY).to.be.below(muenchenY);
    expect(hamburgY).to.be.below(koelnY);
    const [, withoutY] = position(node(element, 'Stadtrat'));
    expect(withoutY).to.be.greaterThan(Math.max(koelnY, muenchenY));
    expect(text(root(element))).to.contain('6 Akteure haben keine Koordinaten und stehen unter der Karte.');
    expect([...root(element).querySelectorAll('.labels .title')].map(text)).to.deep.equal([
      'Ohne Ortsangabe',
    ]);
  });

  it('offers the place layout only when actors have coordinates; else shows the network with a notice', async () => {
    const equal = await partnerMap({ src: EQUAL });
    expect(() => button(equal, 'Nach Orten')).not.to.throw();
    const kopro = await partnerMap({ src: KOPRO });
    expect(() => button(kopro, 'Nach Orten')).to.throw();
    const geo = await partnerMap({ src: KOPRO, layout: 'geo' });
    expect(text(root(geo))).to.contain('Kein Akteur hat Koordinaten; die Karte zeigt das Netz.');
    expect(transforms(geo)).to.deep.equal(transforms(kopro));
    expect(button(geo, 'Netz').getAttribute('aria-pressed')).to.equal('true');
  });

  it('switches layouts with the buttons', async () => {
    const element = await partnerMap();
    const before = transforms(element);
    button(element, 'Nach Sektoren').click();
    await element.updateComplete;
    expect(element.layout).to.equal('sectors');
    expect(transforms(element)).not.to.deep.equal(before);
    button(element, 'Netz').click();
    await element.updateComplete;
    expect(transforms(element)).to.deep.equal(before);
  });

  it('filters sectors and relation types with the legend', async () => {
    const element = await partnerMap();
    const chip = button(element, 'Wirtschaft');
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(text(chip)).to.equal('Wirtschaft (1)');
    expect(chip.querySelector('svg.key path')).to.exist;
    chip.click();
    await element.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    expect(element.sectors!.split(',')).not.to.include('business');
    expect(root(element).querySelector('svg.base g.s-business')).to.equal(null);
    expect(summary(element)).to.equal('9 Akteure, 8 Beziehungen');
    expect(root(element).querySelector('.edges .t-dependency')).to.equal(null);

    const conflict = button(element, 'Konflikt');
    conflict.click();
    await element.updateComplete;
    expect(element.types!.split(',')).not.to.include('conflict');
    expect(root(element).querySelector('.edges .t-conflict')).to.equal(null);
    expect(summary(element)).to.equal('9 Akteure, 7 Beziehungen');
    chip.click();
    conflict.click();
    await element.updateComplete;
    expect(element.sectors).to.equal(null);
    expect(element.types).to.equal(null);
    expect(summary(element)).to.equal('10 Akteure, 9 Beziehungen');
  });

  it('shows the filter attributes on load, and says when everything is hidden', async () => {
    const element = await partnerMap({ sectors: 'funder,civil-society', types: 'funding' });
    expect(nodes(element)).to.have.length(4);
    expect(summary(element)).to.equal('4 Akteure, 1 Beziehung');
    element.sectors = 'none';
    await element.updateComplete;
    expect(text(root(element))).to.contain('Alle Akteure sind ausgeblendet.');
  });

  it('draws relation types as distinct line styles with arrows where directed', async () => {
    const element = await partnerMap();
    const style = (type: string) => getComputedStyle(root(element).querySelector(`.edges path.e.t-${type}`)!);
    expect(style('cooperation').strokeDasharray).to.equal('none');
    const dashes = ['mandate', 'membership', 'information', 'advice', 'dependency'].map(
      (type) => style(type).strokeDasharray,
    );
    expect(dashes.every((d) => d !== 'none')).to.equal(true);
    expect(new Set(dashes).size).to.equal(5);
    // Funding is a double line: a wide stroke with a narrow line of the background inside.
    const inner = root(element).querySelector('.edges path.e.inner')!;
    expect(parseFloat(style('funding').strokeWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(inner).strokeWidth),
    );
    // Conflicts zigzag.
    expect(
      root(element).querySelector('.edges .t-conflict')!.getAttribute('d')!.split('L').length,
    ).to.be.greaterThan(10);
    // Arrows for directed relations only (r2 and r9 are mutual cooperations, r8 a mutual conflict).
    for (const type of ['funding', 'mandate', 'membership', 'information', 'advice', 'dependency'])
      expect(root(element).querySelector(`.edges path.a.t-${type}`), type).to.exist;
    expect(root(element).querySelector('.edges path.a.t-cooperation')).to.equal(null);
    expect(root(element).querySelector('.edges path.a.t-conflict')).to.equal(null);
    // "Part of" (parent) links, in the legend too.
    expect(root(element).querySelector('.edges .t-parent')).to.exist;
    expect(text(button(element, 'gehört zu'))).to.equal('gehört zu (1)');
    // Colour is never the only cue: each type has a legend entry with its line.
    expect(root(element).querySelectorAll('.legend svg.key.line')).to.have.length(9);
  });

  it('sizes nodes by number of relations or by circle', async () => {
    const element = await partnerMap();
    const verein = radius(node(element, 'Nachbarschaftsverein Nord'));
    const ag = radius(node(element, 'Arbeitsgruppe Garten'));
    const allein = radius(node(element, 'Einzelkämpferin'));
    expect(verein).to.be.greaterThan(ag);
    expect(ag).to.be.greaterThan(allein);
    expect(text(root(element).querySelector('.note'))).to.contain('Größe: Zahl der Beziehungen');
    element.nodeSize = 'circle';
    await element.updateComplete;
    expect(radius(node(element, 'Nachbarschaftsverein Nord'))).to.be.closeTo(15, 0.5);
    expect(radius(node(element, 'Arbeitsgruppe Garten'))).to.be.closeTo(12, 0.5);
    expect(radius(node(element, 'Einzelkämpferin'))).to.be.closeTo(7, 0.5);
    expect(text(root(element).querySelector('.note'))).to.contain('Größe: Kreis');
  });

  it('selects an actor: highlights its relations and shows details with path distances', async () => {
    const element = await partnerMap();
    const selected = oneEvent(element, 'koop-actor-select');
    const verein = node(element, 'Nachbarschaftsverein Nord');
    await sendMouse({ type: 'click', position: inView(element, verein) });
    const event = await selected;
    expect(event.detail.id).to.equal('verein');
    await element.updateComplete;
    expect(element.selected).to.equal('verein');
    expect(element.getAttribute('selected')).to.equal('verein');
    expect(verein.getAttribute('aria-pressed')).to.equal('true');
    // The overlay dims the rest and draws the selection again, thicker.
    const overlay = root(element).querySelector('svg.overlay')!;
    expect(overlay.querySelector('.scrim')).to.exist;
    const lines = overlay.querySelectorAll('.selection path.e:not(.inner)');
    expect(lines).to.have.length(7);
    expect(parseFloat(getComputedStyle(lines[0]).strokeWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(root(element).querySelector('.edges path.e.t-cooperation')!).strokeWidth),
    );
    expect(overlay.querySelector('.ring')).to.exist;
    expect(overlay.querySelectorAll('.selection g.n')).to.have.length(7); // it and six neighbours
    // The overlay is hidden from assistive technology: its copies carry no state and no tab stop.
    expect(overlay.getAttribute('aria-hidden')).to.equal('true');
    expect(overlay.querySelectorAll('[aria-pressed], [tabindex], [role]')).to.have.length(0);
    expect([...overlay.querySelectorAll('.selection text')].map(text)).to.include('Projektförderung');

    const panel = details(element)!;
    expect(text(panel.querySelector('[role="heading"]'))).to.equal('Nachbarschaftsverein Nord');
    const content = text(panel);
    expect(content).to.contain('Organisation · Zivilgesellschaft · Kernkreis');
    expect(content).to.contain('Träger des Nachbarschaftshauses.');
    expect(content).to.contain('Ort: Köln');
    expect(content).to.contain('Träger (Vorstand)');
    expect(content).to.contain('gefördert von Bürgerstiftung: Projektförderung (2019 – Juni 2021)');
    expect(content).to.contain('kooperiert mit Sozialamt: Kooperationsvertrag (seit 2018)');
    expect(content).to.contain('beauftragt von Sozialamt');
    expect(content).to.contain('hat als Mitglied Arbeitsgruppe Garten');
    expect(content).to.contain('Abhängigkeit seitens Druckerei Schmidt');
    expect(panel.querySelector('a[href="https://example.org/verein"]')).to.exist;
    const distances = [...panel.querySelectorAll('.distances li')].map(text);
    expect(distances).to.deep.equal([
      '1 Schritt: Sozialamt, Bürgerstiftung, Druckerei Schmidt, Anzeiger, Moderationsbüro, Arbeitsgruppe Garten',
      '2 Schritte: Hochschule, Stadtrat',
      'nicht erreichbar: Einzelkämpferin',
    ]);
    expect(text(root(element).querySelector('.partner-map > [role="status"]'))).to.equal(
      'Ausgewählt: Nachbarschaftsverein Nord, 7 Beziehungen',
    );
  });

  it('moves on to a related actor from the details, and clears the selection', async () => {
    const element = await partnerMap({ selected: 'verein' });
    const jump = [...details(element)!.querySelectorAll<HTMLButtonElement>('button.jump')].find(
      (b) => text(b) === 'Sozialamt',
    )!;
    jump.click();
    await waitUntil(
      () => root(element).activeElement === node(element, 'Sozialamt'),
      'focus on the new actor',
    );
    expect(element.selected).to.equal('amt');
    expect(text(details(element)!)).to.contain('2 Schritte');
    button(element, 'Auswahl aufheben').click();
    await element.updateComplete;
    expect(element.selected).to.equal(null);
    expect(details(element)).to.equal(null);
    expect(root(element).querySelector('svg.overlay .scrim')).to.equal(null);
  });

  it('gives focus back to the actor on the map when its details close from the keyboard', async () => {
    const element = await partnerMap({ selected: 'verein' });
    const clear = button(element, 'Auswahl aufheben');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => root(element).activeElement === node(element, 'Nachbarschaftsverein Nord'),
      'focus on the actor the details were about',
    );
    expect(details(element)).to.equal(null);
    expect(document.activeElement === element, 'focus stays in the widget').to.equal(true);
    expect(node(element, 'Nachbarschaftsverein Nord').tabIndex).to.equal(0);
  });

  it('shows an ego network with focus and depth', async () => {
    const element = await partnerMap({ 'focus-actor': 'amt' });
    expect(nodes(element).map((n) => n.getAttribute('aria-label')!.split(',')[0])).to.have.members([
      'Sozialamt',
      'Nachbarschaftsverein Nord',
      'Hochschule',
      'Stadtrat',
    ]);
    expect(summary(element)).to.contain('Netz um Sozialamt: Akteure bis 1 Schritt entfernt');
    element.depth = 2;
    await element.updateComplete;
    expect(nodes(element)).to.have.length(9);
    // The focus actor is in the middle of its network.
    const [fx, fy] = position(node(element, 'Sozialamt'));
    expect(Math.hypot(fx, fy)).to.be.below(1);
    const unknown = await partnerMap({ 'focus-actor': 'gibt-es-nicht' });
    expect(text(root(unknown))).to.contain('Den Akteur „gibt-es-nicht“ gibt es in diesem Dokument nicht');
    expect(nodes(unknown)).to.have.length(10);
  });

  it('shows only what was valid at a date (at), also through the slider', async () => {
    const element = await partnerMap({ at: '2019-06' });
    // The mandate (2020-03), advice (2021), conflict (2022) and the university (2020) are not there yet.
    expect(summary(element)).to.equal('9 Akteure, 6 Beziehungen');
    expect(root(element).querySelector('.edges .t-mandate')).to.equal(null);
    expect(() => node(element, 'Hochschule')).to.throw();
    const slider = root(element).querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(slider.getAttribute('aria-valuetext')).to.equal('Juni 2019');
    expect(text(root(element).querySelector('.time output'))).to.equal('Juni 2019');
    // The last position shows all times.
    slider.value = slider.max;
    slider.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(element.at).to.equal(null);
    expect(summary(element)).to.equal('10 Akteure, 9 Beziehungen');
    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(element.at).to.equal('2018-01-01');
    expect(summary(element)).to.equal('9 Akteure, 5 Beziehungen');
    // Positions stay put while the network grows.
    const all = await partnerMap();
    expect(position(node(element, 'Sozialamt'))).to.deep.equal(position(node(all, 'Sozialamt')));
    element.at = 'kein Datum';
    await element.updateComplete;
    expect(text(root(element))).to.contain('„kein Datum“ ist kein gültiges Datum');
  });

  it('filters the demo network by date: ended and later relations disappear', async () => {
    const element = await partnerMap({ src: EQUAL, at: '2004-12' });
    element.selected = 'jaider';
    await element.updateComplete;
    const content = text(details(element)!);
    expect(content).not.to.contain('Erstes Kooperationsmodell Solingen');
    expect(content).not.to.contain('Zweites Kooperationsmodell Solingen');
    element.at = '2005-03';
    await element.updateComplete;
    expect(text(details(element)!)).to.contain('Zweites Kooperationsmodell Solingen');
  });

  it('zooms with the buttons and fits the whole map into view', async () => {
    const element = await partnerMap();
    const start = camera(element).s;
    button(element, 'Vergrößern').click();
    expect(camera(element).s).to.be.closeTo(start * 1.25, 0.01);
    button(element, 'Verkleinern').click();
    button(element, 'Verkleinern').click();
    expect(camera(element).s).to.be.closeTo(start * 0.8, 0.01);
    for (let k = 0; k < 4; k++) button(element, 'Vergrößern').click();
    button(element, 'Ganz zeigen').click();
    const map = root(element).querySelector('svg.base')!.getBoundingClientRect();
    for (const n of nodes(element)) {
      const box = n.getBoundingClientRect();
      expect(box.left).to.be.at.least(map.left);
      expect(box.right).to.be.at.most(map.right);
      expect(box.top).to.be.at.least(map.top);
      expect(box.bottom).to.be.at.most(map.bottom);
    }
  });

  it('zooms with the wheel around the pointer and pans by dragging', async () => {
    const element = await partnerMap();
    const map = root(element).querySelector<SVGSVGElement>('svg.base')!;
    const target = node(element, 'Sozialamt');
    inView(element, target);
    const before = centre(target);
    const scale = camera(element).s;
    map.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        clientX: before.x,
        clientY: before.y,
        bubbles: true,
        cancelable: true,
      }),
    );
    expect(camera(element).s).to.be.greaterThan(scale * 1.2);
    const after = centre(target);
    expect(after.x).to.be.closeTo(before.x, 1);
    expect(after.y).to.be.closeTo(before.y, 1);

    // Drag from an empty corner: pans, does not select.
    const box = map.getBoundingClientRect();
    const from = [Math.round(box.left + 6), Math.round(box.top + 6)] as [number, number];
    const { x, y } = camera(element);
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] + 60, from[1] + 40] });
    await sendMouse({ type: 'up' });
    expect(camera(element).x).to.be.closeTo(x + 60, 1);
    expect(camera(element).y).to.be.closeTo(y + 40, 1);
    expect(element.selected).to.equal(null);
  });

  it('zooms with a pinch of two fingers', async () => {
    const element = await partnerMap();
    const map = root(element).querySelector<SVGSVGElement>('svg.base')!;
    const box = map.getBoundingClientRect();
    const at = (id: number, type: string, x: number) =>
      map.dispatchEvent(
        new PointerEvent(type, {
          pointerId: id,
          pointerType: 'touch',
          clientX: box.left + x,
          clientY: box.top + 100,
          bubbles: true,
        }),
      );
    const scale = camera(element).s;
    at(11, 'pointerdown', 100);
    at(12, 'pointerdown', 200);
    at(12, 'pointermove', 300);
    at(11, 'pointerup', 100);
    at(12, 'pointerup', 300);
    expect(camera(element).s).to.be.closeTo(scale * 2, 0.05);
    expect(element.selected).to.equal(null);
  });

  it('is operated by keyboard: Tab into the map, arrows to the nearest actor, Enter, Escape', async () => {
    const element = await partnerMap();
    button(element, 'PNG').focus();
    await sendKeys({ press: 'Tab' });
    const first = root(element).activeElement as SVGGElement;
    expect(first.matches('svg.base g.n')).to.equal(true);
    expect(nodes(element).filter((n) => n.tabIndex === 0)).to.deep.equal([first]);
    // The focus ring is drawn (on the overlay) for keyboard focus.
    expect(root(element).querySelector('svg.overlay .focus-ring')!.getAttribute('d')).not.to.equal('');

    const all = nodes(element);
    const xs = all.map((n) => position(n)[0]);
    const ys = all.map((n) => position(n)[1]);
    const indices = all.map((_, k) => k);
    for (const [key, dx, dy] of [
      ['ArrowRight', 1, 0],
      ['ArrowDown', 0, 1],
      ['ArrowLeft', -1, 0],
      ['ArrowUp', 0, -1],
    ] as const) {
      const from = all.indexOf(root(element).activeElement as SVGGElement);
      const expected = nearestInDirection(indices, xs, ys, from, dx, dy);
      await sendKeys({ press: key });
      const now = all.indexOf(root(element).activeElement as SVGGElement);
      expect(now, key).to.equal(expected < 0 ? from : expected);
      if (expected >= 0) {
        const [x0, y0] = position(all[from]);
        const [x1, y1] = position(all[now]);
        expect((x1 - x0) * dx + (y1 - y0) * dy, key).to.be.greaterThan(0);
      }
    }
    const focused = root(element).activeElement as SVGGElement;
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused.getAttribute('aria-pressed')).to.equal('true');
    expect(element.selected).not.to.equal(null);
    expect(details(element)).to.exist;
    expect(root(element).activeElement).to.equal(focused);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.selected).to.equal(null);
    expect(focused.getAttribute('aria-pressed')).to.equal('false');
    // + and − zoom.
    const scale = camera(element).s;
    await sendKeys({ press: '+' });
    expect(camera(element).s).to.be.greaterThan(scale);
  });

  it('lists every actor with its relations as text ("Als Liste")', async () => {
    const element = await partnerMap();
    const toggle = button(element, 'Als Liste');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(element.view).to.equal('list');
    expect(root(element).querySelector('svg.base')).to.equal(null);
    const items = [...root(element).querySelectorAll('.list > li')];
    expect(items).to.have.length(10);
    const stiftung = items.find((li) => text(li.querySelector('[role="heading"]')) === 'Bürgerstiftung')!;
    expect(text(stiftung)).to.contain('Fördermittelgebende · strategischer Kreis');
    expect(text(stiftung)).to.contain(
      'fördert Nachbarschaftsverein Nord: Projektförderung (2019 – Juni 2021)',
    );
    const ag = items.find((li) => text(li.querySelector('[role="heading"]')) === 'Arbeitsgruppe Garten')!;
    expect(text(ag)).to.contain('Teil von: Nachbarschaftsverein Nord');
    const allein = items.find((li) => text(li.querySelector('[role="heading"]')) === 'Einzelkämpferin')!;
    expect(text(allein)).to.contain('0 Beziehungen');
    // Filters apply to the list too.
    button(element, 'Zivilgesellschaft').click();
    await element.updateComplete;
    expect(root(element).querySelectorAll('.list > li')).to.have.length(7);
    await element.exportAs('svg').then(
      () => expect.fail('no export from the list'),
      (error: Error) => expect(error.message).to.contain('not shown'),
    );
    toggle.click();
    await element.updateComplete;
    expect(root(element).querySelector('svg.base')).to.exist;
  });

  it('speaks English', async () => {
    const element = await partnerMap({ lang: 'en', selected: 'verein' });
    expect(text(root(element).querySelector('#heading'))).to.equal('Actors and relations');
    expect(summary(element)).to.equal('10 actors, 9 relations');
    expect(text(button(element, 'Civil society'))).to.equal('Civil society (3)');
    const content = text(details(element)!);
    expect(content).to.contain('Runs the neighbourhood centre.');
    expect(content).to.contain('funded by Bürgerstiftung: Projektförderung (2019 – June 2021)');
    expect(content).to.contain('1 step:');
    expect(content).to.contain('not reachable: Einzelkämpferin');
    expect(node(element, 'Sozialamt').getAttribute('aria-label')).to.equal(
      'Sozialamt, Administration, 4 relations',
    );
  });

  it('shows hostile text as text and never links a javascript: URL', async () => {
    const doc = partnerDocument() as any;
    doc.actors[0].name = '<img src=x onerror="window.__pmXss=1">';
    doc.actors[0].description = '<script>window.__pmXss=2</script>';
    doc.actors[0].url = ' javascript:alert(1)';
    doc.relations[0].label = '"><svg onload="window.__pmXss=3">';
    const element = await partnerMap({ selected: 'verein' }, doc);
    const shadow = root(element);
    expect(shadow.querySelector('img, script, foreignObject')).to.equal(null);
    expect(shadow.querySelectorAll('svg svg')).to.have.length(0);
    expect(text(details(element)!)).to.contain('<script>window.__pmXss=2</script>');
    expect(text(details(element)!)).to.contain('"><svg onload="window.__pmXss=3">');
    expect(details(element)!.querySelector('a')).to.equal(null);
    expect(nodes(element)[0].getAttribute('aria-label')).to.contain('<img src=x');
    expect([...shadow.querySelectorAll('svg text')].map(text).join(' ')).to.contain('<img src=x');
    expect((window as any).__pmXss).to.equal(undefined);
    const svgText = await (await element.exportAs('svg')).text();
    expect(svgText).not.to.contain('<img');
    expect(svgText).to.contain('&lt;img');
  });

  it('says when there are no actors', async () => {
    const element = await partnerMap({}, { schemaVersion: '1.0', cooperation: { name: 'Leer' } });
    expect(text(root(element))).to.contain('Für diese Kooperation sind noch keine Akteure eingetragen.');
  });
});
