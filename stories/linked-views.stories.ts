import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { settledWhen } from './support/settled.js';

/** The controls of the linked views: the document, language and the shared selection. */
interface LinkedViewsArgs {
  src: string;
  lang: '' | 'de' | 'en';
  selection: string;
}

type Story = StoryObj<LinkedViewsArgs>;

const meta: Meta<LinkedViewsArgs> = {
  title: 'Elements/Linked views',
  component: 'koop-data',
  // All five widgets inside one <koop-data>: selecting an actor in the map or the matrix, a goal
  // in the tracker or a milestone in the timeline shows what is linked to it in the others.
  render: (args) =>
    html`<koop-data
      src=${args.src || nothing}
      lang=${args.lang || nothing}
      selection=${args.selection || nothing}
    >
      <koop-partner-map heading-level="2"></koop-partner-map>
      <koop-role-matrix heading-level="2"></koop-role-matrix>
      <koop-goal-tracker heading-level="2"></koop-goal-tracker>
      <koop-milestone-timeline heading-level="2" today="2004-01-01"></koop-milestone-timeline>
      <koop-transparency-feed heading-level="2" page-size="5"></koop-transparency-feed>
    </koop-data>`,
  args: { src: '/data/equal-strategien.json', lang: 'de', selection: '' },
  argTypes: {
    src: { control: 'text', description: 'URL of the koop document (JSON), loaded once for all widgets.' },
    lang: { control: 'inline-radio', options: ['', 'de', 'en'] },
    selection: {
      control: 'text',
      description:
        'The shared selection, `kind:id` (e.g. `actor:inpuncto`, `goal:o-mainstreaming`, `milestone:m-koko`).',
    },
  },
};
export default meta;

export const ActorSelected: Story = {
  name: 'An actor selected',
  args: { selection: 'actor:inpuncto' },
  parameters: settledWhen(
    '.linked-mark',
    'ready',
    'Verknüpfte Auswahl: Akteur „in puncto“',
    'Auswahl aufheben',
  ),
};

export const GoalSelected: Story = {
  name: 'A goal selected',
  args: { selection: 'goal:g-foerdermittel' },
  parameters: settledWhen(
    '.linked-ring',
    'ready',
    'Verknüpfte Auswahl: Ziel „Fördermittel der Integrationsämter nachhaltiger einsetzen“',
  ),
};

export const MilestoneSelectedEnglish: Story = {
  name: 'A milestone selected (English)',
  args: { selection: 'milestone:m-koko', lang: 'en' },
  parameters: settledWhen('g.ms.selected', 'ready', 'Linked selection: milestone', 'Clear selection'),
};

export const NothingSelected: Story = {
  name: 'Nothing selected yet',
  parameters: settledWhen('.link-toggle', 'ready', 'Zugehöriges auf dieser Seite hervorheben'),
};
