// Bundles one browser module in memory for the test server; `options` name the entry (and
// anything else esbuild should do differently).
import { build } from 'esbuild';

export async function bundle(options) {
  const result = await build({ bundle: true, format: 'esm', target: 'es2022', write: false, ...options });
  return result.outputFiles[0].text;
}
