export { KoopRoleMatrix } from './role-matrix.element.js';
export {
  computeConflicts,
  spanOf,
  type AppliedRule,
  type ConflictAnalysis,
  type DataProblem,
  type RoleConflict,
  type Span,
} from './conflicts.js';
export { DEFAULT_CONFLICT_RULES, ROLE_TYPES, type DefaultConflictRule } from './default-rules.js';
export { roleMatrix, cellKey, type MatrixRow, type RoleMatrix } from './matrix.js';
export { roleHistory, type HistoryItem } from './history.js';
export { KoopConflictSelectEvent, type KoopConflictSelectDetail } from './events.js';
export { roleMatrixStrings, type RoleMatrixStrings, type SortKey } from './strings.js';
