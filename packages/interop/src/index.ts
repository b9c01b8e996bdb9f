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
export { importOParl, OPARL_SCHEME, zonedTime, type OParlOptions } from './oparl.js';
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
export { importAtom, inferEntryType, ATOM_SCHEME } from './atom.js';
export { parseXml, type XmlElement, type XmlTree } from './xml.js';
export { importOpenSdg, OPENSDG_SCHEME, type OpenSdgOptions } from './opensdg.js';
export { importGexf, importGraphml, toGexf, toGraphml, type NetworkImportOptions } from './network.js';
export { runImport, describePosition, sameHostFetch, type CliIo } from './cli.js';
export { IMPORTERS, importerFor, type ImportInput, type ImportOption, type Importer } from './importers.js';
export { exportWorkbook, importWorkbook, columnLetter, type WorkbookExportOptions } from './xlsx.js';
