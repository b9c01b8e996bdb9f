// Atom: a real-world feed's quirks (prefixes, CDATA, HTML entities, BOM, XHTML content,
// xml:base, duplicate ids), the feed's own Atom export read back, and idempotent re-imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { interop, root } from './load.mjs';

const { importAtom, inferEntryType, mergeRecords, newDocument, toAtom, validateDocument, IMPORTERS } =
  interop;

const feed = (entries) => `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<a:feed xmlns:a="http://www.w3.org/2005/Atom" xml:base="https://quartier.example/news/">
  <a:title type="html">Quartiers&shy;rat &amp; Nachbarn</a:title>
  <a:id>urn:uuid:feed</a:id>
  <a:updated>2026-05-04T10:00:00Z</a:updated>
${entries}
</a:feed>`;

const ENTRIES = `  <a:entry>
    <a:id>tag:quartier.example,2026:1</a:id>
    <a:title type="html"><![CDATA[Stra&szlig;enfest <em>am</em> Samstag]]></a:title>
    <a:updated>2026-06-02T10:00:00+02:00</a:updated>
    <a:link href="1.html"/>
    <a:link rel="self" href="https://quartier.example/atom/1"/>
    <a:link rel="related" href="javascript:alert(1)"/>
    <a:summary type="html">&lt;p&gt;Alle sind eingeladen &amp;ndash; auch Kinder.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</a:summary>
    <a:category term="ankuendigung" label="Ankündigung"/>
  </a:entry>
  <a:entry>
    <a:id>tag:quartier.example,2026:2</a:id>
    <a:title>Sitzung des Quartiersrats</a:title>
    <a:published>2026-05-03</a:published>
    <a:updated>2026-05-03T08:00:00Z</a:updated>
    <a:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Tagesordnung:&nbsp;<b>Haushalt</b></p><p>Ort: Bürgerhaus</p></div></a:content>
  </a:entry>
  <a:entry>
    <a:id>tag:quartier.example,2026:3</a:id>
    <a:title>Ohne Datum</a:title>
  </a:entry>
  <a:entry>
    <a:id>tag:quartier.example,2026:2</a:id>
    <a:title>Sitzung (ältere Fassung)</a:title>
    <a:updated>2026-04-01T08:00:00Z</a:updated>
  </a:entry>
  <a:entry>
    <a:id>tag:quartier.example,2026:4</a:id>
    <a:title type="text">   </a:title>
    <a:updated>2026-05-04T08:00:00Z</a:updated>
    <a:category term="Beschluss"/>
    <a:content type="text">Der Rat hat den Haushalt beschlossen.
Zweite Zeile.</a:content>
  </a:entry>`;

test('a feed with prefixes, CDATA, entities, BOM, XHTML and xml:base: entries as text, typed, deduplicated', () => {
  const { records, problems } = importAtom(feed(ENTRIES), 'news.atom');
  assert.deepEqual(
    records.entries.map((e) => [e.type, e.date, e.title, e.summary, e.links]),
    [
      [
        'announcement',
        '2026-06-02T10:00:00+02:00',
        'Straßenfest am Samstag',
        'Alle sind eingeladen – auch Kinder.',
        [{ url: 'https://quartier.example/news/1.html' }],
      ],
      [
        'meeting',
        '2026-05-03',
        'Sitzung des Quartiersrats',
        'Tagesordnung:\u00a0Haushalt\nOrt: Bürgerhaus',
        undefined,
      ],
      [
        'decision',
        '2026-05-04T08:00:00Z',
        'Der Rat hat den Haushalt beschlossen.',
        'Der Rat hat den Haushalt beschlossen.\nZweite Zeile.',
        undefined,
      ],
    ],
  );
  assert.deepEqual(records.entries[0].identifiers, [
    { scheme: 'atom', value: 'tag:quartier.example,2026:1' },
  ]);
  assert.deepEqual(records.cooperation, { name: 'Quartiersrat & Nachbarn' });
  assert.deepEqual(
    problems.map((p) => [p.code, p.position.line]),
    [
      ['atom.no-date', 23],
      ['atom.duplicate', 27],
    ],
  );
  const document = mergeRecords(newDocument(records, 'news.atom'), records, { scheme: 'atom' }).document;
  assert.equal(validateDocument(document).valid, true);
});

