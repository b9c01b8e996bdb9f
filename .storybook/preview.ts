import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// The generated API reference (scripts/gen-manifest.mjs) drives the autodocs tables.
import manifest from '@koop/kit/custom-elements.json';
// Registers every element of the kit, as the one script tag on a real page does.
import '@koop/kit/koop.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
