/**
 * The spreadsheet model both spreadsheet formats share: a document as one table per list (Akteure,
 * Beziehungen, …, Chronik, and "Kooperation" for the document's own fields), with German or
 * English headers, and such tables read back into records. `csv.ts` writes a table as a CSV file,
 * `xlsx.ts` as a worksheet; both read through `readTables`, so the columns, the codes of the
 * values and the problems are the same in both. References are written as the referenced
 * record's id, with a readable name column beside them that the import ignores; localized texts
 * as one column per language ("Name [de]"), a plain text as "Name". Fields the columns do not
 * name go into a JSON column ("Weitere Felder"), so nothing is lost.
 */
import type { KoopDocument } from '@koop/schema';
import { problem } from './text.js';
import type {
  ImportFormat,
  ImportProblem,
  ImportResult,
  ImportedRecords,
  ListName,
  SourcePosition,
} from './types.js';

type Row = Record<string, unknown>;

/**
 * s: text as is, d: date (as text; a spreadsheet's date cell or `31.12.2025` read as ISO), t:
 * localized text, n: number, v: indicator value, b: yes/no, l: list of words, r: reference, R:
 * list of references, i: identifiers, j: JSON.
 */
export type Kind = 's' | 'd' | 't' | 'n' | 'v' | 'b' | 'l' | 'r' | 'R' | 'i' | 'j';

export interface Column {
  path: string;
  kind: Kind;
  de: string;
  en: string;
  /** The list a reference points into, for the readable name column. */
  to?: ListName;
}

export interface Sheet {
  key: ListName | 'indicators' | 'observations' | 'cooperation';
  de: string;
  en: string;
  columns: Column[];
}

const c = (path: string, kind: Kind, de: string, en: string, to?: ListName): Column => ({
  path,
  kind,
  de,
  en,
  ...(to ? { to } : {}),
});

const ID = c('id', 's', 'ID', 'ID');
const IDENTIFIERS = c('identifiers', 'i', 'Kennungen', 'Identifiers');
const SINCE = c('since', 'd', 'Seit', 'Since');
const UNTIL = c('until', 'd', 'Bis', 'Until');
const DESCRIPTION = c('description', 't', 'Beschreibung', 'Description');
const AMOUNT = [c('amount.value', 'n', 'Betrag', 'Amount'), c('amount.currency', 's', 'Währung', 'Currency')];

