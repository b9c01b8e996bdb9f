// npm run export -- <format> <doc.json> [--out file] [--lang de|en]
// Exports a koop document: `xlsx` as a workbook (one sheet per list, drop-downs, notes), `csv` as
// one CSV file per list into the folder `--out` (default: the document's name without .json),
// `graphml` and `gexf` as the network of actors and relations for Gephi, yEd or Kumu.
// The same code as the editor's export, bundled from its sources.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSource } from './load-source.mjs';

const USAGE =
  'Usage: npm run export -- <xlsx|csv|graphml|gexf> <doc.json> [--out file-or-folder] [--lang de|en]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, lang: { type: 'string', default: 'de' } },
});
const [format, input] = positionals;
if (!['xlsx', 'csv', 'graphml', 'gexf'].includes(format) || !input || !['de', 'en'].includes(values.lang)) {
  console.error(USAGE);
  process.exit(1);
}
const { exportWorkbook, exportCsv, toGraphml, toGexf } = await loadSource(
  "export { exportWorkbook } from './packages/interop/src/xlsx.ts'; export { exportCsv } from './packages/interop/src/csv.ts'; export { toGraphml, toGexf } from './packages/interop/src/network.ts';",
);
let document;
try {
  document = JSON.parse(readFileSync(input, 'utf8'));
} catch (error) {
  console.error(`${input}: cannot be read: ${error.message}`);
  process.exit(1);
}
const base = input.replace(/\.json$/i, '');
if (format === 'xlsx') {
  const out = values.out ?? `${base}.xlsx`;
  writeFileSync(out, await exportWorkbook(document, { lang: values.lang }));
  console.error(`${out} written`);
} else if (format === 'graphml' || format === 'gexf') {
  const out = values.out ?? `${base}.${format}`;
  writeFileSync(out, format === 'gexf' ? toGexf(document) : toGraphml(document));
  console.error(`${out} written`);
} else {
  const out = values.out ?? base;
  mkdirSync(out, { recursive: true });
  const files = exportCsv(document, { lang: values.lang });
  for (const file of files) writeFileSync(join(out, file.name), file.text);
  console.error(`${files.length} CSV files written to ${out}`);
}
