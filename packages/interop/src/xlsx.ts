/**
 * The workbook side of the spreadsheet round trip: a document as an `.xlsx` workbook with one
 * sheet per list (the columns of `tables.ts`, the same as the CSV files'), drop-down lists for
 * every value of a vocabulary and every reference, and a "Hinweise" sheet that explains each
 * column; and such a workbook, edited in Excel or LibreOffice, read back into records.
 *
 * ExcelJS is loaded on demand (`import('exceljs')`), so only the export or import pays for it.
 */
import type * as ExcelJs from 'exceljs';
import { ENUM_LABELS, type KoopDocument } from '@koop/schema';
import { REQUIRED, SHEETS, readTables, writeTables, type Column, type Sheet, type Table } from './tables.js';
import { problem } from './text.js';
import type { ImportResult } from './types.js';

export interface WorkbookExportOptions {
  /** Sheet names, headers and the notes in German (default) or English. */
  lang?: 'de' | 'en';
}

type Lang = 'de' | 'en';

const NOTES = { de: 'Hinweise', en: 'Notes' };
const LISTS = { de: 'Listen', en: 'Lists' };
/** The sheets the export adds for people; the import passes over them. */
const HELPER_SHEETS = new Set([...Object.values(NOTES), ...Object.values(LISTS)].map((n) => n.toLowerCase()));
const YES_NO = { de: ['ja', 'nein'], en: ['yes', 'no'] };
/** Rows below the data that the drop-downs cover, for records a person adds. */
const SPARE_ROWS = 1000;

async function loadExcelJs(): Promise<typeof ExcelJs> {
  // A CommonJS module: under node and a bundler its exports are the default (a bundler may offer
  // them by name too); its browser build, loaded as a plain module, sets `ExcelJS` instead.
  const module = (await import('exceljs')) as typeof ExcelJs & { default?: typeof ExcelJs };
  if (module.Workbook) return module;
  if (module.default?.Workbook) return module.default;
  const global = (globalThis as { ExcelJS?: typeof ExcelJs }).ExcelJS;
  if (global?.Workbook) return global;
  throw new Error('ExcelJS did not load');
}

/** The column letter of a 0-based index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The key of `ENUM_LABELS` for a column: its path below the list (`goals.indicators.measure`). */
function enumKey(sheet: Sheet, column: Column): string {
  const base = {
    cooperation: '',
    indicators: 'goals.indicators',
    observations: 'goals.indicators.observations',
  };
  const prefix = sheet.key in base ? base[sheet.key as keyof typeof base] : sheet.key;
  return prefix ? `${prefix}.${column.path}` : column.path;
}

function enumValues(sheet: Sheet, column: Column, lang: Lang): string[] | undefined {
  if (column.kind === 'b') return YES_NO[lang];
  const labels = ENUM_LABELS[enumKey(sheet, column)];
  return labels ? Object.keys(labels) : undefined;
}

const KIND_NOTES: Record<Column['kind'], { de: string; en: string }> = {
  s: { de: 'Text.', en: 'Text.' },
  d: {
    de: 'Datum als JJJJ-MM-TT (auch JJJJ, JJJJ-MM oder TT.MM.JJJJ; ein Zeitpunkt als JJJJ-MM-TTThh:mm).',
    en: 'Date as YYYY-MM-DD (also YYYY, YYYY-MM or DD.MM.YYYY; a time as YYYY-MM-DDThh:mm).',
  },
  t: {
    de: 'Text; in mehreren Sprachen eine Spalte je Sprache, z. B. „Name [de]“ und „Name [en]“.',
    en: 'Text; in several languages one column per language, e.g. "Name [de]" and "Name [en]".',
  },
  n: { de: 'Zahl (23,8 oder 23.8).', en: 'Number (23.8 or 23,8).' },
  v: {
    de: 'Wert: eine Zahl oder ein Text der Skala; leer, wo kein Wert vorliegt.',
    en: 'Value: a number or a text of the scale; empty where there is none.',
  },
  b: { de: 'ja oder nein.', en: 'yes or no.' },
  l: {
    de: 'Mehrere Werte, getrennt durch „; “ oder je Zeile einer.',
    en: 'Several values, separated by "; " or one a line.',
  },
  r: { de: 'Die ID eines Eintrags der Tabelle {to}.', en: 'The ID of a record of the sheet {to}.' },
  R: {
    de: 'IDs von Einträgen der Tabelle {to}, getrennt durch „; “ oder je Zeile eine.',
    en: 'IDs of records of the sheet {to}, separated by "; " or one a line.',
  },
  i: {
    de: 'Kennungen in anderen Systemen als Schema:Wert, je Zeile eine (z. B. oparl:https://…); der Import findet Einträge daran wieder.',
    en: 'Identifiers in other systems as scheme:value, one a line (e.g. oparl:https://…); the import finds records again by them.',
  },
  j: { de: 'JSON, wie es das Koop-Format beschreibt.', en: 'JSON, as the Koop format describes it.' },
};