test('a re-import changes nothing; a changed entry changes only what the feed speaks for', () => {
  const first = importAtom(feed(ENTRIES), 'news.atom');
  const document = mergeRecords(newDocument(first.records, 'n'), first.records, { scheme: 'atom' }).document;
  // A person corrects a type and links an actor: both stay.
  document.entries[0].type = 'result';
  document.actors = [{ id: 'verein', name: 'Verein' }];
  document.entries[0].actors = ['verein'];
  const again = importAtom(feed(ENTRIES), 'news.atom');
  const same = mergeRecords(document, again.records, { scheme: 'atom', owns: again.owns });
  assert.deepEqual(
    same.plan.changes.filter((c) => c.kind !== 'unchanged'),
    [],
  );
  const edited = importAtom(
    feed(ENTRIES.replace('Straßenfest', 'Sommerfest').replace('Stra&szlig;enfest', 'Sommerfest')),
    'n',
  );
  const next = mergeRecords(document, edited.records, { scheme: 'atom', owns: edited.owns });
  assert.deepEqual(
    next.plan.changes.filter((c) => c.kind !== 'unchanged').map((c) => [c.kind, c.fields]),
    [['changed', ['title']]],
  );
  assert.equal(next.document.entries[0].type, 'result');
  assert.deepEqual(next.document.entries[0].actors, ['verein']);
});

test('with --remove-missing, an entry the feed dropped goes; one older than the feed reaches back stays', () => {
  const first = importAtom(feed(ENTRIES), 'news.atom');
  const document = mergeRecords(newDocument(first.records, 'n'), first.records, { scheme: 'atom' }).document;
  document.entries.push({
    id: 'alt',
    identifiers: [{ scheme: 'atom', value: 'tag:quartier.example,2025:9' }],
    date: '2025-01-10',
    type: 'announcement',
    title: 'Längst aus dem Feed',
  });
  // The feed no longer has entry 1 (June, within what the feed reaches back to: May).
  const shorter = importAtom(
    feed(ENTRIES.replace(/<a:entry>\s*<a:id>tag:quartier.example,2026:1<\/a:id>[\s\S]*?<\/a:entry>/, '')),
    'n',
  );
  const { plan, document: after } = mergeRecords(document, shorter.records, {
    scheme: 'atom',
    owns: shorter.owns,
    covers: shorter.covers,
    removeMissing: true,
  });
  assert.deepEqual(
    plan.changes.filter((c) => c.kind === 'removed').map((c) => c.before.title),
    ['Straßenfest am Samstag'],
  );
  assert.ok(after.entries.some((e) => e.id === 'alt'));
});

test("the transparency feed's own Atom export reads back: every entry with its title and instant", () => {
  const document = JSON.parse(readFileSync(`${root}demo/data/ko-produktion.json`, 'utf8'));
  const atom = toAtom({
    document,
    entries: document.entries,
    lang: 'de',
    pageUrl: 'https://x.example/koop/',
  });
  const { records, problems } = importAtom(atom, 'export.atom');
  assert.deepEqual(problems, []);
  assert.equal(records.entries.length, document.entries.length);
  const zone = document.cooperation.timeZone;
  for (const [i, entry] of document.entries.entries()) {
    const back = records.entries[i];
    assert.equal(back.title, typeof entry.title === 'string' ? entry.title : entry.title.de);
    assert.equal(interop.instant(back.date, zone), interop.instant(entry.date, zone));
  }
});

test('not XML, not Atom, undeclared entities: errors or warnings with their line', () => {
  const broken = importAtom('<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n</feed>', 'x');
  assert.equal(broken.problems[0].code, 'atom.xml');
  assert.equal(broken.problems[0].position.line, 3);
  assert.deepEqual(broken.records, {});
  assert.equal(importAtom('<rss version="2.0"/>', 'x').problems[0].code, 'atom.not-a-feed');
  assert.equal(importAtom('', 'x').problems[0].severity, 'error');
  const entity = importAtom(feed(ENTRIES.replace('Ohne Datum', 'Ohne &foo; Datum')), 'x');
  assert.deepEqual(
    entity.problems.filter((p) => p.code === 'atom.entity').map((p) => [p.severity, p.position.line]),
    [['warning', 25]],
  );
  assert.equal(entity.records.entries.length, 3);
});

test('entry types are guessed from categories first, then the title', () => {
  assert.equal(inferEntryType(['Protokoll'], 'Sitzung vom 3. Mai'), 'result');
  assert.equal(inferEntryType([], 'Einladung zur Mitgliederversammlung'), 'meeting');
  assert.equal(inferEntryType([], 'Neuer Vorsitz gewählt'), 'personnel-change');
  assert.equal(inferEntryType([], 'Sommerfest im Park'), 'announcement');
  assert.equal(inferEntryType([], 'Evaluation of the first year'), 'evaluation');
  assert.equal(IMPORTERS.atom.scheme, 'atom');
});
