// The OParl importer against a local OParl server (test/oparl/server.mjs) serving example data
// of a German city council: paginated lists, modified_since, a changed meeting, a link to
// another host, an HTTP 500 midway, time zones across the changes of summer time.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interop, runImportScript } from './load.mjs';
import { startOParlServer } from '../oparl/server.mjs';

const {
  IMPORTERS,
  importOParl,
  mergeRecords,
  newDocument,
  planMerge,
  sameHostFetch,
  validateDocument,
  zonedTime,
} = interop;

const get = async (url) => {
  const response = await fetch(url, { redirect: 'manual' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

let server;
before(async () => {
  server = await startOParlServer({ pageSize: 3 });
});
after(() => server.close());

/** What the command line and the editor do: the importer of the list, with a same-host fetch. */
const run = (source = server.bodyUrl, options = {}) =>
  IMPORTERS.oparl.run({ source, fetch: sameHostFetch(source, get), options, now: new Date() });

const merge = (document, result) =>
  mergeRecords(document, result.records, { scheme: 'oparl', owns: result.owns, covers: result.covers });

const byUrl = (list, path) =>
  list.find((r) => r.identifiers[0].value === `${server.origin}/oparl/v1/${path}`);

test('a body: committees as actors, meetings and decisions as entries, lists followed page by page', async () => {
  server.requests.length = 0;
  const result = await run();
  assert.deepEqual(result.problems, []);
  const { actors, entries } = result.records;
  assert.equal(actors.length, 7);
  assert.equal(entries.filter((e) => e.type === 'meeting').length, 8);
  // Every page of every list, three objects a page.
  for (const list of ['organizations', 'meetings', 'papers'])
    assert.ok(
      server.requests.some((u) => u.includes(`/body/1/${list}?page=2`)),
      list,
    );
  assert.ok(server.requests.some((u) => u.includes('/body/1/meetings?page=3')));
  assert.ok(!server.requests.some((u) => u.includes('/body/1/meetings?page=4')));

  const hfa = byUrl(actors, 'organization/2');
  assert.deepEqual(
    { ...hfa, id: undefined },
    {
      id: undefined,
      identifiers: [{ scheme: 'oparl', value: `${server.origin}/oparl/v1/organization/2` }],
      name: 'Haupt- und Finanzausschuss',
      shortName: 'HFA',
      kind: 'body',
      sector: 'administration',
      since: '2020-11-05',
      url: 'https://ris.beispielstadt.example/gremium/2',
    },
  );
  const group = byUrl(actors, 'organization/7');
  assert.deepEqual([group.kind, group.sector], ['group', 'politics']);
  assert.equal(byUrl(actors, 'organization/6').parent, byUrl(actors, 'organization/1').id);

  const council = byUrl(entries, 'meeting/102');
  assert.equal(council.type, 'meeting');
  assert.equal(council.title, '8. Sitzung des Rates');
  assert.equal(council.date, '2025-12-11T16:00:00+01:00');
  assert.equal(council.end, '2025-12-11T21:00:00+01:00');
  assert.equal(council.status, 'held');
  assert.equal(council.how.location, 'Rathaus, Ratssaal, Marktplatz 1, 12345 Beispielstadt');
  assert.equal(council.how.body, byUrl(actors, 'organization/1').id);
  assert.deepEqual(
    council.links.map((l) => l.title.de ?? l.title),
    ['Im Ratsinformationssystem', 'Einladung', 'Ergebnisprotokoll', 'Wortprotokoll'],
  );
  assert.equal(council.links[3].url, `${server.origin}/oparl/v1/file/1023/wortprotokoll-102.pdf`);
  // Location from its parts when there is no description.
  assert.equal(
    byUrl(entries, 'meeting/104').how.location,
    'Sitzungsraum 2.14, Technisches Rathaus, Am Stadtgraben 4, 12345 Beispielstadt',
  );
  // A joint meeting of two committees: both its actors, the first the body that met.
  const joint = byUrl(entries, 'meeting/104');
  const [building, climate] = [byUrl(actors, 'organization/3').id, byUrl(actors, 'organization/4').id];
  assert.deepEqual([joint.actors, joint.how.body], [[building, climate], building]);
  assert.deepEqual(
    byUrl(entries, 'agendaitem/1009').actors,
    [building],
    'the consultation names who decided',
  );
  assert.equal(byUrl(entries, 'meeting/108').status, 'cancelled');
  assert.equal(byUrl(entries, 'meeting/106').status, 'scheduled');

  // Agenda items with a result only; each a decision of its meeting, its paper as links.
  assert.equal(byUrl(entries, 'agendaitem/1003'), undefined);
  assert.equal(byUrl(entries, 'agendaitem/1006'), undefined);
  const budget = byUrl(entries, 'agendaitem/1004');
  assert.equal(budget.type, 'decision');
  assert.equal(budget.partOf, council.id);
  assert.equal(budget.date, council.date);
  assert.equal(budget.title, 'Haushaltssatzung 2026');
  assert.deepEqual(budget.summary, { de: 'TOP Ö 6', en: 'Agenda item Ö 6' });
  assert.deepEqual(budget.how, {
    outcome: 'Mehrheitlich beschlossen',
    body: council.how.body,
    procedure: 'majority',
    binding: true,
  });
  assert.equal(budget.results, 'Der Rat beschließt die Haushaltssatzung 2026 in der Fassung der Vorlage.');
  assert.deepEqual(budget.links, [
    { url: 'https://ris.beispielstadt.example/vorlage/201', title: '0412/2025: Haushaltssatzung 2026' },
    { url: `${server.origin}/oparl/v1/file/2010/vorlage-0412-2025.pdf`, title: 'Vorlage' },
  ]);
  const grant = byUrl(entries, 'agendaitem/1002');
  assert.deepEqual([grant.how.procedure, grant.how.binding], ['unanimity', true]);
  const noted = byUrl(entries, 'agendaitem/1001');
  assert.equal(noted.how.procedure, undefined, '"Zur Kenntnis genommen" is no vote');
  assert.equal(noted.how.binding, false, 'a preliminary consultation');

  const document = merge(newDocument(result.records, server.bodyUrl), result).document;
  assert.deepEqual(
    validateDocument(document).problems.filter((p) => p.severity === 'error'),
    [],
  );
});

test('times as wall clock in Europe/Berlin with the offset of that day, across both DST changes', async () => {
  const { entries } = (await run()).records;
  // the week before the change to summer time (29 March 2026) and the day after, sent in UTC
  assert.equal(byUrl(entries, 'meeting/104').date, '2026-03-26T17:00:00+01:00');
  assert.equal(byUrl(entries, 'meeting/105').date, '2026-03-30T17:00:00+02:00');
  assert.equal(byUrl(entries, 'meeting/105').end, '2026-03-30T19:30:00+02:00');
  assert.equal(byUrl(entries, 'meeting/106').date, '2026-06-18T16:30:00+02:00');
  // sent without offset: local time, the day after the change back (25 October 2026)
  assert.equal(byUrl(entries, 'meeting/107').date, '2026-10-26T18:00:00+01:00');
  assert.equal(zonedTime('2026-03-29T00:59:59Z', 'Europe/Berlin'), '2026-03-29T01:59:59+01:00');
  assert.equal(zonedTime('2026-03-29T01:00:00Z', 'Europe/Berlin'), '2026-03-29T03:00:00+02:00');
  assert.equal(zonedTime('2026-10-25T00:30:00Z', 'Europe/Berlin'), '2026-10-25T02:30:00+02:00');
  assert.equal(zonedTime('2026-10-25T01:30:00Z', 'Europe/Berlin'), '2026-10-25T02:30:00+01:00');
  assert.equal(zonedTime('2026-07-01T10:00:00.000+02:00', 'Europe/Berlin'), '2026-07-01T10:00:00+02:00');
  assert.equal(zonedTime('2026-07-01', 'Europe/Berlin'), '2026-07-01');
  assert.equal(zonedTime('gestern', 'Europe/Berlin'), undefined);
});

test('a second run changes nothing; after one meeting changed, exactly that change', async () => {
  const first = await run();
  const document = merge(newDocument(first.records, server.bodyUrl), first).document;
  const again = planMerge(document, (await run()).records, { scheme: 'oparl', owns: first.owns });
  assert.deepEqual(again.summary, {
    actors: { added: 0, changed: 0, unchanged: 7, removed: 0 },
    entries: { added: 0, changed: 0, unchanged: 16, removed: 0 },
  });

  const since = new Date(Date.now() - 1000).toISOString();
  const meeting = server.changeMeeting(103, {
    end: '2025-11-27T20:15:00+01:00',
    name: '5. Sitzung (verlängert)',
  });
  try {
    const full = await run();
    const plan = planMerge(document, full.records, { scheme: 'oparl', owns: full.owns });
    assert.deepEqual(plan.summary.entries, { added: 0, changed: 1, unchanged: 15, removed: 0 });
    const changed = plan.changes.filter((c) => c.kind === 'changed');
    assert.equal(changed.length, 1);
    assert.equal(changed[0].before.identifiers[0].value, meeting.id);
    assert.deepEqual(changed[0].fields.sort(), ['end', 'title']);
    assert.equal(changed[0].after.end, '2025-11-27T20:15:00+01:00');

    // Incremental: modified_since asks for that meeting only; the rest stays as it is.
    server.requests.length = 0;
    const incremental = await run(server.bodyUrl, { since });
    assert.deepEqual(incremental.problems, []);
    assert.ok(server.requests.every((u) => !u.includes('/meetings') || u.includes('modified_since=')));
    assert.deepEqual(
      incremental.records.entries.map((e) => e.identifiers[0].value),
      [meeting.id, `${server.origin}/oparl/v1/agendaitem/1007`, `${server.origin}/oparl/v1/agendaitem/1008`],
    );
    // Its paper was not modified: fetched through the agenda item's consultation.
    assert.equal(
      byUrl(incremental.records.entries, 'agendaitem/1007').links[0].title,
      '0388/2025: Klimaschutzkonzept 2035 – Fortschreibung',
    );
    const step = merge(document, incremental);
    assert.deepEqual(step.plan.summary.entries, { added: 0, changed: 1, unchanged: 2, removed: 0 });
    assert.deepEqual(step.document, merge(document, full).document);
    // Nothing counts as removed on an incremental run.
    const removing = planMerge(document, incremental.records, {
      scheme: 'oparl',
      owns: incremental.owns,
      covers: incremental.covers,
      removeMissing: true,
    });
    assert.equal(removing.summary.entries.removed, 0);
  } finally {
    server.changeMeeting(103, {
      end: '2025-11-27T19:00:00+01:00',
      name: '5. Sitzung des Ausschusses für Umwelt, Klima und Grün',
    });
  }
});

test("a person's edits stay; a meeting the council deleted goes with --remove-missing", async () => {
  const first = await run();
  const document = merge(newDocument(first.records, server.bodyUrl), first).document;
  const hfa = byUrl(document.actors, 'organization/2');
  Object.assign(hfa, { sector: 'politics', circle: 'strategic' });
  const grant = byUrl(document.entries, 'agendaitem/1002');
  Object.assign(grant, { type: 'result', summary: 'Förderung des Stadtteilzentrums' });
  const again = await run();
  const plan = planMerge(document, again.records, { scheme: 'oparl', owns: again.owns });
  assert.equal(plan.changes.filter((c) => c.kind !== 'unchanged').length, 0);

  const index = server.meetings.findIndex((m) => m.id.endsWith('/meeting/101'));
  const [removed] = server.meetings.splice(index, 1);
  try {
    const full = await run();
    const { document: after, plan: removing } = mergeRecords(document, full.records, {
      scheme: 'oparl',
      owns: full.owns,
      covers: full.covers,
      removeMissing: true,
    });
    assert.deepEqual(removing.summary.entries, { added: 0, changed: 0, unchanged: 13, removed: 3 });
    assert.equal(byUrl(after.entries, 'meeting/101'), undefined);
    assert.equal(byUrl(after.actors, 'organization/2').sector, 'politics');
  } finally {
    server.meetings.splice(index, 0, removed);
  }
});

test('options: organisations to include, a date range, a keyword', async () => {
  const hfa = (await run(server.bodyUrl, { organization: 'HFA, rat der stadt beispielstadt' })).records;
  assert.deepEqual(
    hfa.actors.map((a) => a.shortName),
    ['Rat', 'HFA'],
  );
  assert.deepEqual(
    hfa.entries.filter((e) => e.type === 'meeting').map((e) => e.identifiers[0].value.replace(/.*\//, '')),
    ['101', '102', '108'],
  );
  const range = await run(server.bodyUrl, { from: '2026-03-26', to: '2026-03-30' });
  assert.deepEqual(
    range.records.entries.filter((e) => e.type === 'meeting').map((e) => e.date),
    ['2026-03-26T17:00:00+01:00', '2026-03-30T17:00:00+02:00'],
  );
  // What lies outside the range is not removed by a ranged run.
  assert.equal(range.covers('entries', { date: '2025-12-11T16:00:00+01:00' }), false);
  assert.equal(range.covers('entries', { date: '2026-03-30T23:59:00+02:00' }), true);
  server.requests.length = 0;
  // A day (tomorrow, so that no object is newer) is its first moment in Berlin.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const day = await run(server.bodyUrl, { since: tomorrow });
  assert.deepEqual([day.problems, day.records.entries], [[], []], 'nothing modified since');
  const asked = new URL(server.requests.find((u) => u.includes('/meetings?')));
  assert.match(asked.searchParams.get('modified_since'), new RegExp(`^${tomorrow}T00:00:00\\+0[12]:00$`));
  const bogus = await run(server.bodyUrl, { since: 'letzte Woche' });
  assert.deepEqual([bogus.problems.map((p) => p.code), bogus.records], [['oparl.since'], {}]);
  const climate = (await run(server.bodyUrl, { keyword: 'klima' })).records.entries;
  assert.deepEqual(
    climate.map((e) => e.identifiers[0].value.replace(/.*\/oparl\/v1\//, '')),
    ['meeting/102', 'agendaitem/1005', 'meeting/103', 'agendaitem/1007', 'agendaitem/1008'],
  );
});

test('a system URL: its bodies; a link to another host is not fetched but reported', async () => {
  const other = await startOParlServer();
  const paper = server.body.paper;
  server.body.paper = `${other.origin}/oparl/v1/body/1/papers`;
  try {
    const result = await run(server.systemUrl);
    assert.equal(other.requests.length, 0);
    assert.deepEqual(
      result.problems.map((p) => [p.severity, p.code, p.position.url]),
      [['warning', 'oparl.other-host', `${other.origin}/oparl/v1/body/1/papers`]],
    );
    assert.equal(result.records.entries.length, 16, 'imported, without the papers');
    assert.equal(byUrl(result.records.entries, 'agendaitem/1004').links, undefined);
  } finally {
    server.body.paper = paper;
    await other.close();
  }
  // The list of meetings going elsewhere midway is a partial source: an error.
  const meetings = server.body.meeting;
  server.body.meeting = 'https://elsewhere.example/oparl/v1/body/1/meetings';
  try {
    const result = await run();
    assert.deepEqual(
      result.problems.map((p) => [p.severity, p.code]),
      [['error', 'oparl.other-host']],
    );
    assert.deepEqual(result.records, {});
  } finally {
    server.body.meeting = meetings;
  }
});

test('an HTTP 500 midway: an error at that URL, nothing imported, the command writes nothing', async () => {
  server.failWhen((url) => url.pathname.endsWith('/meetings') && url.searchParams.get('page') === '2');
  const dir = mkdtempSync(join(tmpdir(), 'oparl-'));
  const into = join(dir, 'doc.json');
  try {
    const result = await run();
    assert.deepEqual(
      result.problems.map((p) => [p.severity, p.code, p.position.url]),
      [['error', 'oparl.http', `${server.origin}/oparl/v1/body/1/meetings?page=2`]],
    );
    assert.match(result.problems[0].message, /HTTP 500/);
    assert.deepEqual(result.records, {});
    const before = `${JSON.stringify({ schemaVersion: '1.1', cooperation: { name: 'Rat' } })}\n`;
    writeFileSync(into, before);
    const cli = await runImportScript(['oparl', server.bodyUrl, '--into', into]);
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /ERRORS, nothing written/);
    assert.match(
      cli.stderr,
      /oparl\.http \(http:\/\/127\.0\.0\.1:\d+\/oparl\/v1\/body\/1\/meetings\?page=2\)/,
    );
    assert.equal(readFileSync(into, 'utf8'), before);
    // The papers too: without them the decisions would lose their links.
    server.failWhen((url) => url.pathname.endsWith('/papers') && url.searchParams.get('page') === '2');
    const papers = await run();
    assert.deepEqual(
      papers.problems.map((p) => [p.severity, p.code, p.position.url]),
      [['error', 'oparl.http', `${server.origin}/oparl/v1/body/1/papers?page=2`]],
    );
    assert.deepEqual(papers.records, {});
  } finally {
    server.failWhen(() => false);
  }
});

test('npm run import -- oparl <body URL> --into doc.json: a new document, then 0 changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'oparl-'));
  const into = join(dir, 'doc.json');
  const first = await runImportScript(['oparl', server.bodyUrl, '--out', into, '--organization', 'Rat']);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(existsSync(into));
  assert.match(first.stderr, /entries +3 added/);
  const second = await runImportScript(['oparl', server.bodyUrl, '--into', into, '--organization', 'Rat']);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /actors +0 added, 0 changed, 1 unchanged/);
  assert.match(second.stderr, /entries +0 added, 0 changed, 3 unchanged/);
  const document = JSON.parse(readFileSync(into, 'utf8'));
  assert.equal(document.entries[0].type, 'meeting');
});

test('OParl 1.0 (locations by URL) gives the same records; progress per page of meetings', async () => {
  const old = await startOParlServer({ version: '1.0', locationUrls: true });
  try {
    const progress = [];
    const result = await IMPORTERS.oparl.run({
      source: old.bodyUrl,
      fetch: sameHostFetch(old.bodyUrl, get),
      options: {},
      now: new Date(),
      progress: (done, total) => progress.push([done, total]),
    });
    assert.ok(old.requests.every((u) => u.startsWith(old.origin)));
    assert.ok(JSON.stringify(old.body).includes('schema.oparl.org/1.0/Body'));
    const strip = (records) => JSON.parse(JSON.stringify(records).replaceAll(old.origin, server.origin));
    assert.deepEqual(strip(result.records), (await run()).records);
    assert.equal(typeof old.meetings[0].location, 'string');
    assert.deepEqual(
      old.requests.filter((u) => u.includes('/location/')).sort(),
      [1, 2, 3].map((n) => `${old.origin}/oparl/v1/location/${n}`),
      'each location once',
    );
    assert.deepEqual(progress, [
      [3, 8],
      [6, 8],
      [8, 8],
    ]);
  } finally {
    await old.close();
  }
});

test('quirks: relative next links, a list that shifts while read, HTML entities in names', async () => {
  let last;
  const quirky = async (url) => {
    const page = JSON.parse(await get(url));
    if (page.links?.next) {
      const next = new URL(page.links.next);
      page.links.next = next.pathname.replace(/^.*\//, '') + next.search;
    }
    if (url.endsWith('/meetings')) last = page.data.at(-1);
    // The first page's last meeting again on the second, modified meanwhile.
    if (url.endsWith('/meetings?page=2'))
      page.data.unshift({ ...last, name: 'Rat &amp; Verwaltung im Gespr&auml;ch' });
    return JSON.stringify(page);
  };
  const result = await importOParl(server.bodyUrl, sameHostFetch(server.bodyUrl, quirky));
  assert.deepEqual(result.problems, []);
  const meetings = result.records.entries.filter((e) => e.type === 'meeting');
  assert.equal(meetings.length, 8);
  assert.equal(new Set(result.records.entries.map((e) => e.id)).size, 16);
  assert.equal(meetings[2].identifiers[0].value, last.id, 'in the place of the first copy');
  assert.equal(meetings[2].title, 'Rat & Verwaltung im Gespräch');
});

test('not OParl, an unreachable source: errors, no records', async () => {
  const bodies = await importOParl(`${server.origin}/oparl/v1/bodies`, get);
  assert.deepEqual([bodies.problems, bodies.records.entries.length], [[], 16], 'a list of bodies');
  const notOParl = await importOParl(`${server.origin}/oparl/v1/body/1/meetings`, get);
  assert.deepEqual(
    notOParl.problems.map((p) => [p.code, p.position.url]),
    [['oparl.not-oparl', `${server.origin}/oparl/v1/body/1/meetings`]],
  );
  assert.deepEqual(notOParl.records, {});
  const missing = await importOParl(`${server.origin}/nothing`, get);
  assert.deepEqual(
    missing.problems.map((p) => p.code),
    ['oparl.http'],
  );
  assert.deepEqual(missing.records, {});
  const relative = await importOParl('body/1', get);
  assert.deepEqual(
    relative.problems.map((p) => [p.severity, p.code, p.position.url]),
    [['error', 'oparl.url', 'body/1']],
  );
  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(importOParl(server.bodyUrl, get, { signal: aborted.signal }));
});
