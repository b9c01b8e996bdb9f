// GraphML and GEXF: document → file → document gives the actors and relations back unchanged
// (both demos, fuzzed documents); files Gephi and others write (prefixes, CDATA, entities, BOM,
// numbers as text, free edge types) map onto the vocabulary; a second import changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { interop, root, runExportScript, runImportScript } from './load.mjs';

const {
  importGexf,
  importGraphml,
  mergeRecords,
  newDocument,
  parseXml,
  toGexf,
  toGraphml,
  validateDocument,
} = interop;

const FORMATS = [
  ['graphml', toGraphml, importGraphml],
  ['gexf', toGexf, importGexf],
];

const network = (document) => ({ actors: document.actors ?? [], relations: document.relations ?? [] });

for (const name of ['ko-produktion', 'equal-strategien']) {
  for (const [format, write, read] of FORMATS) {
    test(`${name}: document → ${format} → actors and relations unchanged`, () => {
      const document = JSON.parse(readFileSync(`${root}demo/data/${name}.json`, 'utf8'));
      assert.ok(document.relations.length > 0);
      const text = write(document);
      assert.deepEqual(parseXml(text).errors, []);
      const { records, problems } = read(text, `net.${format}`);
      assert.deepEqual(problems, []);
      assert.deepEqual(records, network(document));
      // Into the document itself: nothing changes.
      const { plan } = mergeRecords(document, records, { scheme: format });
      assert.deepEqual(
        plan.changes.filter((c) => c.kind !== 'unchanged'),
        [],
      );
    });
  }
}

