export { KoopCooperationSummary } from './cooperation-summary.element.js';
export {
  cooperationSummary,
  rhythmOf,
  type Rhythm,
  CONDITIONS,
  type Condition,
  type ConditionStatus,
  type CooperationSummary,
} from './summary.js';
export { summaryStrings, type SummaryStrings } from './strings.js';
