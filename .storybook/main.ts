import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // The root vite.config.ts serves the demo (root: 'demo'); Storybook gets its own config.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The demo documents, at /data/ as on the demo page.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
};

export default config;
