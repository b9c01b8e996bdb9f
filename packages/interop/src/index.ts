export type {
  ImportFormat,
  ImportProblem,
  ImportProgress,
  ImportResult,
  ImportedRecords,
  ListName,
  SourcePosition,
} from './types.js';