function sheetTitle(key: string, lang: Lang): string {
  const sheet = SHEETS.find((s) => s.key === key);
  return sheet ? sheet[lang] : key;
}

/** One line of the notes for a column: what it holds, whether it is required, the values it takes. */
function columnNote(sheet: Sheet, column: Column, lang: Lang): string {
  const parts = [KIND_NOTES[column.kind][lang].replace('{to}', sheetTitle(column.to ?? '', lang))];
  if (column.path === 'id')
    parts.unshift(
      lang === 'de'
        ? 'Die Kennung des Eintrags, auf die andere Tabellen verweisen.'
        : 'The record’s ID, which other sheets refer to.',
    );
  if (REQUIRED[sheet.key]?.includes(column.path)) parts.push(lang === 'de' ? 'Pflichtfeld.' : 'Required.');
  const labels = column.kind === 'b' ? undefined : ENUM_LABELS[enumKey(sheet, column)];
  if (labels)
    parts.push(
      (lang === 'de' ? 'Werte: ' : 'Values: ') +
        Object.entries(labels)
          .map(([code, label]) => (label[lang] === code ? code : `${code} (${label[lang]})`))
          .join(', '),
    );
  return parts.join(' ');
}

function addNotes(workbook: ExcelJs.Workbook, tables: Table[], lang: Lang): void {
  const notes = workbook.addWorksheet(NOTES[lang]);
  const de = lang === 'de';
  notes.columns = [
    { header: de ? 'Tabelle' : 'Sheet', width: 18 },
    { header: de ? 'Spalte' : 'Column', width: 28 },
    { header: de ? 'Erklärung' : 'Explanation', width: 100 },
  ];
  notes.getRow(1).font = { bold: true };
  notes.views = [{ state: 'frozen', ySplit: 1 }];
  notes.addRow([
    '',
    '',
    de
      ? 'Eine Tabelle je Liste. Jede Zeile ist ein Eintrag; leere Zeilen werden übergangen. Spalten mit „(Name)“ zeigen nur den Namen zu einer ID und werden beim Import nicht gelesen. Auswahllisten (Dropdown) nennen die erlaubten Werte und IDs. Die Tabellen „Listen“ und „Hinweise“ liest der Import nicht.'
      : 'One sheet per list. Each row is a record; empty rows are passed over. Columns with "(name)" only show the name for an ID and are not read back. Drop-downs offer the allowed values and IDs. The import does not read the sheets "Lists" and "Notes".',
  ]);
  for (const table of tables)
    for (const cell of table.columns) {
      let note: string;
      if (cell.extra)
        note = de
          ? 'Felder ohne eigene Spalte, als JSON-Objekt; bleiben beim Import erhalten.'
          : 'Fields without a column of their own, as a JSON object; kept by the import.';
      else if (cell.names)
        note = de
          ? 'Nur zum Lesen: der Name zur ID links daneben.'
          : 'For reading only: the name of the ID to its left.';
      else note = columnNote(table.sheet, cell.column!, lang);
      notes.addRow([table.name, cell.title, note]);
    }
  notes.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

/** ExcelJS has range validations (one entry for `C2:C1000`) but does not declare them. */
type WithValidations = ExcelJs.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJs.DataValidation): void };
};

/** The quoted reference of a range on another sheet: `'Akteure'!$A$2:$A$1000`. */
const rangeOf = (sheet: string, column: string, from: number, to: number) =>
  `'${sheet.replace(/'/g, "''")}'!$${column}$${from}:$${column}$${to}`;

/**
 * The workbook of a document: the "Kooperation" sheet, one sheet per list it has, the notes and
 * a hidden sheet with the values of the drop-downs. Resolves to the bytes of an `.xlsx` file.
 */
