import { expect } from '@open-wc/testing';
import { validateDocument, type Entry, type KoopDocument } from '@koop/schema';
import {
  exportFileName,
  toAtom,
  toICalendar,
  toJsonFeed,
  type FeedExportInput,
} from '../../packages/transparency-feed/src/exports.js';
import { CANCELLED_MEETING, councilDocument, ICAL_EVENT, MEETING } from '../fixtures/format-1-1.js';

const PAGE = 'https://example.org/kooperation/feuerwache';
const NOW = new Date(Date.UTC(2024, 5, 10, 8, 30, 15));
const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';

function feedDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    lang: 'de',
    updatedAt: '2024-06-01T12:00:00+02:00',
    license: 'CC BY 4.0',
    publisher: { name: 'Stadt Musterstadt', url: 'https://example.org/' },
    cooperation: {
      name: { de: 'Alte Feuerwache', en: 'Old Fire Station' },
      summary: { de: 'Ein Stadtteilzentrum in gemeinsamer Trägerschaft.', en: 'A shared community centre.' },
    },
    actors: [
      { id: 'verein', name: 'Förderverein Feuerwache' },
      { id: 'amt', name: { de: 'Kulturamt', en: 'Cultural Office' } },
      { id: 'lenkungskreis', name: 'Lenkungskreis Feuerwache', kind: 'body' },
    ],
    goals: [{ id: 'treffpunkt', title: { de: 'Offener Treffpunkt', en: 'Open meeting place' } }],
    entries: [
      {
        id: 'beirat-2024-05',
        date: '2024-05-03T18:00+02:00',
        type: 'meeting',
        title: { de: 'Sitzung des Beirats', en: 'Advisory board meeting' },
        summary: {
          de: 'Der Beirat tagt; Themen: Budget, Räume.',
          en: 'The board meets; topics: budget, rooms.',
        },
        actors: ['verein', 'amt'],
        goals: ['treffpunkt'],
        how: { format: 'in-person', location: 'Rathaus, Saal 2; Eingang B' },
        links: [
          { url: 'javascript:alert(1)', title: 'Böser Link' },
          { url: 'https://example.org/protokoll.pdf', title: 'Protokoll "Mai"' },
        ],
      },
      {
        id: 'umbau',
        date: '2024-04-15',
        type: 'milestone',
        title: 'Umbau abgeschlossen',
      },
      {
        id: 'nutzungsordnung',
        date: '2024-03-01',
        type: 'decision',
        title: 'Nutzungsordnung beschlossen',
        summary: 'Die Räume stehen allen Initiativen offen.',
        results: 'Nutzungsordnung in Kraft ab 1. April.',
        how: { procedure: 'consensus', binding: true, body: 'lenkungskreis' },
      },
    ],
  };
}

function input(overrides: Partial<FeedExportInput> = {}): FeedExportInput {
  const document = overrides.document ?? feedDocument();
  return {
    document,
    entries: document.entries ?? [],
    lang: 'de',
    pageUrl: PAGE,
    documentUrl: 'https://example.org/daten/feuerwache.json',
    now: NOW,
    ...overrides,
  };
}

/** A document whose only entry carries `entry`, merged over a plain meeting. */
function withEntry(entry: Partial<Entry>): FeedExportInput {
  const document = feedDocument();
  document.entries = [{ id: 'x', date: '2024-05-03', type: 'meeting', title: 'Sitzung', ...entry }];
  return input({ document, entries: document.entries });
}

const entryUrl = (id: string) => `${PAGE}#koop-entry-${id}`;

// --- Atom -----------------------------------------------------------------------------------

const ATOM = 'http://www.w3.org/2005/Atom';

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length, text).to.equal(0);
  return doc;
}

/** Direct children of `parent` in the Atom namespace named `name`. */
function atom(parent: Element, name: string): Element[] {
  return [...parent.children].filter((child) => child.namespaceURI === ATOM && child.localName === name);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// --- iCalendar --------------------------------------------------------------------------------

interface Property {
  name: string;
  params: string[];
  value: string;
}

/** Unfolds (CRLF + space) and splits into properties; parameters without quoted colons only. */
function parseIcs(text: string): Property[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name, params, value: line.slice(colon + 1) };
    });
}

