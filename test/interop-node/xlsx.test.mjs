// The workbook, the spreadsheet round trip's main face: document → .xlsx → document is deep-equal
// (both demo documents, German and English, fuzzed documents); the sheets are the CSV files'
// tables; drop-downs for vocabularies and references; what people do to a workbook in Excel
// (title rows, merged cells, numbers as text, date cells, umlauts, long texts) reads; problems
// name sheet, row and column letter.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { documentArbitrary } from './arbitrary.mjs';
import { interop, root, runExportScript as runExport, runImportScript } from './load.mjs';

const { exportWorkbook, importWorkbook, exportCsv, parseCsv, mergeRecords, newDocument, validateDocument } =
  interop;

const demo = (name) => JSON.parse(readFileSync(`${root}demo/data/${name}.json`, 'utf8'));

async function roundTrip(document, options) {
  const result = await importWorkbook(await exportWorkbook(document, options), 'book.xlsx');
  assert.deepEqual(result.problems, []);
  return mergeRecords(newDocument(result.records, 'book.xlsx'), result.records, {
    scheme: 'xlsx',
    owns: result.owns,
  }).document;
}

async function load(bytes) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

async function bytesOf(workbook) {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

for (const name of ['ko-produktion', 'equal-strategien'])
  for (const lang of ['de', 'en'])
    test(`${name}: document → xlsx (${lang}) → document is deep-equal; the sheets are the CSV files'`, async () => {
      const document = demo(name);
      const bytes = await exportWorkbook(document, { lang });
      const workbook = await load(bytes);
      // The CSV files' lists (tested there: Kooperation, Akteure, …, Chronik), the notes, the values.
      const csv = exportCsv(document, { lang });
      const lists = [
        ...csv.map((f) => f.name.replace(/\.csv$/, '')),
        ...(lang === 'de' ? ['Hinweise', 'Listen'] : ['Notes', 'Lists']),
      ];
      assert.equal(lists.length, 14);
      assert.deepEqual(
        workbook.worksheets.map((s) => s.name),
        lists,
      );
      assert.equal(workbook.getWorksheet(lists.at(-1)).state, 'hidden');
      // Each sheet has the header of the CSV file of the same list.
      for (const file of csv) {
        const sheet = workbook.getWorksheet(file.name.replace(/\.csv$/, ''));
        const header = sheet.getRow(1).values.slice(1);
        assert.deepEqual(header, parseCsv(file.text).rows[0], file.name);
        assert.equal(sheet.rowCount, parseCsv(file.text).rows.length, file.name);
      }
      const imported = await importWorkbook(bytes, 'book.xlsx');
      assert.equal(imported.format, 'xlsx');
      assert.deepEqual(await roundTrip(document, { lang }), document);
    });

test('a re-import changes nothing; an edited cell changes exactly that record and field', async () => {
  const document = demo('ko-produktion');
  const bytes = await exportWorkbook(document);
  const plan = async (book) => {
    const result = await importWorkbook(book, 'book.xlsx');
    assert.deepEqual(result.problems, []);
    return mergeRecords(document, result.records, { scheme: 'xlsx', owns: result.owns });
  };
  const same = await plan(bytes);
  assert.deepEqual(same.document, document);
  assert.equal(same.plan.changes.filter((c) => c.kind !== 'unchanged').length, 0);
  const workbook = await load(bytes);
  const actors = workbook.getWorksheet('Akteure');
  const kind = actors.getRow(1).values.indexOf('Art');
  actors.getCell(3, kind).value = actors.getCell(3, kind).value === 'group' ? 'body' : 'group';
  const edited = await plan(await bytesOf(workbook));
  assert.deepEqual(
    edited.plan.changes.filter((c) => c.kind !== 'unchanged').map((c) => [c.key, c.fields]),
    [[document.actors[1].id, ['kind']]],
  );
});

test('drop-downs for every vocabulary and reference; numbers as numbers; text columns stay text; notes for every column', async () => {
  const document = demo('ko-produktion');
  const workbook = await load(await exportWorkbook(document));
  const actors = workbook.getWorksheet('Akteure');
  const header = actors.getRow(1).values.slice(1);
  const letter = (title) => String.fromCharCode(65 + header.indexOf(title));
  const validation = (sheet, title) => sheet.dataValidations.find(`${letter(title)}2`);
  const kind = validation(actors, 'Art');
  assert.equal(kind.type, 'list');
  assert.equal(kind.errorStyle, 'stop');
  const lists = workbook.getWorksheet('Listen');
  const [, from, to] = /\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(kind.formulae[0]);
  const values = [];
  for (let row = Number(from.split('$')[1]); row <= Number(to.split('$')[1]); row++)
    values.push(lists.getCell(`${from.split('$')[0]}${row}`).value);
  assert.deepEqual(values, ['organisation', 'person', 'group', 'body']);
  assert.equal(actors.dataValidations.find(`${letter('Art')}1000`).type, 'list');
  // A reference: the IDs of the sheet it points into, with room for new records.
  assert.match(validation(actors, 'Teil von').formulae[0], /^'Akteure'!\$A\$2:\$A\$\d{4}$/);
  const relations = workbook.getWorksheet('Beziehungen');
  const rHeader = relations.getRow(1).values.slice(1);
  const from2 = relations.dataValidations.find(`${String.fromCharCode(65 + rHeader.indexOf('Von'))}2`);
  assert.match(from2.formulae[0], /^'Akteure'!\$A\$2:/);
  assert.equal(
    relations.dataValidations.find(`${String.fromCharCode(65 + rHeader.indexOf('Gerichtet'))}2`).type,
    'list',
  );
  // Several IDs in one cell are allowed: the drop-down only helps.
  const entries = workbook.getWorksheet('Chronik');
  const eHeader = entries.getRow(1).values.slice(1);
  const many = entries.dataValidations.find(`${String.fromCharCode(65 + eHeader.indexOf('Akteure'))}2`);
  assert.match(many.formulae[0], /^'Akteure'!/);
  assert.ok(!many.showErrorMessage);
  // Numbers are number cells; a date column is text, so that "2025-06" stays as typed.
  const observations = workbook.getWorksheet('Messwerte');
  const oHeader = observations.getRow(1).values.slice(1);
  const [date, value] = ['Datum', 'Wert'].map((t) => oHeader.indexOf(t) + 1);
  assert.equal(typeof observations.getCell(2, value).value, 'number');
  assert.equal(observations.getColumn(date).numFmt, '@');
  assert.equal(typeof observations.getCell(2, date).value, 'string');
  // Notes: a row per column of every sheet, with the values of a vocabulary.
  const notes = workbook.getWorksheet('Hinweise');
  const rows = [];
  notes.eachRow((row) => rows.push(row.values.slice(1)));
  const art = rows.find(([sheet, column]) => sheet === 'Akteure' && column === 'Art');
  assert.match(art[2], /organisation \(Organisation\), person \(Person\)/);
  const von = rows.find(([sheet, column]) => sheet === 'Beziehungen' && column === 'Von');
  assert.match(von[2], /ID eines Eintrags der Tabelle Akteure.*Pflichtfeld/);
  for (const sheet of workbook.worksheets.slice(0, -2)) {
    const titles = sheet.getRow(1).values.slice(1);
    for (const title of titles)
      assert.ok(
        rows.some(([s, c]) => s === sheet.name && c === title),
        `${sheet.name}: ${title}`,
      );
  }
});

test('what people do in Excel: a merged title row, merged cells, empty cells, numbers as text, date cells, umlauts, long texts', async () => {
  const long = 'Größere Öffnungszeiten für „alle“; ß und Ü. '.repeat(700);
  const workbook = new ExcelJS.Workbook();
  const goals = workbook.addWorksheet('Ziele');
  goals.addRow(['Ziele der Kooperation (Stand Juni)']);
  goals.mergeCells('A1:D1');
  goals.addRow([]);
  goals.addRow(['ID', 'Titel', 'Ebene', 'Beginn', 'Ende']);
  goals.addRow(['z1', 'Mehr Teilhabe im Viertel', 'goal', new Date(Date.UTC(2025, 5, 1)), '31.12.2026']);
  goals.addRow([]);
  goals.addRow(['z2', long, null, '2025-06', new Date(Date.UTC(2027, 0, 1))]);
  const indicators = workbook.addWorksheet('Indikatoren');
  indicators.addRow(['Ziel', 'Nr.', 'Name', 'Einheit', 'Ausgangswert', 'Zielwert', 'Nachkommastellen']);
  indicators.addRow(['z1', 1, 'Besuche', '%', '23,8', 1234.5, '1']);
  indicators.addRow([null, 2, 'Ältere Menschen', null, 12, null, null]);
  indicators.mergeCells('A2:A3');
  const observations = workbook.addWorksheet('Messwerte');
  observations.addRow(['Ziel', 'Indikator-Nr.', 'Datum', 'Wert', 'Notiz']);
  observations.addRow(['z1', '1', '2025-06', ' 23,8 ', null]);
  observations.addRow(['z1', 1, new Date(Date.UTC(2025, 6, 1)), null, 'Lücke']);
  observations.addRow([
    'z1',
    2,
    '2025',
    { formula: 'A1', result: 7 },
    { richText: [{ text: 'fett ' }, { text: 'und' }] },
  ]);
  const entries = workbook.addWorksheet('Chronik');
  entries.addRow(['ID', 'Datum', 'Typ', 'Titel']);
  entries.addRow(['e1', new Date(Date.UTC(2027, 0, 1, 9, 30)), 'meeting', 'Plenum']);
  workbook.addWorksheet('Hinweise').addRow(['something the import does not read']);
  const result = await importWorkbook(await bytesOf(workbook), 'excel.xlsx');
  assert.deepEqual(result.problems, []);
  const [z1, z2] = result.records.goals;
  assert.deepEqual(
    { ...z1, indicators: undefined },
    {
      id: 'z1',
      title: 'Mehr Teilhabe im Viertel',
      level: 'goal',
      period: { start: '2025-06-01', end: '2026-12-31' },
      indicators: undefined,
    },
  );
  assert.equal(z2.title, long);
  assert.deepEqual(z2.period, { start: '2025-06', end: '2027-01-01' });
  assert.deepEqual(result.records.entries[0].date, '2027-01-01T09:30');
  assert.equal(z2.level, undefined);
  const [visits, elderly] = z1.indicators;
  assert.deepEqual(visits.baseline, { value: 23.8 });
  assert.deepEqual(visits.target, { value: 1234.5 });
  assert.equal(visits.decimals, 1);
  // The goal merged over both indicator rows counts for both.
  assert.equal(elderly.name, 'Ältere Menschen');
  assert.deepEqual(elderly.baseline, { value: 12 });
  assert.deepEqual(
    visits.observations.map((o) => [o.date, o.value]),
    [
      ['2025-06', 23.8],
      ['2025-07-01', null],
    ],
  );
  assert.equal(visits.observations[1].note, 'Lücke');
  assert.deepEqual(elderly.observations, [{ date: '2025', value: 7, note: 'fett und' }]);
  assert.equal(
    validateDocument({ schemaVersion: '1.1', cooperation: { name: 'x' }, ...result.records }).valid,
    true,
  );
});

test('a header over two rows (cells merged down, a group title across) and drop-downs over whole columns', async () => {
  const workbook = new ExcelJS.Workbook();
  const actors = workbook.addWorksheet('Akteure');
  actors.addRow(['ID', 'Name', 'Lage', null]);
  actors.addRow([null, null, 'Breite', 'Länge']);
  actors.mergeCells('A1:A2');
  actors.mergeCells('B1:B2');
  actors.mergeCells('C1:D1');
  actors.addRow(['a1', 'Stadtteilbüro Nord', '53,55', 9.99]);
  // As LibreOffice writes a drop-down for a whole column: a million cells if it were read.
  actors.dataValidations.add('C3:C1048576', { type: 'decimal', operator: 'between', formulae: [-90, 90] });
  const result = await importWorkbook(await bytesOf(workbook), 'x.xlsx');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.records.actors, [
    { id: 'a1', name: 'Stadtteilbüro Nord', location: { lat: 53.55, lon: 9.99 } },
  ]);
});

