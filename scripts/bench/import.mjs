// The node-side cases of `npm run bench`: imports as the command line runs them (read the
// source, merge into a new document, check it), timed in node, not in the browser. Run alone
// with `node scripts/bench/import.mjs`. Other importers add their cases to `importCases`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { loadSource } from '../load-source.mjs';
import { scaleDocument } from './scale.js';

const root = new URL('../..', import.meta.url).pathname;
const interop = await loadSource(
  `export * from './packages/interop/src/index.ts';
   export { validateDocument } from './packages/schema/src/index.ts';`,
);

/** An import as `npm run import` does it: the importer, the merge into a new document, the check. */
async function importOnce(format, input) {
  const result = await interop.importerFor(format).run({ ...input, options: {}, now: new Date() });
  const { document } = interop.mergeRecords(
    interop.newDocument(result.records, input.source),
    result.records,
    {
      scheme: format,
      owns: result.owns,
    },
  );
  const errors = [...result.problems, ...interop.validateDocument(document).problems].filter(
    (p) => p.severity === 'error',
  );
  if (errors.length) throw new Error(`${format}: ${errors.length} errors, e.g. ${JSON.stringify(errors[0])}`);
}

const rowsOf = (document) =>
  interop.exportCsv(document).reduce((n, f) => n + interop.parseCsv(f.text).rows.length - 1, 0);

/** `prepare` makes the source once (not timed); `widget` and `document` label the row. */
export const importCases = [
  {
    widget: 'import xlsx',
    document: '5,000-row workbook',
    runs: 5,
    budget: 3000,
    async prepare() {
      const demo = JSON.parse(readFileSync(`${root}demo/data/equal-strategien.json`, 'utf8'));
      let factor = 1;
      while (rowsOf(scaleDocument(demo, factor)) < 5000) factor++;
      const document = scaleDocument(demo, factor);
      const bytes = await interop.exportWorkbook(document);
      return {
        label: `${rowsOf(document)} rows, ${(bytes.length / 1024).toFixed(0)} KB`,
        input: { source: 'bench.xlsx', bytes },
      };
    },
    format: 'xlsx',
  },
];

/** Runs the cases (after one untimed run, which also loads a library such as ExcelJS). */
export async function runImportCases(only) {
  const results = [];
  for (const benchCase of importCases.filter((c) => !only || only.includes(c.widget))) {
    const { label, input } = await benchCase.prepare();
    const first = performance.now();
    await importOnce(benchCase.format, input);
    const cold = performance.now() - first;
    const times = [];
    const cpu = [];
    for (let i = 0; i < benchCase.runs; i++) {
      const start = performance.now();
      const used = process.cpuUsage();
      await importOnce(benchCase.format, input);
      times.push(performance.now() - start);
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    results.push({
      widget: benchCase.widget,
      document: `${benchCase.document} (${label}; first run ${cold.toFixed(0)} ms; CPU median ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} ms)`,
      runs: benchCase.runs,
      budget: benchCase.budget,
      median: times[Math.floor(times.length / 2)],
      min: times[0],
      max: times.at(-1),
    });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const r of await runImportCases())
    console.log(
      `${r.widget}, ${r.document}: median ${r.median.toFixed(0)} ms (${r.min.toFixed(0)}–${r.max.toFixed(0)}, ${r.runs} runs; budget ${r.budget} ms: ${r.median <= r.budget ? 'ok' : 'OVER'})`,
    );
