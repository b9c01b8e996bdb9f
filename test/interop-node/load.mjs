// @koop/interop (with @koop/schema's data check and the feed's JSON Feed export) from their
// TypeScript sources, for node's test runner: the package is DOM-free.
import { loadSource } from '../../scripts/load-source.mjs';

export const root = new URL('../..', import.meta.url).pathname;

export const interop = await loadSource(
  `export * from './packages/interop/src/index.ts';
   export { validateDocument } from './packages/schema/src/index.ts';
   export { toJsonFeed } from './packages/transparency-feed/src/exports.ts';`,
);
