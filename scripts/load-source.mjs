// Loads a module of the packages from its TypeScript sources under node, bundled by esbuild
// (the packages export their sources under the `koop-source` condition). For the command-line
// scripts and the node tests; `contents` is a module's text, resolved from the repository root.
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

// Libraries the sources load on demand (`import('exceljs')`) stay outside the bundle, imported by
// file URL when used: a module from a data: URL cannot resolve a package name.
const ON_DEMAND = /^exceljs$/;
const onDemand = {
  name: 'on-demand',
  setup(build) {
    const require = createRequire(`${root}packages/interop/`);
    build.onResolve({ filter: ON_DEMAND }, (args) => ({
      path: pathToFileURL(require.resolve(args.path)).href,
      external: true,
    }));
  },
};

export async function loadSource(contents) {
  const bundle = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['koop-source'],
    write: false,
    logLevel: 'error',
    plugins: [onDemand],
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
