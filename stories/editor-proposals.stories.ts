import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@koop/editor/koop-editor.js';
import { createProposal, type KoopEditor } from '@koop/editor';
import type { KoopDocument } from '@koop/schema';
import { html, nothing } from 'lit';
import { mockFetch } from './support/mock-fetch.js';
import { narrowColumn } from './support/page-styles.js';
import { settled, until } from './support/settled.js';

/**
 * `<koop-editor>` with partners: a partner proposes changes to the published document, the
 * coordination office reviews proposals. `src` is the published document; the stories open it
 * through the editor's own controls.
 */
interface ProposalArgs {
  src: string;
  lang: '' | 'de' | 'en';
}

type Story = StoryObj<ProposalArgs>;

let renders = 0;

const meta: Meta<ProposalArgs> = {
  title: 'Elements/koop-editor/Proposals',
  component: 'koop-editor',
  loaders: [mockFetch],
  render: (args) =>
    html`<koop-editor
      storage-key="story-proposals-${Date.now().toString(36)}-${++renders}"
      lang=${args.lang || nothing}
    ></koop-editor>`,
  args: { src: '/data/ko-produktion.json', lang: 'de' },
  argTypes: {
    src: { control: 'text', description: 'The published document.' },
    lang: { control: 'inline-radio', options: ['', 'de', 'en'] },
  },
};
export default meta;

type Context = { canvasElement?: HTMLElement; args: ProposalArgs };

const editorOf = async (canvasElement: HTMLElement | undefined) => {
  const element = canvasElement!.querySelector<KoopEditor>('koop-editor')!;
  await element.settled();
  return element;
};

const find = (element: KoopEditor, selector: string) => {
  const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
};

async function click(element: KoopEditor, selector: string, shows: string): Promise<void> {
  find(element, selector).click();
  await until(() => element.shadowRoot!.querySelector(shows) !== null, shows);
  await element.updateComplete;
}

