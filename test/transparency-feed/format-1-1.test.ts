import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/transparency-feed/koop-transparency-feed.js';
import { idFragment } from '@koop/core';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopDocument } from '@koop/schema';
import { feedDocument } from '../fixtures/entries.js';
import {
  AGENDA_ITEM,
  CANCELLED_MEETING,
  councilDocument,
  FOUNDING,
  ICAL_EVENT,
  MEETING,
} from '../fixtures/format-1-1.js';
import { shadow } from '../support/helpers.js';
import { emulateTimeZone } from '../support/media.js';

async function feed(data: KoopDocument = councilDocument(), attributes = { lang: 'de', types: '' }) {
  const element = await fixture<KoopTransparencyFeed>(
    html`<koop-transparency-feed
      .data=${data}
      lang=${attributes.lang}
      types=${attributes.types || ''}
      page-size="50"
    ></koop-transparency-feed>`,
  );
  await waitUntil(() => shadow(element).querySelector('.feed'), 'rendered');
  await element.updateComplete;
  return element;
}

const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const article = (element: Element, id: string) =>
  shadow(element).getElementById(`koop-entry-${idFragment(id)}`) as HTMLElement | null;
const dateOf = (element: Element, id: string) =>
  normal(article(element, id)?.querySelector(':scope > .date time')?.textContent);

describe('<koop-transparency-feed> with format 1.1: time zones', () => {
  afterEach(() => emulateTimeZone(undefined));

  it('shows local times and times with offset in the cooperation’s zone, naming it for a reader elsewhere', async () => {
    await emulateTimeZone('America/New_York');
    const element = await feed();
    // 17:00 in Musterstadt (Europe/Berlin, summer time), whatever the reader's clock says.
    expect(dateOf(element, MEETING)).to.equal('14. Oktober 2020, 17:00–19:30 Uhr MESZ');
    // 09:00 at UTC−7 is 18:00 in Berlin.
    expect(dateOf(element, ICAL_EVENT)).to.equal('20. Oktober 2020, 18:00–19:30 Uhr MESZ');
    expect(dateOf(element, CANCELLED_MEETING)).to.equal('11. November 2020, 17:00–19:00 Uhr MEZ');
  });

  it('does not name the zone for a reader in it, or in one with the same time', async () => {
    for (const zone of ['Europe/Berlin', 'Europe/Paris']) {
      await emulateTimeZone(zone);
      const element = await feed();
      expect(dateOf(element, MEETING), zone).to.equal('14. Oktober 2020, 17:00–19:30 Uhr');
    }
  });

  it('names the zone in English too', async () => {
    await emulateTimeZone('UTC');
    const element = await feed(councilDocument(), { lang: 'en', types: '' });
    expect(dateOf(element, MEETING)).to.equal('October 14, 2020, 5:00 – 7:30 PM GMT+2');
  });

  it('keeps reading a 1.0 document as before: times in the reader’s zone, no offset meaning UTC', async () => {
    await emulateTimeZone('America/New_York');
    const document = feedDocument(2);
    document.entries![0].date = '2026-06-30T18:00+02:00';
    document.entries![1].date = '2026-06-26T18:00';
    const element = await feed(document);
    expect(dateOf(element, 'e0')).to.equal('30. Juni 2026 um 12:00');
    expect(dateOf(element, 'e1')).to.equal('26. Juni 2026 um 14:00');
  });
});

