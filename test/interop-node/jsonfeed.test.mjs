// JSON Feed: document → the feed's own JSON Feed export (with `_koop`) → document is lossless,
// for both demo documents and for fuzzed ones; a foreign feed's items become entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { interop, root } from './load.mjs';

const { importJsonFeed, mergeRecords, newDocument, toJsonFeed, validateDocument } = interop;

function roundTrip(document) {
  const feed = toJsonFeed({
    document,
    entries: document.entries ?? [],
    lang: 'de',
    pageUrl: 'https://example.org/koop/',
  });
  const { records, problems } = importJsonFeed(feed, 'feed.json');
  assert.deepEqual(problems, []);
  return mergeRecords(newDocument(records, 'feed.json'), records, { scheme: 'jsonfeed' }).document;
}

function importInto(document, text) {
  const result = importJsonFeed(text, 'news.json');
  return mergeRecords(document, result.records, { scheme: 'jsonfeed', owns: result.owns });
}

for (const name of ['ko-produktion', 'equal-strategien']) {
  test(`${name}: document → JSON Feed → document is deep-equal`, () => {
    const document = JSON.parse(readFileSync(`${root}demo/data/${name}.json`, 'utf8'));
    assert.ok(document.entries.length > 0);
    assert.deepEqual(roundTrip(document), document);
  });
}

// Documents the data check accepts: ids unique, references resolving, safe links.
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.record({ de: fc.string({ maxLength: 30 }), en: fc.string({ maxLength: 30 }) }),
);
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTime = fc
  .tuple(
    day,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('', 'Z', '+02:00'),
  )
  .map(([d, h, m, z]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${z}`);
const url = fc.webUrl({ validSchemeOrigin: ['https'] });

const documentArbitrary = fc
  .record({
    actorCount: fc.integer({ min: 0, max: 4 }),
    entries: fc.array(
      fc.record(
        {
          date: fc.oneof(day, dateTime),
          type: fc.constantFrom('decision', 'meeting', 'result', 'announcement', 'milestone'),
          status: fc.constantFrom('scheduled', 'held', 'cancelled', 'postponed'),
          title: text,
          summary: fc.string({ maxLength: 2000 }),
          results: text,
          links: fc.array(fc.record({ url, title: text }, { requiredKeys: ['url'] }), { maxLength: 2 }),
          how: fc.record(
            { format: fc.constantFrom('in-person', 'online'), location: text, binding: fc.boolean() },
            { requiredKeys: [] },
          ),
          identifiers: fc.array(
            fc.record({ scheme: fc.constantFrom('oparl', 'ical-uid', 'url'), value: fc.uuid() }),
            { maxLength: 2 },
          ),
          withActor: fc.boolean(),
          withParent: fc.boolean(),
        },
        { requiredKeys: ['date', 'type', 'title', 'withActor', 'withParent'] },
      ),
      { maxLength: 8 },
    ),
    lang: fc.constantFrom('de', 'en'),
    name: text,
  })
  .map(({ actorCount, entries, lang, name }) => {
    const actors = Array.from({ length: actorCount }, (_, i) => ({
      id: `a${i}`,
      name: `Akteur ${i} ä`,
      url: `https://example.org/a${i}`,
    }));
    const document = { schemaVersion: '1.1', lang, cooperation: { name, timeZone: 'Europe/Berlin' }, actors };
    document.entries = entries.map(({ withActor, withParent, ...entry }, i) => {
      const result = { id: `e${i}`, ...entry };
      if (withActor && actors.length) result.actors = [actors[i % actors.length].id];
      if (withParent && i > 0) result.partOf = 'e0';
      return result;
    });
    // Plain objects, as JSON.parse makes them (fast-check's records have no prototype).
    return JSON.parse(JSON.stringify(document));
  });

test('fuzzed documents: document → JSON Feed → document is deep-equal', () => {
  fc.assert(
    fc.property(documentArbitrary, (document) => {
      // Every generated document is one the data check accepts, so none is skipped.
      const checked = validateDocument(document);
      assert.equal(checked.valid, true, JSON.stringify(checked.problems));
      assert.deepEqual(roundTrip(document), document);
    }),
    { numRuns: 150 },
  );
});