test('texts longer than an Excel cell holds, umlauts and line breaks come back whole', async () => {
  const long = `Ä„ö“ ß\n${'Lange Beschreibung der Zusammenarbeit. '.repeat(1000)}`;
  assert.ok(long.length > 32767);
  const document = {
    schemaVersion: '1.1',
    cooperation: { name: { de: 'Kooperation Süd', en: 'Cooperation South' } },
    actors: [{ id: 'a1', name: 'Bürgerverein', description: long }],
  };
  assert.deepEqual(await roundTrip(document), document);
});

test('problems carry the sheet, row and column letter', async () => {
  const workbook = new ExcelJS.Workbook();
  const actors = workbook.addWorksheet('Actors');
  actors.addRow(['Akteure']);
  actors.mergeCells('A1:C1');
  actors.addRow(['ID', 'Name', 'Latitude', 'Unknown']);
  actors.addRow(['a1', 'A', 'north', 'x']);
  actors.addRow([null, 'B']);
  actors.addRow(['a3', 'C', 52.5]);
  workbook.addWorksheet('Notizen').addRow(['a']);
  const result = await importWorkbook(await bytesOf(workbook), 'x.xlsx');
  const byCode = Object.fromEntries(result.problems.map((p) => [p.code, p]));
  assert.deepEqual(byCode['xlsx.number'].position, { sheet: 'Actors', row: 3, column: 'C' });
  assert.equal(byCode['xlsx.number'].severity, 'error');
  assert.deepEqual(byCode['xlsx.required'].position, { sheet: 'Actors', row: 4 });
  assert.deepEqual(byCode['xlsx.unknown-column'].position, { sheet: 'Actors', row: 2, column: 'D' });
  assert.equal(byCode['xlsx.unknown-sheet'].severity, 'warning');
  assert.deepEqual(result.records.actors.at(-1), { id: 'a3', name: 'C', location: { lat: 52.5 } });
  const broken = await importWorkbook(new TextEncoder().encode('ID;Name\na1;A\n'), 'x.xlsx');
  assert.deepEqual(
    broken.problems.map((p) => [p.severity, p.code]),
    [['error', 'xlsx.unreadable']],
  );
  assert.deepEqual(broken.records, {});
});

