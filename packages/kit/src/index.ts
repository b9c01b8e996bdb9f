export * from '@koop/schema';
export * from '@koop/core';
export * from '@koop/goal-tracker';
export * from '@koop/transparency-feed';
export * from '@koop/milestone-timeline';
export * from '@koop/role-matrix';
export * from '@koop/partner-map';
export * from '@koop/actor-directory';
