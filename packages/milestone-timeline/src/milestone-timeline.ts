import { KoopMilestoneTimeline } from './milestone-timeline.element.js';

KoopMilestoneTimeline.define('koop-milestone-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'koop-milestone-timeline': KoopMilestoneTimeline;
  }
}
