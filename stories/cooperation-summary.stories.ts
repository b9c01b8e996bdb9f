import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockFetch } from './support/mock-fetch.js';
import { darkPage, narrowColumn } from './support/page-styles.js';
import { settled, loadingStory, notFoundStory, withGoalTrackerStory } from './support/settled.js';
import { attributes, ownArgs, widgetArgs, widgetArgTypes, type WidgetArgs } from './support/args.js';

/** The controls of `<koop-cooperation-summary>`; every document URL a story uses is its `src`. */
interface SummaryArgs extends WidgetArgs {
  hide: string;
  layout: 'row' | 'column';
  today: string;
  goalsHref: string;
  indicatorsHref: string;
  activitiesHref: string;
  communicationHref: string;
  backboneHref: string;
}

type Story = StoryObj<SummaryArgs>;

const summary = (args: SummaryArgs, src: string | undefined = args.src) =>
  html`<koop-cooperation-summary
    ${attributes('koop-cooperation-summary', { ...args, src })}
    .data=${args.data}
  ></koop-cooperation-summary>`;

const meta: Meta<SummaryArgs> = {
  title: 'Widgets/Cooperation summary',
  component: 'koop-cooperation-summary',
  loaders: [mockFetch],
  render: (args) => summary(args),
  args: {
    ...ownArgs('koop-cooperation-summary'),
    src: '/data/ko-produktion.json',
    ...widgetArgs,
  },
  argTypes: widgetArgTypes<SummaryArgs>('koop-cooperation-summary'),
  parameters: settled('ready', 'Gemeinsame Ziele', 'Koordination (Rückgrat)'),
};
export default meta;

export const CoProduction: Story = {
  name: 'Demo data: co-production (funding cliff ahead)',
  parameters: settled(
    'ready',
    'Nachbarschaftshaus Alte Feuerwache',
    'Ko-Produktion · seit Februar 2024',
    '14 Ziele: 7 im Plan, 2 gefährdet, 3 erreicht',
    'etwa jährlich',
    'Förderende ohne Anschlussfinanzierung am 31. August 2026',
  ),
};

export const DemoData: Story = {
  name: 'Demo data: EQUAL development partnership',
  args: { src: '/data/equal-strategien.json' },
  parameters: settled(
    'ready',
    'Strategien für die Zukunft',
    'gefördert bis Dezember 2005',
    'etwa alle 8 Monate',
  ),
};

export const Sidebar: Story = {
  name: 'In a 320 px sidebar',
  decorators: [narrowColumn],
  parameters: settled('ready', 'Gemeinsame Ziele', 'Kontinuierliche Kommunikation'),
};

export const Row: Story = {
  name: 'Side by side (layout="row")',
  args: { layout: 'row' },
  parameters: settled('ready', 'Gemeinsame Ziele', 'Koordination (Rückgrat)'),
};

export const HiddenLines: Story = {
  name: 'Some lines hidden (hide="communication backbone")',
  args: { hide: 'communication backbone' },
  parameters: settled('ready', 'Gemeinsame Ziele', 'Sich verstärkende Aktivitäten'),
};

export const Linked: Story = {
  name: 'Lines linked to pages with the details (*-href)',
  args: { goalsHref: '/ziele/', indicatorsHref: '/ziele/#indikatoren', communicationHref: '/chronik/' },
  parameters: settled('ready', 'Gemeinsame Ziele', 'Kontinuierliche Kommunikation'),
};

export const AfterFunding: Story = {
  name: 'Reference date after the end of funding (today="2026-10-01")',
  args: { today: '2026-10-01' },
  parameters: settled('ready', 'keine laufende Förderung'),
};

export const Empty: Story = {
  name: 'Empty (nothing entered yet)',
  args: { src: '/mock/doc/empty.json' },
  parameters: settled('ready', 'Neue Kooperation', 'keine Angaben'),
};

export const Loading: Story = loadingStory('kooperation');

export const NotFound: Story = { name: 'Error: HTTP 404', ...notFoundStory('kooperation') };

export const InvalidDocument: Story = {
  name: 'Error: invalid document',
  args: { src: '/mock/doc/invalid.json' },
  parameters: settled('error', 'Koop-Format', 'updatedAt', 'cooperation.type', 'goals[0].title'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: settled(
    'ready',
    'Alte Feuerwache neighbourhood centre',
    'Shared goals',
    'funding ends without follow-up funding on August 31, 2026',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: settled('ready', 'Gemeinsame Ziele'),
};

export const HostileText: Story = {
  name: 'Hostile text (shown as text)',
  args: { src: '/mock/doc/hostile.json' },
  parameters: settled('ready', '<img src=x onerror=alert(1)>', '1 Ziel: 0 im Plan, 1 gefährdet, 0 erreicht'),
};

export const InsideKoopData: Story = {
  name: 'Inside <koop-data> with a goal tracker',
  ...withGoalTrackerStory(summary, 'Ziele', 'Gemeinsame Ziele'),
};