describe('<koop-transparency-feed> with format 1.1: status, parts and partial dates', () => {
  it('says in words that a meeting was cancelled or postponed', async () => {
    const element = await feed();
    const cancelled = article(element, CANCELLED_MEETING)!;
    expect(normal(cancelled.querySelector('.type')!.textContent)).to.equal('Sitzung · abgesagt');
    expect(cancelled.classList.contains('status-cancelled')).to.equal(true);
    // The article's name carries the status too: title, then status.
    const names = cancelled.getAttribute('aria-labelledby')!.split(' ');
    expect(names.map((id) => normal(shadow(element).getElementById(id)!.textContent))).to.deep.equal([
      '6. Sitzung des Sozialausschusses',
      'abgesagt',
    ]);
    expect(
      normal(article(element, `${MEETING.replace('281', '295')}`)!.querySelector('.type')!.textContent),
    ).to.equal('Sitzung · verschoben');
    await expect(element).to.be.accessible();
  });

  it('lists agenda items inside their meeting, not beside it', async () => {
    const element = await feed();
    const meeting = article(element, MEETING)!;
    const agenda = meeting.querySelector(':scope > ol.parts')!;
    expect(agenda.getAttribute('aria-label')).to.equal('Tagesordnung');
    const items = [...agenda.querySelectorAll(':scope > li > article .entry-title')].map((t) =>
      normal(t.textContent),
    );
    expect(items).to.deep.equal([
      'Ö 1 Eröffnung und Feststellung der Beschlussfähigkeit',
      'Ö 2 Förderrichtlinie Nachbarschaftsprojekte',
    ]);
    const level = (el: Element) => Number(el.querySelector('[role="heading"]')!.getAttribute('aria-level'));
    expect(level(article(element, AGENDA_ITEM)!)).to.equal(level(meeting) + 1);
    const topLevel = [...shadow(element).querySelectorAll('.entries > li > article')];
    expect(topLevel).not.to.include(article(element, AGENDA_ITEM));
  });

  it('lists a part on its own, naming its meeting with a link, when a filter hides the meeting', async () => {
    const element = await feed(councilDocument(), { lang: 'de', types: 'decision' });
    const item = article(element, AGENDA_ITEM)!;
    const partOf = item.querySelector('.part-of a')!;
    expect(normal(item.querySelector('.part-of')!.textContent)).to.equal(
      'Teil von: 5. Sitzung des Sozialausschusses',
    );
    expect(partOf.getAttribute('href')).to.equal(`#koop-entry-${idFragment(MEETING)}`);
  });

  it('groups entries dated by year or month under that year or month', async () => {
    const element = await feed();
    const months = [...shadow(element).querySelectorAll('.month-heading')].map((h) => normal(h.textContent));
    expect(months).to.deep.equal(['Dezember 2020', 'November 2020', 'Oktober 2020', 'März 2019', '2004']);
    expect(dateOf(element, FOUNDING)).to.equal('2004');
  });

  it('links tel: addresses', async () => {
    const element = await feed();
    const links = [...article(element, MEETING)!.querySelectorAll(':scope > .links a')];
    expect(links.map((a) => a.getAttribute('href'))).to.include('tel:+49-721-5550199');
  });

  it('shows a web address without scheme as text and names it in the data notes', async () => {
    const document = councilDocument();
    document.entries![2].links!.push({ url: 'www.musterstadt.example/sitzungen', title: 'Sitzungskalender' });
    const element = await feed(document);
    const meeting = article(element, MEETING)!;
    const item = [...meeting.querySelectorAll(':scope > .links li')].at(-1)!;
    expect(item.querySelector('a')).to.equal(null);
    expect(normal(item.textContent)).to.equal('Sitzungskalender');
    const notes = normal(shadow(element).querySelector('[part~="data-warnings"]')!.textContent);
    expect(notes).to.contain('entries[2].links[2].url');
    expect(notes).to.contain('https://');
  });
});

describe('<koop-transparency-feed> with format 1.1: URL ids as anchors', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('encodes ids in anchors, permalinks and the names that point at them', async () => {
    const element = await feed();
    for (const id of [MEETING, AGENDA_ITEM, FOUNDING, ICAL_EVENT]) {
      const entry = article(element, id)!;
      expect(entry, id).to.exist;
      expect(entry.id).not.to.match(/\s/);
      expect(entry.querySelector(':scope > .permalink')!.getAttribute('href')).to.equal(`#${entry.id}`);
      for (const name of entry.getAttribute('aria-labelledby')!.split(' '))
        expect(shadow(element).getElementById(name), name).to.exist;
    }
    expect(article(element, FOUNDING)!.id).to.equal(
      'koop-entry-Gr%C3%BCndung%20des%20B%C3%BCrgervereins%202004',
    );
  });

  it('opens the entry a link with a URL id points to, also one inside its meeting', async () => {
    const element = await feed();
    for (const id of [MEETING, AGENDA_ITEM, FOUNDING]) {
      location.hash = `#koop-entry-${idFragment(id)}`;
      await waitUntil(() => shadow(element).activeElement === article(element, id), `focus on ${id}`);
    }
  });
});
