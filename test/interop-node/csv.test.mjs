// CSV, the spreadsheet round trip's other face: document → one CSV per list → document is
// deep-equal (both demo documents, German and English headers, fuzzed documents); what German
// Excel writes (BOM, semicolons, decimal commas) reads; problems name file, row and column.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { documentArbitrary } from './arbitrary.mjs';
import { interop, root, runImportScript } from './load.mjs';

const { exportCsv, importCsv, mergeRecords, newDocument, parseCsv, parseNumber, validateDocument } = interop;

const demo = (name) => JSON.parse(readFileSync(`${root}demo/data/${name}.json`, 'utf8'));

function roundTrip(document, options) {
  const files = exportCsv(document, options);
  const result = importCsv(files, 'csv');
  assert.deepEqual(result.problems, []);
  return mergeRecords(newDocument(result.records, 'csv'), result.records, {
    scheme: 'csv',
    owns: result.owns,
  }).document;
}

for (const name of ['ko-produktion', 'equal-strategien'])
  for (const lang of ['de', 'en'])
    test(`${name}: document → CSV (${lang}) → document is deep-equal`, () => {
      const document = demo(name);
      const files = exportCsv(document, { lang });
      const expected =
        lang === 'de'
          ? [
              'Kooperation',
              'Akteure',
              'Beziehungen',
              'Rollen',
              'Rollenbesetzung',
              'Konflikte',
              'Ziele',
            ].concat(['Indikatoren', 'Messwerte', 'Phasen', 'Meilensteine', 'Chronik'])
          : ['Cooperation', 'Actors', 'Relations', 'Roles', 'Assignments', 'Conflicts', 'Goals'].concat([
              'Indicators',
              'Observations',
              'Phases',
              'Milestones',
              'Timeline',
            ]);
      assert.deepEqual(
        files.map((f) => f.name),
        expected.map((n) => `${n}.csv`),
      );
      assert.deepEqual(roundTrip(document, { lang }), document);
    });

test('the export: BOM, semicolons in German, references with a readable name, one column per language', () => {
  const files = exportCsv(demo('ko-produktion'));
  const relations = files.find((f) => f.name === 'Beziehungen.csv').text;
  assert.equal(relations.charCodeAt(0), 0xfeff);
  const { rows } = parseCsv(relations);
  assert.ok(rows[0].includes('Von') && rows[0].includes('Von (Name)'), rows[0].join('|'));
  const actors = parseCsv(files.find((f) => f.name === 'Akteure.csv').text).rows[0];
  assert.ok(actors.some((h) => /\[de\]$/.test(h)) || actors.includes('Name'));
  const en = exportCsv(demo('ko-produktion'), { lang: 'en', bom: false })[1].text;
  assert.notEqual(en.charCodeAt(0), 0xfeff);
  assert.match(en.split('\r\n')[0], /^ID,Name/);
});

test('a re-import of the same CSV files changes nothing', () => {
  for (const name of ['ko-produktion', 'equal-strategien']) {
    const document = demo(name);
    const result = importCsv(exportCsv(document), 'csv');
    const { plan, document: merged } = mergeRecords(document, result.records, {
      scheme: 'csv',
      owns: result.owns,
    });
    assert.deepEqual(
      plan.changes.filter((c) => c.kind !== 'unchanged').map((c) => c.id),
      [],
    );
    assert.deepEqual(merged, document);
  }
});

test('an edited cell changes exactly that record; a cleared cell removes the field', () => {
  const document = demo('ko-produktion');
  const files = exportCsv(document, { lang: 'en', delimiter: ',' });
  const actors = files.find((f) => f.name === 'Actors.csv');
  const { rows } = parseCsv(actors.text);
  const kind = rows[0].indexOf('Kind');
  const first = rows[1];
  assert.ok(first[kind]);
  first[kind] = '';
  actors.text = rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n');
  const result = importCsv([actors], 'csv');
  assert.deepEqual(result.problems, []);
  const { plan, document: merged } = mergeRecords(document, result.records, {
    scheme: 'csv',
    owns: result.owns,
  });
  const changed = plan.changes.filter((c) => c.kind !== 'unchanged');
  assert.deepEqual(
    changed.map((c) => [c.key, c.fields]),
    [[first[0], ['kind']]],
  );
  assert.equal(merged.actors[0].kind, undefined);
  assert.deepEqual(merged.entries, document.entries);
});

