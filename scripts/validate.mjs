// The data check on the command line: node scripts/validate.mjs doc.json [more.json …] [--lang en]
// The same check as the snippet builder and the widgets: prints every problem, in one pass, with
// its place in words and its JSON path; exits 1 when a document has errors (do not publish it).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'de';
const files = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--lang');

const bundle = await build({
  entryPoints: [new URL('../packages/schema/src/index.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const { validateDocument } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

let failed = false;
for (const file of files) {
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`${file}: ${error.message}`);
    failed = true;
    continue;
  }
  const { valid, document, problems } = validateDocument(json);
  const verdict = valid ? 'OK' : document ? 'ERRORS, do not publish' : 'INVALID, cannot be shown';
  console.log(`${file}: ${verdict}${problems.length ? ` (${problems.length} problems)` : ''}`);
  const words = lang === 'en' ? 'en' : 'de';
  for (const p of problems)
    console.log(
      `  ${p.severity.padEnd(7)} ${p.location[words]} (${p.path || '(document)'}): ${p.message[words]}`,
    );
  if (!valid) failed = true;
}
// exitCode, not exit(): output to a pipe is written asynchronously and exit() would cut it off.
process.exitCode = failed ? 1 : 0;