test('fuzzed documents: document → xlsx → document is deep-equal', async () => {
  await fc.assert(
    fc.asyncProperty(documentArbitrary, fc.constantFrom('de', 'en'), async (document, lang) => {
      assert.equal(validateDocument(document).valid, true);
      assert.deepEqual(await roundTrip(document, { lang }), document);
    }),
    { numRuns: 25 },
  );
});

const dir = mkdtempSync(join(tmpdir(), 'koop-xlsx-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('npm run export -- xlsx, then npm run import -- xlsx: the same document; a re-import --into changes nothing', async () => {
  const book = join(dir, 'mappe.xlsx');
  const exported = await runExport([
    'xlsx',
    `${root}demo/data/equal-strategien.json`,
    '--out',
    book,
    '--lang',
    'en',
  ]);
  assert.equal(exported.code, 0, exported.stderr);
  const out = join(dir, 'doc.json');
  const first = await runImportScript(['xlsx', book, '--out', out]);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), demo('equal-strategien'));
  const second = await runImportScript(['xlsx', book, '--into', out]);
  assert.equal(second.code, 0, second.stderr);
  assert.doesNotMatch(second.stderr, /[1-9]\d* (added|changed)/);
  // A workbook with an error: exit 1, the problem with its letter, nothing written.
  const workbook = await load(readFileSync(book));
  workbook.getWorksheet('Actors').getCell('A2').value = null;
  writeFileSync(book, await bytesOf(workbook));
  const bad = await runImportScript(['xlsx', book, '--into', out]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /xlsx\.required \(sheet Actors, row 2\)/);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), demo('equal-strategien'));
  assert.equal((await runExport(['pdf', out])).code, 1);
});