test('what German Excel writes: BOM, semicolons, quoted line breaks and quotes, decimal commas, umlauts', () => {
  const long = 'Größere Öffnungszeiten für „alle“; ß und Ü. '.repeat(3000);
  const goals = '\ufeffID;Titel [de];Titel [en];Ebene\r\nz1;"Mehr ""Teilhabe""\r\nim Viertel";;goal\r\n';
  const indicators =
    '\ufeffZiel;Nr.;Name;Einheit;Ausgangswert;Zielwert;Nachkommastellen\r\nz1;1;Besuche;%;"23,8";1.234,5;1\r\n';
  const observations =
    '\ufeffZiel;Indikator-Nr.;Datum;Wert;Notiz\r\nz1;1;2025-06;23,8;\r\nz1;1;2025-07;;Lücke\r\nz1;1;2025-08; -0,5 ;"' +
    long +
    '"\r\n';
  const result = importCsv(
    [
      { name: 'Ziele.csv', text: goals },
      { name: 'Indikatoren.csv', text: indicators },
      { name: 'Messwerte.csv', text: observations },
    ],
    'excel',
  );
  assert.deepEqual(result.problems, []);
  const [goal] = result.records.goals;
  // An empty cell is no field; a language column alone makes a localized text.
  assert.deepEqual(goal.title, { de: 'Mehr "Teilhabe"\r\nim Viertel' });
  assert.equal(goal.level, 'goal');
  const [indicator] = goal.indicators;
  assert.equal(indicator.unit, '%');
  assert.deepEqual(indicator.baseline, { value: 23.8 });
  assert.deepEqual(indicator.target, { value: 1234.5 });
  assert.equal(indicator.decimals, 1);
  assert.deepEqual(
    indicator.observations.map((o) => o.value),
    [23.8, null, -0.5],
  );
  assert.equal(indicator.observations[1].note, 'Lücke');
  assert.equal(indicator.observations[2].note, long);
  assert.equal(
    validateDocument({ schemaVersion: '1.1', cooperation: { name: 'x' }, ...result.records }).valid,
    true,
  );
});

test('comma CSV with LF line ends, English headers and a file name with a folder', () => {
  const text = 'id,name,kind,Sector\nk1,"Köln, Stadt",body,administration\n\nk2,Verein Ä,organisation,\n';
  const result = importCsv([{ name: 'export/actors.csv', text }], 'x');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.records.actors, [
    { id: 'k1', name: 'Köln, Stadt', kind: 'body', sector: 'administration' },
    { id: 'k2', name: 'Verein Ä', kind: 'organisation' },
  ]);
});

test('problems carry the file, row and column', () => {
  const text = 'ID;Name;Breite;Unbekannt\na1;A;"nord";x\n;B;;\na3;C;52,5;\n';
  const result = importCsv(
    [
      { name: 'Akteure.csv', text },
      { name: 'Notizen.csv', text: 'a\n1' },
    ],
    'x',
  );
  const byCode = Object.fromEntries(result.problems.map((p) => [p.code, p]));
  assert.deepEqual(byCode['csv.number'].position, { sheet: 'Akteure.csv', row: 2, column: 'Breite' });
  assert.equal(byCode['csv.number'].severity, 'error');
  assert.deepEqual(byCode['csv.required'].position, { sheet: 'Akteure.csv', row: 3 });
  assert.deepEqual(byCode['csv.unknown-column'].position, {
    sheet: 'Akteure.csv',
    row: 1,
    column: 'Unbekannt',
  });
  assert.equal(byCode['csv.unknown-sheet'].severity, 'warning');
  assert.ok(byCode['csv.number'].messageDe.includes('keine Zahl'));
  assert.deepEqual(result.records.actors.at(-1), { id: 'a3', name: 'C', location: { lat: 52.5 } });
});

