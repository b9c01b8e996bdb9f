export * from './types.js';
export { checkDocument, SCHEMA_VERSION, type Finding, type CheckResult } from './check.js';
export { validateDocument, type ValidationResult } from './validate.js';
export { explainFindings, type Problem } from './explain.js';
export { describeProblem, type Bilingual } from './messages.js';
export { formatPath, parsePath } from './path.js';
export { describeLocation } from './location.js';
export { ENUM_LABELS, enumLabels } from './labels.js';
export {
  ROLE_TYPES,
  documentDay,
  heldRoles,
  merge,
  namedConflicts,
  overlap,
  roleFindings,
  roleProblems,
  rolesDay,
  ruleTermProblems,
  spanOf,
  within,
  type HeldRoles,
  type NamedConflict,
  type RoleProblem,
  type Span,
} from './roles.js';
export { safeUrl, urlProblem, type UrlProblem } from './url.js';
export { relationDirection } from './relations.js';
export { parseCalendarDate, dateRange, dateStart, type CalendarDate, type DatePrecision } from './dates.js';
export {
  instant,
  localDate,
  hasOffset,
  isTimeZone,
  zoneOffset,
  documentTimeZone,
  DEFAULT_TIME_ZONE,
} from './times.js';
export { koopSchema } from './schema.generated.js';
export {
  walkSchema,
  type JsonSchema,
  type PathSegment,
  type SchemaWalk,
  type SchemaFinding,
} from './json-schema.js';
export {
  SECTOR_ORDER,
  RELATION_TYPE_ORDER,
  ENTRY_TYPE_ORDER,
  GOAL_STATUS_ORDER,
  MILESTONE_STATUS_ORDER,
  ENTRY_STATUS_ORDER,
  CONFLICT_STATUS_ORDER,
  LABELS_DE,
  LABELS_EN,
  type VocabularyLabels,
} from './vocabulary.js';
export { escapeXml } from './xml-text.js';
export {
  indicatorProgress,
  indicatorTargets,
  decimalsOf,
  type IndicatorProgress,
  type IndicatorTarget,
  type Forecast,
  type TrendPoint,
} from './progress.js';
export { fundingCliffs, type FundingEnd } from './funding.js';
