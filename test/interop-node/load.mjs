// @koop/interop (with @koop/schema's data check and the feed's JSON Feed export) from their
// TypeScript sources, for node's test runner: the package is DOM-free.
import { execFile } from 'node:child_process';
import process from 'node:process';
import { loadSource } from '../../scripts/load-source.mjs';

export const root = new URL('../..', import.meta.url).pathname;

export const interop = await loadSource(
  `export * from './packages/interop/src/index.ts';
   export { validateDocument } from './packages/schema/src/index.ts';
   export { toJsonFeed } from './packages/transparency-feed/src/exports.ts';`,
);

const runScript = (script) => (args) =>
  new Promise((resolve) =>
    execFile(
      process.execPath,
      [`${root}scripts/${script}`, ...args],
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    ),
  );

/** `npm run import -- …` as a nightly job runs it: the real script, its exit code and output. */
export const runImportScript = runScript('import.mjs');
/** `npm run export -- …`, likewise. */
export const runExportScript = runScript('export.mjs');
