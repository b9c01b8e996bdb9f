import type { Preview } from '@storybook/web-components-vite';
// Registers every element of the kit, as the one script tag on a real page does.
import '@koop/kit/koop.js';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