// An empty text is no value in a network file (as in Gephi's columns): not generated.
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.record({
    de: fc.string({ minLength: 1, maxLength: 20 }),
    en: fc.string({ minLength: 1, maxLength: 20 }),
  }),
);
const coordinate = (max) => fc.double({ min: -max, max, noNaN: true }).map((v) => v + 0);
const partialDate = fc.constantFrom('2019', '2020-05', '2021-02-28', '1999-12-31');
const networkArbitrary = fc
  .record({
    actors: fc.array(
      fc.record(
        {
          name: text,
          shortName: text,
          kind: fc.constantFrom('organisation', 'person', 'group', 'body'),
          sector: fc.constantFrom('civil-society', 'administration', 'politics', 'business', 'funder'),
          circle: fc.constantFrom('core', 'operative', 'strategic', 'supporter'),
          description: text,
          url: fc.webUrl({ validSchemeOrigin: ['https'] }),
          location: fc.record(
            {
              label: text,
              lat: coordinate(90),
              lon: coordinate(180),
            },
            { requiredKeys: ['lat'] }, // an empty object is no value either
          ),
          since: partialDate,
          until: partialDate,
          identifiers: fc.array(
            fc.record({ scheme: fc.constantFrom('wikidata', 'url'), value: fc.string({ minLength: 1 }) }),
            {
              minLength: 1,
              maxLength: 2,
            },
          ),
        },
        { requiredKeys: ['name'] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    relations: fc.array(
      fc.record(
        {
          from: fc.nat(),
          to: fc.nat(),
          type: fc.constantFrom('cooperation', 'funding', 'mandate', 'advice', 'conflict', 'other'),
          directed: fc.boolean(),
          direction: fc.constantFrom('one-way', 'mutual', 'undirected'),
          label: text,
          description: text,
          amount: fc.record({
            value: fc.integer({ min: 0, max: 1e7 }),
            currency: fc.constantFrom('EUR', 'USD'),
          }),
          since: partialDate,
        },
        { requiredKeys: ['from', 'to', 'type'] },
      ),
      { maxLength: 6 },
    ),
    ids: fc.constantFrom('plain', 'url'),
  })
  .map(({ actors, relations, ids }) => {
    const id = (i) => (ids === 'url' ? `https://oparl.example/org/${i}?x=1&y=ä` : `a${i}`);
    const document = {
      schemaVersion: '1.1',
      cooperation: { name: 'Netz' },
      actors: actors.map((actor, i) => ({ id: id(i), ...actor })),
      relations: relations.map(({ from, to, ...relation }) => ({
        source: id(from % actors.length),
        target: id(to % actors.length),
        ...relation,
      })),
    };
    return JSON.parse(JSON.stringify(document));
  });

for (const [format, write, read] of FORMATS) {
  test(`fuzzed documents: document → ${format} → document is deep-equal`, () => {
    fc.assert(
      fc.property(networkArbitrary, (document) => {
        const { records, problems } = read(write(document), 'x');
        assert.deepEqual(problems, []);
        assert.deepEqual(records, network(document));
      }),
      { numRuns: 100 },
    );
  });
}

test('GEXF: since/until as spells over the whole period, a dynamic graph; GraphML valid structure', () => {
  const document = {
    schemaVersion: '1.1',
    cooperation: { name: 'Netz' },
    actors: [
      { id: 'a', name: 'A', since: '2019', until: '2021-02' },
      { id: 'b', name: 'B' },
    ],
    relations: [{ source: 'a', target: 'b', type: 'funding', direction: 'one-way', since: '2020-05-04' }],
  };
  const gexf = parseXml(toGexf(document, new Date('2026-01-02T00:00:00Z'))).root;
  const graph = gexf.children.find((c) => c.name === 'graph');
  assert.equal(gexf.uri, 'http://gexf.net/1.3');
  assert.deepEqual([graph.attributes.mode, graph.attributes.timeformat], ['dynamic', 'date']);
  const [nodes, edges] = ['nodes', 'edges'].map((n) => graph.children.find((c) => c.name === n));
  const spell = (element) => element.children.find((c) => c.name === 'spells').children[0].attributes;
  assert.deepEqual(spell(nodes.children[0]), { start: '2019-01-01', end: '2021-02-28' });
  assert.deepEqual(spell(edges.children[0]), { start: '2020-05-04' });
  assert.equal(edges.children[0].attributes.type, 'directed');
  // GraphML: keys before the graph, every data's key declared for its element.
  const graphml = parseXml(toGraphml(document)).root;
  assert.equal(graphml.uri, 'http://graphml.graphdrawing.org/xmlns');
  const keys = graphml.children.filter((c) => c.name === 'key');
  assert.equal(graphml.children.at(-1).name, 'graph');
  const declared = new Map(keys.map((k) => [k.attributes.id, k.attributes.for]));
  for (const element of graphml.children.at(-1).children)
    for (const data of element.children) assert.equal(declared.get(data.attributes.key), element.name);
  assert.equal(graphml.children.at(-1).children.find((c) => c.name === 'edge').attributes.directed, 'true');
});

const GEPHI = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<g:gexf xmlns:g="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <g:meta lastmodifieddate="2024-03-01"><g:creator>Gephi 0.10</g:creator></g:meta>
  <g:graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <g:attributes class="node">
      <g:attribute id="0" title="Sektor" type="string"/>
      <g:attribute id="1" title="lat" type="string"/>
      <g:attribute id="2" title="Modularity Class" type="integer"/>
    </g:attributes>
    <g:attributes class="edge">
      <g:attribute id="t" title="Beziehung" type="string"/>
    </g:attributes>
    <g:nodes>
      <g:node id="1" label="Bürgerverein Süd &amp; Nord" start="2018-04-01">
        <g:attvalues><g:attvalue for="0" value="Zivilgesellschaft"/><g:attvalue for="1" value="52,52"/><g:attvalue for="2" value="3"/></g:attvalues>
        <viz:size value="10.0"/>
      </g:node>
      <g:node id="2" label="Stadt Musterstadt – Sozialamt">
        <g:attvalues><g:attvalue for="0" value="Kommunalverwaltung"/><g:attvalue for="1" value=""/></g:attvalues>
      </g:node>
      <g:node id="3" label="Stiftung Zukunft"><g:attvalues><g:attvalue for="0" value="Raumfahrt"/></g:attvalues></g:node>
    </g:nodes>
    <g:edges>
      <g:edge id="0" source="3" target="1" label="Förderung"/>
      <g:edge id="1" source="1" target="2" type="undirected"><g:attvalues><g:attvalue for="t" value="Zusammenarbeit"/></g:attvalues>
        <g:spells><g:spell start="2019-01-01" end="2020-12-31"/></g:spells></g:edge>
      <g:edge id="2" source="2" target="3" label="Patenschaft"/>
      <g:edge id="3" source="2" target="9" label="Kooperation"/>
      <g:edge id="4" source="2" target="1" label="Kontrolle"/>
    </g:edges>
  </g:graph>
</g:gexf>`;

test("a Gephi file: labels as names, node ids as identifiers, the file's words mapped, problems with lines", () => {
  const { records, problems } = importGexf(GEPHI, 'gephi.gexf', { map: 'Kontrolle=mandate' });
  assert.deepEqual(records.actors, [
    {
      id: '1',
      identifiers: [{ scheme: 'gexf', value: '1' }],
      name: 'Bürgerverein Süd & Nord',
      sector: 'civil-society',
      since: '2018-04-01',
    },
    {
      id: '2',
      identifiers: [{ scheme: 'gexf', value: '2' }],
      name: 'Stadt Musterstadt – Sozialamt',
      sector: 'administration',
    },
    { id: '3', identifiers: [{ scheme: 'gexf', value: '3' }], name: 'Stiftung Zukunft' },
  ]);
  assert.deepEqual(records.relations, [
    { source: '3', target: '1', type: 'funding', label: 'Förderung', directed: true },
    {
      source: '1',
      target: '2',
      type: 'cooperation',
      label: 'Zusammenarbeit',
      since: '2019-01-01',
      until: '2020-12-31',
    },
    { source: '2', target: '3', type: 'cooperation', label: 'Patenschaft', directed: true },
    { source: '2', target: '1', type: 'mandate', label: 'Kontrolle', directed: true },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.severity, p.code, p.position.line]),
    [
      ['warning', 'gexf.unknown-sector', 21],
      ['warning', 'gexf.unknown-edge-type', 27],
      ['warning', 'gexf.edge-node', 28],
    ],
  );
  // "lat" of an actor is no field (location.lat is): left out, as Gephi's Modularity Class.
  const document = mergeRecords(newDocument(records, 'g'), records, { scheme: 'gexf' }).document;
  assert.equal(validateDocument(document).valid, true, JSON.stringify(validateDocument(document).problems));
  // A second run: nothing changes; a person's edits to the actors stay.
  document.actors[2].sector = 'funder';
  const again = mergeRecords(document, importGexf(GEPHI, 'g', { map: 'Kontrolle=mandate' }).records, {
    scheme: 'gexf',
  });
  assert.deepEqual(
    again.plan.changes.filter((c) => c.kind !== 'unchanged'),
    [],
  );
  assert.equal(again.document.actors[2].sector, 'funder');
});

const YED = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="sector" attr.type="string"><default>Wirtschaft</default></key>
  <key id="d2" for="edge" attr.name="Art" attr.type="string"/>
  <key id="d3" for="edge" attr.name="amount.value" attr.type="string"/>
  <key id="d4" for="node" yfiles.type="nodegraphics"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="d0"><![CDATA[Café <Ölmühle> & Co]]></data><data key="d4"><y:ShapeNode/></data></node>
    <node id="n1"><data key="d0">Amt f&#252;r Gr&uuml;n</data><data key="d1">administration</data></node>
    <edge source="n0" target="n1"><data key="d2">Beratung</data><data key="d3">1.234,50</data></edge>
    <edge source="n1" target="n0" directed="false"><data key="d2">Geld</data></edge>
  </graph>
</graphml>`;

test('a yEd-style GraphML file: CDATA, entities, key defaults, numbers as text, edgedefault', () => {
  const { records, problems } = importGraphml(YED, 'yed.graphml');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    records.actors.map((a) => [a.id, a.name, a.sector]),
    [
      ['n0', 'Café <Ölmühle> & Co', 'business'],
      ['n1', 'Amt für Grün', 'administration'],
    ],
  );
  assert.deepEqual(records.relations, [
    {
      source: 'n0',
      target: 'n1',
      type: 'advice',
      label: 'Beratung',
      amount: { value: 1234.5 },
      directed: true,
    },
    { source: 'n1', target: 'n0', type: 'funding', label: 'Geld' },
  ]);
});

test('not XML, not the format, a bad mapping: errors, nothing imported', () => {
  const broken = importGraphml('<graphml>\n<graph>\n</graphml>', 'x');
  assert.deepEqual(
    broken.problems.map((p) => [p.code, p.position.line]),
    [['graphml.xml', 3]],
  );
  assert.deepEqual(broken.records, {});
  assert.equal(importGexf(YED, 'x').problems[0].code, 'gexf.not-gexf');
  assert.equal(importGraphml('', 'x').problems[0].severity, 'error');
  const map = importGexf(GEPHI, 'x', { map: 'Kontrolle=aufsicht' });
  assert.equal(map.problems[0].code, 'network.map');
  assert.equal(map.problems[0].severity, 'error');
});

test('npm run export -- graphml|gexf writes the network, and npm run import reads it back into the same document unchanged', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'koop-network-'));
  const source = `${root}demo/data/ko-produktion.json`;
  for (const format of ['graphml', 'gexf']) {
    const out = join(folder, `netz.${format}`);
    const exported = await runExportScript([format, source, '--out', out]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual(parseXml(readFileSync(out, 'utf8')).errors, []);
    const imported = await runImportScript([
      format,
      out,
      '--into',
      source,
      '--out',
      join(folder, `${format}.json`),
    ]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stderr, /actors\s+0 added, 0 changed/);
    assert.match(imported.stderr, /relations\s+0 added, 0 changed/);
  }
});
