// npm run build: dist/koop.js (every element, Lit bundled, for one paste-in script tag) and one
// module per element (dist/koop-<name>.js) sharing their common code in dist/chunks/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { bundle, elements } from './elements.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['scripts/gen-schema.mjs', '--check'], { cwd: root, stdio: 'inherit' });

rmSync(`${root}dist`, { recursive: true, force: true });

const common = {
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [minifyTemplates()],
  define: { 'process.env.NODE_ENV': '"production"' },
};

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: bundle.source, formats: ['es'], fileName: () => `${bundle.name}.js` },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: Object.fromEntries(elements.map((e) => [e.name, e.source])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
  },
});
console.log('Built dist/koop.js and', elements.map((e) => `dist/${e.name}.js`).join(', '));