/** The VEVENT blocks as lists of properties. */
function events(properties: Property[]): Property[][] {
  const result: Property[][] = [];
  let current: Property[] | undefined;
  for (const property of properties) {
    if (property.name === 'BEGIN' && property.value === 'VEVENT') current = [];
    else if (property.name === 'END' && property.value === 'VEVENT') {
      result.push(current!);
      current = undefined;
    } else current?.push(property);
  }
  return result;
}

const prop = (event: Property[], name: string) => event.find((p) => p.name === name);

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

// ---------------------------------------------------------------------------------------------

describe('transparency feed exports', () => {
  it('the test document is schema-valid (the javascript: link is its only warning)', () => {
    const { valid, problems } = validateDocument(feedDocument());
    expect(valid).to.equal(true);
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal(['warning entries[0].links[0].url']);
  });

  describe('toJsonFeed', () => {
    it('writes a JSON Feed 1.1 with the required fields and no feed_url', () => {
      const feed = JSON.parse(toJsonFeed(input()));
      expect(feed.version).to.equal('https://jsonfeed.org/version/1.1');
      expect(feed.title).to.equal('Alte Feuerwache');
      expect(feed.home_page_url).to.equal(PAGE);
      expect(feed).not.to.have.property('feed_url');
      expect(feed.description).to.equal('Ein Stadtteilzentrum in gemeinsamer Trägerschaft.');
      expect(feed.language).to.equal('de');
      expect(feed.authors).to.deep.equal([{ name: 'Stadt Musterstadt', url: 'https://example.org/' }]);
      expect(feed.items.map((item: { id: string }) => item.id)).to.deep.equal([
        entryUrl('beirat-2024-05'),
        entryUrl('umbau'),
        entryUrl('nutzungsordnung'),
      ]);
      for (const item of feed.items) {
        expect(item.url).to.equal(item.id);
        expect(item.title).to.be.a('string').and.not.equal('');
        expect(item.content_text).to.be.a('string');
        expect(item.date_published).to.match(RFC3339);
      }
    });

    it('gives RFC 3339 dates: a day at midnight UTC, a date-time converted to UTC', () => {
      const [meeting, milestone] = JSON.parse(toJsonFeed(input())).items;
      expect(meeting.date_published).to.equal('2024-05-03T16:00:00Z');
      expect(milestone.date_published).to.equal('2024-04-15T00:00:00Z');
      const local = JSON.parse(toJsonFeed(withEntry({ date: '2024-05-03T18:00' }))).items[0];
      expect(local.date_published).to.equal('2024-05-03T18:00:00Z');
    });

    it('puts summary, results, how and participants into content_text', () => {
      const items = JSON.parse(toJsonFeed(input())).items;
      const decision = items[2].content_text as string;
      expect(decision).to.contain('Die Räume stehen allen Initiativen offen.');
      expect(decision).to.contain('Ergebnisse: Nutzungsordnung in Kraft ab 1. April.');
      expect(decision).to.contain('Verfahren: Konsens');
      expect(decision).to.contain('Verbindlich: ja');
      expect(decision).to.contain('Gremium: Lenkungskreis Feuerwache');
      expect(items[0].content_text).to.contain('Ort: Rathaus, Saal 2; Eingang B');
      expect(items[0].content_text).to.contain('Beteiligt: Förderverein Feuerwache, Kulturamt');
      expect(items[0].summary).to.equal('Der Beirat tagt; Themen: Budget, Räume.');
      expect(items[1]).not.to.have.property('summary');
    });

    it('tags entries with the type label and goal titles, in English for en-GB', () => {
      expect(JSON.parse(toJsonFeed(input())).items[0].tags).to.deep.equal(['Sitzung', 'Offener Treffpunkt']);
      const feed = JSON.parse(toJsonFeed(input({ lang: 'en-GB' })));
      expect(feed.language).to.equal('en-GB');
      expect(feed.title).to.equal('Old Fire Station');
      expect(feed.items[0].title).to.equal('Advisory board meeting');
      expect(feed.items[0].tags).to.deep.equal(['Meeting', 'Open meeting place']);
      expect(feed.items[0].content_text).to.contain('Involved: Förderverein Feuerwache, Cultural Office');
      expect(feed.items[1].tags).to.deep.equal(['Milestone']);
      expect(feed.items[2].content_text).to.contain('Procedure: Consensus');
    });

    it('uses only the first safe link as external_url and never a javascript: URL', () => {
      const text = toJsonFeed(input());
      expect(JSON.parse(text).items[0].external_url).to.equal('https://example.org/protokoll.pdf');
      expect(JSON.parse(text).items[1]).not.to.have.property('external_url');
      expect(text.toLowerCase()).not.to.contain('javascript:');
      const onlyBad = JSON.parse(toJsonFeed(withEntry({ links: [{ url: ' JavaScript:alert(1)' }] })));
      expect(onlyBad.items[0]).not.to.have.property('external_url');
    });

    it('handles an empty list, missing texts and partial dates without throwing', () => {
      const document = feedDocument();
      delete document.cooperation.summary;
      delete document.publisher;
      const empty = JSON.parse(toJsonFeed(input({ document, entries: [] })));
      expect(empty.items).to.deep.equal([]);
      expect(empty).not.to.have.property('description');
      expect(empty).not.to.have.property('authors');
      const partial = JSON.parse(toJsonFeed(withEntry({ date: '2024-05', title: '' }))).items[0];
      expect(partial.date_published).to.equal('2024-05-01T00:00:00Z');
      expect(partial.title).to.equal('Sitzung');
      expect(partial.content_text).to.equal('');
      const broken = JSON.parse(toJsonFeed(withEntry({ date: 'irgendwann' }))).items[0];
      expect(broken).not.to.have.property('date_published');
    });
  });

  describe('toAtom', () => {
    it('writes a well-formed Atom feed with id, title, updated, author and links', () => {
      const text = toAtom(input());
      expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).to.equal(true);
      const feed = parseXml(text).documentElement;
      expect(feed.namespaceURI).to.equal(ATOM);
      expect(feed.localName).to.equal('feed');
      expect(feed.getAttribute('xml:lang')).to.equal('de');
      expect(atom(feed, 'id')[0].textContent).to.equal(PAGE);
      expect(atom(feed, 'title')[0].textContent).to.equal('Alte Feuerwache');
      expect(atom(feed, 'updated')[0].textContent).to.equal('2024-06-01T10:00:00Z');
      expect(atom(atom(feed, 'author')[0], 'name')[0].textContent).to.equal('Stadt Musterstadt');
      const alternate = atom(feed, 'link').find((link) => link.getAttribute('rel') === 'alternate');
      expect(alternate?.getAttribute('href')).to.equal(PAGE);
      const related = atom(feed, 'link').find((link) => link.getAttribute('rel') === 'related');
      expect(related?.getAttribute('href')).to.equal('https://example.org/daten/feuerwache.json');
    });

    it('writes one entry per feed entry with id, title, updated, published, link and categories', () => {
      const feed = parseXml(toAtom(input())).documentElement;
      const entries = atom(feed, 'entry');
      expect(entries).to.have.length(3);
      const [meeting, milestone] = entries;
      expect(atom(meeting, 'id')[0].textContent).to.equal(entryUrl('beirat-2024-05'));
      expect(atom(meeting, 'title')[0].textContent).to.equal('Sitzung des Beirats');
      expect(atom(meeting, 'updated')[0].textContent).to.equal('2024-05-03T16:00:00Z');
      expect(atom(meeting, 'published')[0].textContent).to.equal('2024-05-03T16:00:00Z');
      expect(atom(milestone, 'updated')[0].textContent).to.equal('2024-04-15T00:00:00Z');
      const links = atom(meeting, 'link');
      expect(links.find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href')).to.equal(
        entryUrl('beirat-2024-05'),
      );
      const related = links.filter((l) => l.getAttribute('rel') === 'related');
      expect(related.map((l) => l.getAttribute('href'))).to.deep.equal(['https://example.org/protokoll.pdf']);
      expect(related[0].getAttribute('title')).to.equal('Protokoll "Mai"');
      expect(atom(meeting, 'summary')[0].getAttribute('type')).to.equal('text');
      expect(atom(meeting, 'summary')[0].textContent).to.equal('Der Beirat tagt; Themen: Budget, Räume.');
      expect(atom(meeting, 'category').map((c) => c.getAttribute('term'))).to.deep.equal([
        'Sitzung',
        'Offener Treffpunkt',
      ]);
      for (const entry of entries) expect(atom(entry, 'updated')[0].textContent).to.match(RFC3339);
    });

    it('keeps markup in titles as text and survives control characters and lone surrogates', () => {
      const hostile = `${HOSTILE_TITLE} & 'x' \u0001\u0008\uFFFF\uD800 Ende`;
      const text = toAtom(withEntry({ title: hostile, summary: `<script>alert(1)</script>\u000B` }));
      const doc = parseXml(text);
      expect(doc.getElementsByTagName('img').length).to.equal(0);
      expect(doc.getElementsByTagName('script').length).to.equal(0);
      const entry = atom(doc.documentElement, 'entry')[0];
      expect(atom(entry, 'title')[0].textContent).to.equal(`${HOSTILE_TITLE} & 'x'  Ende`);
      expect(atom(entry, 'summary')[0].textContent).to.equal('<script>alert(1)</script>');
      expect(text).not.to.contain('<img');
      expect(text).not.to.contain('\u0001');
    });

    it('falls back for updated and author and never links a javascript: URL', () => {
      const document = feedDocument();
      delete document.updatedAt;
      delete document.publisher;
      const newest = parseXml(toAtom(input({ document }))).documentElement;
      expect(atom(newest, 'updated')[0].textContent).to.equal('2024-05-03T16:00:00Z');
      expect(atom(atom(newest, 'author')[0], 'name')[0].textContent).to.equal('Alte Feuerwache');
      const empty = parseXml(toAtom(input({ document, entries: [] }))).documentElement;
      expect(atom(empty, 'updated')[0].textContent).to.equal('2024-06-10T08:30:15Z');
      expect(atom(empty, 'entry')).to.have.length(0);
      const text = toAtom(input({ documentUrl: 'javascript:alert(1)' }));
      expect(text.toLowerCase()).not.to.contain('javascript:');
    });
  });

  describe('toICalendar', () => {
    it('writes a balanced VCALENDAR with CRLF line endings and the required properties', () => {
      const text = toICalendar(input());
      expect(text.endsWith('\r\n')).to.equal(true);
      expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const properties = parseIcs(text);
      expect(properties[0]).to.deep.include({ name: 'BEGIN', value: 'VCALENDAR' });
      expect(properties.at(-1)).to.deep.include({ name: 'END', value: 'VCALENDAR' });
      let depth = 0;
      for (const p of properties) {
        if (p.name === 'BEGIN') depth += 1;
        if (p.name === 'END') depth -= 1;
        expect(depth).to.be.at.least(0);
      }
      expect(depth).to.equal(0);
      const value = (name: string) => properties.find((p) => p.name === name)?.value;
      expect(value('VERSION')).to.equal('2.0');
      expect(value('PRODID')).to.equal('-//Koop//Transparency feed//DE');
      expect(value('CALSCALE')).to.equal('GREGORIAN');
      expect(value('X-WR-CALNAME')).to.equal('Alte Feuerwache');
    });

    it('has one VEVENT per dated entry of every type, with UID, DTSTAMP and DTSTART', () => {
      const list = events(parseIcs(toICalendar(input())));
      expect(list).to.have.length(3);
      const [meeting, milestone, decision] = list;
      expect(prop(decision, 'UID')?.value).to.equal('nutzungsordnung@example.org');
      expect(prop(decision, 'CATEGORIES')?.value).to.equal('Beschluss');
      expect(prop(decision, 'DTSTART')?.value).to.equal('20240301');
      expect(prop(meeting, 'UID')?.value).to.equal('beirat-2024-05@example.org');
      expect(prop(milestone, 'UID')?.value).to.equal('umbau@example.org');
      for (const event of list) expect(prop(event, 'DTSTAMP')?.value).to.equal('20240610T083015Z');
      // a date-time becomes UTC, a plain day an all-day event ending the next day
      expect(prop(meeting, 'DTSTART')).to.deep.equal({
        name: 'DTSTART',
        params: [],
        value: '20240503T160000Z',
      });
      expect(prop(meeting, 'DTEND')).to.equal(undefined);
      expect(prop(milestone, 'DTSTART')).to.deep.equal({
        name: 'DTSTART',
        params: ['VALUE=DATE'],
        value: '20240415',
      });
      expect(prop(milestone, 'DTEND')?.value).to.equal('20240416');
      const local = events(parseIcs(toICalendar(withEntry({ date: '2024-12-31T23:30' }))))[0];
      expect(prop(local, 'DTSTART')?.value).to.equal('20241231T233000Z');
      const yearEnd = events(parseIcs(toICalendar(withEntry({ date: '2024-12-31' }))))[0];
      expect(prop(yearEnd, 'DTEND')?.value).to.equal('20250101');
    });

    it('repeats the entry URL in the description and sets URL, LOCATION and SUMMARY', () => {
      const [meeting, milestone] = events(parseIcs(toICalendar(input())));
      const description = unescapeText(prop(meeting, 'DESCRIPTION')!.value);
      expect(description.startsWith('Der Beirat tagt; Themen: Budget, Räume.')).to.equal(true);
      expect(description.endsWith(`\n\n${entryUrl('beirat-2024-05')}`)).to.equal(true);
      expect(prop(meeting, 'URL')?.value).to.equal(entryUrl('beirat-2024-05'));
      expect(unescapeText(prop(meeting, 'SUMMARY')!.value)).to.equal('Sitzung des Beirats');
      expect(unescapeText(prop(meeting, 'LOCATION')!.value)).to.equal('Rathaus, Saal 2; Eingang B');
      expect(unescapeText(prop(milestone, 'DESCRIPTION')!.value)).to.equal(entryUrl('umbau'));
      expect(prop(milestone, 'LOCATION')).to.equal(undefined);
      const host = events(parseIcs(toICalendar({ ...input(), pageUrl: 'seite' })))[0];
      expect(prop(host, 'UID')?.value).to.equal('beirat-2024-05@koop');
    });

    it('escapes backslashes, semicolons, commas and newlines in TEXT values', () => {
      const title = 'A;B,C\\D\nE\r\nF';
      const event = events(
        parseIcs(toICalendar(withEntry({ title, how: { location: 'Saal 1, EG; links' } }))),
      )[0];
      const summary = prop(event, 'SUMMARY')!.value;
      expect(summary).to.equal('A\\;B\\,C\\\\D\\nE\\nF');
      expect(unescapeText(summary)).to.equal('A;B,C\\D\nE\nF');
      expect(prop(event, 'LOCATION')!.value).to.equal('Saal 1\\, EG\\; links');
    });

    it('folds lines at 75 octets without splitting a UTF-8 character', () => {
      const title =
        'Öffentliche Bürgerbeteiligung zur Überprüfung der Förderrichtlinien für gemeinnützige ' +
        'Trägervereine im Stadtbezirk Süd – Größenordnung, Zuständigkeiten und Maßnahmen 🚒🚒🚒 ' +
        'ÄÖÜäöüß'.repeat(20);
      const text = toICalendar(withEntry({ title, summary: 'ü'.repeat(500) }));
      const encoder = new TextEncoder();
      const physical = text.split('\r\n').slice(0, -1);
      expect(physical.some((line) => line.startsWith(' '))).to.equal(true);
      for (const line of physical) {
        expect(encoder.encode(line).length, line).to.be.at.most(75);
        expect(line, 'no lone surrogate').not.to.match(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
      const event = events(parseIcs(text))[0];
      expect(unescapeText(prop(event, 'SUMMARY')!.value)).to.equal(title);
    });

    it('never writes a javascript: link and ignores entries without a readable date', () => {
      const document = feedDocument();
      document.entries!.push({ id: 'kaputt', date: 'bald', type: 'meeting', title: 'Ohne Datum' });
      const text = toICalendar(input({ document, entries: document.entries }));
      expect(text.toLowerCase()).not.to.contain('javascript');
      expect(events(parseIcs(text))).to.have.length(3);
      const empty = parseIcs(toICalendar(input({ entries: [] })));
      expect(events(empty)).to.have.length(0);
      expect(empty.map((p) => p.name)).to.include.members(['BEGIN', 'VERSION', 'PRODID', 'END']);
    });
  });

  describe('exportFileName', () => {
    it('makes a safe ASCII slug of the cooperation name', () => {
      const document = feedDocument();
      expect(exportFileName(document, 'ics')).to.equal('alte-feuerwache.ics');
      document.cooperation.name = 'Bürgerhaus Süd & Straße — Café Öl';
      expect(exportFileName(document, 'json')).to.equal('buergerhaus-sued-strasse-cafe-oel.json');
      document.cooperation.name = '../../etc/passwd\u0000';
      expect(exportFileName(document, 'atom')).to.equal('etc-passwd.atom');
      document.cooperation.name = 'مركز الحي\u200B';
      expect(exportFileName(document, 'ics')).to.equal('koop.ics');
      document.cooperation.name = 'x'.repeat(500);
      expect(exportFileName(document, 'ics')).to.match(/^x{1,80}\.ics$/);
    });
  });

  it('never throws on hostile but schema-valid input, in any format', () => {
    const long = 'Lang '.repeat(5000);
    const document = feedDocument();
    document.cooperation.name = `\u202Eevil\u200B ${HOSTILE_TITLE}`;
    document.entries = [
      {
        id: 'a',
        date: '2024-02-29',
        type: 'milestone',
        title: `\u202E${long}\u200D`,
        summary: { fr: 'seulement français' },
        actors: ['unbekannt'],
        goals: ['fehlt'],
        links: [{ url: '   ' }, { url: 'data:text/html,<script>alert(1)</script>' }],
      },
      { id: 'b', date: '2024-02-29T23:59:59.5', type: 'announcement', title: { en: 'Only English' } },
    ];
    // Its references to nothing are errors (not to be published), but not of the format.
    const { document: usable, problems } = validateDocument(document);
    expect(usable, JSON.stringify(problems)).to.equal(document);
    expect(problems.filter((p) => p.fatal)).to.deep.equal([]);
    const all = input({ document, entries: document.entries });
    const json = JSON.parse(toJsonFeed(all));
    expect(json.items).to.have.length(2);
    expect(json.items[0].content_text).to.contain('seulement français');
    expect(json.items[1].title).to.equal('Only English');
    const feed = parseXml(toAtom(all)).documentElement;
    // The override the name opens is closed at its end (U+202C), so it cannot reorder what follows.
    expect(atom(feed, 'title')[0].textContent).to.equal(`\u202Eevil\u200B ${HOSTILE_TITLE}\u202C`);
    expect(atom(feed, 'entry')).to.have.length(2);
    const ics = toICalendar(all);
    expect(events(parseIcs(ics))).to.have.length(2);
    for (const text of [toJsonFeed(all), toAtom(all), ics]) expect(text).not.to.contain('data:text');
  });

  describe('format 1.1', () => {
    const council = () => {
      const document = councilDocument();
      return input({ document, entries: document.entries });
    };
    const eventOf = (ics: string, summary: string) =>
      events(parseIcs(ics)).find((event) => unescapeText(prop(event, 'SUMMARY')!.value) === summary)!;

    it('writes local times with the cooperation’s TZID and its VTIMEZONE, with their end', () => {
      const ics = toICalendar(council());
      const meeting = eventOf(ics, '5. Sitzung des Sozialausschusses');
      expect(prop(meeting, 'DTSTART')).to.deep.equal({
        name: 'DTSTART',
        params: ['TZID=Europe/Berlin'],
        value: '20201014T170000',
      });
      expect(prop(meeting, 'DTEND')).to.deep.equal({
        name: 'DTEND',
        params: ['TZID=Europe/Berlin'],
        value: '20201014T193000',
      });
      const properties = parseIcs(ics);
      const zone = properties.slice(
        properties.findIndex((p) => p.value === 'VTIMEZONE'),
        properties.findIndex((p) => p.name === 'END' && p.value === 'VTIMEZONE') + 1,
      );
      expect(zone.find((p) => p.name === 'TZID')?.value).to.equal('Europe/Berlin');
      // 2020: CET at the start, CEST from 29 March, CET from 25 October.
      expect(zone.filter((p) => p.name === 'DTSTART').map((p) => p.value)).to.deep.equal([
        '20200101T010000',
        '20200329T020000',
        '20201025T030000',
      ]);
      expect(zone.filter((p) => p.name === 'TZOFFSETTO').map((p) => p.value)).to.deep.equal([
        '+0100',
        '+0200',
        '+0100',
      ]);
      expect(zone.filter((p) => p.name === 'BEGIN').map((p) => p.value)).to.deep.equal([
        'VTIMEZONE',
        'STANDARD',
        'DAYLIGHT',
        'STANDARD',
      ]);
      // An offset without colon is read as written.
      const online = eventOf(ics, 'Online-Austausch mit der Partnerstadt');
      expect(prop(online, 'DTSTART')!.value).to.equal('20201020T160000Z');
      const json = JSON.parse(toJsonFeed(council()));
      const item = json.items.find((i: { id: string }) =>
        i.id.endsWith(encodeURIComponent(MEETING).replace(/%3A/g, ':')),
      );
      expect(item.date_published).to.equal('2020-10-14T15:00:00Z');
    });

    it('keeps a calendar’s UID, says when an event is cancelled and puts agenda items under their meeting', () => {
      const ics = toICalendar(council());
      expect(prop(eventOf(ics, 'Online-Austausch mit der Partnerstadt'), 'UID')!.value).to.equal(ICAL_EVENT);
      expect(prop(eventOf(ics, '6. Sitzung des Sozialausschusses'), 'STATUS')!.value).to.equal('CANCELLED');
      expect(prop(eventOf(ics, '7. Sitzung des Sozialausschusses'), 'STATUS')!.value).to.equal('TENTATIVE');
      const item = eventOf(ics, 'Ö 1 Eröffnung und Feststellung der Beschlussfähigkeit');
      const related = prop(item, 'RELATED-TO')!;
      expect(related.params).to.deep.equal(['RELTYPE=PARENT']);
      expect(unescapeText(related.value)).to.equal(`${MEETING}@example.org`);
      expect(prop(eventOf(ics, '6. Sitzung des Sozialausschusses'), 'URL')!.value).to.equal(
        `${PAGE}#koop-entry-${CANCELLED_MEETING.replace(/\//g, '%2F')}`,
      );
    });

    it('adds every milestone on its actual, else planned date, with a stable UID; none twice', () => {
      const document = councilDocument();
      document.milestones = [
        { id: 'm1', title: 'Konzept', planned: '2020-09-30', actual: '2020-10-14', status: 'reached' },
        { id: 'm2', title: 'Haushalt', planned: '2021-03', status: 'planned' },
        { id: 'm3', title: 'Im Eintrag', planned: '2020-11-01' },
        { id: 'm4', title: 'Ohne Datum' },
      ];
      document.entries = [
        ...document.entries!,
        {
          id: 'e-m3',
          date: '2020-11-01',
          type: 'milestone',
          title: 'Meilenstein erreicht',
          milestones: ['m3'],
        },
      ];
      const all = (now: Date) => toICalendar(input({ document, entries: document.entries, now }));
      const ics = all(NOW);
      const dated = document.entries!.filter((e) => /^\d{4}/.test(e.date)).length;
      expect(events(parseIcs(ics))).to.have.length(dated + 2);
      const reached = eventOf(ics, 'Konzept');
      expect(prop(reached, 'DTSTART')).to.deep.equal({
        name: 'DTSTART',
        params: ['VALUE=DATE'],
        value: '20201014',
      });
      expect(prop(reached, 'UID')!.value).to.equal('milestone/m1@example.org');
      expect(prop(reached, 'STATUS')!.value).to.equal('CONFIRMED');
      expect(unescapeText(prop(reached, 'DESCRIPTION')!.value)).to.contain('Geplant: 2020-09-30');
      const month = eventOf(ics, 'Haushalt');
      expect([prop(month, 'DTSTART')!.value, prop(month, 'DTEND')!.value]).to.deep.equal([
        '20210301',
        '20210401',
      ]);
      expect(prop(month, 'STATUS')!.value).to.equal('TENTATIVE');
      expect(eventOf(ics, 'Im Eintrag')).to.equal(undefined);
      // The same UIDs on a later export: a subscribed calendar updates in place.
      const uids = (text: string) => events(parseIcs(text)).map((event) => prop(event, 'UID')!.value);
      expect(uids(all(new Date(Date.UTC(2025, 0, 1))))).to.deep.equal(uids(ics));
      expect(new Set(uids(ics)).size).to.equal(uids(ics).length);
    });

    it('spans entries dated by month over the whole month', () => {
      const event = events(parseIcs(toICalendar(withEntry({ date: '2024-05', end: '2024-06' }))))[0];
      expect(prop(event, 'DTSTART')!.value).to.equal('20240501');
      expect(prop(event, 'DTEND')!.value).to.equal('20240701');
    });
  });
});
