// npm run review -- doc.json proposal.json … [--accept all|ids] [--out doc.json] [--entry] [--lang en]
// Reviews change proposals on the command line (see docs/change-proposals.md): the same checks
// and words as the editor's "Vorschläge prüfen", bundled from the editor's sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSource } from './load-source.mjs';

const { runReview } = await loadSource("export { runReview } from './packages/editor/src/proposals/cli.ts';");
process.exitCode = await runReview(process.argv.slice(2), {
  read: (file) => readFileSync(file, 'utf8'),
  write: (file, text) => writeFileSync(file, text),
  out: (line) => console.log(line),
});
