/**
 * The CSV side of the spreadsheet round trip: a document as one CSV per list (Akteure,
 * Beziehungen, …, Chronik, and a "Kooperation" file for the document's own fields), with German
 * or English headers, and such files read back into records. References are written as the
 * referenced record's id, with a readable name column beside them that the import ignores;
 * localized texts as one column per language ("Name [de]"), a plain text as "Name". Fields the
 * columns do not name go into a JSON column ("Weitere Felder"), so nothing is lost.
 *
 * The parser is RFC 4180 (quoted fields with line breaks and doubled quotes) with the delimiter
 * sniffed from the header line (semicolon, as German Excel writes, comma or tab) and a BOM dropped.
 */
import type { KoopDocument } from '@koop/schema';
import { problem, stripBom } from './text.js';
import type { ImportProblem, ImportResult, ImportedRecords, ListName, SourcePosition } from './types.js';

type Row = Record<string, unknown>;

/** One CSV file: its name (e.g. `Akteure.csv`) and its text. */
export interface CsvFile {
  name: string;
  text: string;
}

export interface CsvExportOptions {
  /** Headers and file names in German (default) or English; numbers with a decimal comma in German. */
  lang?: 'de' | 'en';
  /** Default: `;` for German (what German Excel opens), `,` for English. */
  delimiter?: ';' | ',';
  /** A UTF-8 BOM first, so that Excel reads umlauts right (default true). */
  bom?: boolean;
}

/**
 * s: text as is, t: localized text, n: number, v: indicator value, b: yes/no, l: list of
 * words, r: reference, R: list of references, i: identifiers, j: JSON.
 */
type Kind = 's' | 't' | 'n' | 'v' | 'b' | 'l' | 'r' | 'R' | 'i' | 'j';

interface Column {
  path: string;
  kind: Kind;
  de: string;
  en: string;
  /** The list a reference points into, for the readable name column. */
  to?: ListName;
}

