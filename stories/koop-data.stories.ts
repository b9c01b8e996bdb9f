import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { mockFetch } from './support/mock-fetch.js';
import { settled } from './support/settled.js';

/** The controls of `<koop-data>`; the widgets inside take everything from it. */
interface KoopDataArgs {
  src: string;
  refresh: number;
  lang: '' | 'de' | 'en';
}

type Story = StoryObj<KoopDataArgs>;

const meta: Meta<KoopDataArgs> = {
  title: 'Elements/koop-data',
  component: 'koop-data',
  loaders: [mockFetch],
  // One request for the document; both trackers show it, the second only one goal.
  render: (args) =>
    html`<koop-data
      src=${args.src || nothing}
      refresh=${args.refresh || nothing}
      lang=${args.lang || nothing}
    >
      <koop-goal-tracker heading-level="2"></koop-goal-tracker>
      <koop-goal-tracker goal="g-stabilisierung" heading-level="2"></koop-goal-tracker>
    </koop-data>`,
  args: { src: '/data/equal-strategien.json', refresh: 0, lang: 'de' },
  argTypes: {
    src: { control: 'text', description: 'URL of the koop document (JSON), loaded once for all widgets.' },
    refresh: { control: { type: 'number', min: 0 }, description: 'Re-fetch every this many seconds.' },
    lang: { control: 'inline-radio', options: ['', 'de', 'en'] },
  },
};
export default meta;

export const TwoTrackersOneDocument: Story = {
  name: 'Two trackers, one document',
  parameters: settled('ready', 'Fördermittel der Integrationsämter nachhaltiger einsetzen'),
};

export const SharedError: Story = {
  name: 'Error shared by both trackers',
  args: { src: '/mock/status/503/geteilt.json' },
  parameters: settled('error', 'HTTP 503'),
};
