// `npm run review` as a Git workflow runs it: real files, the real script, its output and exit
// code. Plain node:test (node --test test/review-node/), so it can join a counting reporter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const root = new URL('../..', import.meta.url).pathname;
const published = JSON.parse(readFileSync(`${root}demo/data/ko-produktion.json`, 'utf8'));
const demoProposal = JSON.parse(
  readFileSync(`${root}demo/proposals/vorschlag-nachbarschaftsverein.json`, 'utf8'),
);

function run(args) {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [`${root}scripts/review.mjs`, ...args],
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, out: `${stdout}${stderr}` }),
    ),
  );
}

function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'koop-review-'));
  for (const [name, value] of Object.entries(files))
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return dir;
}

const at = (dir, name) => join(dir, name);

test('lists every change in plain words and checks them all without writing anything', async () => {
  const dir = folder({ 'doc.json': published, 'p.json': demoProposal });
  try {
    const { code, out } = await run([at(dir, 'doc.json'), at(dir, 'p.json')]);
    assert.equal(code, 0, out);
    assert.match(out, /Vorschlag von Aylin Demir \(Nachbarschaftsverein Nordviertel e\.V\.\)/);
    assert.match(out, /Beruht auf dem aktuellen Stand des Dokuments\./);
    assert.match(
      out,
      /Akteur „Nachbarschaftsverein Nordviertel e\.V\.“\n {4}✓ \[1\] Beschreibung geändert: Passt zum aktuellen Stand\./,
    );
    // The words that change are marked as in git's word diff.
    assert.match(
      out,
      /Arbeitgeber der Koordinationsstelle\. \{\+Seit 2026 mit offenem Café an drei Tagen in der Woche\.\+\}/,
    );
    assert.match(out, /\[3\] neu hinzugefügt: Passt zum aktuellen Stand\./);
    assert.doesNotMatch(out, /\/actors\/9/, 'no JSON paths in the list');
    assert.deepEqual(JSON.parse(readFileSync(at(dir, 'doc.json'), 'utf8')), published);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('applies the accepted changes to --out, sets updatedAt and can record whose proposals were taken', async () => {
  const dir = folder({ 'doc.json': published, 'p.json': demoProposal });
  try {
    const { code, out } = await run([
      at(dir, 'doc.json'),
      at(dir, 'p.json'),
      '--accept',
      '1,3',
      '--out',
      at(dir, 'new.json'),
      '--entry',
    ]);
    assert.equal(code, 0, out);
    assert.match(out, /· \[2\] Adresse \(URL\) ergänzt/);
    const result = JSON.parse(readFileSync(at(dir, 'new.json'), 'utf8'));
    const verein = result.actors.find((a) => a.id === 'verein');
    assert.match(verein.description, /offenem Café/);
    assert.equal(verein.url, undefined, 'change 2 was not accepted');
    assert.ok(result.entries.some((e) => e.id === 'e-treffen-mai'));
    const last = result.entries.at(-1);
    assert.equal(last.type, 'announcement');
    assert.equal(
      last.title,
      'Änderungen übernommen: Vorschläge von Aylin Demir (Nachbarschaftsverein Nordviertel e.V.)',
    );
    assert.deepEqual(last.actors, ['verein']);
    assert.notEqual(result.updatedAt, published.updatedAt);
    assert.match(result.updatedAt, /^\d{4}-\d{2}-\d{2}$/, 'as precise as it was');
    // The file passes the data check.
    const check = await new Promise((resolve) =>
      execFile(process.execPath, [`${root}scripts/validate.mjs`, at(dir, 'new.json')], (error, stdout) =>
        resolve({ code: error ? error.code : 0, stdout }),
      ),
    );
    assert.equal(check.code, 0, check.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fails on a conflict: a proposal made on an old version, a second proposal for the same value', async () => {
  const current = structuredClone(published);
  const index = current.actors.findIndex((a) => a.id === 'verein');
  current.actors[index].description = 'Von der Geschäftsstelle inzwischen geändert.';
  const second = structuredClone(demoProposal);
  second.proposer = { name: 'Jonas Weber', organisation: 'Initiative' };
  second.patch = demoProposal.patch
    .slice(0, 3)
    .map((op, i) => (i === 2 ? { ...op, value: 'Ganz anders.' } : op));
  const dir = folder({
    'doc.json': current,
    'old.json': demoProposal,
    'doc-now.json': published,
    'second.json': second,
  });
  try {
    const stale = await run([
      at(dir, 'doc.json'),
      at(dir, 'old.json'),
      '--accept',
      'all',
      '--out',
      at(dir, 'out.json'),
    ]);
    assert.equal(stale.code, 1, stale.out);
    assert.match(stale.out, /Beruht auf einem anderen Stand \(2026-06-30\)/);
    assert.match(stale.out, /✗ \[1\] Beschreibung geändert: Konflikt: Der Wert hat sich geändert/);
    assert.match(stale.out, /Jetzt im Dokument: Von der Geschäftsstelle inzwischen geändert\./);
    assert.match(stale.out, /✓ \[2\] Adresse \(URL\) ergänzt: Passt/);
    assert.throws(() => readFileSync(at(dir, 'out.json')), 'nothing written on failure');

    const both = await run([at(dir, 'doc-now.json'), at(dir, 'old.json'), at(dir, 'second.json')]);
    assert.equal(both.code, 1, both.out);
    assert.match(both.out, /✓ \[1\.1\] Beschreibung geändert: Passt/);
    assert.match(both.out, /✗ \[2\.1\] Beschreibung geändert: Konflikt/);
    // Taking only the second proposal's change is fine.
    const one = await run([
      at(dir, 'doc-now.json'),
      at(dir, 'old.json'),
      at(dir, 'second.json'),
      '--accept',
      '2.1',
    ]);
    assert.equal(one.code, 0, one.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('refuses hostile files and wrong use with a clear message, and writes nothing', async () => {
  const dir = folder({
    'doc.json': published,
    'proto.json': { ...demoProposal, patch: [{ op: 'add', path: '/__proto__/polluted', value: true }] },
    'outside.json': { ...demoProposal, patch: [{ op: 'add', path: '/actors/0/password', value: 'x' }] },
    'huge.json': {
      ...demoProposal,
      patch: [{ op: 'add', path: '/entries/-', value: { id: 'x', title: 'x'.repeat(200_000) } }],
    },
    'broken.json': '{"koopProposal": ',
    'other.json': { ...demoProposal, cooperation: { name: 'Quartiersrat Südstadt' } },
    'invalid.json': {
      ...demoProposal,
      patch: [
        { op: 'test', path: '/actors/0/id', value: 'stadt' },
        { op: 'test', path: '/actors/0/name', value: published.actors[0].name },
        { op: 'remove', path: '/actors/0/name' },
      ],
    },
  });
  try {
    const files = ['proto', 'outside', 'huge', 'broken', 'other'].map((name) => at(dir, `${name}.json`));
    const { code, out } = await run([
      at(dir, 'doc.json'),
      ...files,
      '--accept',
      'all',
      '--out',
      at(dir, 'out.json'),
    ]);
    assert.equal(code, 1, out);
    assert.match(
      out,
      /proto\.json wurde nicht geöffnet: Der Vorschlag enthält den unzulässigen Namen „__proto__“/,
    );
    assert.match(
      out,
      /outside\.json wurde nicht geöffnet: Änderung 1 zielt auf \/actors\/0\/password, eine Stelle, die es im Koop-Format nicht gibt\./,
    );
    assert.match(out, /huge\.json wurde nicht geöffnet: Änderung 1 enthält einen zu großen Wert/);
    assert.match(out, /broken\.json wurde nicht geöffnet: Die Datei ist kein gültiges JSON/);
    assert.match(out, /other\.json wurde nicht geöffnet: Der Vorschlag gehört zu einer anderen Kooperation/);
    assert.throws(() => readFileSync(at(dir, 'out.json')));

    // A change that would make the document invalid (a required name removed) fails the check.
    const invalid = await run([
      at(dir, 'doc.json'),
      at(dir, 'invalid.json'),
      '--accept',
      'all',
      '--out',
      at(dir, 'out.json'),
    ]);
    assert.equal(invalid.code, 1, invalid.out);
    assert.match(invalid.out, /Kann nicht angenommen werden, weil die Daten damit Fehler hätten\./);
    assert.match(invalid.out, /Fehler: actors\[0\]\.name: fehlt \(Pflichtfeld\)/);
    assert.throws(() => readFileSync(at(dir, 'out.json')));

    writeFileSync(at(dir, 'p.json'), JSON.stringify(demoProposal));
    const wrong = await run([at(dir, 'doc.json'), at(dir, 'p.json'), '--accept', '7']);
    assert.equal(wrong.code, 2, wrong.out);
    assert.match(wrong.out, /--accept: 1\.7 \?/);
    const usage = await run([at(dir, 'doc.json')]);
    assert.equal(usage.code, 2);
    assert.match(usage.out, /usage: npm run review/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('speaks English with --lang en', async () => {
  const dir = folder({ 'doc.json': published, 'p.json': demoProposal });
  try {
    const { code, out } = await run([at(dir, 'doc.json'), at(dir, 'p.json'), '--lang', 'en']);
    assert.equal(code, 0, out);
    assert.match(out, /Proposal by Aylin Demir/);
    assert.match(
      out,
      /Actor “Nachbarschaftsverein Nordviertel e\.V\.”\n {4}✓ \[1\] Description changed: Fits the current version\./,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
