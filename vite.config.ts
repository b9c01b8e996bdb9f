import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

// `npm start` serves the demo page (demo/index.html) with the kit from source.
// The library builds (dist/) live in scripts/build.mjs.

export default defineConfig({
  root: 'demo',
  // The packages' TypeScript sources (their dist/ is only built for npm).
  resolve: { conditions: ['koop-source', ...defaultClientConditions] },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    // The pages: the municipal demo, the snippet builder and the editor for web editors.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./demo/index.html', import.meta.url)),
        builder: fileURLToPath(new URL('./demo/builder.html', import.meta.url)),
        editor: fileURLToPath(new URL('./demo/editor.html', import.meta.url)),
      },
    },
  },
});
