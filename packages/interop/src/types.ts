import type { Cooperation, KoopDocument } from '@koop/schema';

/** The lists of a document that an import can fill and a merge matches record by record. */
export type ListName =
  | 'actors'
  | 'relations'
  | 'roles'
  | 'assignments'
  | 'conflicts'
  | 'goals'
  | 'phases'
  | 'milestones'
  | 'entries';

/** Where in the source a record or a problem comes from, so a person can find it there. */
export interface SourcePosition {
  /** Worksheet name (xlsx) or file name (csv). */
  sheet?: string;
  /** 1-based row in a sheet or CSV file. */
  row?: number;
  /** Column as the source names it: "C" in a workbook, the header text in a CSV. */
  column?: string;
  /** 1-based line in a text source (iCalendar, XML, JSON). */
  line?: number;
  /** The object's URL (OParl) or the entry's id/UID (feeds, calendars). */
  url?: string;
}

export interface ImportProblem {
  /** `error`: the source cannot be imported as it is, nothing is applied. `warning`: imported, but look. */
  severity: 'error' | 'warning';
  /** A stable code, e.g. `xlsx.unknown-enum`, `oparl.http`, `ical.no-dtstart`. */
  code: string;
  /** A plain-language explanation in English; `messageDe` in German. */
  message: string;
  messageDe: string;
  position?: SourcePosition;
}

/** The records one source yields, before they are merged into a document. */
export interface ImportedRecords extends Partial<Pick<KoopDocument, ListName>> {
  /** Fields of the cooperation itself, where the source has them (e.g. a workbook's "Kooperation" sheet). */
  cooperation?: Partial<Cooperation>;
  /**
   * The document's other fields (`schemaVersion`, `lang`, `publisher`, …), where the source
   * carries them (a Koop JSON Feed's `_koop`). Used when the import makes a new document.
   */
  document?: Partial<Omit<KoopDocument, ListName | 'cooperation'>>;
}

export interface ImportResult {
  /** Which importer produced this, e.g. `oparl`; also the `identifiers` scheme it writes. */
  format: ImportFormat;
  /** The file name or URL the person named. */
  source: string;
  records: ImportedRecords;
  problems: ImportProblem[];
  /**
   * Per list, the fields this source speaks for (dotted for a nested one: `how.location`): in a
   * record the document already has, they are set as the source has them, or removed when it
   * has them no longer; every other field is then only written when the record is added (the
   * type a person corrected stays). Without it, every field the source has overwrites and none
   * is removed (a lossless source such as a Koop JSON Feed). A nested list with `[]`
   * (`indicators[]`) is merged item by item, so the items a person added stay.
   */
  owns?: Partial<Record<ListName, string[]>>;
  /**
   * Whether the source would still have this record of the document if it existed there (e.g.
   * a calendar's entry dated within the expanded window). Only such records count as removed.
   */
  covers?: (list: ListName, record: unknown) => boolean;
}

export type ImportFormat =
  'xlsx' | 'csv' | 'oparl' | 'ical' | 'atom' | 'jsonfeed' | 'opensdg' | 'graphml' | 'gexf';

/** Called while a long import runs, for a progress display. `total` is undefined while unknown. */
export type ImportProgress = (done: number, total?: number) => void;