test('a second import of the same feed into the document changes nothing', () => {
  const document = JSON.parse(readFileSync(`${root}demo/data/ko-produktion.json`, 'utf8'));
  const feed = toJsonFeed({ document, entries: document.entries, lang: 'en', pageUrl: 'https://x.example/' });
  const { plan } = mergeRecords(document, importJsonFeed(feed, 'f').records, { scheme: 'jsonfeed' });
  assert.deepEqual(
    plan.changes.filter((c) => c.kind !== 'unchanged'),
    [],
  );
});

test('a foreign feed: items become announcements, HTML stripped, matched again by item id', () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Quartiersnews',
    items: [
      {
        id: 'https://news.example/1',
        url: 'https://news.example/1',
        title: 'Straßenfest <em>am</em> Samstag',
        content_html: '<p>Alle sind eingeladen &ndash; auch Nachbarn.</p><script>x()</script>',
        date_published: '2026-05-02T10:00:00+02:00',
      },
      { id: 2, content_text: 'Nur Text\nzweite Zeile', date_modified: '2026-05-03T08:00:00.000Z' },
      { id: 'https://news.example/3', title: 'Ohne Datum' },
      {
        id: 'https://news.example/4',
        title: 'Link',
        url: 'javascript:alert(1)',
        date_published: '2026-05-04',
      },
    ],
  };
  const text = `\uFEFF${JSON.stringify(feed, null, 2)}`;
  const { records, problems } = importJsonFeed(text, 'news.json');
  assert.deepEqual(
    records.entries.map((e) => [e.type, e.date, e.title, e.summary, e.links]),
    [
      [
        'announcement',
        '2026-05-02T10:00:00+02:00',
        'Straßenfest am Samstag',
        'Alle sind eingeladen – auch Nachbarn.',
        [{ url: 'https://news.example/1' }],
      ],
      ['announcement', '2026-05-03T08:00:00.000Z', 'Nur Text', 'Nur Text\nzweite Zeile', undefined],
      ['announcement', '2026-05-04', 'Link', undefined, undefined],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.code, p.position]),
    [['jsonfeed.no-date', { line: 18, url: 'https://news.example/3' }]],
  );
  assert.deepEqual(records.cooperation, { name: 'Quartiersnews' });
  const first = mergeRecords(newDocument(records, 'news.json'), records, { scheme: 'jsonfeed' }).document;
  assert.equal(validateDocument(first).valid, true);
  const edited = structuredClone(feed);
  edited.items[1].content_text = 'Nur Text, geändert';
  // a person corrects the type and adds an actor: both stay
  first.entries[1].type = 'result';
  first.actors = [{ id: 'verein', name: 'Verein' }];
  first.entries[1].actors = ['verein'];
  const next = importInto(first, JSON.stringify(edited));
  assert.deepEqual(
    next.plan.changes.filter((c) => c.kind !== 'unchanged').map((c) => [c.kind, c.fields]),
    [['changed', ['title', 'summary']]],
  );
  assert.equal(next.document.entries[1].summary, undefined, 'the source no longer has a summary');
  assert.equal(next.document.entries[1].type, 'result');
  assert.deepEqual(next.document.entries[1].actors, ['verein']);
  assert.deepEqual(
    importInto(next.document, JSON.stringify(edited)).plan.changes.filter((c) => c.kind !== 'unchanged'),
    [],
  );
});

test('not JSON or not a feed: an error with its line and no records', () => {
  const broken = importJsonFeed(
    '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [,]\n}',
    'x',
  );
  assert.equal(broken.problems[0].code, 'jsonfeed.json');
  assert.equal(broken.problems[0].position.line, 3);
  assert.deepEqual(broken.records, {});
  assert.equal(importJsonFeed('{"items": []}', 'x').problems[0].code, 'jsonfeed.not-a-feed');
});
