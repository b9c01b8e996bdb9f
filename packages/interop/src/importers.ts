/**
 * The one list of importers. The command line (`cli.ts`) and the editor's "Importieren…" dialog
 * both read it, so a format added here is offered in both. An importer turns what the person
 * named (a file's text or bytes, several files, or a URL of an API it then follows) into records;
 * merging them into a document is `merge.ts`'s job, the same for every format.
 */
import { importJsonFeed, JSONFEED_SCHEME } from './jsonfeed.js';
import { importICalendar, ICAL_SCHEME } from './ical.js';
import { importCsv } from './csv.js';
import { importWorkbook } from './xlsx.js';
import type { ImportFormat, ImportProgress, ImportResult } from './types.js';

/** What an importer is given. Which of `text`, `bytes`, `files` is set follows `Importer.reads`. */
export interface ImportInput {
  /** The file name or URL the person named; also where problems point to. */
  source: string;
  /** The content of a text source, decoded as UTF-8 (`reads: 'text'`). */
  text?: string;
  /** The content of a binary source, e.g. a workbook (`reads: 'bytes'`). */
  bytes?: Uint8Array;
  /** Several files of one source, e.g. one CSV file per list (`reads: 'text'` with `multiple`). */
  files?: { name: string; text: string }[];
  /**
   * GET of a URL, for an importer that follows links (`reads: 'url'`, e.g. OParl's paginated
   * lists). Refuses any host but the one of `source`, so an import never reaches elsewhere.
   */
  fetch?: (url: string) => Promise<string>;
  /** The options the person set, by name (see `Importer.options`). */
  options: Record<string, string>;
  /** The current time (the calendar window; the OParl `modified_since` of a first run). */
  now: Date;
  /** Reports progress of a long import. */
  progress?: ImportProgress;
  /** Ends a long import early; the importer then rejects and nothing is applied. */
  signal?: AbortSignal;
}

/** An option of an importer, for the command line (`--name value`) and the editor's dialog. */
export interface ImportOption {
  name: string;
  label: { de: string; en: string };
  kind: 'date' | 'text';
}

export interface Importer {
  format: ImportFormat;
  /** The `identifiers` scheme its records carry, by which a second run finds them again. */
  scheme: string;
  label: { de: string; en: string };
  /** `text`/`bytes`: the content of a file or URL; `url`: the URL itself, the importer fetches. */
  reads: 'text' | 'bytes' | 'url';
  /** Whether a folder or several files form one source (CSV: one file per list). */
  multiple?: boolean;
  /** File name endings offered in a file picker, with the dot. */
  extensions: string[];
  options?: ImportOption[];
  run(input: ImportInput): ImportResult | Promise<ImportResult>;
}

const WINDOW_OPTIONS: ImportOption[] = [
  { name: 'from', label: { de: 'Termine ab', en: 'Events from' }, kind: 'date' },
  { name: 'to', label: { de: 'Termine bis', en: 'Events until' }, kind: 'date' },
];

/** The formats `npm run import` and the editor's dialog offer, by name. */
export const IMPORTERS: Partial<Record<ImportFormat, Importer>> = {
  xlsx: {
    format: 'xlsx',
    scheme: 'xlsx',
    label: { de: 'Arbeitsmappe (Excel, LibreOffice)', en: 'Workbook (Excel, LibreOffice)' },
    reads: 'bytes',
    extensions: ['.xlsx'],
    run: ({ bytes, source }) => importWorkbook(bytes ?? new Uint8Array(), source),
  },
  jsonfeed: {
    format: 'jsonfeed',
    scheme: JSONFEED_SCHEME,
    label: { de: 'JSON Feed', en: 'JSON Feed' },
    reads: 'text',
    extensions: ['.json'],
    run: ({ text = '', source }) => importJsonFeed(text, source),
  },
  ical: {
    format: 'ical',
    scheme: ICAL_SCHEME,
    label: { de: 'Kalender (iCalendar)', en: 'Calendar (iCalendar)' },
    reads: 'text',
    extensions: ['.ics', '.ical'],
    options: WINDOW_OPTIONS,
    run: ({ text = '', source, options, now }) =>
      importICalendar(text, source, { now, from: options.from, to: options.to }),
  },
  csv: {
    format: 'csv',
    scheme: 'csv',
    label: { de: 'CSV-Tabellen', en: 'CSV tables' },
    reads: 'text',
    multiple: true,
    extensions: ['.csv'],
    run: ({ text = '', files, source }) =>
      importCsv(files ?? [{ name: source.replace(/^.*[\\/]/, ''), text }], source),
  },
};

/** The importer of a format name, or undefined for a name no importer has. */
export function importerFor(format: string): Importer | undefined {
  return Object.hasOwn(IMPORTERS, format) ? IMPORTERS[format as ImportFormat] : undefined;
}
