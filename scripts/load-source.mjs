// Loads a module of the packages from its TypeScript sources under node, bundled by esbuild
// (the packages export their sources under the `koop-source` condition). For the command-line
// scripts and the node tests; `contents` is a module's text, resolved from the repository root.
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

export async function loadSource(contents) {
  const bundle = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['koop-source'],
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
