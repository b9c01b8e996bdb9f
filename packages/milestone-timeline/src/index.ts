export { KoopMilestoneTimeline } from './milestone-timeline.element.js';
export { KoopMilestoneSelectEvent, type KoopMilestoneSelectDetail } from './events.js';
export {
  timelineIndex,
  delayBetween,
  type TimelineIndex,
  type TimelineMilestone,
  type PlacedPhase,
  type FundingCliff,
  type Undated as TimelineUndated,
  type DelayUnit,
} from './timeline-index.js';
export type { Zoom as TimelineZoom, GroupBy as TimelineGroupBy } from './layout.js';
export { timelineStrings, type TimelineStrings } from './strings.js';
