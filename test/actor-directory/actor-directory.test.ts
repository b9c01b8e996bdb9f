import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/actor-directory/koop-actor-directory.js';
import type { KoopActorDirectory } from '@koop/actor-directory';
import { directoryDocument, manyOffers } from '../fixtures/directory-document.js';
import { runWidgetContract } from '../support/widget-contract.js';
import { freshCache, shadow, textOf } from '../support/helpers.js';

/** Wednesday 15:30 in Berlin (summer time): the homework help is open. */
const WEDNESDAY = new Date('2024-06-12T13:30:00Z');

async function directory(doc: unknown = directoryDocument(), attributes: Partial<KoopActorDirectory> = {}) {
  const element = document.createElement('koop-actor-directory');
  Object.assign(element, { now: WEDNESDAY, ...attributes });
  element.data = doc;
  await fixture(html`<div></div>`).then((host) => host.append(element));
  await waitUntil(() => shadow(element).querySelector('.directory, [role="alert"]'), 'rendered', {
    timeout: 5000,
  });
  await element.updateComplete;
  return element;
}

const root = (element: Element) => shadow(element);
const names = (element: Element) =>
  [...root(element).querySelectorAll('.actor-name')].map((n) => n.textContent!.trim());
const offerTitles = (element: Element) =>
  [...root(element).querySelectorAll('.offer-name')].map((n) => n.textContent!.trim());
const count = (element: Element) => root(element).querySelector('.count')!.textContent!.trim();
const settle = async (element: KoopActorDirectory) => {
  await element.updateComplete;
  await element.updateComplete;
};