async function type(element: KoopEditor, selector: string, value: string): Promise<void> {
  const input = find(element, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** A partner's proposal for the published document: `edit` changes a copy of it. */
async function proposal(src: string, name: string, edit: (doc: KoopDocument) => void) {
  const base = (await (await fetch(src)).json()) as KoopDocument;
  const edited = structuredClone(base);
  edit(edited);
  const made = await createProposal({
    base,
    edited,
    proposer: { name, organisation: 'Nachbarschaftsverein Nordviertel e.V.' },
    note: 'Bitte übernehmen.',
    createdAt: '2026-07-02T10:00+02:00',
  });
  return new File([JSON.stringify(made)], `vorschlag-${name.split(' ')[0].toLowerCase()}.json`);
}

async function choose(element: KoopEditor, selector: string, files: File[]): Promise<void> {
  const input = find(element, selector) as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  await element.updateComplete;
}

/** The office: the published document open, then the review with `files`. */
async function review({ canvasElement, args }: Context, files: (src: string) => Promise<File[]>) {
  const element = await editorOf(canvasElement);
  await type(element, '#start-url', args.src);
  find(element, '.open-url button[type="submit"]').click();
  await until(() => element.shadowRoot!.querySelector('#review-proposals') !== null, 'the document');
  await click(element, '#review-proposals', '.review');
  await choose(element, '#review-add', await files(args.src));
  await until(() => element.shadowRoot!.querySelector('.proposal, .refused') !== null, 'the proposals');
}

const description = (text: string) => (doc: KoopDocument) => {
  doc.actors!.find((actor) => actor.id === 'verein')!.description = text;
};

export const Start: Story = {
  name: 'Start: propose a change, review proposals',
  parameters: settled(
    'ready',
    'Änderung vorschlagen',
    'Adresse der veröffentlichten Koop-Datei',
    'Vorschläge prüfen',
  ),
};

export const Proposing: Story = {
  name: 'A partner proposes: the published document, edited as a copy',
  play: async ({ canvasElement, args }) => {
    const element = await editorOf(canvasElement);
    await type(element, '#propose-url', args.src);
    find(element, '#propose-url').closest('form')!.requestSubmit();
    await until(() => element.shadowRoot!.querySelector('#proposal-banner') !== null, 'the proposal');
  },
  parameters: settled('ready', 'Änderungsvorschlag zu', 'Vorschlag herunterladen …'),
};

export const ProposeDialog: Story = {
  name: 'Downloading a proposal: the changes and who proposes them',
  play: async ({ canvasElement, args }) => {
    const element = await editorOf(canvasElement);
    await type(element, '#propose-url', args.src);
    find(element, '#propose-url').closest('form')!.requestSubmit();
    await until(() => element.shadowRoot!.querySelector('#proposal-banner') !== null, 'the proposal');
    await element.settled();
    await click(element, '#section-actors', '#item-actors-9');
    await click(element, '#item-actors-9', '#item-heading');
    await type(
      element,
      '#f_2factors_2f9_2fdescription-de',
      'Betreiber des Nachbarschaftshauses und des Cafés.',
    );
    await until(
      () => find(element, '#propose-download').getAttribute('aria-disabled') === 'false',
      'the base',
    );
    await click(element, '#propose-download', '#propose-dialog[open]');
  },
  parameters: settled(
    'ready',
    'Ihr Vorschlag enthält 1 Änderung',
    'Beschreibung geändert',
    'Ihr Name',
    'Ihre Organisation',
  ),
};

export const Review: Story = {
  name: 'The office reviews a proposal: old and new side by side',
  play: (context) =>
    review(context, async (src) => [await proposal(src, 'Aylin Demir', description('Betreiber und Café.'))]),
  parameters: settled(
    'ready',
    'Vorschlag von Aylin Demir',
    'Passt zum aktuellen Stand.',
    'Bisher',
    'Übernehmen',
  ),
};

export const Conflict: Story = {
  name: 'Two proposals for the same value: a conflict',
  play: (context) =>
    review(context, async (src) => [
      await proposal(src, 'Aylin Demir', description('Erster Vorschlag.')),
      await proposal(src, 'Jonas Weber', description('Zweiter Vorschlag.')),
    ]),
  parameters: settled(
    'ready',
    'Konflikt: Vorschlag von Aylin Demir',
    'Jetzt im Dokument',
    'Vorgeschlagenen Wert übernehmen',
  ),
};

export const Refused: Story = {
  name: 'A hostile file is refused, with the reason',
  play: (context) =>
    review(context, async (src) => {
      const made = JSON.parse(await (await proposal(src, 'Aylin Demir', description('x'))).text());
      made.patch = [{ op: 'add', path: '/__proto__/polluted', value: true }];
      return [new File([JSON.stringify(made)], 'boese.json')];
    }),
  parameters: settled(
    'ready',
    'boese.json wurde nicht geöffnet',
    '„__proto__“',
    'Noch kein Vorschlag geöffnet.',
  ),
};

export const Answers: Story = {
  name: 'After applying: the answers to the proposers',
  play: async (context) => {
    await review(context, async (src) => [
      await proposal(src, 'Aylin Demir', description('Betreiber und Café.')),
    ]);
    const element = await editorOf(context.canvasElement);
    await click(element, '#proposal-1-accept-all', '.change.accept');
    await click(element, '#review-apply', '#review-outcome');
  },
  parameters: settled(
    'ready',
    '1 Änderung übernommen',
    'Antworten an die Vorschlagenden',
    'Antwort herunterladen (Text)',
  ),
};

export const English: Story = {
  name: 'Reviewing in English',
  args: { lang: 'en' },
  play: (context) =>
    review(context, async (src) => [
      await proposal(src, 'Aylin Demir', description('Runs the centre and a café.')),
    ]),
  parameters: settled('ready', 'Review proposals', 'Proposal by Aylin Demir', 'Fits the current version.'),
};

export const Narrow: Story = {
  name: 'Reviewing in a narrow column (320 px)',
  decorators: [narrowColumn],
  play: (context) =>
    review(context, async (src) => [
      await proposal(src, 'Aylin Demir', description('Erster Vorschlag.')),
      await proposal(src, 'Jonas Weber', description('Zweiter Vorschlag.')),
    ]),
  parameters: settled('ready', 'Konflikt', 'Entscheidung'),
};
