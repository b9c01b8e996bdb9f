// The iCalendar importer with what real calendars write: VTIMEZONE and DST, TZID without
// VTIMEZONE, all-day events, series with exceptions and EXDATE, CANCELLED, duplicates, HTML,
// umlauts, a BOM, folded long lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interop } from './load.mjs';

const { importICalendar, mergeRecords, newDocument, validateDocument } = interop;

const BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const calendar = (...events) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//DE',
    ...BERLIN,
    ...events.flat(),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
const event = (...lines) => ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];
const options = { from: '2026-01-01', to: '2026-12-31' };
const run = (text, more = {}) => importICalendar(text, 'cal.ics', { ...options, ...more });
const entries = (text, more) => run(text, more).records.entries;

const series = event(
  'UID:plenum@verein.example',
  'DTSTART;TZID=Europe/Berlin:20260319T180000',
  'DTEND;TZID=Europe/Berlin:20260319T193000',
  'RRULE:FREQ=WEEKLY;COUNT=5',
  'EXDATE;TZID=Europe/Berlin:20260409T180000',
  'SUMMARY:Plenum',
  'LOCATION:Bürgerhaus\\, Saal 1',
);
const moved = event(
  'UID:plenum@verein.example',
  'RECURRENCE-ID;TZID=Europe/Berlin:20260402T180000',
  'DTSTART;TZID=Europe/Berlin:20260402T190000',
  'DTEND;TZID=Europe/Berlin:20260402T203000',
  'SUMMARY:Plenum (später)',
);
const cancelled = event(
  'UID:plenum@verein.example',
  'RECURRENCE-ID;TZID=Europe/Berlin:20260326T180000',
  'DTSTART;TZID=Europe/Berlin:20260326T180000',
  'STATUS:CANCELLED',
  'SUMMARY:Plenum',
);

test('a weekly series across the DST change: offsets of each day, exceptions, EXDATE, CANCELLED', () => {
  const list = entries(calendar(series, moved, cancelled));
  assert.deepEqual(
    list.map((e) => [e.date, e.end, e.title, e.status]),
    [
      ['2026-03-19T18:00:00+01:00', '2026-03-19T19:30:00+01:00', 'Plenum', undefined],
      ['2026-03-26T18:00:00+01:00', undefined, 'Plenum', 'cancelled'],
      ['2026-04-02T19:00:00+02:00', '2026-04-02T20:30:00+02:00', 'Plenum (später)', undefined],
      ['2026-04-16T18:00:00+02:00', '2026-04-16T19:30:00+02:00', 'Plenum', undefined],
    ],
  );
  assert.equal(list[0].how.location, 'Bürgerhaus, Saal 1');
  assert.deepEqual(list[2].identifiers, [
    { scheme: 'ical-uid', value: 'plenum@verein.example;RECURRENCE-ID=20260402T180000' },
  ]);
  assert.equal(new Set(list.map((e) => e.id)).size, 4);
});

test('a series is expanded only within the window', () => {
  const daily = event('UID:daily@x', 'DTSTART:20250101T080000Z', 'RRULE:FREQ=DAILY', 'SUMMARY:Täglich');
  const list = entries(calendar(daily), { from: '2026-02-01', to: '2026-02-10' });
  assert.equal(list.length, 10);
  assert.equal(list[0].date, '2026-02-01T08:00:00Z');
  assert.equal(list[9].date, '2026-02-10T08:00:00Z');
  // the default window is a year either side of now
  const around = entries(calendar(daily), {
    from: undefined,
    to: undefined,
    now: new Date('2026-06-01T00:00:00Z'),
  });
  assert.equal(around.length, 730, '2025-06-01 08:00 to 2027-05-31 08:00');
  const capped = run(calendar(daily), { from: '2026-01-01', to: '2026-12-31', maxOccurrences: 20 });
  assert.equal(capped.records.entries.length, 20);
  assert.deepEqual(
    capped.problems.map((p) => [p.code, p.position]),
    [['ical.too-many-occurrences', { line: 21, url: 'daily@x' }]],
  );
});

test('all-day events: one day without end, several days ending on the last day', () => {
  const list = entries(
    calendar(
      event('UID:a@x', 'DTSTART;VALUE=DATE:20260601', 'DTEND;VALUE=DATE:20260602', 'SUMMARY:Ein Tag'),
      event('UID:b@x', 'DTSTART;VALUE=DATE:20261230', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:Jahreswechsel'),
    ),
  );
  assert.deepEqual(
    list.map((e) => [e.date, e.end]),
    [
      ['2026-06-01', undefined],
      ['2026-12-30', '2027-01-01'],
    ],
  );
});

test('a TZID without VTIMEZONE is resolved by its IANA name; an unknown one is local time, with a warning', () => {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:x',
    ...event('UID:s@x', 'DTSTART;TZID=Europe/Berlin:20261025T120000', 'SUMMARY:Sommer→Winter'),
    ...event('UID:w@x', 'DTSTART;TZID=Europe/Berlin:20260720T120000', 'SUMMARY:Sommer'),
    ...event('UID:u@x', 'DTSTART;TZID=W. Europe Standard Time:20260720T120000', 'SUMMARY:Outlook'),
    'END:VCALENDAR',
  ].join('\r\n');
  const result = run(text);
  assert.deepEqual(
    result.records.entries.map((e) => e.date),
    ['2026-10-25T12:00:00+01:00', '2026-07-20T12:00:00+02:00', '2026-07-20T12:00:00'],
  );
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.position]),
    [['ical.unknown-tzid', { line: 16, url: 'u@x' }]],
  );
});

