// The merge core: matching by identifiers or id, idempotence, hand-made records kept, a change
// list a person can untick, and results that pass the data check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { interop, root } from './load.mjs';

const { planMerge, applyMerge, mergeRecords, validateDocument } = interop;
const demo = JSON.parse(readFileSync(`${root}demo/data/ko-produktion.json`, 'utf8'));

const base = () => ({
  schemaVersion: '1.1',
  cooperation: { name: 'Test' },
  actors: [{ id: 'hand', name: 'Von Hand angelegt' }],
  entries: [{ id: 'own', date: '2026-01-05', type: 'result', title: 'Eigener Eintrag', actors: ['hand'] }],
});

const source = () => ({
  actors: [{ id: 'rat', name: 'Stadtrat', identifiers: [{ scheme: 'oparl', value: 'https://ris/org/1' }] }],
  entries: [
    {
      id: 'sitzung-1',
      date: '2026-02-03T17:00:00+01:00',
      type: 'meeting',
      title: 'Sitzung',
      actors: ['rat'],
      identifiers: [{ scheme: 'oparl', value: 'https://ris/meeting/1' }],
    },
    {
      id: 'top-1',
      date: '2026-02-03T17:30:00+01:00',
      type: 'decision',
      title: 'TOP 1',
      partOf: 'sitzung-1',
      identifiers: [{ scheme: 'oparl', value: 'https://ris/item/1' }],
    },
  ],
});

const changed = (plan) => plan.changes.filter((c) => c.kind !== 'unchanged');

test('a first run adds, a second run of the same source changes nothing', () => {
  const first = mergeRecords(base(), source(), { scheme: 'oparl' });
  assert.deepEqual(first.plan.summary.entries, { added: 2, changed: 0, unchanged: 0, removed: 0 });
  assert.deepEqual(first.plan.summary.actors, { added: 1, changed: 0, unchanged: 0, removed: 0 });
  assert.equal(validateDocument(first.document).valid, true);
  const second = mergeRecords(first.document, source(), { scheme: 'oparl', removeMissing: true });
  assert.deepEqual(changed(second.plan), []);
  assert.deepEqual(second.document, first.document);
});

test('a changed source changes exactly those records and keeps what a person added', () => {
  const { document } = mergeRecords(base(), source());
  // a person renames the meeting's id and adds a goal-free summary of their own
  document.entries[1] = { ...document.entries[1], id: 'ratssitzung', summary: 'Notiz von Hand' };
  document.entries[2] = { ...document.entries[2], partOf: 'ratssitzung' };
  const next = source();
  next.entries[1].title = 'TOP 1 (geändert)';
  const { plan, document: after } = mergeRecords(document, next);
  assert.deepEqual(
    changed(plan).map((c) => [c.id, c.kind, c.fields]),
    [['entries/top-1', 'changed', ['title']]],
  );
  assert.equal(after.entries[1].summary, 'Notiz von Hand');
  assert.equal(after.entries[1].id, 'ratssitzung');
  assert.equal(after.entries[2].partOf, 'ratssitzung', 'the imported reference follows the match');
  assert.deepEqual(after.entries[0], base().entries[0]);
  assert.equal(validateDocument(after).valid, true);
});

test('matched by id when there is no identifier; an id clash of another record gets a new id', () => {
  const doc = base();
  doc.entries.push({
    id: 'sitzung-1',
    date: '2025-01-01',
    type: 'meeting',
    title: 'Andere Sitzung',
    identifiers: [{ scheme: 'oparl', value: 'https://ris/meeting/99' }],
  });
  const { plan, document } = mergeRecords(doc, source());
  const added = plan.changes.filter((c) => c.list === 'entries' && c.kind === 'added');
  assert.deepEqual(
    added.map((c) => c.after.id),
    ['sitzung-1-2', 'top-1'],
  );
  assert.equal(document.entries.find((e) => e.id === 'top-1').partOf, 'sitzung-1-2');
  assert.equal(validateDocument(document).valid, true);

  const byId = mergeRecords(base(), { entries: [{ ...base().entries[0], title: 'Neu' }] });
  assert.deepEqual(
    changed(byId.plan).map((c) => [c.id, c.kind]),
    [['entries/own', 'changed']],
  );
});

test('unticked changes stay out, and so does what needs them', () => {
  const plan = planMerge(base(), source());
  const ids = plan.changes.map((c) => c.id);
  assert.deepEqual(ids, ['actors/rat', 'entries/sitzung-1', 'entries/top-1']);
  assert.deepEqual(plan.changes[1].requires, ['actors/rat']);
  assert.deepEqual(plan.changes[2].requires, ['entries/sitzung-1']);
  const { document, skipped } = applyMerge(base(), plan, ['entries/sitzung-1', 'entries/top-1']);
  assert.deepEqual(skipped, ['entries/sitzung-1', 'entries/top-1']);
  assert.deepEqual(document, base());
  const onlyActor = applyMerge(base(), plan, (c) => c.list === 'actors');
  assert.equal(onlyActor.document.actors.length, 2);
  assert.equal(onlyActor.document.entries.length, 1);
  assert.equal(validateDocument(onlyActor.document).valid, true);
});

test('removeMissing removes only what came from that kind of source and nothing still referred to', () => {
  const { document } = mergeRecords(base(), source());
  const next = source();
  next.entries = [];
  const keep = mergeRecords(document, next, { scheme: 'oparl' });
  assert.deepEqual(changed(keep.plan), [], 'without removeMissing nothing goes');
  const { plan, document: after } = mergeRecords(document, next, { scheme: 'oparl', removeMissing: true });
  assert.deepEqual(
    changed(plan).map((c) => [c.id, c.kind]),
    [
      ['entries/sitzung-1', 'removed'],
      ['entries/top-1', 'removed'],
    ],
  );
  assert.deepEqual(
    after.entries.map((e) => e.id),
    ['own'],
  );
  // an entry a person made refers to the imported meeting: that one stays
  document.entries[0].partOf = 'sitzung-1';
  const referred = applyMerge(document, planMerge(document, next, { scheme: 'oparl', removeMissing: true }));
  assert.deepEqual(referred.skipped, ['entries/sitzung-1']);
  assert.equal(validateDocument(referred.document).valid, true);
});

test('merging a whole demo document into itself changes nothing', () => {
  const { plan, document } = mergeRecords(demo, demo);
  assert.deepEqual(changed(plan), []);
  assert.deepEqual(document, demo);
});

test('relations without id match by source, target and type', () => {
  const doc = structuredClone(demo);
  const relation = doc.relations.find((r) => !r.id);
  if (!relation) return;
  const { plan } = mergeRecords(doc, { relations: [{ ...relation, label: 'neu' }] });
  assert.deepEqual(
    changed(plan).map((c) => [c.kind, c.fields]),
    [['changed', ['label']]],
  );
});
