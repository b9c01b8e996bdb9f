// Open SDG / tidy indicator CSVs: the headline series by default, one indicator per breakdown
// on request, targets from the metadata (YAML front matter, YAML, JSON), OBS_STATUS as flags;
// German Excel's quirks (BOM, semicolons, decimal commas, umlauts, empty cells); idempotent.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interop, runImportScript } from './load.mjs';

const { importOpenSdg, mergeRecords, newDocument, validateDocument, IMPORTERS } = interop;

const DATA = `\uFEFFYear;Units;Sex;Age;GeoCode;OBS_STATUS;COMMENT_OBS;Value
2015;Prozent;;;;A;;18,2
2016;Prozent;;;;;;
2017;Prozent;;;;P;vorläufig, Zensus ausstehend;"17,9"
2018;Prozent;;;;E;;17.5
2016;Prozent;weiblich;;;;;19,1
2017;Prozent;weiblich;;;;;18,8
2017;Prozent;männlich;15–24;;;;21
2019;Prozent;;;;R;;" 17,1 "
zwanzig;Prozent;;;;;;3
2019;Prozent;;;;;;99
`;

const META = `---
indicator_number: 1.2.1
indicator_name: Anteil der Bevölkerung unter der Armutsgrenze
sdg_goal: 1
computation_units: Prozent
graph_target_lines:
  - value: 12,5
    label_content: Ziel 2030
  - value: 15
    unit: Anzahl
precision:
  - decimals: 1
---
Beschreibung in Markdown.
`;

const files = [
  { name: 'indicator_1-2-1.csv', text: DATA },
  { name: '1-2-1.md', text: META },
];

test('the headline series: values as numbers, gaps, flags, notes, targets and decimals from the metadata', () => {
  const { records, problems } = importOpenSdg(files, 'data/');
  assert.equal(records.goals.length, 1);
  const [goal] = records.goals;
  assert.deepEqual(
    [goal.id, goal.title, goal.identifiers],
    ['sdg-1', 'SDG 1', [{ scheme: 'open-sdg', value: 'goal:1' }]],
  );
  assert.deepEqual(goal.indicators, [
    {
      id: 'sdg-1-2-1',
      identifiers: [{ scheme: 'open-sdg', value: '1.2.1' }],
      name: 'Anteil der Bevölkerung unter der Armutsgrenze',
      unit: 'Prozent',
      measure: 'percent',
      decimals: 1,
      targets: [{ date: '2030', value: 12.5, note: 'Ziel 2030' }],
      observations: [
        { date: '2015', value: 18.2 },
        { date: '2016', value: null },
        { date: '2017', value: 17.9, flags: ['provisional'], note: 'vorläufig, Zensus ausstehend' },
        { date: '2018', value: 17.5, flags: ['estimated'] },
        { date: '2019', value: 17.1, flags: ['revised'] },
      ],
    },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.code, p.position.row, p.position.column]),
    [
      ['opensdg.year', 10, 'Year'],
      ['opensdg.duplicate', 11, undefined],
    ],
  );
  const document = mergeRecords(newDocument(records, 'x'), records, { scheme: 'open-sdg' }).document;
  assert.equal(validateDocument(document).valid, true, JSON.stringify(validateDocument(document).problems));
});

test('one indicator per breakdown on request, apart by id and name', () => {
  const { records } = importOpenSdg(files, 'data/', { breakdowns: 'yes' });
  const indicators = records.goals[0].indicators;
  assert.deepEqual(
    indicators.map((i) => [i.id, i.name, i.identifiers[0].value, i.observations.length, i.targets?.length]),
    [
      ['sdg-1-2-1', 'Anteil der Bevölkerung unter der Armutsgrenze', '1.2.1', 5, 1],
      [
        'sdg-1-2-1-sex-weiblich',
        'Anteil der Bevölkerung unter der Armutsgrenze (Sex: weiblich)',
        '1.2.1|Sex: weiblich',
        2,
        undefined,
      ],
      [
        'sdg-1-2-1-sex-mannlich-age-15-24',
        'Anteil der Bevölkerung unter der Armutsgrenze (Sex: männlich, Age: 15–24)',
        '1.2.1|Sex: männlich|Age: 15–24',
        1,
        undefined,
      ],
    ],
  );
});