test('HTML stripped to text, umlauts, a BOM and folded long lines', () => {
  const long = 'Tagesordnung: Haushalt, Grünflächen, Straßenbäume. '.repeat(120).trim();
  const folded =
    `DESCRIPTION:<p>${long}</p><br/>Gäste &amp; Öffentlichkeit&nbsp;willkommen<script>alert(1)</script>`
      .match(/.{1,70}/gu)
      .join('\r\n ');
  const text = `\uFEFF${calendar(event('UID:h@x', 'DTSTART:20260505T160000Z', 'SUMMARY:<b>Öffentliche</b> Sitzung', folded))}`;
  const [entry] = entries(text);
  assert.equal(entry.title, 'Öffentliche Sitzung');
  assert.equal(entry.summary, `${long}\n\nGäste & Öffentlichkeit\u00a0willkommen`);
  assert.ok(!entry.summary.includes('alert'));
});

test('the same UID twice: the higher SEQUENCE counts, with a warning at its line', () => {
  const result = run(
    calendar(
      event('UID:d@x', 'SEQUENCE:2', 'DTSTART:20260505T160000Z', 'SUMMARY:Neu'),
      event('UID:d@x', 'SEQUENCE:1', 'DTSTART:20260504T160000Z', 'SUMMARY:Alt'),
    ),
  );
  assert.deepEqual(
    result.records.entries.map((e) => e.title),
    ['Neu'],
  );
  assert.equal(result.problems[0].code, 'ical.duplicate');
  assert.equal(result.problems[0].position.url, 'd@x');
});

test('what cannot be read is an error and no records; an event without DTSTART is skipped', () => {
  const broken = run('BEGIN:VCALENDAR\r\nthis is not a line\r\nEND:VCALENDAR');
  assert.equal(broken.problems[0].severity, 'error');
  assert.deepEqual(broken.records, {});
  const noStart = run(calendar(event('UID:n@x', 'SUMMARY:Ohne Zeit')));
  assert.deepEqual(noStart.records.entries, []);
  assert.deepEqual(
    noStart.problems.map((p) => [p.code, p.position.url]),
    [['ical.no-dtstart', 'n@x']],
  );
});

test('imported twice nothing changes; one event changed in the source changes exactly that entry', () => {
  const first = run(calendar(series, moved, cancelled)).records;
  const { document } = mergeRecords(newDocument(first, 'cal.ics'), first, { scheme: 'ical-uid' });
  assert.equal(validateDocument(document).valid, true, JSON.stringify(validateDocument(document).problems));
  // a person links the moved meeting to an actor of their own
  document.actors = [{ id: 'verein', name: 'Verein' }];
  document.entries[2].actors = ['verein'];
  const again = mergeRecords(document, run(calendar(series, moved, cancelled)).records, {
    scheme: 'ical-uid',
  });
  assert.deepEqual(
    again.plan.changes.filter((c) => c.kind !== 'unchanged'),
    [],
  );
  const changedSource = calendar(
    series,
    moved.map((l) => l.replace('Plenum (später)', 'Plenum (19 Uhr)')),
    cancelled,
  );
  const next = mergeRecords(document, run(changedSource).records, { scheme: 'ical-uid' });
  const changes = next.plan.changes.filter((c) => c.kind !== 'unchanged');
  assert.deepEqual(
    changes.map((c) => [c.kind, c.fields]),
    [['changed', ['title']]],
  );
  assert.deepEqual(next.document.entries[2].actors, ['verein']);
});

test('removeMissing: an event deleted from the calendar goes, one outside the window stays', () => {
  const daily = event('UID:t@x', 'DTSTART:20260101T080000Z', 'RRULE:FREQ=DAILY;COUNT=60', 'SUMMARY:Täglich');
  const single = event('UID:s@x', 'DTSTART:20260115T080000Z', 'SUMMARY:Einmal');
  const january = run(calendar(daily, single), { from: '2026-01-01', to: '2026-01-31' });
  const { document } = mergeRecords(newDocument(january.records, 'cal.ics'), january.records);
  assert.equal(document.entries.length, 32);
  // a month later, the window has moved and the single event was deleted
  const february = run(calendar(daily), { from: '2026-01-20', to: '2026-02-19' });
  const options = { scheme: 'ical-uid', removeMissing: true, owns: february.owns, covers: february.covers };
  const { plan, document: after } = mergeRecords(document, february.records, options);
  const summary = plan.summary.entries;
  assert.deepEqual(summary, { added: 19, changed: 0, unchanged: 12, removed: 0 });
  const march = run(calendar(daily), { from: '2026-01-10', to: '2026-01-20' });
  const removed = mergeRecords(after, march.records, { ...options, owns: march.owns, covers: march.covers });
  assert.deepEqual(
    removed.plan.changes.filter((c) => c.kind === 'removed').map((c) => c.before.title),
    ['Einmal'],
  );
  assert.equal(removed.document.entries.length, 31 + 19);
  // a source that cannot be read changes nothing, also with removeMissing
  const broken = run('BEGIN:VCALENDAR\r\nkaputt\r\nEND:VCALENDAR');
  const none = mergeRecords(after, broken.records, { ...options, covers: broken.covers });
  assert.deepEqual(none.document, after);
});