export const SHEETS: Sheet[] = [
  {
    key: 'cooperation',
    de: 'Kooperation',
    en: 'Cooperation',
    columns: [
      c('cooperation.name', 't', 'Name', 'Name'),
      c('cooperation.shortName', 't', 'Kurzname', 'Short name'),
      c('cooperation.summary', 't', 'Zusammenfassung', 'Summary'),
      c('cooperation.type', 's', 'Typ', 'Type'),
      c('cooperation.period.start', 'd', 'Beginn', 'Start'),
      c('cooperation.period.end', 'd', 'Ende', 'End'),
      c('cooperation.website', 's', 'Website', 'Website'),
      c('cooperation.area', 't', 'Gebiet', 'Area'),
      c('cooperation.timeZone', 's', 'Zeitzone', 'Time zone'),
      c('schemaVersion', 's', 'Formatversion', 'Schema version'),
      c('updatedAt', 'd', 'Aktualisiert', 'Updated at'),
      c('lang', 's', 'Sprache', 'Language'),
      c('license', 's', 'Lizenz', 'License'),
      c('notice', 't', 'Hinweis', 'Notice'),
      c('publisher.name', 't', 'Herausgeber', 'Publisher'),
      c('publisher.url', 's', 'Herausgeber-URL', 'Publisher URL'),
      c('publisher.email', 's', 'Herausgeber-E-Mail', 'Publisher email'),
      c('conflictRules', 'j', 'Konfliktregeln (JSON)', 'Conflict rules (JSON)'),
      c('defaultConflictRules', 'b', 'Standard-Konfliktregeln', 'Default conflict rules'),
    ],
  },
  {
    key: 'actors',
    de: 'Akteure',
    en: 'Actors',
    columns: [
      ID,
      c('name', 't', 'Name', 'Name'),
      c('shortName', 't', 'Kurzname', 'Short name'),
      c('kind', 's', 'Art', 'Kind'),
      c('sector', 's', 'Sektor', 'Sector'),
      c('circle', 's', 'Kreis', 'Circle'),
      DESCRIPTION,
      c('url', 's', 'Website', 'Website'),
      c('location.label', 't', 'Ort', 'Location'),
      c('location.lat', 'n', 'Breite', 'Latitude'),
      c('location.lon', 'n', 'Länge', 'Longitude'),
      c('parent', 'r', 'Teil von', 'Part of', 'actors'),
      SINCE,
      UNTIL,
      IDENTIFIERS,
    ],
  },
  {
    key: 'relations',
    de: 'Beziehungen',
    en: 'Relations',
    columns: [
      ID,
      c('source', 'r', 'Von', 'From', 'actors'),
      c('target', 'r', 'Zu', 'To', 'actors'),
      c('type', 's', 'Typ', 'Type'),
      c('directed', 'b', 'Gerichtet', 'Directed'),
      c('direction', 's', 'Richtung', 'Direction'),
      c('label', 't', 'Bezeichnung', 'Label'),
      DESCRIPTION,
      ...AMOUNT,
      SINCE,
      UNTIL,
      IDENTIFIERS,
    ],
  },
  {
    key: 'roles',
    de: 'Rollen',
    en: 'Roles',
    columns: [ID, c('name', 't', 'Name', 'Name'), c('type', 's', 'Typ', 'Type'), DESCRIPTION],
  },
  {
    key: 'assignments',
    de: 'Rollenbesetzung',
    en: 'Assignments',
    columns: [
      ID,
      c('actor', 'r', 'Akteur', 'Actor', 'actors'),
      c('role', 'r', 'Rolle', 'Role', 'roles'),
      c('in', 'r', 'In', 'In', 'actors'),
      c('holder', 't', 'Person', 'Holder'),
      c('mandate', 's', 'Mandat', 'Mandate'),
      c('staffing', 's', 'Besetzung', 'Staffing'),
      SINCE,
      UNTIL,
      c('note', 't', 'Notiz', 'Note'),
    ],
  },
  {
    key: 'conflicts',
    de: 'Konflikte',
    en: 'Conflicts',
    columns: [
      ID,
      c('actor', 'r', 'Akteur', 'Actor', 'actors'),
      c('roles', 'R', 'Rollen', 'Roles', 'roles'),
      DESCRIPTION,
      c('status', 's', 'Status', 'Status'),
      c('mitigation', 't', 'Umgang', 'Mitigation'),
      SINCE,
    ],
  },
  {
    key: 'goals',
    de: 'Ziele',
    en: 'Goals',
    columns: [
      ID,
      c('title', 't', 'Titel', 'Title'),
      DESCRIPTION,
      c('level', 's', 'Ebene', 'Level'),
      c('parent', 'r', 'Übergeordnet', 'Parent', 'goals'),
      c('perspective', 's', 'Perspektive', 'Perspective'),
      c('basedOn', 'R', 'Beruht auf', 'Based on', 'goals'),
      c('owners', 'R', 'Verantwortlich', 'Owners', 'actors'),
      c('status', 's', 'Status', 'Status'),
      c('statusReason', 't', 'Status-Begründung', 'Status reason'),
      c('period.start', 'd', 'Beginn', 'Start'),
      c('period.end', 'd', 'Ende', 'End'),
      IDENTIFIERS,
    ],
  },
  {
    key: 'indicators',
    de: 'Indikatoren',
    en: 'Indicators',
    columns: [
      c('$goal', 'r', 'Ziel', 'Goal', 'goals'),
      c('$number', 'n', 'Nr.', 'No.'),
      ID,
      c('name', 't', 'Name', 'Name'),
      DESCRIPTION,
      c('unit', 't', 'Einheit', 'Unit'),
      c('measure', 's', 'Messart', 'Measure'),
      c('direction', 's', 'Richtung', 'Direction'),
      c('scale', 'j', 'Skala (JSON)', 'Scale (JSON)'),
      c('decimals', 'n', 'Nachkommastellen', 'Decimals'),
      c('baseline.date', 'd', 'Ausgangswert Datum', 'Baseline date'),
      c('baseline.value', 'v', 'Ausgangswert', 'Baseline'),
      c('target.date', 'd', 'Zielwert Datum', 'Target date'),
      c('target.value', 'v', 'Zielwert', 'Target'),
      c('targets', 'j', 'Zielwerte (JSON)', 'Targets (JSON)'),
      IDENTIFIERS,
    ],
  },
  {
    key: 'observations',
    de: 'Messwerte',
    en: 'Observations',
    columns: [
      c('$goal', 'r', 'Ziel', 'Goal', 'goals'),
      c('$number', 'n', 'Indikator-Nr.', 'Indicator no.'),
      c('date', 'd', 'Datum', 'Date'),
      c('value', 'v', 'Wert', 'Value'),
      c('flags', 'l', 'Kennzeichen', 'Flags'),
      c('note', 't', 'Notiz', 'Note'),
      c('source', 't', 'Quelle', 'Source'),
      c('sourceUrl', 's', 'Quellen-URL', 'Source URL'),
    ],
  },
  {
    key: 'phases',
    de: 'Phasen',
    en: 'Phases',
    columns: [
      ID,
      c('name', 't', 'Name', 'Name'),
      c('type', 's', 'Typ', 'Type'),
      c('start', 'd', 'Beginn', 'Start'),
      c('end', 'd', 'Ende', 'End'),
      DESCRIPTION,
      c('funders', 'R', 'Förderer', 'Funders', 'actors'),
      ...AMOUNT,
      c('followUp', 'r', 'Folgephase', 'Follow-up', 'phases'),
    ],
  },
  {
    key: 'milestones',
    de: 'Meilensteine',
    en: 'Milestones',
    columns: [
      ID,
      c('title', 't', 'Titel', 'Title'),
      DESCRIPTION,
      c('kind', 's', 'Art', 'Kind'),
      c('planned', 'd', 'Geplant', 'Planned'),
      c('actual', 'd', 'Erreicht', 'Actual'),
      c('status', 's', 'Status', 'Status'),
      c('goals', 'R', 'Ziele', 'Goals', 'goals'),
      c('actors', 'R', 'Akteure', 'Actors', 'actors'),
      c('phase', 'r', 'Phase', 'Phase', 'phases'),
      c('questions', 'j', 'Reflexionsfragen (JSON)', 'Questions (JSON)'),
      IDENTIFIERS,
    ],
  },
  {
    key: 'entries',
    de: 'Chronik',
    en: 'Timeline',
    columns: [
      ID,
      c('date', 'd', 'Datum', 'Date'),
      c('end', 'd', 'Ende', 'End'),
      c('type', 's', 'Typ', 'Type'),
      c('status', 's', 'Status', 'Status'),
      c('partOf', 'r', 'Teil von', 'Part of', 'entries'),
      c('title', 't', 'Titel', 'Title'),
      c('summary', 't', 'Zusammenfassung', 'Summary'),
      c('actors', 'R', 'Akteure', 'Actors', 'actors'),
      c('goals', 'R', 'Ziele', 'Goals', 'goals'),
      c('milestones', 'R', 'Meilensteine', 'Milestones', 'milestones'),
      c('how.format', 's', 'Format', 'Format'),
      c('how.location', 't', 'Ort', 'Location'),
      c('how.body', 'r', 'Gremium', 'Body', 'actors'),
      c('how.procedure', 's', 'Verfahren', 'Procedure'),
      c('how.outcome', 't', 'Ergebnis der Abstimmung', 'Outcome'),
      c('how.binding', 'b', 'Verbindlich', 'Binding'),
      c('results', 't', 'Ergebnisse', 'Results'),
      c('links', 'j', 'Links (JSON)', 'Links (JSON)'),
      IDENTIFIERS,
    ],
  },
];

