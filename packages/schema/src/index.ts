export * from './types.js';
export { validateDocument, SCHEMA_VERSION, type Problem, type ValidationResult } from './validate.js';
export { formatPath, describeProblem, type Bilingual } from './messages.js';
export { safeUrl } from './url.js';
export {
  parseCalendarDate,
  dateRange,
  dateStart,
  instant,
  type CalendarDate,
  type DatePrecision,
} from './dates.js';
export { koopSchema } from './schema.generated.js';
export {
  walkSchema,
  type JsonSchema,
  type PathSegment,
  type SchemaWalk,
  type SchemaFinding,
} from './json-schema.js';
