/**
 * The CSV side of the spreadsheet round trip: a document as one CSV per list (Akteure,
 * Beziehungen, …, Chronik, and a "Kooperation" file for the document's own fields), with German
 * or English headers, and such files read back into records. The columns are `tables.ts`'s, the
 * same as the workbook's sheets.
 *
 * The parser is RFC 4180 (quoted fields with line breaks and doubled quotes) with the delimiter
 * sniffed from the header line (semicolon, as German Excel writes, comma or tab) and a BOM dropped.
 */
import type { KoopDocument } from '@koop/schema';
import { readTables, writeTables } from './tables.js';
import { stripBom } from './text.js';
import type { ImportResult } from './types.js';

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

/** One CSV file per list the document has (and "Kooperation"); never throws. */
export function exportCsv(document: KoopDocument, options: CsvExportOptions = {}): CsvFile[] {
  const lang = options.lang ?? 'de';
  const sep = options.delimiter ?? (lang === 'de' ? ';' : ',');
  const bom = (options.bom ?? true) ? '\ufeff' : '';
  return writeTables(document, { lang }).map((table) => {
    const lines = [
      table.columns.map((column) => quoteField(column.title, sep)).join(sep),
      ...table.rows.map((row) => row.map((v) => quoteField(escapeFormula(v), sep)).join(sep)),
    ];
    return { name: `${table.name}.csv`, text: `${bom}${lines.join('\r\n')}\r\n` };
  });
}

/**
 * Reads the CSV files of an export (any subset; file names in German or English) back into
 * records. Never throws: what cannot be read is a problem with file, row and column.
 */
export function importCsv(files: CsvFile[], source: string): ImportResult {
  return readTables(
    files.map((file) => ({
      name: file.name,
      rows: parseCsv(file.text).rows.map((row) => row.map(unescapeFormula)),
    })),
    source,
    { format: 'csv', columnName: (_, header) => header },
  );
}