describe('<koop-actor-directory>', () => {
  freshCache();
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists the actors A–Z with their offers, anchors and headings below its own', async () => {
    const element = await directory();
    expect(names(element)).to.deep.equal([
      'Amt für Soziales',
      'Ärztehaus Müller',
      'Bürgerstiftung',
      'Nachbarschaftsverein Nordviertel e.V.',
    ]);
    expect(count(element)).to.equal('4 Akteure, 5 Angebote');
    const actor = root(element).querySelector('#koop-actor-verein')!;
    expect(actor.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(
      actor.querySelector('#koop-offer-hausaufgaben [role="heading"]')!.getAttribute('aria-level'),
    ).to.equal('4');
    expect(
      actor.querySelector('#koop-offer-hausaufgaben .tags')!.textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal('Kurs · Junge Menschen · Nordviertel');
    // The foundation has no offer: said so.
    expect(root(element).querySelector('#koop-actor-stiftung')!.textContent).to.contain(
      'Keine Angebote eingetragen.',
    );
    expect(root(element).querySelector('.az')!.textContent!.replace(/\s+/g, '')).to.equal('ABN');
  });

  it('links mail and phone through the allowlist, and shows opening hours with "jetzt geöffnet"', async () => {
    const element = await directory();
    const offer = root(element).querySelector('#koop-offer-hausaufgaben')!;
    const hrefs = [...offer.querySelectorAll('a[part~="link"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:hausaufgaben@verein.example', 'tel:03412419274']);
    expect(offer.textContent).to.contain('Mo, Mi 14:00–17:00 Uhr');
    expect(offer.querySelector('.open-mark')!.textContent).to.equal('jetzt geöffnet');
    expect(root(element).querySelector('#koop-offer-erzaehlcafe .open-mark')).to.equal(null);
  });

  it('never links an unsafe URL and renders texts as text', async () => {
    const doc = directoryDocument() as any;
    doc.actors[0].offers[0].url = 'javascript:alert(1)';
    doc.actors[0].offers[0].title = '<img src=x onerror=alert(1)>';
    const element = await directory(doc);
    expect(root(element).querySelector('img')).to.equal(null);
    expect(root(element).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(textOf(element)).to.contain('<img src=x onerror=alert(1)>');
    expect(textOf(element)).to.contain('javascript:alert(1)');
  });

  it('searches actors and offers without regard to umlauts and accents', async () => {
    const element = await directory(directoryDocument(), { query: 'arztehaus' });
    expect(names(element)).to.deep.equal(['Ärztehaus Müller']);
    // A word of the actor's name lists all its offers; a word of an offer only that offer.
    expect(offerTitles(element)).to.deep.equal(['Offene Sprechstunde für Geflüchtete', 'Nachtsport']);
    element.query = 'nachtsport muller';
    await settle(element);
    expect(offerTitles(element)).to.deep.equal(['Nachtsport']);
    element.query = 'ERZAHLCAFE';
    await settle(element);
    expect(offerTitles(element)).to.deep.equal(['Erzählcafé']);
    expect(count(element)).to.equal('Ein Akteur, 1 von 5 Angeboten');
  });

  it('filters by target group, district, sector, kind and open now, reflected in attributes', async () => {
    const element = await directory();
    const select = (id: string, value: string) => {
      const field = root(element).querySelector<HTMLSelectElement>(`#${id}`)!;
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    select('target-group', 'senioren');
    await settle(element);
    expect(element.getAttribute('target-group')).to.equal('senioren');
    expect(offerTitles(element)).to.deep.equal(['Sozialberatung', 'Erzählcafé']);
    select('district', 'nord');
    await settle(element);
    expect(element.getAttribute('district')).to.equal('nord');
    expect(offerTitles(element)).to.deep.equal(['Erzählcafé']);
    element.resetFilters();
    select('sector', 'business');
    await settle(element);
    expect(element.getAttribute('sector')).to.equal('business');
    expect(names(element)).to.deep.equal(['Ärztehaus Müller']);
    element.resetFilters();
    select('kind', 'counselling');
    await settle(element);
    expect(element.getAttribute('kind')).to.equal('counselling');
    expect(offerTitles(element)).to.deep.equal(['Sozialberatung']);
    element.resetFilters();
    root(element).querySelector<HTMLInputElement>('.check input')!.click();
    await settle(element);
    expect(element.hasAttribute('open-now')).to.equal(true);
    expect(offerTitles(element)).to.deep.equal(['Hausaufgabenhilfe']);
    // Saturday 23:30 and Sunday 01:00: the night sport runs past midnight.
    for (const now of ['2024-06-15T21:30:00Z', '2024-06-15T23:00:00Z']) {
      element.now = new Date(now);
      await settle(element);
      expect(offerTitles(element), now).to.deep.equal(['Nachtsport']);
    }
    root(element).querySelector<HTMLButtonElement>('.filter-status button')!.click();
    await settle(element);
    expect(element.hasAttribute('open-now')).to.equal(false);
    expect(names(element)).to.have.length(4);
  });

  it('shows cards or a compact list (view), and the view buttons say which is on', async () => {
    const element = await directory();
    expect(root(element).querySelector('.actors.cards')).to.exist;
    const [cards, list] = root(element).querySelectorAll<HTMLButtonElement>('.views button');
    expect(cards.getAttribute('aria-pressed')).to.equal('true');
    list.click();
    await settle(element);
    expect(element.getAttribute('view')).to.equal('list');
    expect(root(element).querySelector('.actors.compact')).to.exist;
    expect(root(element).querySelector('.offer .facts')).to.equal(null);
    expect(list.getAttribute('aria-pressed')).to.equal('true');
  });

  it('pages thousands of offers and jumps there by the A–Z index, moving focus', async () => {
    // Pages count offers; an actor's offers stay together.
    const element = await directory(manyOffers(260, 20), { pageSize: 50 });
    expect(count(element)).to.equal('260 Akteure, 5200 Angebote');
    expect(root(element).querySelectorAll('article')).to.have.length(3);
    expect(root(element).querySelectorAll('.offer')).to.have.length(60);
    const more = root(element).querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.contain('Weitere laden (50 von 5140 verbleibenden Angeboten)');
    more.click();
    await settle(element);
    expect(root(element).querySelectorAll('article')).to.have.length(5);
    expect(root(element).activeElement).to.equal(root(element).querySelectorAll('article')[3]);
    const letters = [...root(element).querySelectorAll<HTMLButtonElement>('.az button')];
    expect(letters).to.have.length(26);
    const c = letters.find((b) => b.textContent!.trim() === 'C')!;
    expect(c.getAttribute('aria-label')).to.equal('Akteure mit C');
    c.click();
    await settle(element);
    await waitUntil(() => root(element).activeElement?.matches('article'), 'focused');
    expect(root(element).activeElement!.querySelector('.actor-name')!.textContent!.trim()).to.match(/^C-/);
    // C's first actor is the 21st, starting at offer 401: the pages up to offer 450 are shown.
    expect(root(element).querySelectorAll('article')).to.have.length(23);
  });

  it('opens the actor or offer the URL points to, clearing filters that hide it', async () => {
    location.hash = '#koop-offer-sport';
    const element = await directory(manyOffers(0, 0));
    element.remove();
    const doc = directoryDocument();
    const fresh = await directory(doc, { kind: 'course' });
    await waitUntil(() => root(fresh).activeElement?.id === 'koop-offer-sport', 'offer focused');
    expect(fresh.kind).to.equal(null);
  });

  it("opens an actor's details: website, roles, relations and its entries in the record; fires events", async () => {
    const element = await directory();
    const article = root(element).querySelector('#koop-actor-verein')!;
    const toggle = article.querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const event = oneEvent(element, 'koop-directory-select');
    toggle.click();
    expect((await event).detail.id).to.equal('verein');
    await settle(element);
    expect(element.getAttribute('selected')).to.equal('verein');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = article.querySelector('[part~="details"]')!;
    expect(details.textContent!.replace(/\s+/g, ' '))
      .to.contain('Träger')
      .and.contain('Förderung: Bürgerstiftung');
    const entry = details.querySelector('a[href="#koop-entry-e1"]')!;
    expect(entry.textContent).to.equal('Hausaufgabenhilfe verlängert');
    const closed = oneEvent(element, 'koop-directory-select');
    toggle.click();
    expect((await closed).detail.id).to.equal(null);
  });

  it('counts offers by target group and district for planning, naming the gaps', async () => {
    const element = await directory();
    let planning = root(element).querySelector<HTMLDetailsElement>('details.planning')!;
    // Worked out when opened.
    expect(planning.open).to.equal(false);
    expect(planning.querySelector('table')).to.equal(null);
    planning.open = true;
    await oneEvent(planning, 'toggle');
    await settle(element);
    expect(element.hasAttribute('planning')).to.equal(true);
    planning = root(element).querySelector<HTMLDetailsElement>('details.planning')!;
    expect(planning.querySelector('summary')!.textContent).to.equal('Auswertung für die Planung');
    const rows = [...planning.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).to.deep.equal([
      ['Junge Menschen', '1', '1', '0 Lücke', '2'],
      ['Seniorinnen und Senioren', '1', '1', '0 Lücke', '2'],
      ['Geflüchtete', '0 Lücke', '1', '1', '2'],
    ]);
    expect(planning.querySelectorAll('th[scope="col"]')).to.have.length(5);
    expect(planning.querySelector('.gaps')!.textContent).to.contain('Junge Menschen – Ostend');
    const bars = [...planning.querySelectorAll('.chart li')].map((li) => li.textContent!.trim());
    expect(bars).to.deep.equal(['Junge Menschen: 2', 'Seniorinnen und Senioren: 2', 'Geflüchtete: 2']);
    expect(planning.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    // The other filters count; target group and district do not.
    element.kind = 'counselling';
    element.district = 'nord';
    await settle(element);
    expect(planning.querySelector('tbody tr td.total')!.textContent).to.equal('0');
    expect([...planning.querySelectorAll('tbody tr td.total')].map((td) => td.textContent)).to.deep.equal([
      '0',
      '1',
      '1',
    ]);
  });

  it('downloads the filtered list as CSV, formula-like texts defused', async () => {
    const doc = directoryDocument() as any;
    doc.actors[1].offers[0].title = '=HYPERLINK("x")';
    const element = await directory(doc, { targetGroup: 'senioren' });
    const csv = await element.exportCsv();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).to.equal(
      'Akteur;Sektor;Angebot;Art;Zielgruppen;Stadtteile;Ort;Öffnungszeiten;E-Mail;Telefon;Website;Seit;Bis',
    );
    expect(lines).to.have.length(3);
    expect(lines[1]).to.equal(
      'Amt für Soziales;Verwaltung;"\'=HYPERLINK(""x"")";Beratung;Seniorinnen und Senioren, Geflüchtete;Mitte;;Di, Do 09:00–12:00 Uhr;beratung@amt.example;;https://amt.example/beratung;;',
    );
    expect(root(element).querySelector('[part~="downloads"] button')!.textContent).to.contain('CSV');
  });

  it('speaks English with lang="en"', async () => {
    const element = await directory(directoryDocument(), { lang: 'en' } as Partial<KoopActorDirectory>);
    await waitUntil(() => textOf(element).includes('Actors and offers'), 'English');
    expect(count(element)).to.equal('4 actors, 5 offers');
    expect(offerTitles(element)).to.include('Homework help');
    expect(root(element).querySelector('details.planning summary')!.textContent).to.equal(
      'Evaluation for planning',
    );
  });

  it('says so when no offer matches, and when there are no actors', async () => {
    const element = await directory(directoryDocument(), { query: 'gibtesnicht' });
    expect(textOf(element)).to.contain('Keine Angebote passen zu diesen Filtern.');
    expect(root(element).querySelector('[part~="downloads"]')).to.equal(null);
    const empty = await directory({ schemaVersion: '1.2', cooperation: { name: 'Leer' } });
    expect(textOf(empty)).to.contain('Noch keine Akteure.');
    expect(root(empty).querySelector('.filters')).to.equal(null);
  });

  it('shows an unknown target group as a data error and the rest of the document', async () => {
    const doc = directoryDocument() as any;
    doc.actors[0].offers[0].targetGroups = ['kinder'];
    const element = await directory(doc);
    expect(root(element).querySelector('[part~="data-errors"]')!.textContent).to.contain(
      'Katalog der Zielgruppen',
    );
    expect(root(element).querySelector('[part~="data-paths"]')!.textContent).to.contain(
      'actors[0].offers[0].targetGroups[0]',
    );
    expect(names(element)).to.have.length(4);
  });

  it('is operated by keyboard: search, filters, the A–Z index as one tab stop', async () => {
    const element = await directory();
    root(element).querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({ type: 'hausaufgaben' });
    await settle(element);
    expect(element.query).to.equal('hausaufgaben');
    expect(offerTitles(element)).to.deep.equal(['Hausaufgabenhilfe']);
    await sendKeys({ press: 'Escape' });
    element.query = null;
    await settle(element);
    const letters = [...root(element).querySelectorAll<HTMLButtonElement>('.az button')];
    expect(letters.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    letters[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root(element).activeElement).to.equal(letters[1]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(element).activeElement?.id === 'koop-actor-stiftung', 'jumped to B');
    await expect(element).to.be.accessible();
  });

  it('is accessible with the details and the planning open, in both views', async () => {
    const element = await directory(directoryDocument(), { selected: 'verein', planning: true });
    await expect(element).to.be.accessible();
    element.view = 'list';
    await settle(element);
    await expect(element).to.be.accessible();
  });
});

runWidgetContract('koop-actor-directory');
