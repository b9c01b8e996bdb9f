// npm run review -- doc.json proposal.json … [--accept all|ids] [--out doc.json] [--entry] [--lang en]
// Reviews change proposals on the command line (see docs/change-proposals.md): the same checks
// and words as the editor's "Vorschläge prüfen", bundled from the editor's sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bundle = await build({
  entryPoints: [new URL('../packages/editor/src/proposals/cli.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  conditions: ['koop-source'],
  write: false,
  logLevel: 'error',
});
const { runReview } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
process.exitCode = await runReview(process.argv.slice(2), {
  read: (file) => readFileSync(file, 'utf8'),
  write: (file, text) => writeFileSync(file, text),
  out: (line) => console.log(line),
});
