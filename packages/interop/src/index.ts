export type {
  ImportFormat,
  ImportProblem,
  ImportProgress,
  ImportResult,
  ImportedRecords,
  ListName,
  SourcePosition,
} from './types.js';
export {
  LIST_NAMES,
  applyMerge,
  deepEqual,
  mergeRecords,
  planMerge,
  type ApplyResult,
  type Change,
  type ChangeKind,
  type ListSummary,
  type MergeOptions,
  type MergePlan,
} from './merge.js';
export { newDocument } from './merge.js';
export { importJsonFeed, JSONFEED_SCHEME } from './jsonfeed.js';
export { importICalendar, ICAL_SCHEME, type ICalendarOptions } from './ical.js';
export {
  exportCsv,
  importCsv,
  parseCsv,
  sniffDelimiter,
  type CsvExportOptions,
  type CsvFile,
} from './csv.js';
export { parseNumber } from './tables.js';
export { htmlToText } from './text.js';
export { runImport, describePosition, sameHostFetch, type CliIo } from './cli.js';
export { IMPORTERS, importerFor, type ImportInput, type ImportOption, type Importer } from './importers.js';
export { exportWorkbook, importWorkbook, columnLetter, type WorkbookExportOptions } from './xlsx.js';
