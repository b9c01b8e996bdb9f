// The transparency feed's iCalendar export, read back by the iCalendar import (ical.js): every
// dated entry and every milestone, at the instant meant, local times with TZID across DST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { interop, root } from './load.mjs';

const { importICalendar, instant, toICalendar } = interop;

const exportOf = (document) =>
  toICalendar({ document, entries: document.entries, lang: 'de', pageUrl: 'https://x.example/koop/' });
const read = (ics) => importICalendar(ics, 'export.ics', { from: '1990-01-01', to: '2040-12-31' });
const text = (value) => (typeof value === 'string' ? value : value.de);

for (const name of ['ko-produktion', 'equal-strategien']) {
  test(`${name}: every entry and every milestone is an event, at its instant`, () => {
    const document = JSON.parse(readFileSync(`${root}demo/data/${name}.json`, 'utf8'));
    const { records, problems } = read(exportOf(document));
    assert.deepEqual(problems, []);
    const named = new Set(
      document.entries.filter((e) => e.type === 'milestone').flatMap((e) => e.milestones ?? []),
    );
    const milestones = document.milestones.filter((m) => !named.has(m.id));
    assert.equal(records.entries.length, document.entries.length + milestones.length);
    assert.ok(records.entries.length > 24);
    const zone = document.cooperation.timeZone;
    for (const [i, entry] of document.entries.entries()) {
      const back = records.entries[i];
      assert.equal(back.title, text(entry.title));
      assert.equal(instant(back.date, zone), instant(entry.date, zone), entry.id);
    }
    for (const [i, milestone] of milestones.entries()) {
      const back = records.entries[document.entries.length + i];
      assert.equal(back.title, text(milestone.title));
      // A month or a year is all-day from its first day.
      const date = milestone.actual ?? milestone.planned;
      assert.equal(back.date, `${date}-01-01`.slice(0, 10));
      assert.match(back.identifiers[0].value, /^milestone\/.+@x\.example$/);
    }
  });
}

test('format 1.1: local times with TZID, the offset of their day (DST), ends and all-day spans', () => {
  const document = {
    schemaVersion: '1.1',
    cooperation: { name: 'Zeitzonen', timeZone: 'Europe/Berlin' },
    entries: [
      { id: 'winter', date: '2026-01-15T18:00', end: '2026-01-15T20:30', type: 'meeting', title: 'Winter' },
      { id: 'sommer', date: '2026-07-01T09:00', type: 'decision', title: 'Sommer' },
      { id: 'umstellung', date: '2026-03-29T03:30', type: 'meeting', title: 'Nach der Umstellung' },
      { id: 'utc', date: '2026-03-01T12:00Z', type: 'result', title: 'UTC' },
      { id: 'tage', date: '2026-05-04', end: '2026-05-06', type: 'evaluation', title: 'Drei Tage' },
    ],
  };
  const ics = exportOf(document);
  assert.match(ics, /\r\nDTSTART;TZID=Europe\/Berlin:20260115T180000\r\n/);
  assert.match(ics, /\r\nDTSTART:20260301T120000Z\r\n/);
  const { records, problems } = read(ics);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    records.entries.map((e) => [e.date, e.end]),
    [
      ['2026-01-15T18:00:00+01:00', '2026-01-15T20:30:00+01:00'],
      ['2026-07-01T09:00:00+02:00', undefined],
      ['2026-03-29T03:30:00+02:00', undefined],
      ['2026-03-01T12:00:00Z', undefined],
      ['2026-05-04', '2026-05-06'],
    ],
  );
  // UIDs from the ids: the same on every export.
  assert.deepEqual(
    records.entries.map((e) => e.identifiers[0].value),
    document.entries.map((e) => `${e.id}@x.example`),
  );
});
