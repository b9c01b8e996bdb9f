import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import { html } from 'lit';
import { LONG_WORD, NEW_ENTRY_TITLE } from './support/documents.js';
import { mockFetch } from './support/mock-fetch.js';
import { darkPage } from './support/page-styles.js';
import {
  settled,
  settledWhen,
  shownWidget,
  loadingStory,
  notFoundStory,
  withGoalTrackerStory,
} from './support/settled.js';
import { attributes, ownArgs, widgetArgs, widgetArgTypes, type WidgetArgs } from './support/args.js';

/** The controls of `<koop-transparency-feed>`; every document URL a story uses is its `src`. */
interface FeedArgs extends WidgetArgs {
  types: string;
  actor: string;
  goal: string;
  year: string;
  query: string;
  pageSize: number;
}

type Story = StoryObj<FeedArgs>;

const feed = (args: FeedArgs, src: string | undefined = args.src) =>
  html`<koop-transparency-feed
    ${attributes('koop-transparency-feed', { ...args, src })}
    .data=${args.data}
  ></koop-transparency-feed>`;

const meta: Meta<FeedArgs> = {
  title: 'Widgets/Transparency feed',
  component: 'koop-transparency-feed',
  loaders: [mockFetch],
  render: (args) => feed(args),
  args: {
    ...ownArgs('koop-transparency-feed'),
    src: '/data/ko-produktion.json',
    pageSize: 20,
    ...widgetArgs,
  },
  argTypes: {
    ...widgetArgTypes<FeedArgs>('koop-transparency-feed'),
    refresh: {
      control: { type: 'number', min: 0 },
      description: 'Re-fetch `src` every this many seconds; new entries are announced and marked.',
    },
  },
  parameters: settled('ready', 'Chronik der Zusammenarbeit'),
};
export default meta;

export const CoProduction: Story = {
  name: 'Demo data: co-production',
  parameters: settled(
    'ready',
    'Chronik der Zusammenarbeit',
    '24 Einträge',
    'Juni 2026',
    'Reflexionspunkt 3: vor dem Förderende',
    'In welcher Weise',
    'Bewegt die Meilensteine',
  ),
};

export const DemoData: Story = {
  name: 'Demo data: EQUAL development partnership',
  args: { src: '/data/equal-strategien.json' },
  parameters: settled(
    'ready',
    '26 Einträge',
    'Juni 2005',
    'Anschlussfinanzierung für die Transferphase bis Dezember 2005',
  ),
};

export const PreFiltered: Story = {
  name: 'Pre-filtered by an editor (types="decision")',
  args: { types: 'decision' },
  parameters: settled(
    'ready',
    '8 von 24 Einträgen',
    'Fachausschuss vertagt das Verstetigungskonzept',
    'Filter zurücksetzen',
  ),
};

export const ByActor: Story = {
  name: 'Filtered by actor',
  args: { actor: 'stiftung' },
  parameters: settled(
    'ready',
    '7 von 24 Einträgen',
    'Bürgerstiftung: keine Verlängerung über August 2026 hinaus',
  ),
};

export const ByGoal: Story = {
  name: 'Filtered by goal',
  args: { goal: 'g-verstetigung' },
  parameters: settled('ready', '6 von 24 Einträgen', 'Aktionsgruppe startet Kampagne'),
};

export const ByYear: Story = {
  name: 'Filtered by year',
  args: { year: '2025' },
  parameters: settled(
    'ready',
    '8 von 24 Einträgen',
    'Oktober 2025',
    'Reflexionspunkt 2: ein Jahr Koordinationsstelle',
  ),
};

export const Search: Story = {
  name: 'Search (every word, diacritics ignored)',
  args: { query: 'feuerwache eroffnet' },
  parameters: settled('ready', '1 von 24 Einträgen', 'Das Nachbarschaftshaus Alte Feuerwache ist eröffnet'),
};

export const SearchNoMatch: Story = {
  name: 'Search without a match',
  args: { query: 'gibtesnicht' },
  parameters: settled('ready', '0 von 24 Einträgen', 'Keine Einträge passen zu diesen Filtern.'),
};

export const Empty: Story = {
  name: 'Empty (no entries)',
  args: { src: '/mock/doc/feed-none.json' },
  parameters: settled('ready', 'Chronik der Zusammenarbeit', 'Noch keine Einträge.'),
};

