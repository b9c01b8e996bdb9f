import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import { html, nothing } from 'lit';
import { emptyDocument, hostileDocument } from './support/documents.js';
import { mockFetch } from './support/mock-fetch.js';
import { darkPage } from './support/page-styles.js';
import { settled, shownWidget, loadingStory, notFoundStory } from './support/settled.js';
import { attributes, ownArgs, widgetArgs, widgetArgTypes, type WidgetArgs } from './support/args.js';

/** The controls of `<koop-goal-tracker>`; every document URL a story uses is its `src`. */
interface TrackerArgs extends WidgetArgs {
  goal: string;
  today: string;
}

type Story = StoryObj<TrackerArgs>;

const tracker = (args: TrackerArgs, src: string | undefined = args.src) =>
  html`<koop-goal-tracker
    ${attributes('koop-goal-tracker', { ...args, src })}
    .data=${args.data}
  ></koop-goal-tracker>`;

const meta: Meta<TrackerArgs> = {
  title: 'Widgets/Goal tracker',
  component: 'koop-goal-tracker',
  loaders: [mockFetch],
  render: (args) => tracker(args),
  args: {
    ...ownArgs('koop-goal-tracker'),
    src: '/data/equal-strategien.json',
    ...widgetArgs,
  },
  argTypes: widgetArgTypes<TrackerArgs>('koop-goal-tracker'),
  parameters: settled('ready'),
};
export default meta;

export const DemoData: Story = {
  name: 'Demo data: EQUAL development partnership',
  parameters: settled('ready', 'Ziele', 'Fördermittel der Integrationsämter nachhaltiger einsetzen'),
};

export const CoProduction: Story = {
  name: 'Demo data: co-production',
  args: { src: '/data/ko-produktion.json' },
  parameters: settled('ready', 'Ziele'),
};

export const SingleGoal: Story = {
  args: { goal: 'g-stabilisierung' },
  parameters: settled('ready', 'Dauerhafte wirtschaftliche Stabilisierung'),
};

export const Empty: Story = {
  name: 'Empty (no goals)',
  args: { src: '', data: emptyDocument() },
  parameters: settled('ready', 'Für diese Kooperation sind noch keine Ziele eingetragen.'),
};

export const Loading: Story = loadingStory('loading');

export const NotFound: Story = { name: 'Error: HTTP 404', ...notFoundStory('kooperation') };

export const ServerError: Story = {
  name: 'Error: HTTP 500',
  args: { src: '/mock/status/500/kooperation.json' },
  parameters: settled('error', 'HTTP 500'),
};

export const NetworkFailure: Story = {
  name: 'Error: network failure',
  args: { src: '/mock/network/kooperation.json' },
  parameters: settled('error', 'Netzwerkfehler'),
};

export const Timeout: Story = {
  name: 'Error: timeout',
  args: { src: '/mock/never/timeout.json', timeout: 1000 },
  parameters: settled('error', 'Zeitüberschreitung', '1000 ms'),
};

export const HtmlInsteadOfJson: Story = {
  name: 'Error: HTML instead of JSON',
  args: { src: '/mock/html/kooperation.json' },
  parameters: settled('error', 'Webseite (HTML)'),
};

export const InvalidJson: Story = {
  name: 'Error: invalid JSON',
  args: { src: '/mock/truncated/kooperation.json' },
  parameters: settled('error', 'kein gültiges JSON'),
};

export const EmptyBody: Story = {
  name: 'Error: empty body',
  args: { src: '/mock/empty/kooperation.json' },
  parameters: settled('error', 'Das Dokument ist leer.'),
};

export const InvalidDocument: Story = {
  name: 'Error: invalid document',
  args: { src: '/mock/doc/invalid.json' },
  parameters: settled('error', 'Koop-Format', 'updatedAt', 'cooperation.type', 'goals[0].title'),
};

export const NewerSchemaVersion: Story = {
  name: 'Error: newer schemaVersion',
  args: { src: '/mock/doc/newer-version.json' },
  parameters: settled('error', 'neuere Version', 'schemaVersion'),
};

export const RefreshFailed: Story = {
  name: 'Refresh failed (stale data)',
  args: { src: '/mock/sequence/refresh-fails.json?steps=ok,500', refresh: 1 },
  parameters: settled('stale', 'Aktualisierung fehlgeschlagen', 'HTTP 500', 'Mehr Grün im Quartier'),
};

export const DataWarnings: Story = {
  args: { src: '/mock/doc/warnings.json' },
  // References to nothing: the goals still show, with a notice in words (the paths folded away).
  parameters: settled(
    'ready',
    'Die Daten enthalten 3 Fehler',
    'Ziele › 2. Ziel „Offener Treffpunkt“ › Übergeordnet',
    'goals[1].parent',
  ),
};

export const LargeData: Story = {
  name: 'Large data (200 goals)',
  args: { src: '/mock/doc/large.json' },
  parameters: settled('ready', '200 Ziele', 'Handlungsfeld 1'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: settled('ready', 'Goals', "Use the integration offices' funds more sustainably"),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: settled('ready', 'Ziele'),
};

export const InsideKoopData: Story = {
  name: 'Inside <koop-data>',
  render: (args) => html`<koop-data src=${args.src || nothing}>${tracker(args, '')}</koop-data>`,
  parameters: settled('ready', 'Fördermittel der Integrationsämter nachhaltiger einsetzen'),
};

export const HostileText: Story = {
  name: 'Hostile text (shown as text)',
  args: { src: '', data: hostileDocument() },
  // Opens everything, including the indicator's table with the javascript: link.
  play: async ({ canvasElement }) => {
    const element = await shownWidget<KoopGoalTracker>(canvasElement, 'koop-goal-tracker');
    element.expandAll();
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await element.updateComplete;
  },
  parameters: settled(
    'ready',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '<iframe src=javascript:alert(1)>',
    'javascript:-Link',
  ),
};

export const SeveralTargetsAndGaps: Story = {
  name: 'Format 1.1: several targets, a gap, flags (indicator portal)',
  // An Open-SDG-like indicator: targets for 2020, 2030, 2040 and 2050, one decimal, a year
  // without value, a break in the series, provisional and estimated values; a count whose
  // forecast stays a whole number. The table is open.
  args: { src: '/mock/doc/sustainability.json' },
  play: async ({ canvasElement }) => {
    const element = await shownWidget<KoopGoalTracker>(canvasElement, 'koop-goal-tracker');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await element.updateComplete;
  },
  parameters: settled(
    'ready',
    'Anteil erneuerbarer Energien am Bruttoendenergieverbrauch',
    'Weitere Zielwerte',
    'keine Angabe (Lücke)',
    'Zeitreihenbruch',
    'vorläufig',
    'Prognose für 2030',
  ),
};