export const EXTRA = { de: 'Weitere Felder (JSON)', en: 'More fields (JSON)' };
export const NAME_SUFFIX = { de: ' (Name)', en: ' (name)' };

// ---------------------------------------------------------------- values

const isRow = (value: unknown): value is Row => !!value && typeof value === 'object' && !Array.isArray(value);

function getPath(row: Row, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) value = isRow(value) ? value[part] : undefined;
  return value;
}

function setPath(row: Row, path: string, value: unknown): void {
  const parts = path.split('.');
  let holder = row;
  for (const part of parts.slice(0, -1)) holder = isRow(holder[part]) ? holder[part] : (holder[part] = {});
  holder[parts[parts.length - 1]] = value;
}

/** `row` without the columns' paths (empty objects left behind dropped): what goes into the JSON column. */
function residual(row: Row, paths: string[]): Row {
  const copy = JSON.parse(JSON.stringify(row)) as Row;
  for (const path of paths) {
    const parts = path.split('.');
    const holders: Row[] = [copy];
    for (const part of parts.slice(0, -1)) {
      const next = holders[holders.length - 1][part];
      if (!isRow(next)) break;
      holders.push(next);
    }
    if (holders.length !== parts.length) continue;
    delete holders[holders.length - 1][parts[parts.length - 1]];
    for (let i = holders.length - 1; i > 0; i--)
      if (!Object.keys(holders[i]).length) delete holders[i - 1][parts[i - 1]];
  }
  return copy;
}

