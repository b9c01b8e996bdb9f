import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { runWidgetContract } from '../support/widget-contract.js';
import '@koop/core/koop-data.js';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/transparency-feed/koop-transparency-feed.js';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import { feedDocument } from '../fixtures/entries.js';
import { freshCache, shadow, textOf, uniqueName } from '../support/helpers.js';

async function feed(
  template = html`<koop-transparency-feed .data=${feedDocument()}></koop-transparency-feed>`,
) {
  const element = await fixture<KoopTransparencyFeed>(template);
  await waitUntil(() => shadow(element).querySelector('.feed, [role="alert"]'), 'rendered', {
    timeout: 5000,
  });
  await element.updateComplete;
  return element;
}

const articles = (element: Element) => [...shadow(element).querySelectorAll('article')];
const titles = (element: Element) =>
  articles(element).map((a) => a.querySelector('.entry-title')!.textContent!.trim());

describe('<koop-transparency-feed>', () => {
  freshCache();
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists entries newest first, grouped by month, as articles with time elements', async () => {
    const element = await feed();
    expect(titles(element).slice(0, 2)).to.deep.equal(['Kooperationsvertrag beschlossen', 'Eintrag 1']);
    const months = [...shadow(element).querySelectorAll('.month-heading')].map((h) => h.textContent!.trim());
    expect(months[0]).to.equal('Juni 2026');
    expect(months[1]).to.equal('Mai 2026');
    const first = articles(element)[0];
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-06-30');
    expect(first.id).to.equal('koop-entry-e0');
    expect(shadow(element).querySelector('.month [role="heading"]')!.getAttribute('aria-level')).to.equal(
      '3',
    );
    expect(first.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('shows who, with which goal, in which way, the results and the milestones a decision moves', async () => {
    const element = await feed();
    const first = articles(element)[0];
    expect(first.querySelector('.type')!.textContent!.trim()).to.equal('Beschluss');
    const facts = Object.fromEntries(
      [...first.querySelectorAll('.facts div')].map((row) => [
        row.querySelector('dt')!.textContent!.trim(),
        row.querySelector('dd')!.textContent!.trim(),
      ]),
    );
    expect(facts).to.deep.equal({
      Wer: 'Stadtentwicklungsamt, Bürgerinitiative Nord',
      'Mit welchem Ziel': 'Gemeinsam planen',
      'In welcher Weise':
        'Präsenz · Gremium: Koordinationsrat · Systemisches Konsensieren · Ergebnis: angenommen · verbindlich',
      Ergebnisse: 'Vertrag unterzeichnet',
      'Bewegt die Meilensteine': 'Vertrag unterzeichnet',
    });
    expect(articles(element)[0].querySelector('.type svg.icon')).to.exist;
  });

  it('makes safe links links and unsafe ones text', async () => {
    const element = await feed();
    const links = [...articles(element)[0].querySelectorAll('.links a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/vertrag.pdf']);
    expect(articles(element)[0].querySelector('.links')!.textContent).to.contain('Böser Link');
  });

  it('renders hostile text as text', async () => {
    const doc = feedDocument(3);
    doc.entries![0].title = '<img src=x onerror="window.__feedXss=1">';
    doc.entries![0].summary = 'https://example.org/' + 'sehr-lang-'.repeat(40);
    const element = await feed(html`<koop-transparency-feed .data=${doc}></koop-transparency-feed>`);
    expect(shadow(element).querySelector('article img')).to.equal(null);
    expect(titles(element)[0]).to.equal('<img src=x onerror="window.__feedXss=1">');
    expect((window as any).__feedXss).to.equal(undefined);
  });

  it('filters by type, actor, goal, year and text, reflecting the filter in attributes', async () => {
    const element = await feed();
    const root = shadow(element);
    const decision = [...root.querySelectorAll<HTMLInputElement>('.types input')][0];
    decision.click();
    await element.updateComplete;
    expect(element.getAttribute('types')).to.equal('decision');
    expect(articles(element).every((a) => a.classList.contains('type-decision'))).to.equal(true);
    expect(root.querySelector('.count')!.textContent).to.contain('7 von 45');

    element.types = null;
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'mietvertrag' });
    await element.updateComplete;
    expect(element.getAttribute('query')).to.equal('mietvertrag');
    expect(articles(element).length).to.equal(9);

    const actor = root.querySelector<HTMLSelectElement>('select#actor')!;
    actor.value = 'amt';
    actor.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.getAttribute('actor')).to.equal('amt');
    expect(articles(element).length).to.equal(5);

    // "Filter zurücksetzen" goes away with the filters: focus stays on the count it stood beside.
    root.querySelector<HTMLButtonElement>('.filter-status button')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.hasAttribute('query')).to.equal(false);
    expect(element.hasAttribute('actor')).to.equal(false);
    expect(root.querySelector('.count')!.textContent).to.contain('45 Einträge');
    expect(root.querySelector('.filter-status button')).to.equal(null);
    expect(document.activeElement === element, 'focus stays in the widget').to.equal(true);
    expect(root.activeElement === root.querySelector('.filter-status'), 'focus on the count').to.equal(true);
  });

  it('starts pre-filtered from attributes an editor wrote', async () => {
    const element = await feed(
      html`<koop-transparency-feed
        .data=${feedDocument()}
        types="meeting,result"
        goal="g2"
        year="2026"
      ></koop-transparency-feed>`,
    );
    const shown = articles(element);
    expect(shown.length).to.be.greaterThan(0);
    for (const article of shown) {
      expect(
        article.classList.contains('type-meeting') || article.classList.contains('type-result'),
      ).to.equal(true);
      expect(article.textContent).to.contain('Gemeinsam planen');
    }
    expect(shadow(element).querySelector<HTMLSelectElement>('select#goal')!.value).to.equal('g2');
  });

  it('shows a page at a time and moves focus to the first new entry', async () => {
    const element = await feed();
    expect(articles(element)).to.have.length(20);
    const more = shadow(element).querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.contain('Weitere laden');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => articles(element).length === 40);
    expect(shadow(element).activeElement?.id).to.equal('koop-entry-e20');
    shadow(element).querySelector<HTMLButtonElement>('.more')!.click();
    await waitUntil(() => articles(element).length === 45);
    expect(shadow(element).querySelector('.more')).to.equal(null);
  });

  it('honours page-size', async () => {
    const element = await feed(
      html`<koop-transparency-feed page-size="5" .data=${feedDocument()}></koop-transparency-feed>`,
    );
    expect(articles(element)).to.have.length(5);
  });

  it('opens a linked entry (#koop-entry-…), loading pages and clearing filters as needed', async () => {
    history.replaceState(null, '', '#koop-entry-e33');
    const element = await feed(
      html`<koop-transparency-feed types="decision" .data=${feedDocument()}></koop-transparency-feed>`,
    );
    await waitUntil(() => shadow(element).activeElement?.id === 'koop-entry-e33', 'entry focused', {
      timeout: 3000,
    });
    expect(element.hasAttribute('types')).to.equal(false);
    expect(articles(element).length).to.equal(40);

    location.hash = '#koop-entry-e2';
    await waitUntil(() => shadow(element).activeElement?.id === 'koop-entry-e2', 'second entry focused', {
      timeout: 3000,
    });
  });

  it('gives every entry a permalink with a clear name', async () => {
    const element = await feed();
    const permalink = articles(element)[1].querySelector<HTMLAnchorElement>('a.permalink')!;
    expect(permalink.getAttribute('href')).to.equal('#koop-entry-e1');
    expect(permalink.textContent!.replace(/\s+/g, ' ')).to.contain('Link zu diesem Eintrag: Eintrag 1');
  });

  it('announces and marks entries that arrive with a refresh, without moving focus', async () => {
    const doc = feedDocument(10);
    const element = await feed(html`<koop-transparency-feed .data=${doc}></koop-transparency-feed>`);
    const search = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    const next = feedDocument(10);
    next.entries!.unshift({
      id: 'neu',
      date: '2026-07-02',
      type: 'announcement',
      title: 'Sommerfest im Haus',
    });
    element.data = next;
    const status = () =>
      [...shadow(element).querySelectorAll('[role="status"]')].map((s) => s.textContent!.trim()).join(' | ');
    await waitUntil(() => status().includes('Ein neuer Eintrag: Sommerfest im Haus'), 'announced', {
      timeout: 3000,
    });
    expect(articles(element)[0].querySelector('[part="new-badge"]')!.textContent).to.equal('Neu');
    expect(articles(element)[1].querySelector('[part="new-badge"]')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(search);
  });

  it('announces entries that arrive through refresh of src', async () => {
    const name = uniqueName('feed');
    const element = await feed(
      html`<koop-transparency-feed
        refresh="1"
        src="/__koop/sequence/${name}?steps=ok,added"
      ></koop-transparency-feed>`,
    );
    await waitUntil(() => shadow(element).querySelector('[part="new-badge"]'), 'new entry marked', {
      timeout: 5000,
    });
    expect(textOf(element)).to.contain('Neu eingetroffen');
    element.refresh = null;
  });

  it('exports the shown entries and downloads them as files', async () => {
    const element = await feed(
      html`<koop-transparency-feed types="meeting" .data=${feedDocument()}></koop-transparency-feed>`,
    );
    const json = JSON.parse(await element.exportAs('json'));
    expect(json.version).to.equal('https://jsonfeed.org/version/1.1');
    expect(json.items.length).to.equal(7);
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const buttons = [...shadow(element).querySelectorAll<HTMLButtonElement>('.downloads button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
        'JSON Feed',
        'Atom-Feed',
        'Kalender (iCalendar)',
      ]);
      buttons[2].click();
      await waitUntil(() => clicked.length === 1, 'download started');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0].download).to.match(/\.ics$/);
    expect(clicked[0].href).to.match(/^blob:/);
  });

  it('says when nothing matches and when there are no entries', async () => {
    const element = await feed(
      html`<koop-transparency-feed query="gibtesnicht" .data=${feedDocument()}></koop-transparency-feed>`,
    );
    expect(textOf(element)).to.contain('Keine Einträge passen zu diesen Filtern.');
    const empty = await feed(
      html`<koop-transparency-feed .data=${feedDocument(0)}></koop-transparency-feed>`,
    );
    expect(textOf(empty)).to.contain('Noch keine Einträge.');
  });

  it('speaks English', async () => {
    const element = await feed(
      html`<koop-transparency-feed lang="en" .data=${feedDocument()}></koop-transparency-feed>`,
    );
    expect(textOf(element)).to.contain('Record of the cooperation');
    expect(titles(element)[0]).to.equal('Cooperation agreement adopted');
    expect(textOf(element)).to.contain('June 2026');
  });

  it('reports bad entries with their paths', async () => {
    const doc = feedDocument(3) as any;
    doc.entries[1].type = 'gossip';
    delete doc.entries[2].date;
    const element = await feed(html`<koop-transparency-feed .data=${doc}></koop-transparency-feed>`);
    const alert = shadow(element).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('entries[1].type');
    expect(alert.textContent).to.contain('entries[2].date');
  });

  it('is accessible (axe) with filters, and in dark theme', async () => {
    const element = await feed();
    await expect(element).to.be.accessible();
    element.theme = 'dark';
    element.types = 'decision';
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});

runWidgetContract('koop-transparency-feed');
