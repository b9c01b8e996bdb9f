// Registers every element of the kit. <koop-data> first, so it is ready before the widgets ask.
import '@koop/core/koop-data.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import '@koop/transparency-feed/koop-transparency-feed.js';
import '@koop/milestone-timeline/koop-milestone-timeline.js';
import '@koop/role-matrix/koop-role-matrix.js';
import '@koop/partner-map/koop-partner-map.js';
import '@koop/cooperation-summary/koop-cooperation-summary.js';
import '@koop/actor-directory/koop-actor-directory.js';

export * from './index.js';
