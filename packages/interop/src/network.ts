/**
 * Network files (Gephi and friends): GraphML (http://graphml.graphdrawing.org/) and GEXF 1.3
 * (https://gexf.net/), import and export. Nodes are actors, edges relations.
 *
 * Export writes every field of an actor or relation as an attribute of its own, by its dotted
 * path (`name`, `name.en`, `location.lat`; `identifiers` as JSON), typed (`string`, `double`,
 * `boolean`), so that Gephi shows them as columns and an import gives the records back exactly.
 * GEXF adds `since`/`until` as spells (a dynamic graph Gephi's timeline plays).
 *
 * Import reads the same, and files Koop did not write: a node's label is the name, its node id
 * the identifier (scheme `graphml` / `gexf`) a second run finds it by; a sector or edge type the
 * file names in its own words ("Förderung", "Verwaltung") is mapped by a mapping the person
 * gives (`Förderung=funding,…`), else by similarity to the vocabulary's German and English
 * words; an edge type still unknown becomes `cooperation` (its words kept as the label), with a
 * warning. Attributes that are no field of an actor or relation (Gephi's `x`, `size`,
 * `Modularity Class`) are left out.
 */
import {
  LABELS_DE,
  LABELS_EN,
  RELATION_TYPE_ORDER,
  SECTOR_ORDER,
  dateRange,
  type Actor,
  type KoopDocument,
  type Relation,
  type RelationType,
  type Sector,
} from '@koop/schema';
import { parseNumber } from './tables.js';
import { clean, foldText, problem, safeId } from './text.js';
import type { ImportProblem, ImportResult, SourcePosition } from './types.js';
import { childNamed, childrenNamed, parseXml, xmlEscape, type XmlElement } from './xml.js';

export type NetworkFormat = 'graphml' | 'gexf';