export const Loading: Story = loadingStory('chronik');

export const NotFound: Story = { name: 'Error: HTTP 404', ...notFoundStory('chronik') };

export const InvalidEntries: Story = {
  name: 'Error: invalid entries',
  args: { src: '/mock/doc/feed-invalid.json' },
  parameters: settled(
    'error',
    'Koop-Format',
    'entries[0].type',
    'entries[1].date',
    'entries[2].date',
    'entries[3].title',
    'entries[4].id',
    'entries[5].links[0].url',
  ),
};

export const NewEntryAfterRefresh: Story = {
  name: 'Refresh brings a new entry',
  // First the record, then (one second later) the same with one more entry; the last step repeats.
  args: { src: '/mock/sequence/chronik-refresh.json?steps=feed,feed-new-entry', refresh: 1 },
  parameters: settledWhen(
    '[part="new-badge"]',
    'ready',
    NEW_ENTRY_TITLE,
    'Neu',
    `Ein neuer Eintrag: ${NEW_ENTRY_TITLE}`,
    '9 Einträge',
  ),
};

export const LargeData: Story = {
  name: 'Large data (10,000 entries)',
  args: { src: '/mock/doc/feed-large.json' },
  parameters: settled(
    'ready',
    '10000 Einträge',
    'Eintrag 10000: Auswertung der Umfrage',
    'Weitere laden (20 von 9980 verbleibenden)',
  ),
};

export const SmallPages: Story = {
  name: 'Small page size (page-size="5")',
  args: { pageSize: 5 },
  parameters: settled('ready', '24 Einträge', 'Weitere laden (5 von 19 verbleibenden)'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: settled(
    'ready',
    'Record of the cooperation',
    '24 entries',
    'June 2026',
    'Link to this entry',
    'Download the entries shown:',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: settled('ready', 'Chronik der Zusammenarbeit', '24 Einträge'),
};

export const HostileText: Story = {
  name: 'Hostile text (shown as text)',
  args: { src: '/mock/doc/feed-hostile.json' },
  // The only links are the safe one and the permalinks; the 300-letter word wraps inside its entry.
  play: async ({ canvasElement }) => {
    const element = await shownWidget<KoopTransparencyFeed>(canvasElement, 'koop-transparency-feed');
    const root = element.shadowRoot!;
    const hrefs = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    const unsafe = hrefs.filter(
      (href) => !href.startsWith('#koop-entry-') && new URL(href, location.href).protocol !== 'https:',
    );
    if (unsafe.length) throw new Error(`Links that are not safe: ${unsafe.join(', ')}`);
    if (!hrefs.some((href) => href.endsWith('/protokoll.pdf'))) throw new Error('The safe link is missing');
    const long = root.querySelector<HTMLElement>('#koop-entry-langes-wort')!;
    if (long.scrollWidth > long.clientWidth + 1) throw new Error('The 300-letter word overflows its entry');
  },
  parameters: settled(
    'ready',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '<b onmouseover=alert(1)>Fett</b>',
    '<script>alert("ziel")</script>',
    '<iframe src=javascript:alert(1)>',
    '<a href="javascript:alert(1)">Ergebnis</a>',
    'javascript:-Link',
    'javascript:alert(5)',
    'Protokoll (PDF)',
    'Sitzung mit <b>Markup</b> & "Anführungszeichen" </article>',
    LONG_WORD,
  ),
};

export const InsideKoopData: Story = {
  name: 'Inside <koop-data> with a goal tracker',
  ...withGoalTrackerStory(feed, 'Ziele', 'Chronik der Zusammenarbeit', '24 Einträge'),
};

export const CouncilMeetings: Story = {
  name: 'Format 1.1: council meetings with agenda items (OParl)',
  // URL ids, local times in the cooperation's zone (named for readers elsewhere), ends, a
  // cancelled and a postponed meeting, agenda items inside their meeting, a calendar event
  // with an offset, entries dated by year or month, a tel: link.
  args: { src: '/mock/doc/council.json' },
  parameters: settled(
    'ready',
    '5. Sitzung des Sozialausschusses',
    'Ö 2 Förderrichtlinie Nachbarschaftsprojekte',
    'abgesagt',
    'verschoben',
    'Telefonische Einwahl',
    'Gründung des Bürgervereins Nordost',
  ),
};
