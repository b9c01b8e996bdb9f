// Loads @koop/interop (and @koop/schema's data check) from their TypeScript sources for node's
// test runner, bundled by esbuild as scripts/review.mjs does: the package is DOM-free.
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;

async function load(source) {
  const bundle = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['koop-source'],
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

export const interop = await load(
  `export * from './packages/interop/src/index.ts';
   export { validateDocument } from './packages/schema/src/index.ts';
   export { toJsonFeed } from './packages/transparency-feed/src/exports.ts';`,
);
export { root };
