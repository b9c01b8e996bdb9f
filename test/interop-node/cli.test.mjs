// `npm run import` as a nightly job runs it: real files, a local HTTP server, the real script,
// its output and exit code.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportScript } from './load.mjs';

const dir = mkdtempSync(join(tmpdir(), 'koop-import-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = runImportScript;

const ics = (summary) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:x',
    'BEGIN:VEVENT',
    'UID:a@x',
    'DTSTAMP:20260101T000000Z',
    'DTSTART:20260505T160000Z',
    `SUMMARY:${summary}`,
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:b@x',
    'DTSTAMP:20260101T000000Z',
    'DTSTART;VALUE=DATE:20260601',
    'SUMMARY:Fest',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

test('a new document, then merged into it: the summary per list, a second run changes nothing', async () => {
  const source = join(dir, 'cal.ics');
  const doc = join(dir, 'doc.json');
  writeFileSync(source, ics('Sitzung'));
  const first = await run(['ical', source, '--out', doc, '--from', '2026-01-01', '--to', '2026-12-31']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /entries +2 added, 0 changed, 0 unchanged, 0 removed/);
  const written = JSON.parse(readFileSync(doc, 'utf8'));
  assert.deepEqual(
    written.entries.map((e) => e.title),
    ['Sitzung', 'Fest'],
  );
  const second = await run(['ical', source, '--into', doc, '--from', '2026-01-01', '--to', '2026-12-31']);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /entries +0 added, 0 changed, 2 unchanged, 0 removed/);
  assert.deepEqual(JSON.parse(readFileSync(doc, 'utf8')), written);
  writeFileSync(source, ics('Sitzung (verlegt)'));
  const third = await run(['ical', source, '--into', doc, '--from', '2026-01-01', '--to', '2026-12-31']);
  assert.match(third.stderr, /entries +0 added, 1 changed, 1 unchanged, 0 removed/);
});

test('errors: every problem with its position, exit 1, nothing written', async () => {
  const source = join(dir, 'broken.json');
  const out = join(dir, 'never.json');
  writeFileSync(source, '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [,]\n}');
  const result = await run(['jsonfeed', source, '--out', out]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /ERRORS, nothing written/);
  assert.match(result.stderr, /error +jsonfeed\.json \(line 3\)/);
  assert.equal(existsSync(out), false);
  const usage = await run(['pdf', source]);
  assert.equal(usage.code, 1);
  assert.match(usage.stdout + usage.stderr, /Unknown format "pdf"/);
  const missing = await run(['ical', join(dir, 'fehlt.ics')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot be read/);
});

test('a URL: fetched as given, the document to stdout; a redirect to another host is refused', async () => {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(`${request.headers.host}${request.url}`);
    if (request.url === '/cal.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.end(ics('Per URL'));
    } else if (request.url === '/same') {
      response.writeHead(302, { location: '/cal.ics' });
      response.end();
    } else {
      response.writeHead(302, { location: `http://localhost:${server.address().port}/cal.ics` });
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const ok = await run(['ical', `${base}/same`, '--from', '2026-01-01', '--to', '2026-12-31']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).entries[0].title, 'Per URL');
    const away = await run(['ical', `${base}/away`]);
    assert.equal(away.code, 1);
    assert.match(away.stderr, /redirect to another host \(localhost:\d+\) refused/);
    assert.deepEqual(
      requests.map((r) => r.replace(/:\d+/, '')),
      ['127.0.0.1/same', '127.0.0.1/cal.ics', '127.0.0.1/away'],
    );
  } finally {
    server.close();
  }
});