export interface NetworkImportOptions {
  /** The file's words for edge types and sectors: `Förderung=funding, Verwaltung=administration`. */
  map?: string;
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const GEXF_NS = 'http://gexf.net/1.3';

type Row = Record<string, unknown>;

/** The fields of an actor and a relation (koop.schema.json), the only attributes imported. */
const FIELDS = {
  actors: new Set([
    'id',
    'identifiers',
    'name',
    'shortName',
    'kind',
    'sector',
    'circle',
    'description',
    'url',
    'location',
    'parent',
    'since',
    'until',
  ]),
  relations: new Set([
    'id',
    'identifiers',
    'source',
    'target',
    'type',
    'directed',
    'direction',
    'label',
    'description',
    'amount',
    'since',
    'until',
  ]),
};
/** Fields written as JSON (lists of objects). */
const JSON_FIELDS = new Set(['identifiers']);
const NUMBER_FIELDS = new Set(['location.lat', 'location.lon', 'amount.value']);
const BOOLEAN_FIELDS = new Set(['directed']);
const ENUMS: Record<string, readonly string[]> = {
  kind: ['organisation', 'person', 'group', 'body'],
  sector: SECTOR_ORDER,
  circle: ['core', 'operative', 'strategic', 'supporter'],
  type: RELATION_TYPE_ORDER,
  direction: ['one-way', 'mutual', 'undirected'],
};

// ---------------------------------------------------------------------------------------------
// Flattening: a record ⇄ attributes by dotted path

type Value = string | number | boolean;

function flatten(record: Row, prefix = '', into: Map<string, Value> = new Map()): Map<string, Value> {
  for (const [key, value] of Object.entries(record)) {
    const path = prefix + key;
    if (value === undefined || value === null) continue;
    if (JSON_FIELDS.has(path) || Array.isArray(value)) into.set(path, JSON.stringify(value));
    else if (typeof value === 'object') flatten(value as Row, `${path}.`, into);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      into.set(path, value);
  }
  return into;
}

/** Attribute type of a path from the values it has (`string` when they differ). */
function attributeType(values: Value[]): 'string' | 'double' | 'boolean' {
  if (values.length && values.every((v) => typeof v === 'number')) return 'double';
  if (values.length && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

interface Column {
  id: string;
  path: string;
  type: 'string' | 'double' | 'boolean';
}

function columns(rows: Map<string, Value>[], prefix: string): Column[] {
  const values = new Map<string, Value[]>();
  for (const row of rows)
    for (const [path, value] of row) {
      const list = values.get(path);
      if (list) list.push(value);
      else values.set(path, [value]);
    }
  return [...values].map(([path, list], i) => ({ id: `${prefix}${i}`, path, type: attributeType(list) }));
}

const written = (value: Value) => (typeof value === 'string' ? value : String(value));

// ---------------------------------------------------------------------------------------------
// Export

function label(value: unknown, lang: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const texts = value as Record<string, string>;
    return texts[lang] ?? Object.values(texts)[0] ?? '';
  }
  return '';
}

/** A date of the format as the first (start) or last day (end) it means, `YYYY-MM-DD`. */
function spellDay(value: unknown, end: boolean): string | undefined {
  const range = dateRange(value);
  return range ? new Date(range[end ? 1 : 0]).toISOString().slice(0, 10) : undefined;
}

/** A GraphML id: NMTOKEN, so an actor id that is none (a URL) gets a node number. */
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

function network(document: KoopDocument) {
  const actors = Array.isArray(document.actors) ? document.actors : [];
  const known = new Set(actors.map((a) => a.id));
  const relations = (Array.isArray(document.relations) ? document.relations : []).filter(
    (r) => known.has(r.source) && known.has(r.target),
  );
  const lang = typeof document.lang === 'string' ? document.lang : 'de';
  return { actors, relations, lang };
}

/** How an edge runs: directed (one way), mutual or undirected. */
function edgeKind(relation: Relation): 'directed' | 'mutual' | 'undirected' {
  if (relation.direction === 'one-way') return 'directed';
  if (relation.direction === 'mutual') return 'mutual';
  if (relation.direction === 'undirected') return 'undirected';
  return relation.directed ? 'directed' : 'undirected';
}

/** The document's actors and relations as GraphML, as Gephi, yEd and NetworkX read it. */
export function toGraphml(document: KoopDocument): string {
  const { actors, relations, lang } = network(document);
  const nodeRows = actors.map((actor) => flatten(actor as unknown as Row));
  const edgeRows = relations.map((relation) => flatten(relation as unknown as Row));
  const nodeColumns = columns(nodeRows, 'n');
  const edgeColumns = columns(edgeRows, 'e').filter((c) => c.path !== 'source' && c.path !== 'target');
  const nodeIds = new Map(actors.map((a, i) => [a.id, NMTOKEN.test(a.id) ? a.id : `n${i}`]));
  const key = (column: Column, scope: string) =>
    `  <key id="${column.id}" for="${scope}" attr.name="${xmlEscape(column.path)}" attr.type="${column.type}"/>`;
  const data = (row: Map<string, Value>, list: Column[], indent: string) =>
    list
      .filter((column) => row.has(column.path))
      .map(
        (column) => `${indent}<data key="${column.id}">${xmlEscape(written(row.get(column.path)!))}</data>`,
      );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">`,
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    ...nodeColumns.map((c) => key(c, 'node')),
    ...edgeColumns.map((c) => key(c, 'edge')),
    `  <graph id="${xmlEscape(safeId(label(document.cooperation?.name, lang), 'koop'))}" edgedefault="undirected">`,
  ];
  actors.forEach((actor, i) => {
    lines.push(
      `    <node id="${xmlEscape(nodeIds.get(actor.id)!)}">`,
      `      <data key="label">${xmlEscape(label(actor.name, lang))}</data>`,
      ...data(nodeRows[i], nodeColumns, '      '),
      '    </node>',
    );
  });
  relations.forEach((relation, i) => {
    const directed = edgeKind(relation) === 'directed' ? ' directed="true"' : '';
    lines.push(
      `    <edge source="${xmlEscape(nodeIds.get(relation.source)!)}" target="${xmlEscape(nodeIds.get(relation.target)!)}"${directed}>`,
      ...data(edgeRows[i], edgeColumns, '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** The document's actors and relations as GEXF 1.3, with `since`/`until` as spells (Gephi's timeline). */
export function toGexf(document: KoopDocument, now = new Date()): string {
  const { actors, relations, lang } = network(document);
  const nodeRows = actors.map((actor) => flatten(actor as unknown as Row));
  const edgeRows = relations.map((relation) => flatten(relation as unknown as Row));
  const nodeColumns = columns(nodeRows, '');
  const edgeColumns = columns(edgeRows, '').filter((c) => c.path !== 'source' && c.path !== 'target');
  const dynamic = [...actors, ...relations].some((r) => r.since || r.until);
  const declare = (scope: string, list: Column[]) =>
    list.length
      ? [
          `    <attributes class="${scope}" mode="static">`,
          ...list.map((c) => `      <attribute id="${c.id}" title="${xmlEscape(c.path)}" type="${c.type}"/>`),
          '    </attributes>',
        ]
      : [];
  const values = (row: Map<string, Value>, list: Column[]) => {
    const present = list.filter((column) => row.has(column.path));
    return present.length
      ? [
          '      <attvalues>',
          ...present.map(
            (c) => `        <attvalue for="${c.id}" value="${xmlEscape(written(row.get(c.path)!))}"/>`,
          ),
          '      </attvalues>',
        ]
      : [];
  };
  const spells = (record: Actor | Relation) => {
    const start = spellDay(record.since, false);
    const end = spellDay(record.until, true);
    if (!start && !end) return [];
    const range = `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
    return ['      <spells>', `        <spell${range}/>`, '      </spells>'];
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NS} ${GEXF_NS}/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`,
    '    <creator>Koop</creator>',
    `    <description>${xmlEscape(label(document.cooperation?.name, lang))}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="undirected" mode="${dynamic ? 'dynamic' : 'static'}"${dynamic ? ' timeformat="date"' : ''}>`,
    ...declare('node', nodeColumns),
    ...declare('edge', edgeColumns),
    '    <nodes>',
  ];
  actors.forEach((actor, i) => {
    lines.push(
      `      <node id="${xmlEscape(actor.id)}" label="${xmlEscape(label(actor.name, lang))}">`,
      ...values(nodeRows[i], nodeColumns).map((l) => `  ${l}`),
      ...spells(actor).map((l) => `  ${l}`),
      '      </node>',
    );
  });
  lines.push('    </nodes>', '    <edges>');
  relations.forEach((relation, i) => {
    const edgeLabel = label(relation.label, lang) || relation.type;
    lines.push(
      `      <edge id="e${i}" source="${xmlEscape(relation.source)}" target="${xmlEscape(relation.target)}" type="${edgeKind(relation)}" label="${xmlEscape(edgeLabel)}">`,
      ...values(edgeRows[i], edgeColumns).map((l) => `  ${l}`),
      ...spells(relation).map((l) => `  ${l}`),
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Mapping a file's own words to the vocabulary

const fold = (text: string) => foldText(text);

/** Word stems, German and English, beyond the vocabulary's own labels. */
const RELATION_WORDS: Record<RelationType, string[]> = {
  cooperation: ['koop', 'zusammenarb', 'partner', 'collab', 'cooperat', 'kollab', 'netzwerk'],
  funding: ['forder', 'foerder', 'finanz', 'fund', 'zuschuss', 'zuwendung', 'grant', 'sponsor', 'geld'],
  mandate: ['auftrag', 'mandat', 'mandate', 'beauftrag', 'commission', 'contract', 'vertrag'],
  membership: ['mitglied', 'member', 'teil von', 'part of', 'zugehor'],
  information: ['inform', 'austausch', 'exchange', 'kommunik', 'communicat', 'bericht', 'report'],
  advice: ['berat', 'advi', 'consult', 'coach', 'begleit'],
  dependency: ['abhang', 'abhaeng', 'depend', 'angewiesen'],
  conflict: ['konflikt', 'conflict', 'streit', 'dispute', 'gegn', 'oppos', 'spannung'],
  other: [],
};
const SECTOR_WORDS: Record<Sector, string[]> = {
  'civil-society': [
    'zivil',
    'civil',
    'verein',
    'ngo',
    'initiative',
    'ehrenamt',
    'burger',
    'buerger',
    'citizen',
    'community',
  ],
  administration: [
    'verwalt',
    'admin',
    'amt',
    'behord',
    'behoerd',
    'oeffentlich',
    'kommun',
    'stadt',
    'municipal',
    'public',
    'offentlich',
  ],
  politics: ['polit', 'partei', 'party', 'rat', 'council', 'parlament', 'fraktion'],
  business: ['wirtschaft', 'business', 'unternehm', 'firma', 'company', 'gmbh', 'privat', 'industr'],
  science: ['wissensch', 'science', 'hochschul', 'universit', 'forsch', 'research', 'institut'],
  media: ['medi', 'press', 'zeitung', 'journal', 'rundfunk', 'radio'],
  funder: ['forder', 'foerder', 'stiftung', 'foundation', 'funder', 'geldgeb', 'donor', 'sponsor'],
  intermediary: ['intermed', 'vermittl', 'agentur', 'agency', 'quartiersmanag', 'broker'],
};

/** A value of `values` that `text` names: the value itself, its label, or a word stem of it. */
function similar<T extends string>(
  text: string,
  values: readonly T[],
  labels: Record<string, string>[],
  words: Record<T, string[]>,
): T | undefined {
  const folded = fold(text);
  if (!folded) return undefined;
  const exact = values.find(
    (value) => fold(value) === folded || labels.some((l) => l[value] && fold(l[value]) === folded),
  );
  if (exact) return exact;
  // A long stem anywhere in a word ("Kommunalverwaltung"), a short one at its start ("Amt", not "Beratung").
  const names = (stem: string) => (word: string) =>
    stem.length >= 5 ? word.includes(stem) : word.startsWith(stem);
  return values.find((value) => words[value].some((stem) => folded.split(' ').some(names(stem))));
}

/** `Förderung=funding, Beratung=advice` → folded word → value. */
function parseMap(option: string | undefined, problems: ImportProblem[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (option ?? '').split(/[,;\n]/)) {
    if (!pair.trim()) continue;
    const at = pair.lastIndexOf('=');
    const [from, to] = at > 0 ? [pair.slice(0, at), pair.slice(at + 1).trim()] : ['', ''];
    if (!from.trim() || !(RELATION_TYPE_ORDER as string[]).concat(SECTOR_ORDER).includes(to)) {
      problems.push(
        problem(
          'error',
          'network.map',
          `The mapping "${pair.trim()}" is not word=type with a relation type (${RELATION_TYPE_ORDER.join(', ')}) or sector (${SECTOR_ORDER.join(', ')}).`,
          `Die Zuordnung "${pair.trim()}" hat nicht die Form Wort=Typ mit einem Beziehungstyp (${RELATION_TYPE_ORDER.join(', ')}) oder Sektor (${SECTOR_ORDER.join(', ')}).`,
        ),
      );
      continue;
    }
    map.set(fold(from), to);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Import

/** A node or edge as read: its attributes by name, and where it is. */
interface Item {
  id: string;
  line: number;
  attributes: Map<string, string>;
  /** The label the format itself carries (GEXF `label`, GraphML's `label` key). */
  label?: string;
  source?: string;
  target?: string;
  /** directed, undirected or mutual. */
  kind?: string;
  start?: string;
  end?: string;
}

/** Words a foreign file uses for an edge's type or a node's sector, tried in this order. */
const EDGE_TYPE_NAMES = [
  'type',
  'typ',
  'kind',
  'art',
  'relation',
  'relationship',
  'beziehung',
  'beziehungstyp',
  'category',
  'kategorie',
  'label',
];
const SECTOR_NAMES = [
  'sector',
  'sektor',
  'bereich',
  'type',
  'typ',
  'category',
  'kategorie',
  'group',
  'gruppe',
  'kind',
];

function byName(attributes: Map<string, string>, names: string[]): string | undefined {
  for (const name of names)
    for (const [key, value] of attributes) if (key.toLowerCase() === name && value.trim()) return value;
  return undefined;
}

function setPath(record: Row, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = record;
  for (const part of parts.slice(0, -1)) {
    if (!target[part] || typeof target[part] !== 'object') target[part] = {};
    target = target[part] as Row;
  }
  target[parts[parts.length - 1]] = value;
}

/** An item's attributes that are fields of the list, typed as the format wants them. */
function unflatten(
  item: Item,
  fields: Set<string>,
  position: SourcePosition,
  problems: ImportProblem[],
  prefix: string,
): Row {
  const record: Row = {};
  for (const [path, raw] of item.attributes) {
    if (!fields.has(path.split('.')[0]) || path === 'source' || path === 'target') continue;
    const text = clean(raw);
    // An empty value is no value (Gephi writes them for every column).
    if (!text) continue;
    let value: unknown = text;
    if (JSON_FIELDS.has(path)) {
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      if (!Array.isArray(value)) {
        problems.push(
          problem(
            'warning',
            `${prefix}.attribute`,
            `"${path}" is not a JSON list and was left out.`,
            `"${path}" ist keine JSON-Liste und wurde weggelassen.`,
            position,
          ),
        );
        continue;
      }
    } else if (NUMBER_FIELDS.has(path)) {
      value = parseNumber(text);
      if (value === undefined) {
        problems.push(
          problem(
            'warning',
            `${prefix}.number`,
            `"${path}" is not a number ("${text}") and was left out.`,
            `"${path}" ist keine Zahl ("${text}") und wurde weggelassen.`,
            position,
          ),
        );
        continue;
      }
    } else if (BOOLEAN_FIELDS.has(path)) {
      value = /^(true|1|yes|ja)$/i.test(text.trim());
    } else if (ENUMS[path] && !ENUMS[path].includes(text.trim())) {
      continue; // mapped below, by the file's own words
    }
    setPath(record, path, value);
  }
  return record;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;

function read(
  format: NetworkFormat,
  items: { nodes: Item[]; edges: Item[] },
  source: string,
  options: NetworkImportOptions,
  problems: ImportProblem[],
): ImportResult {
  const map = parseMap(options.map, problems);
  const actors: Actor[] = [];
  const byNode = new Map<string, string>();
  for (const node of items.nodes) {
    const position = { line: node.line, url: node.id };
    if (!node.id || byNode.has(node.id)) {
      problems.push(
        problem(
          'warning',
          `${format}.node-id`,
          node.id
            ? `The node "${node.id}" appears twice; the first counts.`
            : 'A node without id was skipped.',
          node.id
            ? `Der Knoten "${node.id}" steht zweimal in der Datei; der erste zählt.`
            : 'Ein Knoten ohne id wurde übersprungen.',
          position,
        ),
      );
      continue;
    }
    const record = unflatten(node, FIELDS.actors, position, problems, format);
    if (typeof record.id !== 'string' || !record.id.trim()) {
      // A file Koop did not write: the node id is the actor's, and how a second run finds it.
      record.id = node.id.length <= 500 && clean(node.id) === node.id ? node.id : safeId(node.id, 'actor');
      record.identifiers = [{ scheme: format, value: node.id }];
    }
    if (record.name === undefined) record.name = clean(node.label ?? '').trim() || node.id;
    if (record.sector === undefined) {
      const words = byName(node.attributes, SECTOR_NAMES);
      const sector = words
        ? ((map.get(fold(words)) as Sector | undefined) ??
          similar(words, SECTOR_ORDER, [LABELS_DE.sectors, LABELS_EN.sectors], SECTOR_WORDS))
        : undefined;
      if (sector && (SECTOR_ORDER as string[]).includes(sector)) record.sector = sector;
      else if (words && byName(node.attributes, ['sector', 'sektor']))
        problems.push(
          problem(
            'warning',
            `${format}.unknown-sector`,
            `The sector "${words}" is none of Koop's; the actor has no sector. Name it with --map "${words}=…".`,
            `Der Sektor "${words}" ist keiner von Koops; der Akteur bleibt ohne Sektor. Zuordnen mit --map "${words}=…".`,
            position,
          ),
        );
    }
    if (record.since === undefined && node.start && PARTIAL_DATE.test(node.start))
      record.since = PARTIAL_DATE.exec(node.start)![0];
    if (record.until === undefined && node.end && PARTIAL_DATE.test(node.end))
      record.until = PARTIAL_DATE.exec(node.end)![0];
    byNode.set(node.id, record.id as string);
    actors.push(record as unknown as Actor);
  }
  const relations: Relation[] = [];
  for (const edge of items.edges) {
    const position = { line: edge.line, ...(edge.id ? { url: edge.id } : {}) };
    const source = byNode.get(edge.source ?? '');
    const target = byNode.get(edge.target ?? '');
    if (!source || !target) {
      problems.push(
        problem(
          'warning',
          `${format}.edge-node`,
          `An edge from "${edge.source ?? ''}" to "${edge.target ?? ''}" names a node the file does not have; it was skipped.`,
          `Eine Kante von "${edge.source ?? ''}" nach "${edge.target ?? ''}" nennt einen Knoten, den die Datei nicht hat; sie wurde übersprungen.`,
          position,
        ),
      );
      continue;
    }
    const record = unflatten(edge, FIELDS.relations, position, problems, format);
    record.source = source;
    record.target = target;
    if (record.type === undefined) {
      const words = byName(edge.attributes, EDGE_TYPE_NAMES) ?? edge.label;
      const mapped = words ? map.get(fold(words)) : undefined;
      const type =
        mapped && (RELATION_TYPE_ORDER as string[]).includes(mapped)
          ? (mapped as RelationType)
          : words
            ? similar(
                words,
                RELATION_TYPE_ORDER,
                [LABELS_DE.relationTypes, LABELS_EN.relationTypes],
                RELATION_WORDS,
              )
            : undefined;
      record.type = type ?? 'cooperation';
      if (!type)
        problems.push(
          problem(
            'warning',
            `${format}.unknown-edge-type`,
            words
              ? `The edge type "${words}" is none of Koop's; it became "cooperation". Name it with --map "${words}=…".`
              : 'An edge without type became "cooperation".',
            words
              ? `Der Kantentyp "${words}" ist keiner von Koops; er wurde zu "cooperation". Zuordnen mit --map "${words}=…".`
              : 'Eine Kante ohne Typ wurde zu "cooperation".',
            position,
          ),
        );
      if (words && record.label === undefined && fold(words) !== fold(String(record.type)))
        record.label = clean(words).trim();
    }
    if (record.directed === undefined && record.direction === undefined) {
      if (edge.kind === 'mutual') record.direction = 'mutual';
      else if (edge.kind === 'directed') record.directed = true;
    }
    if (record.since === undefined && edge.start && PARTIAL_DATE.test(edge.start))
      record.since = PARTIAL_DATE.exec(edge.start)![0];
    if (record.until === undefined && edge.end && PARTIAL_DATE.test(edge.end))
      record.until = PARTIAL_DATE.exec(edge.end)![0];
    relations.push(record as unknown as Relation);
  }
  return { format, source, records: { actors, relations }, problems };
}

function xmlProblems(format: NetworkFormat, text: string, problems: ImportProblem[]) {
  const { root, errors } = parseXml(text);
  for (const error of errors)
    problems.push(
      problem(
        error.entity ? 'warning' : 'error',
        error.entity ? `${format}.entity` : `${format}.xml`,
        `Not well-formed XML: ${error.message}`,
        `Kein wohlgeformtes XML: ${error.message}`,
        { line: error.line },
      ),
    );
  return problems.some((p) => p.severity === 'error') ? undefined : root;
}

function notA(
  format: NetworkFormat,
  root: XmlElement | undefined,
  problems: ImportProblem[],
  source: string,
) {
  const name = format === 'graphml' ? 'GraphML' : 'GEXF';
  problems.push(
    problem(
      'error',
      `${format}.not-${format}`,
      `Not a ${name} file: the document element is not <${format}>.`,
      `Keine ${name}-Datei: das Wurzelelement ist nicht <${format}>.`,
      { line: root?.line ?? 1 },
    ),
  );
  return { format, source, records: {}, problems };
}

/** Reads a GraphML file; never throws: what cannot be read is a problem. */
export function importGraphml(
  text: string,
  source: string,
  options: NetworkImportOptions = {},
): ImportResult {
  const problems: ImportProblem[] = [];
  const root = xmlProblems('graphml', text, problems);
  if (!root) return { format: 'graphml', source, records: {}, problems };
  if (root.name !== 'graphml') return notA('graphml', root, problems, source);
  // Keys: id → attribute name (attr.name, else the id) and default.
  const keys = new Map<string, { name: string; scope: string; fallback?: string }>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.id ?? '';
    const fallback = childNamed(key, 'default')?.text;
    keys.set(id, { name: key.attributes['attr.name'] || id, scope: key.attributes.for ?? 'all', fallback });
  }
  const graph = childNamed(root, 'graph');
  if (!graph) return notA('graphml', root, problems, source);
  const directedDefault = graph.attributes.edgedefault === 'directed';
  const item = (element: XmlElement, scope: string): Item => {
    const attributes = new Map<string, string>();
    for (const key of keys.values())
      if (key.fallback !== undefined && (key.scope === scope || key.scope === 'all'))
        attributes.set(key.name, key.fallback);
    for (const data of childrenNamed(element, 'data')) {
      const key = keys.get(data.attributes.key ?? '');
      attributes.set(key?.name ?? data.attributes.key ?? '', data.text);
    }
    const label = attributes.get('label') ?? attributes.get('Label') ?? attributes.get('name');
    if (scope === 'node') attributes.delete('label');
    return { id: element.attributes.id ?? '', line: element.line, attributes, label };
  };
  const nodes = childrenNamed(graph, 'node').map((node) => item(node, 'node'));
  const edges = childrenNamed(graph, 'edge').map((edge) => {
    const directed = edge.attributes.directed ? edge.attributes.directed === 'true' : directedDefault;
    return {
      ...item(edge, 'edge'),
      source: edge.attributes.source,
      target: edge.attributes.target,
      kind: directed ? 'directed' : 'undirected',
    };
  });
  return read('graphml', { nodes, edges }, source, options, problems);
}

/** Reads a GEXF file (1.1–1.3); never throws: what cannot be read is a problem. */
export function importGexf(text: string, source: string, options: NetworkImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const root = xmlProblems('gexf', text, problems);
  if (!root) return { format: 'gexf', source, records: {}, problems };
  if (root.name !== 'gexf') return notA('gexf', root, problems, source);
  const graph = childNamed(root, 'graph');
  if (!graph) return notA('gexf', root, problems, source);
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const defaults = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of childrenNamed(graph, 'attributes')) {
    const scope = block.attributes.class === 'edge' ? 'edge' : 'node';
    for (const attribute of childrenNamed(block, 'attribute')) {
      const title = attribute.attributes.title || attribute.attributes.id || '';
      titles[scope].set(attribute.attributes.id ?? '', title);
      const fallback = childNamed(attribute, 'default')?.text;
      if (fallback !== undefined) defaults[scope].set(title, fallback);
    }
  }
  const edgeDefault = graph.attributes.defaultedgetype ?? 'undirected';
  const item = (element: XmlElement, scope: 'node' | 'edge'): Item => {
    const attributes = new Map(defaults[scope]);
    for (const value of childrenNamed(childNamed(element, 'attvalues') ?? element, 'attvalue')) {
      const key = value.attributes.for ?? value.attributes.id ?? '';
      attributes.set(titles[scope].get(key) ?? key, value.attributes.value ?? '');
    }
    const spell = childNamed(childNamed(element, 'spells') ?? element, 'spell');
    const start = element.attributes.start ?? spell?.attributes.start ?? spell?.attributes.startopen;
    const end = element.attributes.end ?? spell?.attributes.end ?? spell?.attributes.endopen;
    return {
      id: element.attributes.id ?? '',
      line: element.line,
      attributes,
      label: element.attributes.label,
      start,
      end,
    };
  };
  const nodes = childrenNamed(childNamed(graph, 'nodes') ?? graph, 'node').map((n) => item(n, 'node'));
  const edges = childrenNamed(childNamed(graph, 'edges') ?? graph, 'edge').map((edge) => {
    const kind = edge.attributes.type ?? edgeDefault;
    const base = item(edge, 'edge');
    // GEXF 1.3's edge `kind` is a free word too; our export keeps the type as an attribute.
    if (edge.attributes.kind && !base.attributes.has('kind'))
      base.attributes.set('kind', edge.attributes.kind);
    return { ...base, source: edge.attributes.source, target: edge.attributes.target, kind };
  });
  return read('gexf', { nodes, edges }, source, options, problems);
}
