import { defineConfig } from 'vite';

// `npm start` serves the demo page (demo/index.html) with the kit from source.
// The library builds (dist/) live in scripts/build.mjs.

export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
