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
