import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@koop/editor/koop-editor.js';
import type { KoopEditor } from '@koop/editor';
import { html, nothing } from 'lit';
import { mockFetch } from './support/mock-fetch.js';
import { narrowColumn } from './support/page-styles.js';
import { settled, settledWhen, until } from './support/settled.js';

/** The controls of `<koop-editor>`; every document URL a story uses is its `src`. */
interface EditorArgs {
  src: string;
  lang: '' | 'de' | 'en';
  kitUrl: string;
  headingLevel: number;
}

type Story = StoryObj<EditorArgs>;

// Each render saves in a place of its own, so no story restores another's work.
let renders = 0;

const editor = (args: EditorArgs) =>
  html`<koop-editor
    storage-key="story-${Date.now().toString(36)}-${++renders}"
    src=${args.src || nothing}
    lang=${args.lang || nothing}
    kit-url=${args.kitUrl || nothing}
    heading-level=${args.headingLevel || nothing}
  ></koop-editor>`;

/** The story's editor, once it has opened its document (or shown the start). */
async function shownEditor(canvasElement: HTMLElement | undefined): Promise<KoopEditor> {
  const element = canvasElement!.querySelector<KoopEditor>('koop-editor')!;
  await element.settled();
  return element;
}

/** Clicks the element matching `selector` in the editor and waits for `shows`. */
async function press(element: KoopEditor, selector: string, shows: string): Promise<void> {
  const target = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`Nothing matches ${selector}`);
  target.click();
  await until(() => element.shadowRoot!.querySelector(shows) !== null, shows);
  await element.updateComplete;
}

const meta: Meta<EditorArgs> = {
  title: 'Elements/koop-editor',
  component: 'koop-editor',
  loaders: [mockFetch],
  render: (args) => editor(args),
  args: { src: '', lang: 'de', kitUrl: '', headingLevel: 2 },
  argTypes: {
    src: { control: 'text', description: 'A document to open when there is no saved work.' },
    lang: { control: 'inline-radio', options: ['', 'de', 'en'] },
    kitUrl: { control: 'text', description: 'Where the site provides the kit, for the embed code.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

export const Start: Story = {
  name: 'Start: template, blank, address or file',
  parameters: settled('ready', 'Womit möchten Sie beginnen?', 'Vorlage Ko-Produktion', 'Leeres Dokument'),
};

export const Template: Story = {
  name: 'The co-production template, one thing missing',
  play: async ({ canvasElement }) => {
    const element = await shownEditor(canvasElement);
    await press(element, '#start-template', '[part="problems"]');
  },
  parameters: settledWhen(
    '[part="problems"]',
    'ready',
    '1 Fehler',
    'Name der Kooperation fehlt.',
    'Phasen (4)',
  ),
};

export const Document: Story = {
  name: 'A complete document, with the preview',
  args: { src: '/data/ko-produktion.json' },
  // The data check says what the role matrix says: the demo's conflict whose role ended.
  parameters: settled(
    'ready',
    '1 Hinweis',
    'Koordinatorin hat die Rolle „Interessenvertretung im Koordinationskreis“ nicht mehr inne',
    'Nachbarschaftshaus Alte Feuerwache',
    'Vorschau',
  ),
};

export const ActorForm: Story = {
  name: 'The form of a new actor, with its problems',
  args: { src: '/data/ko-produktion.json' },
  play: async ({ canvasElement }) => {
    const element = await shownEditor(canvasElement);
    await press(element, '#section-actors', '#add-actors');
    await press(element, '#add-actors', '#item-heading');
  },
  parameters: settled('ready', 'Akteur hinzufügen', 'Name fehlt.', 'Sektor'),
};

export const ConfirmDelete: Story = {
  name: 'Before a delete: what would dangle',
  args: { src: '/data/ko-produktion.json' },
  play: async ({ canvasElement }) => {
    const element = await shownEditor(canvasElement);
    await press(element, '#section-actors', '#item-actors-0');
    await press(element, '#item-actors-0', '#item-remove');
    await press(element, '#item-remove', 'dialog[open]');
  },
  parameters: settled('ready', 'löschen?', 'Trotzdem löschen', 'Abbrechen'),
};

export const English: Story = {
  name: 'In English',
  args: { src: '/data/equal-strategien.json', lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = await shownEditor(canvasElement);
    await press(element, '#section-goals', '#item-goals-0');
  },
  parameters: settled('ready', 'Edit data', 'Goals', 'Add goal', 'Preview'),
};

export const NotFound: Story = {
  name: 'A document that cannot be opened',
  args: { src: '/mock/status/404/verloren.json' },
  parameters: settled('ready', 'HTTP 404', 'Womit möchten Sie beginnen?'),
};

export const Narrow: Story = {
  name: 'In a narrow column (320 px)',
  args: { src: '/data/ko-produktion.json' },
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    const element = await shownEditor(canvasElement);
    await press(element, '#section-goals', '#item-goals-0');
    await press(element, '#item-goals-0', '#item-heading');
  },
  parameters: settled('ready', 'Ziel:', 'Indikatoren', 'Zurück zur Liste Ziele'),
};

/** Opens "Importieren …", chooses `format` and a file with `text`, and asks for the changes. */
async function importFile(element: KoopEditor, format: string, name: string, text: string): Promise<void> {
  await press(element, '#import-open', '#import-dialog[open]');
  const root = element.shadowRoot!;
  const select = root.querySelector<HTMLSelectElement>('#import-format')!;
  select.value = format;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
  const input = root.querySelector<HTMLInputElement>('#import-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
  await press(element, '#import-read', '#import-plan-heading, #import-failed-heading');
}

const NEWS_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: 'https://example.org/news/1', title: 'Sommerfest im Hof', date_published: '2026-06-20' },
    { id: 'https://example.org/news/2', title: 'Neue Sprechstunde', date_published: '2026-07-01' },
  ],
});

export const Import: Story = {
  name: 'Importing a JSON Feed: the changes to untick before applying',
  args: { src: '/data/ko-produktion.json' },
  play: async ({ canvasElement }) => {
    const element = await shownEditor(canvasElement);
    await importFile(element, 'jsonfeed', 'nachrichten.json', NEWS_FEED);
  },
  parameters: settled(
    'ready',
    'Änderungen aus nachrichten.json',
    'Chronik: 2 neu, 0 geändert, 0 entfernt, 0 unverändert',
    'Neu: Eintrag „Sommerfest im Hof“',
    'Übernehmen',
  ),
};

export const ImportProblems: Story = {
  name: 'Importing a broken CSV file: its problems, with sheet, row and column',
  args: { src: '/data/ko-produktion.json', lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = await shownEditor(canvasElement);
    await importFile(element, 'csv', 'Actors.csv', 'ID,Name,Latitude\nverein,Neighbours,north\n');
  },
  parameters: settled(
    'ready',
    'The source cannot be imported as it is',
    'sheet Actors.csv, row 2, column Latitude',
  ),
};