test('several units without metadata: one indicator each; YAML and JSON metadata; no Year column is an error', () => {
  const csv = 'Year,Units,Series,Value\n2020,Anzahl,,"1,234.5"\n2020,Prozent,,3\n2021,Anzahl,,1300\n';
  const { records } = importOpenSdg([{ name: 'indicator_11-7-1.csv', text: csv }], 'x');
  assert.deepEqual(
    records.goals[0].indicators.map((i) => [i.id, i.name, i.unit, i.observations.map((o) => o.value)]),
    [
      ['sdg-11-7-1-anzahl', 'Indikator 11.7.1 (Anzahl)', 'Anzahl', [1234.5, 1300]],
      ['sdg-11-7-1-prozent', 'Indikator 11.7.1 (Prozent)', 'Prozent', [3]],
    ],
  );
  const yaml = importOpenSdg(
    [
      { name: '11-7-1.csv', text: csv },
      {
        name: 'meta/11-7-1.yml',
        text: 'indicator_name: Grünflächen\ngraph_target_lines:\n  - unit: Anzahl\n    value: "2000"\n',
      },
    ],
    'x',
  ).records.goals[0].indicators;
  assert.deepEqual(
    yaml.map((i) => [i.name, i.targets]),
    [
      ['Grünflächen (Anzahl)', [{ date: '2030', value: 2000 }]],
      ['Grünflächen (Prozent)', undefined],
    ],
  );
  const json = importOpenSdg(
    [
      { name: 'a.csv', text: 'Year,Value\n2020,1\n' },
      {
        name: 'a.json',
        text: '{"indicator_number": "3.4.1", "indicator_name": "JSON", "sdg_goal": 3, "target": 5, "target_year": 2025}',
      },
    ],
    'x',
  );
  assert.deepEqual(
    json.records.goals.map((g) => g.id),
    ['sdg-3'],
  );
  assert.deepEqual(
    json.records.goals[0].indicators.map((i) => [i.id, i.name, i.targets]),
    [['sdg-3-4-1', 'JSON', [{ date: '2025', value: 5 }]]],
  );
  const broken = importOpenSdg([{ name: 'indicator_1-1-1.csv', text: 'Jahr;Anzahl\n2020;3\n' }], 'x');
  assert.deepEqual(
    broken.problems.map((p) => [p.severity, p.code]),
    [['error', 'opensdg.columns']],
  );
  const badMeta = importOpenSdg(files.concat({ name: '1-2-1.yml', text: 'a: [1,\n  b: 2' }), 'x');
  assert.equal(badMeta.problems[0].code, 'opensdg.meta');
  assert.equal(badMeta.problems[0].severity, 'error');
});

test('a re-import changes nothing; a changed value changes exactly that goal', () => {
  const first = importOpenSdg(files, 'x');
  const document = mergeRecords(newDocument(first.records, 'x'), first.records, {
    scheme: 'open-sdg',
  }).document;
  // A person renames the goal, describes the indicator and adds one of their own: all stay.
  document.goals[0].title = 'Armut halbieren';
  document.goals[0].indicators[0].description = 'Aus dem Mikrozensus.';
  document.goals[0].indicators.push({ id: 'eigener', name: 'Beratungen im Quartier', observations: [] });
  const again = importOpenSdg(files, 'x');
  const same = mergeRecords(document, again.records, { scheme: 'open-sdg', owns: again.owns });
  assert.deepEqual(
    same.plan.changes.filter((c) => c.kind !== 'unchanged'),
    [],
  );
  const edited = importOpenSdg([{ ...files[0], text: DATA.replace('18,2', '18,3') }, files[1]], 'x');
  const next = mergeRecords(document, edited.records, { scheme: 'open-sdg', owns: edited.owns });
  assert.deepEqual(
    next.plan.changes.filter((c) => c.kind !== 'unchanged').map((c) => [c.kind, c.key, c.fields]),
    [['changed', 'sdg-1', ['indicators']]],
  );
  assert.equal(next.document.goals[0].title, 'Armut halbieren');
  assert.equal(next.document.goals[0].indicators[0].observations[0].value, 18.3);
  assert.equal(next.document.goals[0].indicators[0].description, 'Aus dem Mikrozensus.');
  assert.deepEqual(
    next.document.goals[0].indicators.map((i) => i.id),
    ['sdg-1-2-1', 'eigener'],
  );
});

const dir = mkdtempSync(join(tmpdir(), 'koop-opensdg-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('npm run import -- opensdg <folder>: data and metadata files together', async () => {
  for (const file of files) writeFileSync(join(dir, file.name), file.text);
  const out = join(dir, 'doc.json');
  const result = await runImportScript(['opensdg', dir, '--out', out, '--breakdowns', 'yes']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /goals +1 added/);
  const written = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(written.goals[0].indicators.length, 3);
  assert.equal(IMPORTERS.opensdg.multiple, true);
});