test('an observation of an unknown goal or indicator is an error at its row', () => {
  const result = importCsv(
    [
      { name: 'Ziele.csv', text: 'ID;Titel\nz1;Ziel\n' },
      { name: 'Indikatoren.csv', text: 'Ziel;Name\nz1;Besuche\n' },
      {
        name: 'Messwerte.csv',
        text: 'Ziel;Indikator-Nr.;Datum;Wert\nz1;1;2025;1\nz9;1;2025;2\nz1;2;2025;3\n',
      },
    ],
    'x',
  );
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.position]),
    [
      ['csv.unknown-goal', { sheet: 'Messwerte.csv', row: 3 }],
      ['csv.unknown-indicator', { sheet: 'Messwerte.csv', row: 4 }],
    ],
  );
  assert.deepEqual(result.records.goals[0].indicators[0].observations, [{ date: '2025', value: 1 }]);
});

test('a text Excel would run as a formula is written with a leading apostrophe and read back as it was', () => {
  const titles = [
    '=HYPERLINK("https://evil.example","x")',
    '+49 30 1234',
    '@SUM(A1)',
    "'=already quoted",
    '-5',
  ];
  const document = {
    schemaVersion: '1.1',
    cooperation: { name: '=1+1' },
    actors: titles.map((name, i) => ({ id: `a${i}`, name })),
    relations: [{ source: 'a0', target: 'a1', type: 'funding', amount: { value: 5, currency: 'EUR' } }],
  };
  const files = exportCsv(document);
  const actors = parseCsv(files.find((f) => f.name === 'Akteure.csv').text).rows;
  assert.deepEqual(
    actors.slice(1).map((r) => r[1]),
    ['\'=HYPERLINK("https://evil.example","x")', "'+49 30 1234", "'@SUM(A1)", "''=already quoted", '-5'],
  );
  assert.deepEqual(roundTrip(document), document);
});

test('the CSV reader: RFC 4180, delimiter sniffing, numbers', () => {
  assert.deepEqual(parseCsv('a;b\r\n"x;""y""\r\nz";\r\n').rows, [
    ['a', 'b'],
    ['x;"y"\r\nz', ''],
  ]);
  assert.deepEqual(parseCsv('a,"b;c",d\n1,2,3').rows, [
    ['a', 'b;c', 'd'],
    ['1', '2', '3'],
  ]);
  assert.deepEqual(parseCsv('a\tb\n1\t2').rows, [
    ['a', 'b'],
    ['1', '2'],
  ]);
  assert.deepEqual(parseCsv('"a"').rows, [['a']]);
  for (const [text, value] of [
    ['23,8', 23.8],
    ['23.8', 23.8],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['-0,25', -0.25],
    ['1e3', 1000],
    ['12 345', 12345],
  ])
    assert.equal(parseNumber(text), value, text);
  for (const text of ['', 'zwölf', '1,2,3', '2025-06']) assert.equal(parseNumber(text), undefined, text);
});

test('fuzzed documents: document → CSV → document is deep-equal', () => {
  fc.assert(
    fc.property(documentArbitrary, fc.constantFrom('de', 'en'), (document, lang) => {
      const checked = validateDocument(document);
      assert.equal(checked.valid, true, JSON.stringify(checked.problems));
      assert.deepEqual(roundTrip(document, { lang }), document);
    }),
    { numRuns: 100 },
  );
});

const dir = mkdtempSync(join(tmpdir(), 'koop-csv-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = runImportScript;

test('npm run import -- csv <folder>: a new document, then a re-import --into changes nothing', async () => {
  const document = demo('equal-strategien');
  const folder = join(dir, 'tabellen');
  mkdirSync(folder);
  for (const file of exportCsv(document)) writeFileSync(join(folder, file.name), file.text);
  const out = join(dir, 'doc.json');
  const first = await run(['csv', folder, '--out', out]);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), document);
  const second = await run(['csv', folder, '--into', out]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /actors\s+0 added, 0 changed, \d+ unchanged/);
  assert.doesNotMatch(second.stderr, /[1-9]\d* (added|changed)/);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), document);
  // One file alone, with an error: exit 1, nothing written.
  writeFileSync(join(dir, 'Akteure.csv'), 'ID;Name;Breite\na1;A;nord\n');
  const bad = await run(['csv', join(dir, 'Akteure.csv'), '--into', out]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /csv\.number \(sheet Akteure\.csv, row 2, column Breite\)/);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), document);
});