function omit(row: Row, ...keys: string[]): Row {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}

function deepAssign(target: Row, source: Row): void {
  for (const [key, value] of Object.entries(source)) {
    if (isRow(value) && isRow(target[key])) deepAssign(target[key], value);
    else target[key] = value;
  }
}

function formatNumber(value: number, lang: 'de' | 'en'): string {
  return lang === 'de' ? String(value).replace('.', ',') : String(value);
}

/** A number as a person or Excel writes it: `23.8`, `23,8`, `1.234,5`, `-0,5`; else undefined. */
export function parseNumber(text: string): number | undefined {
  let t = text.trim().replace(/[\s\u00a0]/g, '');
  if (!t) return undefined;
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) t = t.replace(/,/g, '');
  else if (/^[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?$/.test(t)) t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const YES = /^(ja|yes|true|wahr|1|x)$/i;
const NO = /^(nein|no|false|falsch|0)$/i;

/** Several ids or words in one cell: one a line, or `; ` between them. */
function splitList(text: string): string[] {
  return (text.includes('\n') ? text.split(/\r?\n/) : text.split(';')).map((s) => s.trim()).filter(Boolean);
}

/**
 * A date as the format writes it from one as a person types it in German (`31.12.2025`,
 * `12.2025`); any other text stays as it is (the data check then names what is wrong).
 */
function isoDate(text: string): string {
  const day = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (day) return `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  const month = /^(\d{1,2})\.(\d{4})$/.exec(text);
  return month ? `${month[2]}-${month[1].padStart(2, '0')}` : text;
}

function joinList(values: string[]): string {
  return values.some((v) => v.includes(';') || v !== v.trim()) ? values.join('\n') : values.join('; ');
}

function displayName(record: Row | undefined, lang: 'de' | 'en'): string {
  const name = record?.name ?? record?.title;
  if (typeof name === 'string') return name;
  if (isRow(name)) {
    const value = name[lang] ?? Object.values(name)[0];
    return typeof value === 'string' ? value : '';
  }
  return '';
}

// ---------------------------------------------------------------- export

/** The rows of a sheet: for indicators and observations flattened out of the goals. */
function sheetRecords(document: KoopDocument, sheet: Sheet): Row[] | undefined {
  const doc = document as unknown as Row;
  if (sheet.key === 'cooperation') {
    const rest: Row = { ...doc };
    for (const other of SHEETS) if (other.key !== 'cooperation') delete rest[other.key];
    return [rest];
  }
  const goals = Array.isArray(doc.goals) ? (doc.goals as Row[]) : undefined;
  if (sheet.key === 'indicators')
    return goals?.flatMap((goal) =>
      ((goal.indicators as Row[] | undefined) ?? []).map((indicator, index) => {
        return { ...omit(indicator, 'observations'), $goal: goal.id, $number: index + 1 };
      }),
    );
  if (sheet.key === 'observations')
    return goals?.flatMap((goal) =>
      ((goal.indicators as Row[] | undefined) ?? []).flatMap((indicator, index) =>
        ((indicator.observations as Row[] | undefined) ?? []).map((o) => ({
          ...o,
          $goal: goal.id,
          $number: index + 1,
        })),
      ),
    );
  if (sheet.key === 'goals') return goals?.map((goal) => omit(goal, 'indicators'));
  const list = doc[sheet.key];
  return Array.isArray(list) ? (list as Row[]) : undefined;
}

function languagesOf(records: Row[], path: string): { plain: boolean; langs: string[] } {
  let plain = false;
  const langs = new Set<string>();
  for (const record of records) {
    const value = getPath(record, path);
    if (typeof value === 'string') plain = true;
    else if (isRow(value)) for (const lang of Object.keys(value)) langs.add(lang);
  }
  const order = (l: string) => (l === 'de' ? 0 : l === 'en' ? 1 : 2);
  return {
    plain: plain || !langs.size,
    langs: [...langs].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1)),
  };
}

function encodeCell(column: Column, value: unknown, lang: 'de' | 'en', numbers: 'de' | 'en'): string {
  if (value === undefined) return '';
  switch (column.kind) {
    case 'n':
      return typeof value === 'number' ? formatNumber(value, numbers) : String(value);
    case 'v':
      if (value === null) return '';
      if (typeof value === 'number') return formatNumber(value, numbers);
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'b':
      return value === true
        ? lang === 'de'
          ? 'ja'
          : 'yes'
        : value === false
          ? lang === 'de'
            ? 'nein'
            : 'no'
          : '';
    case 'l':
    case 'R':
      return Array.isArray(value) ? joinList(value.map(String)) : String(value);
    case 'i':
      return Array.isArray(value)
        ? value.map((i: { scheme: string; value: string }) => `${i.scheme}:${i.value}`).join('\n')
        : '';
    case 'j':
      return JSON.stringify(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A column of a written table: a column of the model, one language of it, or a helper column. */
export interface TableColumn {
  title: string;
  column?: Column;
  /** The language of a localized text's column ("Name [de]"). */
  lang?: string;
  /** The readable names beside a reference column: written for people, not read back. */
  names?: boolean;
  /** The JSON column of the fields no column names. */
  extra?: boolean;
}

/** One list of a document as a table: what a CSV file or a worksheet holds. */
export interface Table {
  sheet: Sheet;
  /** The sheet's (or file's) name in the chosen language: `Akteure`, `Actors`. */
  name: string;
  columns: TableColumn[];
  /** The cells as text, one row per record; an empty text is an empty cell. */
  rows: string[][];
}

export interface TableOptions {
  /** Headers and sheet names in German (default) or English. */
  lang?: 'de' | 'en';
  /** Numbers with a decimal comma (`23,8`), as German Excel writes them in CSV. Default: as `lang`. */
  decimalComma?: boolean;
}

/** One table per list the document has (and "Kooperation"); never throws. */
export function writeTables(document: KoopDocument, options: TableOptions = {}): Table[] {
  const lang = options.lang ?? 'de';
  const numbers = (options.decimalComma ?? lang === 'de') ? 'de' : 'en';
  const byId = new Map<string, Map<string, Row>>();
  for (const list of ['actors', 'roles', 'goals', 'phases', 'milestones', 'entries'] as const) {
    const rows = (document as unknown as Row)[list];
    byId.set(list, new Map(Array.isArray(rows) ? (rows as Row[]).map((r) => [String(r.id), r]) : []));
  }
  const tables: Table[] = [];
  for (const sheet of SHEETS) {
    const records = sheetRecords(document, sheet);
    if (!records) continue;
    const columns: TableColumn[] = [];
    const cells: ((record: Row, index: number) => string)[] = [];
    for (const column of sheet.columns) {
      const title = column[lang];
      if (column.kind === 't') {
        const { plain, langs } = languagesOf(records, column.path);
        if (plain) {
          columns.push({ title, column });
          cells.push((r) => {
            const v = getPath(r, column.path);
            return typeof v === 'string' ? v : '';
          });
        }
        for (const l of langs) {
          columns.push({ title: `${title} [${l}]`, column, lang: l });
          cells.push((r) => {
            const v = getPath(r, column.path);
            return isRow(v) && typeof v[l] === 'string' ? v[l] : '';
          });
        }
        continue;
      }
      columns.push({ title, column });
      cells.push((r) => encodeCell(column, getPath(r, column.path), lang, numbers));
      if (column.to) {
        const targets = byId.get(column.to)!;
        columns.push({ title: `${title}${NAME_SUFFIX[lang]}`, column, names: true });
        cells.push((r) => {
          const v = getPath(r, column.path);
          const ids = Array.isArray(v) ? v : v === undefined ? [] : [v];
          return joinList(ids.map((id) => displayName(targets.get(String(id)), lang)));
        });
      }
    }
    const paths = sheet.columns.map((col) => col.path);
    const extras = records.map((r) => residual(r, paths));
    if (extras.some((e) => Object.keys(e).length)) {
      columns.push({ title: EXTRA[lang], extra: true });
      cells.push((_, index) => (Object.keys(extras[index]).length ? JSON.stringify(extras[index]) : ''));
    }
    tables.push({
      sheet,
      name: sheet[lang],
      columns,
      rows: records.map((r, index) => cells.map((cell) => cell(r, index))),
    });
  }
  return tables;
}

// ---------------------------------------------------------------- import

/** A table as read from a CSV file or a worksheet. */
export interface ReadTable {
  /** The file's or sheet's name, which says the list (`Akteure.csv`, `Actors`). */
  name: string;
  /** The cells as text ('' for an empty one), the header row among the first rows. */
  rows: string[][];
  /** The 1-based row number in the source of each of `rows` (default: its index + 1). */
  rowNumbers?: number[];
}

export interface ReadOptions {
  /** The importer, for the result and the problem codes (`csv.number`, `xlsx.number`). */
  format: Extract<ImportFormat, 'csv' | 'xlsx'>;
  /** How a problem names a column: the header text (CSV) or the letter (workbook: "C"). */
  columnName: (index: number, header: string) => string;
}

/** Where an imported row came from, for problems found after reading (an unknown goal). */
const POSITIONS = new WeakMap<Row, SourcePosition>();

interface HeaderCell {
  column?: Column;
  lang?: string;
  extra?: boolean;
  /** A readable name column: written for people, not read back. */
  ignored?: boolean;
}

function readHeader(sheet: Sheet, header: string[]): HeaderCell[] {
  return header.map((raw) => {
    const text = raw.trim();
    if (text === EXTRA.de || text === EXTRA.en) return { extra: true };
    const localized = /^(.*\S)\s*\[([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\]$/.exec(text);
    const title = (localized ? localized[1] : text).toLowerCase();
    for (const column of sheet.columns) {
      const names = [column.de, column.en].map((n) => n.toLowerCase());
      if (names.includes(title)) return localized ? { column, lang: localized[2] } : { column };
      if (
        column.to &&
        names.some(
          (n) => title === `${n}${NAME_SUFFIX.de}`.toLowerCase() || title === `${n}${NAME_SUFFIX.en}`,
        )
      )
        return { ignored: true };
    }
    return {};
  });
}

/**
 * The header row: of the first rows, the one most of whose cells name a column, so that a title
 * row above it (often merged across the columns) or a blank line is passed over.
 */
function findHeader(sheet: Sheet, rows: string[][]): number {
  let best = 0;
  let bestCount = 0;
  rows.slice(0, 10).forEach((row, index) => {
    const count = readHeader(sheet, row).filter((cell) => cell.column || cell.extra || cell.ignored).length;
    if (count > bestCount) [best, bestCount] = [index, count];
  });
  return best;
}

export const REQUIRED: Partial<Record<Sheet['key'], string[]>> = {
  actors: ['id', 'name'],
  relations: ['source', 'target', 'type'],
  roles: ['id', 'name'],
  assignments: ['actor', 'role'],
  conflicts: ['actor', 'roles'],
  goals: ['id', 'title'],
  indicators: ['$goal', 'name'],
  observations: ['$goal', '$number', 'date'],
  phases: ['id', 'name'],
  milestones: ['id', 'title'],
  entries: ['id', 'date', 'type', 'title'],
};

function findSheet(name: string): Sheet | undefined {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.(csv|txt)$/i, '')
    .trim()
    .toLowerCase();
  return SHEETS.find((s) => s.de.toLowerCase() === base || s.en.toLowerCase() === base);
}

/** Reads one sheet's rows into records; problems with sheet, row and column. */
function readSheet(table: ReadTable, sheet: Sheet, options: ReadOptions, problems: ImportProblem[]): Row[] {
  const { rows } = table;
  if (!rows.length) return [];
  const code = (name: string) => `${options.format}.${name}`;
  const rowOf = (index: number) => table.rowNumbers?.[index] ?? index + 1;
  const first = findHeader(sheet, rows);
  const titles = rows[first];
  const header = readHeader(sheet, titles);
  const sheetName = table.name.replace(/^.*[\\/]/, '');
  const at = (index: number, i?: number) => ({
    sheet: sheetName,
    row: rowOf(index),
    ...(i === undefined ? {} : { column: options.columnName(i, titles[i]) }),
  });
  header.forEach((cell, i) => {
    if (!cell.column && !cell.extra && !cell.ignored && titles[i].trim())
      problems.push(
        problem(
          'warning',
          code('unknown-column'),
          `The column "${titles[i]}" is not one of this sheet's; it was ignored.`,
          `Die Spalte "${titles[i]}" gehört nicht zu dieser Tabelle; sie wurde übergangen.`,
          at(first, i),
        ),
      );
  });
  const records: Row[] = [];
  rows.forEach((cells, index) => {
    if (index <= first || cells.every((cell) => !cell.trim())) return;
    // The header again: a header cell merged down two rows, or a second table's header.
    if (cells.every((cell, i) => !cell.trim() || cell.trim() === titles[i]?.trim())) return;
    const record: Row = {};
    const fail = (i: number, name: string, en: string, de: string) =>
      problems.push(problem('error', code(name), en, de, at(index, i)));
    header.forEach((cell, i) => {
      const raw = cells[i] ?? '';
      if (raw === '' || cell.ignored) return;
      if (cell.extra) {
        try {
          const extra: unknown = JSON.parse(raw);
          if (!isRow(extra)) throw new Error('not an object');
          deepAssign(record, extra);
        } catch {
          fail(i, 'json', 'Not a JSON object.', 'Kein JSON-Objekt.');
        }
        return;
      }
      const column = cell.column;
      if (!column) return;
      const current = getPath(record, column.path);
      if (column.kind === 't') {
        if (cell.lang) {
          setPath(record, column.path, { ...(isRow(current) ? current : {}), [cell.lang]: raw });
        } else if (!isRow(current)) setPath(record, column.path, raw);
        return;
      }
      const text = raw.trim();
      if (!text) return;
      switch (column.kind) {
        case 'n': {
          const n = parseNumber(text);
          if (n === undefined) fail(i, 'number', `"${text}" is not a number.`, `"${text}" ist keine Zahl.`);
          else setPath(record, column.path, n);
          return;
        }
        case 'v': {
          const n = parseNumber(text);
          let value: unknown = n ?? raw;
          if (n === undefined && text.startsWith('{')) {
            try {
              value = JSON.parse(text);
            } catch {
              value = raw;
            }
          }
          setPath(record, column.path, value);
          return;
        }
        case 'b':
          if (YES.test(text)) setPath(record, column.path, true);
          else if (NO.test(text)) setPath(record, column.path, false);
          else fail(i, 'boolean', `"${text}" is neither yes nor no.`, `"${text}" ist weder ja noch nein.`);
          return;
        case 'l':
        case 'R':
          setPath(record, column.path, splitList(raw));
          return;
        case 'i': {
          const identifiers = raw
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean)
            .map((l) => {
              const colon = l.indexOf(':');
              return colon > 0 ? { scheme: l.slice(0, colon), value: l.slice(colon + 1) } : undefined;
            });
          if (identifiers.some((x) => !x))
            fail(
              i,
              'identifier',
              'An identifier is written as scheme:value, one a line.',
              'Eine Kennung wird als Schema:Wert geschrieben, eine je Zeile.',
            );
          else setPath(record, column.path, identifiers);
          return;
        }
        case 'j':
          try {
            setPath(record, column.path, JSON.parse(raw));
          } catch {
            fail(i, 'json', 'Not JSON.', 'Kein JSON.');
          }
          return;
        case 'd':
          setPath(record, column.path, isoDate(text));
          return;
        default:
          setPath(record, column.path, column.kind === 'r' ? text : raw);
      }
    });
    if (sheet.key === 'observations' && !('value' in record)) record.value = null;
    const missing = (REQUIRED[sheet.key] ?? []).filter((path) => getPath(record, path) === undefined);
    if (missing.length) {
      const names = missing.map((path) => sheet.columns.find((col) => col.path === path)?.de ?? path);
      problems.push(
        problem(
          'error',
          code('required'),
          `This row lacks ${names.join(', ')}; it was skipped.`,
          `In dieser Zeile fehlt ${names.join(', ')}; sie wurde übersprungen.`,
          at(index),
        ),
      );
      return;
    }
    POSITIONS.set(record, at(index));
    records.push(record);
  });
  return records;
}

