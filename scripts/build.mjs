// npm run build: dist/koop.js (every element, Lit bundled, for one paste-in script tag; its
// on-demand parts in dist/koop/) and one module per element (dist/koop-<name>.js) sharing their
// common code in dist/chunks/.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { build, defaultClientConditions } from 'vite';
import { bundle, elements, extras } from './elements.mjs';
import { koopCss } from './koop-css.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['scripts/gen-schema.mjs', '--check'], { cwd: root, stdio: 'inherit' });

rmSync(`${root}dist`, { recursive: true, force: true });

/** One library build into dist/: `entry` maps output names to sources. */
function buildLibrary(entry, output, input = {}) {
  return build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplates()],
    // Bundled from the packages' TypeScript sources, not from their npm builds.
    resolve: { conditions: ['koop-source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      // Lib mode keeps whitespace unless the output is minified explicitly.
      rolldownOptions: { ...input, output: { minify: true, ...output } },
    },
  });
}

// The paste-in bundle: everything a page shows first in one file; what only some readers need
// (English texts, exports, other views) on demand from dist/koop/ next to it. The entry may
// export more than the kit's API, so the code those chunks share with it stays in it.
await buildLibrary(
  { [bundle.name]: bundle.source },
  { chunkFileNames: 'koop/[name]-[hash].js' },
  { preserveEntrySignatures: 'allow-extension' },
);
// The element modules: shared code and on-demand chunks in dist/chunks/.
const together = [...elements, ...extras].filter((e) => !e.separate);
// What four or more of them load before they run is one chunk (with Lit): one file, compressed as
// one, instead of a dozen small ones; the widget that does not use a part of it pays little.
await buildLibrary(Object.fromEntries(together.map((e) => [e.name, e.source])), {
  chunkFileNames: 'chunks/[name]-[hash].js',
  codeSplitting: { groups: [{ name: 'base', tags: ['$initial'], minShareCount: 4 }] },
});
// Modules with chunks of their own (dist/<separate>/), sharing none with the element modules.
for (const module of extras.filter((e) => e.separate))
  await buildLibrary(
    { [module.name]: module.source },
    { chunkFileNames: `${module.separate}/[name]-[hash].js` },
  );
writeFileSync(`${root}dist/koop.css`, koopCss());
console.log(
  'Built dist/koop.js, dist/koop.css and',
  [...elements, ...extras].map((e) => `dist/${e.name}.js`).join(', '),
);