interface Sheet {
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
const SINCE = c('since', 's', 'Seit', 'Since');
const UNTIL = c('until', 's', 'Bis', 'Until');
const DESCRIPTION = c('description', 't', 'Beschreibung', 'Description');
const AMOUNT = [c('amount.value', 'n', 'Betrag', 'Amount'), c('amount.currency', 's', 'Währung', 'Currency')];

const SHEETS: Sheet[] = [
  {
    key: 'cooperation',
    de: 'Kooperation',
    en: 'Cooperation',
    columns: [
      c('cooperation.name', 't', 'Name', 'Name'),
      c('cooperation.shortName', 't', 'Kurzname', 'Short name'),
      c('cooperation.summary', 't', 'Zusammenfassung', 'Summary'),
      c('cooperation.type', 's', 'Typ', 'Type'),
      c('cooperation.period.start', 's', 'Beginn', 'Start'),
      c('cooperation.period.end', 's', 'Ende', 'End'),
      c('cooperation.website', 's', 'Website', 'Website'),
      c('cooperation.area', 't', 'Gebiet', 'Area'),
      c('cooperation.timeZone', 's', 'Zeitzone', 'Time zone'),
      c('schemaVersion', 's', 'Formatversion', 'Schema version'),
      c('updatedAt', 's', 'Aktualisiert', 'Updated at'),
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
      c('period.start', 's', 'Beginn', 'Start'),
      c('period.end', 's', 'Ende', 'End'),
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
      c('baseline.date', 's', 'Ausgangswert Datum', 'Baseline date'),
      c('baseline.value', 'v', 'Ausgangswert', 'Baseline'),
      c('target.date', 's', 'Zielwert Datum', 'Target date'),
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
      c('date', 's', 'Datum', 'Date'),
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
      c('start', 's', 'Beginn', 'Start'),
      c('end', 's', 'Ende', 'End'),
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
      c('planned', 's', 'Geplant', 'Planned'),
      c('actual', 's', 'Erreicht', 'Actual'),
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
      c('date', 's', 'Datum', 'Date'),
      c('end', 's', 'Ende', 'End'),
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

const EXTRA = { de: 'Weitere Felder (JSON)', en: 'More fields (JSON)' };
const NAME_SUFFIX = { de: ' (Name)', en: ' (name)' };

// ---------------------------------------------------------------- CSV text

/** The delimiter of the header line: the one of `;` `,` tab that occurs most outside quotes. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ',';
}

/** RFC 4180 records, BOM dropped, CRLF or LF; each record with its 1-based first line. */
export function parseCsv(input: string, delimiter?: string): { rows: string[][]; lines: number[] } {
  const text = stripBom(input);
  const sep = delimiter ?? sniffDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row);
      lines.push(startLine);
    }
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      startLine = line;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) endRow();
  return { rows, lines };
}

/**
 * A cell Excel or LibreOffice would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * `'` before it (OWASP's CSV injection advice); one that already starts with `'`s before such a
 * character gets one more, so that `unescapeFormula` restores every text exactly. Numbers stay.
 */
function escapeFormula(value: string): string {
  if (!/^'*[=+\-@\t\r]/.test(value)) return value;
  return /^[+-]?[\d.,]+([eE][+-]?\d+)?$/.test(value) ? value : `'${value}`;
}

const unescapeFormula = (value: string) => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function quoteField(value: string, sep: string): string {
  return /["\r\n]/.test(value) || value.includes(sep) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

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

function encodeCell(column: Column, value: unknown, lang: 'de' | 'en'): string {
  if (value === undefined) return '';
  switch (column.kind) {
    case 'n':
      return typeof value === 'number' ? formatNumber(value, lang) : String(value);
    case 'v':
      if (value === null) return '';
      if (typeof value === 'number') return formatNumber(value, lang);
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

/** One CSV file per list the document has (and "Kooperation"); never throws. */
export function exportCsv(document: KoopDocument, options: CsvExportOptions = {}): CsvFile[] {
  const lang = options.lang ?? 'de';
  const sep = options.delimiter ?? (lang === 'de' ? ';' : ',');
  const bom = (options.bom ?? true) ? '\ufeff' : '';
  const byId = new Map<string, Map<string, Row>>();
  for (const list of ['actors', 'roles', 'goals', 'phases', 'milestones', 'entries'] as const) {
    const rows = (document as unknown as Row)[list];
    byId.set(list, new Map(Array.isArray(rows) ? (rows as Row[]).map((r) => [String(r.id), r]) : []));
  }
  const files: CsvFile[] = [];
  for (const sheet of SHEETS) {
    const records = sheetRecords(document, sheet);
    if (!records) continue;
    const header: string[] = [];
    const cells: ((record: Row) => string)[] = [];
    for (const column of sheet.columns) {
      const title = column[lang];
      if (column.kind === 't') {
        const { plain, langs } = languagesOf(records, column.path);
        if (plain) {
          header.push(title);
          cells.push((r) => {
            const v = getPath(r, column.path);
            return typeof v === 'string' ? v : '';
          });
        }
        for (const l of langs) {
          header.push(`${title} [${l}]`);
          cells.push((r) => {
            const v = getPath(r, column.path);
            return isRow(v) && typeof v[l] === 'string' ? v[l] : '';
          });
        }
        continue;
      }
      header.push(title);
      cells.push((r) => encodeCell(column, getPath(r, column.path), lang));
      if (column.to && !column.path.startsWith('$')) {
        const targets = byId.get(column.to)!;
        header.push(`${title}${NAME_SUFFIX[lang]}`);
        cells.push((r) => {
          const v = getPath(r, column.path);
          const ids = Array.isArray(v) ? v : v === undefined ? [] : [v];
          return joinList(ids.map((id) => displayName(targets.get(String(id)), lang)));
        });
      }
      if (column.to && column.path === '$goal') {
        header.push(`${title}${NAME_SUFFIX[lang]}`);
        cells.push((r) => displayName(byId.get('goals')!.get(String(r.$goal)), lang));
      }
    }
    const paths = sheet.columns.map((col) => col.path);
    const extras = records.map((r) => residual(r, paths));
    if (extras.some((e) => Object.keys(e).length)) {
      header.push(EXTRA[lang]);
      cells.push((r) => {
        const extra = extras[records.indexOf(r)];
        return Object.keys(extra).length ? JSON.stringify(extra) : '';
      });
    }
    const lines = [header, ...records.map((r) => cells.map((cell) => cell(r)))].map((row) =>
      row.map((v) => quoteField(row === header ? v : escapeFormula(v), sep)).join(sep),
    );
    files.push({ name: `${sheet[lang]}.csv`, text: `${bom}${lines.join('\r\n')}\r\n` });
  }
  return files;
}

// ---------------------------------------------------------------- import

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

const REQUIRED: Partial<Record<Sheet['key'], string[]>> = {
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

/** Reads one sheet's rows into records; problems with file, row and column. */
function readSheet(file: CsvFile, sheet: Sheet, problems: ImportProblem[]): Row[] {
  const { rows } = parseCsv(file.text);
  if (!rows.length) return [];
  const header = readHeader(sheet, rows[0]);
  const sheetName = file.name.replace(/^.*[\\/]/, '');
  header.forEach((cell, index) => {
    if (!cell.column && !cell.extra && !cell.ignored && rows[0][index].trim())
      problems.push(
        problem(
          'warning',
          'csv.unknown-column',
          `The column "${rows[0][index]}" is not one of this sheet's; it was ignored.`,
          `Die Spalte "${rows[0][index]}" gehört nicht zu dieser Tabelle; sie wurde übergangen.`,
          { sheet: sheetName, row: 1, column: rows[0][index] },
        ),
      );
  });
  const records: Row[] = [];
  rows.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => !cell.trim())) return;
    const record: Row = {};
    const at = (i: number) => ({ sheet: sheetName, row: rowNumber, column: rows[0][i] });
    const fail = (i: number, code: string, en: string, de: string) =>
      problems.push(problem('error', code, en, de, at(i)));
    header.forEach((cell, i) => {
      const raw = unescapeFormula(cells[i] ?? '');
      if (raw === '' || cell.ignored) return;
      if (cell.extra) {
        try {
          const extra: unknown = JSON.parse(raw);
          if (!isRow(extra)) throw new Error('not an object');
          deepAssign(record, extra);
        } catch {
          fail(i, 'csv.json', 'Not a JSON object.', 'Kein JSON-Objekt.');
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
          if (n === undefined)
            fail(i, 'csv.number', `"${text}" is not a number.`, `"${text}" ist keine Zahl.`);
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
          else
            fail(i, 'csv.boolean', `"${text}" is neither yes nor no.`, `"${text}" ist weder ja noch nein.`);
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
              'csv.identifier',
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
            fail(i, 'csv.json', 'Not JSON.', 'Kein JSON.');
          }
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
          'csv.required',
          `This row lacks ${names.join(', ')}; it was skipped.`,
          `In dieser Zeile fehlt ${names.join(', ')}; sie wurde übersprungen.`,
          { sheet: sheetName, row: rowNumber },
        ),
      );
      return;
    }
    POSITIONS.set(record, { sheet: sheetName, row: rowNumber });
    records.push(record);
  });
  return records;
}

/** The fields of a list a CSV speaks for: its columns' and those in its JSON column. */
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
 * Reads the CSV files of an export (any subset; file names in German or English) back into
 * records. Never throws: what cannot be read is a problem with file, row and column.
 */
export function importCsv(files: CsvFile[], source: string): ImportResult {
  const problems: ImportProblem[] = [];
  const records: ImportedRecords = {};
  const owns: NonNullable<ImportResult['owns']> = {};
  const read = new Map<Sheet['key'], Row[]>();
  for (const file of files) {
    const sheet = findSheet(file.name);
    if (!sheet) {
      problems.push(
        problem(
          'warning',
          'csv.unknown-sheet',
          `"${file.name}" is not named after a list (Akteure.csv, Actors.csv, …); it was ignored.`,
          `"${file.name}" ist nicht nach einer Liste benannt (Akteure.csv, Actors.csv, …); übergangen.`,
          { sheet: file.name },
        ),
      );
      continue;
    }
    read.set(sheet.key, readSheet(file, sheet, problems));
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
            'csv.unknown-goal',
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
            'csv.unknown-indicator',
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
  return { format: 'csv', source, records, problems, owns };
}
