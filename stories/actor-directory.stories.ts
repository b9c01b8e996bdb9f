import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockFetch } from './support/mock-fetch.js';
import { darkPage } from './support/page-styles.js';
import { settled, loadingStory, notFoundStory, withGoalTrackerStory } from './support/settled.js';
import { attributes, ownArgs, widgetArgs, widgetArgTypes, type WidgetArgs } from './support/args.js';

/** The controls of `<koop-actor-directory>`; every document URL a story uses is its `src`. */
interface DirectoryArgs extends WidgetArgs {
  query: string;
  targetGroup: string;
  sector: string;
  district: string;
  kind: string;
  openNow: boolean;
  view: 'cards' | 'list';
  pageSize: number;
  selected: string;
  planning: boolean;
}

type Story = StoryObj<DirectoryArgs>;

const directory = (args: DirectoryArgs, src: string | undefined = args.src) =>
  html`<koop-actor-directory
    ${attributes('koop-actor-directory', { ...args, src })}
    .data=${args.data}
  ></koop-actor-directory>`;

const meta: Meta<DirectoryArgs> = {
  title: 'Widgets/Actor directory',
  component: 'koop-actor-directory',
  loaders: [mockFetch],
  render: (args) => directory(args),
  args: {
    ...ownArgs('koop-actor-directory'),
    src: '/data/chancenportal.json',
    pageSize: 20,
    ...widgetArgs,
  },
  argTypes: widgetArgTypes<DirectoryArgs>('koop-actor-directory'),
  parameters: settled('ready', 'Akteure und Angebote'),
};
export default meta;

export const DemoData: Story = {
  name: 'Demo data: Chancenportal (Ecken wecken, Synergien vor Ort)',
  parameters: settled(
    'ready',
    '8 Akteure, 12 Angebote',
    'Stiftung „Ecken wecken“',
    'Fortbildung Netzwerkmanagement',
    'Auswertung für die Planung',
  ),
};

export const Planning: Story = {
  name: 'Evaluation for planning opened (planning)',
  args: { planning: true },
  parameters: settled(
    'ready',
    'Angebote je Zielgruppe und Stadtteil',
    'Lücken (kein Angebot): Geflüchtete – Anger-Crottendorf; Geflüchtete – Schönefeld',
  ),
};

export const FilteredByTargetGroup: Story = {
  name: 'Filtered: refugees (target-group="gefluechtete")',
  args: { targetGroup: 'gefluechtete' },
  parameters: settled('ready', 'von 12 Angeboten', 'Sprachcafé Deutsch', 'Filter zurücksetzen'),
};

export const FilteredByDistrictAndKind: Story = {
  name: 'Filtered: counselling in Anger-Crottendorf',
  args: { district: 'anger', kind: 'counselling' },
  parameters: settled('ready', 'Familienberatung', 'Digital-Sprechstunde für Ältere'),
};

export const Search: Story = {
  name: 'Search (every word, diacritics ignored)',
  args: { query: 'sprachcafe' },
  parameters: settled('ready', 'Ein Akteur, 1 von 12 Angeboten', 'Sprachcafé Deutsch'),
};

export const SearchNoMatch: Story = {
  name: 'Search without a match',
  args: { query: 'gibtesnicht' },
  parameters: settled('ready', 'Keine Angebote passen zu diesen Filtern.'),
};

export const Cards: Story = {
  name: 'Cards (default) with details open',
  args: { src: '/mock/doc/directory.json', selected: 'verein' },
  parameters: settled(
    'ready',
    'Rollen in der Kooperation',
    'Förderung: Bürgerstiftung',
    'Hausaufgabenhilfe verlängert',
  ),
};

export const CompactList: Story = {
  name: 'Compact list (view="list")',
  args: { src: '/mock/doc/directory.json', view: 'list' },
  parameters: settled('ready', '4 Akteure, 5 Angebote', 'Erzählcafé'),
};

export const LargeData: Story = {
  name: 'Large data (5,000 offers)',
  args: { src: '/mock/doc/directory-large.json' },
  parameters: settled(
    'ready',
    '500 Akteure, 5000 Angebote',
    'Weitere laden (20 von 4980 verbleibenden Angeboten)',
  ),
};

export const Empty: Story = {
  name: 'Empty (no actors)',
  args: { src: '/mock/doc/directory-none.json' },
  parameters: settled('ready', 'Akteure und Angebote', 'Noch keine Akteure.'),
};

export const Loading: Story = loadingStory('chancenportal');

export const NotFound: Story = { name: 'Error: HTTP 404', ...notFoundStory('chancenportal') };

export const InvalidOffers: Story = {
  name: 'Error: invalid offers',
  args: { src: '/mock/doc/directory-invalid.json' },
  parameters: settled(
    'error',
    'Koop-Format',
    'actors[0].offers[0].title',
    'actors[0].offers[1].times[0].from',
  ),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: settled(
    'ready',
    'Actors and offers',
    '8 actors, 12 offers',
    'Evaluation for planning',
    'Link to this actor',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: settled('ready', 'Akteure und Angebote', '8 Akteure, 12 Angebote'),
};

export const InsideKoopData: Story = {
  name: 'Inside <koop-data> with a goal tracker',
  ...withGoalTrackerStory(directory, 'Akteure und Angebote', '8 Akteure, 12 Angebote'),
};