export async function exportWorkbook(
  document: KoopDocument,
  options: WorkbookExportOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'de';
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Koop';
  // Numbers as numbers (a spreadsheet formats them itself); texts never as formulas.
  const tables = writeTables(document, { lang, decimalComma: false });
  /** The values of the drop-downs, by vocabulary: a column each of the hidden "Listen" sheet. */
  const lists = new Map<string, { values: string[]; range: string }>();
  const listRange = (key: string, values: string[]) => {
    if (!lists.has(key))
      lists.set(key, { values, range: rangeOf(LISTS[lang], columnLetter(lists.size), 2, values.length + 1) });
    return lists.get(key)!.range;
  };
  /** Where the IDs of a list are: the ID column of its sheet, with room for new records. */
  const idRanges = new Map<string, string>();
  for (const table of tables) {
    const id = table.columns.findIndex((cell) => cell.column?.path === 'id' && !cell.names);
    if (id >= 0)
      idRanges.set(
        table.sheet.key,
        rangeOf(table.name, columnLetter(id), 2, table.rows.length + 1 + SPARE_ROWS),
      );
  }

  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(table.columns.map((cell) => cell.title));
    header.font = { bold: true };
    const numeric = table.columns.map(
      (cell) => !!cell.column && ['n', 'v'].includes(cell.column.kind) && !cell.names,
    );
    for (const row of table.rows)
      sheet.addRow(
        row.map((text, i) => {
          if (text === '') return null;
          const n = numeric[i] ? Number(text) : NaN;
          return Number.isFinite(n) && String(n) === text ? n : text;
        }),
      );
    const last = table.rows.length + 1 + SPARE_ROWS;
    table.columns.forEach((cell, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(50, Math.max(10, cell.title.length + 2));
      // Typed input stays text ("2025-06" no date, "0049…" no number) where the format wants text.
      if (!numeric[i]) column.numFmt = '@';
      if (!cell.column || cell.names || cell.lang) return;
      const values = enumValues(table.sheet, cell.column, lang);
      const source = values
        ? listRange(enumKey(table.sheet, cell.column), values)
        : cell.column.to && idRanges.get(cell.column.to);
      if (!source) return;
      // A list of several values or IDs ("a1; a2") is no single choice: the drop-down only helps.
      const several = cell.column.kind === 'R' || cell.column.kind === 'l';
      const de = lang === 'de';
      (sheet as WithValidations).dataValidations.add(`${columnLetter(i)}2:${columnLetter(i)}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [source],
        showErrorMessage: !several,
        errorStyle: values ? 'stop' : 'warning',
        errorTitle: de ? 'Unbekannter Wert' : 'Unknown value',
        error: values
          ? de
            ? 'Bitte einen Wert aus der Liste wählen (siehe „Hinweise“).'
            : 'Please choose a value from the list (see "Notes").'
          : de
            ? 'Diese ID steht (noch) nicht in der Tabelle, auf die die Spalte verweist.'
            : 'This ID is not (yet) in the sheet the column refers to.',
      });
    });
  }
  addNotes(workbook, tables, lang);
  const listSheet = workbook.addWorksheet(LISTS[lang], { state: 'hidden' });
  [...lists].forEach(([key, { values }], i) =>
    [key, ...values].forEach((value, row) => (listSheet.getCell(row + 1, i + 1).value = value)),
  );
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
];

/** A cell's content as text, as the CSV files would have it; a date cell as an ISO date. */
function cellText(cell: ExcelJs.Cell, Excel: typeof ExcelJs): string {
  // A vertically merged cell repeats its first cell's value (a goal merged over its indicators);
  // across columns only the first cell holds it.
  if (cell.type === Excel.ValueType.Merge && cell.master.col !== cell.col) return '';
  return valueText(cell.value);
}

function valueText(value: ExcelJs.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // Excel's dates have no time zone: ExcelJS reads them as UTC, so the UTC fields are as typed.
    const iso = value.toISOString();
    if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
    return iso.endsWith(':00.000Z') ? iso.slice(0, 16) : iso.slice(0, 19);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result as ExcelJs.CellValue);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : valueText(value.text);
  return '';
}

/**
 * Reads a workbook (this export's, edited or re-saved by Excel or LibreOffice; sheet names in
 * German or English) back into records. Never throws: a file that is no workbook, or a cell that
 * cannot be read, is a problem with sheet, row and column letter.
 */
export async function importWorkbook(bytes: Uint8Array, source: string): Promise<ImportResult> {
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  try {
    // Only cells and merges are read: the drop-downs' ranges would be a million cells for a
    // whole column, and the layout is of no use here.
    await workbook.xlsx.load(
      bytes as unknown as ExcelJs.Buffer,
      {
        ignoreNodes: IGNORED_NODES,
      } as Partial<ExcelJs.XlsxReadOptions>,
    );
  } catch (error) {
    return {
      format: 'xlsx',
      source,
      records: {},
      problems: [
        problem(
          'error',
          'xlsx.unreadable',
          `Not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`,
          `Keine lesbare .xlsx-Arbeitsmappe (${error instanceof Error ? error.message : String(error)}).`,
        ),
      ],
    };
  }
  const tables = workbook.worksheets
    .filter((sheet) => !HELPER_SHEETS.has(sheet.name.trim().toLowerCase()))
    .map((sheet) => {
      const rows: string[][] = [];
      const rowNumbers: number[] = [];
      sheet.eachRow((row, number) => {
        const cells: string[] = [];
        for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c), Excel));
        rows.push(cells);
        rowNumbers.push(number);
      });
      return { name: sheet.name, rows, rowNumbers };
    });
  return readTables(tables, source, { format: 'xlsx', columnName: columnLetter });
}
