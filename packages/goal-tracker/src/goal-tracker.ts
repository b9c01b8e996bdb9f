import { KoopGoalTracker } from './goal-tracker.element.js';

KoopGoalTracker.define('koop-goal-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'koop-goal-tracker': KoopGoalTracker;
  }
}
