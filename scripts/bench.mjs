// npm run bench: opens headless Chromium on the built kit (dist/) and prints, per widget and
// document, the median time from inserting the element with a ready document to its first
// complete render. A benchmark, not a test: budgets are reported, and exceeded ones marked.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { cases, documents } from './bench/cases.js';
import { rawCases, rawTable } from './bench/raw.js';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/koop.js'))) {
  console.error('dist/koop.js is missing: run npm run build first.');
  process.exit(1);
}
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(root, path === '/' ? 'scripts/bench/page.html' : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  headless: true,
});
const results = [];
const rawResults = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/`);
  // BENCH_ONLY=koop-partner-map,timelinejs runs just those widgets' cases.
  const only = process.env.BENCH_ONLY?.split(',');
  // --raw: only the raw-data cases (bench/raw.js), which otherwise run after these.
  const raw = process.argv.includes('--raw');
  for (const benchCase of cases.filter((c) => !raw && (!only || only.includes(c.widget)))) {
    const result = await page.evaluate(
      async (c, docs) => (await import('/scripts/bench/measure.js')).runCase(c, docs),
      benchCase,
      documents,
    );
    results.push({ ...benchCase, ...result });
    process.stderr.write('.');
  }
  for (const rawCase of rawCases.filter((c) => !only || only.includes(c.widget))) {
    const result = await page.evaluate(
      async (c) => (await import('/scripts/bench/raw.js')).runRawCase(c),
      rawCase,
    );
    rawResults.push({ ...rawCase, ...result });
    process.stderr.write('.');
  }
} finally {
  await browser.close();
  server.close();
}
process.stderr.write('\n');
// The node-side cases (imports as the command line runs them), after the browser's.
const { runImportCases } = await import('./bench/import.mjs');
results.push(...(await runImportCases(process.env.BENCH_ONLY?.split(','))));

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const medianOf = (widget, document) =>
  results.find((r) => r.widget === widget && r.document === document && !r.interaction)?.median;
const rows = results.map((r) => [
  r.interaction ? `${r.widget} (${r.interaction})` : r.widget,
  r.document,
  String(r.runs),
  fmt(r.median),
  `${fmt(r.min)} – ${fmt(r.max)}`,
  r.longestTask ? fmt(r.longestTask) : '–',
  r.budget ? `≤ ${r.budget} ms` : '',
  r.budget ? (r.median <= r.budget ? 'ok' : 'OVER') : '',
]);
const header = ['widget', 'document', 'runs', 'median', 'range', 'longest task', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
console.log(
  'Headless Chromium. Widgets: insert with a loaded, validated document → updateComplete → next animation frame.',
);
console.log(
  'validate: the one-time check of a freshly parsed document (once per load, shared by all widgets).',
);
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const text of rawTable(rawResults)) console.log(text);

// The comparisons the timeline and partner-map issues ask for (goal: at most 0.25 and 0.5).
for (const [ours, theirs, document, goal] of [
  ['koop-milestone-timeline', 'timelinejs', '1,000 milestones, 20 phases', 0.25],
  ['koop-partner-map', 'vis-network', '500 actors, 1,500 relations', 0.5],
]) {
  const a = medianOf(ours, document);
  const b = medianOf(theirs, document);
  if (a && b) console.log(`${ours} / ${theirs} on ${document}: ${(a / b).toFixed(3)} (goal ≤ ${goal})`);
}

// Opt-in (heavy): npm run bench -- --lighthouse [--lighthouse-runs=N]; BENCH_ONLY=lighthouse skips the rest.
if (process.argv.includes('--lighthouse')) {
  const runs = Number(process.argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 5);
  await (await import('./bench/lighthouse.mjs')).runLighthouse({ runs });
}
