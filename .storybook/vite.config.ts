import { defaultClientConditions, defineConfig } from 'vite';

// Storybook's own Vite config, so the demo server's config (vite.config.ts, root: 'demo') stays
// out of it. Storybook sets root, base and its plugins itself.
export default defineConfig({
  // The packages' TypeScript sources (their dist/ is only built for npm).
  resolve: { conditions: ['koop-source', ...defaultClientConditions] },
});
