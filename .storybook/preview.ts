import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// The generated API reference (scripts/gen-manifest.mjs) drives the autodocs tables: the kit's
// elements and the editor (a package of its own, which the kit does not ship).
import kitManifest from '@koop/kit/custom-elements.json';
import editorManifest from '@koop/editor/custom-elements.json';
// Registers every element of the kit, as the one script tag on a real page does.
import '@koop/kit/koop.js';
import { controlsManifest } from '../stories/support/manifest.js';

// Controls for what a page can set on an element, not for the classes' statics.
setCustomElementsManifest(
  controlsManifest({ ...kitManifest, modules: [...kitManifest.modules, ...editorManifest.modules] }),
);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
