// npm run size: gzipped size of dist/koop.js and of each element module together with every
// chunk it imports statically (so "including Lit"), against the budgets in elements.mjs.
// Modules loaded on demand (dynamic import) are listed apart. Exits 1 over budget.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle, elements, extras } from './elements.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
// Minified output quotes module names with ", ' or `.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function closure(entry) {
  const files = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT))
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT))
      if (spec.startsWith('.')) lazy.add(join(dirname(file), spec));
  };
  visit(entry);
  for (const file of files) lazy.delete(file);
  return { files: [...files], lazy: [...lazy] };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
let over = false;
for (const item of [bundle, ...elements, ...(extras ?? [])]) {
  const entry = join(dist, `${item.name}.js`);
  if (!existsSync(entry)) {
    console.error(`Missing ${relative(process.cwd(), entry)}: run npm run build first.`);
    process.exit(1);
  }
  const { files, lazy } = closure(entry);
  const total = files.reduce((sum, file) => sum + gz(file), 0);
  const lazyTotal = lazy.reduce((sum, file) => sum + gz(file), 0);
  const ok = total <= item.budget;
  over ||= !ok;
  rows.push([
    `${item.name}.js`,
    kb(gz(entry)),
    kb(total),
    lazy.length ? kb(lazyTotal) : '–',
    kb(item.budget),
    ok ? 'ok' : 'OVER',
  ]);
}

const header = ['module', 'own gzip', 'with imports', 'on demand', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
if (over) {
  console.error('\nOver budget.');
  process.exit(1);
}
