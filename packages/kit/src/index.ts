export * from '@koop/schema';
export * from '@koop/core';
export * from '@koop/goal-tracker';
