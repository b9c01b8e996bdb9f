export { KoopGoalTracker } from './goal-tracker.element.js';
export { indicatorProgress, type IndicatorProgress, type Forecast, type TrendPoint } from '@koop/schema';
export { goalTrackerStrings, type GoalTrackerStrings } from './strings.js';
