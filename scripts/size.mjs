// npm run size: gzipped sizes against the page budgets (issue 20), counting a module together
// with every chunk it imports statically (so "including Lit"); modules loaded on demand
// (dynamic import) are listed apart and count against nothing.
//   - first widget on a page: the widget's module and its static imports;
//   - increment: what a widget adds over the shared base (the chunks every widget imports), i.e.
//     what a second widget on the same page costs;
//   - koop.js, the autoloader and the editor: their own budgets from elements.mjs; <koop-data>,
//     which is never on a page without a widget, over the shared base.
// The widgets are those of packages/kit/src/registry.generated.ts (npm run manifest), each with
// its module from elements.mjs; a widget without budgets there gets the defaults. Exits 1 when
// a budget fails or a registered widget has no module. With --why, also prints where the bytes
// of koop.js go, by source file (esbuild's metafile of the same entry, minified).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle, elements, extras } from './elements.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist/');
const KB = 1024;
/** Budgets of a widget that names none in elements.mjs. */
export const DEFAULT_BUDGETS = { first: 24 * KB, increment: 9 * KB };

const gzCache = new Map();
const gz = (file) => {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzCache.get(file);
};
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
// Minified output quotes module names with ", ' or `.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** What `file` imports: statically (`static`) and with import() (`lazy`), as paths in dist/. */
const importsCache = new Map();
function importsOf(file) {
  if (!importsCache.has(file)) {
    const code = readFileSync(file, 'utf8');
    const paths = (pattern) =>
      [...code.matchAll(pattern)]
        .map(([, spec]) => spec)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => join(dirname(file), spec));
    importsCache.set(file, { static: paths(STATIC_IMPORT), lazy: paths(DYNAMIC_IMPORT) });
  }
  return importsCache.get(file);
}

/** The files a module loads before it runs (itself and its static imports), and those on demand. */
function closure(entry) {
  const files = new Set();
  const lazy = new Set();
  const visit = (file, into) => {
    if (files.has(file) || into.has(file)) return;
    into.add(file);
    for (const f of importsOf(file).static) visit(f, into);
    for (const f of importsOf(file).lazy) visit(f, lazy);
  };
  visit(entry, files);
  // A chunk loaded on demand that the module also imports statically is not on demand.
  for (const file of files) lazy.delete(file);
  return { files, lazy };
}

/** The widget tags of the registry, in its order. */
function registryWidgets() {
  const text = readFileSync(join(root, 'packages/kit/src/registry.generated.ts'), 'utf8');
  return [...text.matchAll(/tag: '([\w-]+)',\s*className: '\w+',\s*widget: (true|false)/g)]
    .filter(([, , widget]) => widget === 'true')
    .map(([, tag]) => tag);
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const problems = [];
const moduleOf = (item) => {
  const entry = join(dist, `${item.name}.js`);
  if (!existsSync(entry)) {
    console.error(`Missing ${relative(process.cwd(), entry)}: run npm run build first.`);
    process.exit(1);
  }
  return { entry, ...closure(entry) };
};

// The widgets: first on a page, and their increment over what they all share.
const widgets = [];
for (const tag of registryWidgets()) {
  const item = elements.find((e) => e.name === tag);
  if (!item) {
    problems.push(`${tag} is a registered widget without a module in scripts/elements.mjs`);
    continue;
  }
  widgets.push({ ...item, ...moduleOf(item), budgets: { ...DEFAULT_BUDGETS, ...item.budgets } });
}
const base = new Set(widgets[0]?.files);
for (const widget of widgets) for (const file of base) if (!widget.files.has(file)) base.delete(file);

const table = (header, rows) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
};
const verdict = (name, figure, budget) => {
  if (figure <= budget) return 'ok';
  problems.push(`${name}: ${kb(figure)} over its budget of ${kb(budget)}`);
  return 'OVER';
};

console.log(`Shared base (every widget imports it): ${kb(sum(base))} in ${base.size} files.\n`);
table(
  ['widget', 'first on a page', 'budget', '', 'increment', 'budget', '', 'on demand'],
  widgets.map((w) => {
    const first = sum(w.files);
    const increment = sum([...w.files].filter((f) => !base.has(f)));
    return [
      `${w.name}.js`,
      kb(first),
      `≤ ${kb(w.budgets.first)}`,
      verdict(`${w.name}.js first on a page`, first, w.budgets.first),
      kb(increment),
      `≤ ${kb(w.budgets.increment)}`,
      verdict(`${w.name}.js increment`, increment, w.budgets.increment),
      w.lazy.size ? kb(sum(w.lazy)) : '–',
    ];
  }),
);
console.log('');
const widgetNames = new Set(widgets.map((w) => w.name));
table(
  ['module', 'own gzip', 'with imports', 'over base', 'budget', '', 'on demand'],
  [bundle, ...elements.filter((e) => !widgetNames.has(e.name)), ...extras].map((item) => {
    const { entry, files, lazy } = moduleOf(item);
    const total = sum(files);
    const overBase = sum([...files].filter((f) => !base.has(f)));
    // A module that never comes without a widget (<koop-data>) is budgeted over the shared base.
    const [figure, budget] = item.budgets?.increment
      ? [overBase, item.budgets.increment]
      : [total, item.budget];
    return [
      `${item.name}.js`,
      kb(gz(entry)),
      kb(total),
      kb(overBase),
      `≤ ${kb(budget)}${item.budgets?.increment ? ' over base' : ''}`,
      verdict(`${item.name}.js`, figure, budget),
      lazy.size ? kb(sum(lazy)) : '–',
    ];
  }),
);

if (process.argv.includes('--why')) {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    entryPoints: [join(root, bundle.source)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/tmp/koop-size',
    metafile: true,
    conditions: ['koop-source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const inputs = Object.values(metafile.outputs).flatMap((o) => Object.entries(o.inputs));
  const byFile = new Map();
  for (const [file, { bytesInOutput }] of inputs) byFile.set(file, (byFile.get(file) ?? 0) + bytesInOutput);
  const byPackage = new Map();
  for (const [file, bytes] of byFile) {
    const key = file
      .match(/^(?:node_modules\/(@[^/]+\/[^/]+|[^/]+)|packages\/([^/]+))/)
      ?.slice(1)
      .find(Boolean);
    byPackage.set(key ?? file, (byPackage.get(key ?? file) ?? 0) + bytes);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, bytes]) => [name, kb(bytes)]);
  console.log('\nWhere the bytes of koop.js go (minified, before gzip; esbuild, all chunks inlined):');
  table(['package', 'minified'], top(byPackage, 20));
  console.log('');
  table(['source file', 'minified'], top(byFile, 40));
}

if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