/** The fields of a list a table speaks for: its columns' and those in its JSON column. */
function ownedFields(sheet: Sheet, records: Row[]): string[] {
  const fields = new Set(
    sheet.columns.map((col) => col.path.split('.')[0]).filter((f) => !f.startsWith('$')),
  );
  for (const record of records) for (const key of Object.keys(record)) fields.add(key);
  fields.delete('id');
  fields.delete('identifiers');
  return [...fields];
}

/**
 * Reads the tables of an export (any subset; named in German or English) back into records.
 * Never throws: what cannot be read is a problem with sheet, row and column.
 */
export function readTables(tables: ReadTable[], source: string, options: ReadOptions): ImportResult {
  const code = (name: string) => `${options.format}.${name}`;
  const problems: ImportProblem[] = [];
  const records: ImportedRecords = {};
  const owns: NonNullable<ImportResult['owns']> = {};
  const read = new Map<Sheet['key'], Row[]>();
  for (const table of tables) {
    const sheet = findSheet(table.name);
    if (!sheet) {
      const example = options.format === 'csv' ? 'Akteure.csv, Actors.csv' : 'Akteure, Actors';
      problems.push(
        problem(
          'warning',
          code('unknown-sheet'),
          `"${table.name}" is not named after a list (${example}, …); it was ignored.`,
          `"${table.name}" ist nicht nach einer Liste benannt (${example}, …); übergangen.`,
          { sheet: table.name },
        ),
      );
      continue;
    }
    read.set(sheet.key, readSheet(table, sheet, options, problems));
  }

  const cooperation = read.get('cooperation')?.[0];
  if (cooperation) {
    const { cooperation: coop, ...rest } = cooperation;
    if (isRow(coop)) records.cooperation = coop as unknown as ImportedRecords['cooperation'];
    if (Object.keys(rest).length) records.document = rest as ImportedRecords['document'];
  }

  const goals = read.get('goals');
  const indicators = read.get('indicators');
  const observations = read.get('observations');
  if (goals && (indicators || observations)) {
    const byId = new Map(goals.map((g) => [String(g.id), g]));
    const findGoal = (row: Row) => {
      const goal = byId.get(String(row.$goal));
      if (!goal)
        problems.push(
          problem(
            'error',
            code('unknown-goal'),
            `The goal "${String(row.$goal)}" is not in the goals sheet.`,
            `Das Ziel "${String(row.$goal)}" steht nicht in der Tabelle der Ziele.`,
            POSITIONS.get(row),
          ),
        );
      return goal;
    };
    for (const row of indicators ?? []) {
      const goal = findGoal(row);
      if (goal) ((goal.indicators as Row[] | undefined) ??= []).push(omit(row, '$goal', '$number'));
    }
    for (const row of observations ?? []) {
      const goal = findGoal(row);
      const indicator = (goal?.indicators as Row[] | undefined)?.[Number(row.$number) - 1];
      if (goal && !indicator)
        problems.push(
          problem(
            'error',
            code('unknown-indicator'),
            `The goal "${String(row.$goal)}" has no indicator no. ${String(row.$number)}.`,
            `Das Ziel "${String(row.$goal)}" hat keinen Indikator Nr. ${String(row.$number)}.`,
            POSITIONS.get(row),
          ),
        );
      if (indicator)
        ((indicator.observations as Row[] | undefined) ??= []).push(omit(row, '$goal', '$number'));
    }
  }

  for (const sheet of SHEETS) {
    if (sheet.key === 'cooperation' || sheet.key === 'indicators' || sheet.key === 'observations') continue;
    const rows = read.get(sheet.key);
    if (!rows) continue;
    (records as Row)[sheet.key] = rows;
    const fields = ownedFields(sheet, rows);
    if (sheet.key === 'goals' && indicators) fields.push('indicators');
    owns[sheet.key] = [...new Set(fields)];
  }
  return { format: options.format, source, records, problems, owns };
}
