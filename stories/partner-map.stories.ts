import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { KoopPartnerMap } from '@koop/partner-map';
import { html } from 'lit';
import { LONG_WORD } from './support/documents.js';
import { mockFetch } from './support/mock-fetch.js';
import { darkPage } from './support/page-styles.js';
import {
  settled,
  settledWhen,
  shownWidget,
  until,
  loadingStory,
  notFoundStory,
  withGoalTrackerStory,
} from './support/settled.js';
import { attributes, ownArgs, widgetArgs, widgetArgTypes, type WidgetArgs } from './support/args.js';

/** The controls of `<koop-partner-map>`; every document URL a story uses is its `src`. */
interface MapArgs extends WidgetArgs {
  layout: 'force' | 'sectors' | 'geo';
  nodeSize: 'relations' | 'circle';
  at: string;
  focusActor: string;
  depth: number;
  selected: string;
  view: 'map' | 'list';
  sectors: string;
  types: string;
}

type Story = StoryObj<MapArgs>;

const partnerMap = (args: MapArgs, src: string | undefined = args.src) =>
  html`<koop-partner-map
    ${attributes('koop-partner-map', { ...args, src })}
    .data=${args.data}
  ></koop-partner-map>`;

/** The map of a story, once it shows its document laid out. */
const shownMap = (canvasElement: HTMLElement | undefined) =>
  shownWidget<KoopPartnerMap>(canvasElement, 'koop-partner-map');

const meta: Meta<MapArgs> = {
  title: 'Widgets/Partner map',
  component: 'koop-partner-map',
  loaders: [mockFetch],
  render: (args) => partnerMap(args),
  args: {
    ...ownArgs('koop-partner-map'),
    src: '/data/equal-strategien.json',
    layout: 'force',
    nodeSize: 'relations',
    depth: 1,
    view: 'map',
    ...widgetArgs,
  },
  argTypes: widgetArgTypes<MapArgs>('koop-partner-map'),
  parameters: settled('ready', 'Akteure und Beziehungen'),
};
export default meta;

export const DemoData: Story = {
  name: 'Demo data: EQUAL development partnership',
  parameters: settledWhen(
    'g.n',
    'ready',
    'Akteure und Beziehungen',
    '27 Akteure, 40 Beziehungen',
    'Legende und Filter',
    'Zivilgesellschaft',
    'Mitgliedschaft',
  ),
};

export const Sectors: Story = {
  name: 'Grouped by sector (layout="sectors")',
  args: { layout: 'sectors' },
  play: async ({ canvasElement }) => {
    const element = await shownMap(canvasElement);
    const pressed = element.shadowRoot!.querySelector('.controls button[aria-pressed="true"]');
    if (pressed?.textContent?.trim() !== 'Nach Sektoren') throw new Error(`Pressed: ${pressed?.textContent}`);
  },
  parameters: settledWhen('g.n', 'ready', 'Nach Sektoren', '27 Akteure, 40 Beziehungen'),
};

export const Geo: Story = {
  name: 'By place (layout="geo")',
  args: { layout: 'geo' },
  parameters: settledWhen(
    'g.n',
    'ready',
    'Nach Orten',
    '9 Akteure haben keine Koordinaten und stehen unter der Karte.',
  ),
};

export const GeoFallback: Story = {
  name: 'By place without coordinates (notice)',
  args: { src: '/data/ko-produktion.json', layout: 'geo' },
  play: async ({ canvasElement }) => {
    const element = await shownMap(canvasElement);
    const buttons = [...element.shadowRoot!.querySelectorAll('.controls button')].map((b) =>
      b.textContent!.trim(),
    );
    if (buttons.includes('Nach Orten')) throw new Error('"Nach Orten" is offered without coordinates');
  },
  parameters: settledWhen('g.n', 'ready', 'Kein Akteur hat Koordinaten; die Karte zeigt das Netz.'),
};

export const EgoNetwork: Story = {
  name: 'Ego network (focus-actor="koordinationskreis" depth="1")',
  args: { src: '/data/ko-produktion.json', focusActor: 'koordinationskreis', depth: 1 },
  parameters: settledWhen(
    'g.n',
    'ready',
    'Netz um Koordinationskreis Alte Feuerwache: Akteure bis 1 Schritt entfernt. 11 Akteure, 15 Beziehungen',
  ),
};

export const TimeFilter: Story = {
  name: 'Time filter (at="2003-06")',
  args: { at: '2003-06' },
  play: async ({ canvasElement }) => {
    const element = await shownMap(canvasElement);
    const slider = element.shadowRoot!.querySelector<HTMLInputElement>('input#at')!;
    if (slider.value === slider.max) throw new Error('The slider shows all times');
  },
  parameters: settledWhen('g.n', 'ready', '27 Akteure, 29 Beziehungen', 'Zeitpunkt: Juni 2003'),
};

export const ActorSelected: Story = {
  name: 'An actor selected (details and path distances)',
  args: { selected: 'proconcept' },
  play: async ({ canvasElement }) => {
    const element = await shownMap(canvasElement);
    await until(() => element.shadowRoot!.querySelector('[part="details"]') !== null, 'the details');
    const node = element.shadowRoot!.querySelector('g.n[aria-pressed="true"]');
    if (!node?.getAttribute('aria-label')?.startsWith('pro concept e.V.'))
      throw new Error('The selected actor is not pressed');
  },
  parameters: settledWhen(
    '[part="details"]',
    'ready',
    'Organisation · Zivilgesellschaft · Kernkreis',
    'beauftragt FAF gGmbH: Auftrag Gesamtkoordination (Juni 2002 – Dezember 2005)',
    'gefördert von EQUAL: ESF-Mittel aus EQUAL (1. Mai 2002 – 31. Mai 2005)',
    'Pfaddistanzen',
    '1 Schritt: FAF gGmbH, AllerHand gGmbH',
    '2 Schritte: Fachworkshop der operativen Partner, LVR, LWL',
    'nicht erreichbar: Mitgliederversammlung pro concept e.V.',
    'Auswahl aufheben',
  ),
};

export const ListView: Story = {
  name: 'As a list (view="list")',
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const element = await shownMap(canvasElement);
    await until(() => element.shadowRoot!.querySelector('[part="list"]') !== null, 'the list');
    if (element.shadowRoot!.querySelector('svg.base')) throw new Error('The map is still shown');
  },
  parameters: settledWhen(
    '[part="list"]',
    'ready',
    'Als Liste',
    'pro concept e.V.',
    'Integrationsamt Rheinland (LVR)',
    'Mitglied in',
  ),
};

export const NodeSizeByCircle: Story = {
  name: 'Node size by circle (node-size="circle")',
  args: { src: '/data/ko-produktion.json', nodeSize: 'circle' },
  parameters: settledWhen(
    'g.n',
    'ready',
    'Größe: Kreis (Kern, operativ, strategisch, unterstützend)',
    '19 Akteure, 25 Beziehungen',
  ),
};

export const LargeData: Story = {
  name: 'Large data (500 actors, 1,500 relations)',
  args: { src: '/mock/doc/partners-large.json' },
  play: async ({ canvasElement }) => {
    const element = await shownMap(canvasElement);
    await until(() => element.shadowRoot!.querySelectorAll('g.n').length === 500, '500 actors', 15_000);
  },
  parameters: settledWhen('g.n', 'ready', '500 Akteure, 1500 Beziehungen', 'Netzwerkbüro'),
};

export const Empty: Story = {
  name: 'Empty (no actors)',
  args: { src: '/mock/doc/partners-none.json' },
  parameters: settled('ready', 'Für diese Kooperation sind noch keine Akteure eingetragen.'),
};

export const Loading: Story = loadingStory('partner');

export const NotFound: Story = { name: 'Error: HTTP 404', ...notFoundStory('partner') };

export const InvalidRelations: Story = {
  name: 'Error: invalid relations',
  args: { src: '/mock/doc/partners-invalid.json' },
  parameters: settled(
    'error',
    'Koop-Format',
    'relations[0].type',
    'relations[1].since',
    'relations[2]',
    'relations[3].directed',
  ),
};

export const English: Story = {
  args: { lang: 'en', selected: 'proconcept' },
  parameters: settledWhen(
    '[part="details"]',
    'ready',
    'Actors and relations',
    '27 actors, 40 relations',
    'Civil society',
    'As a list',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: settledWhen('g.n', 'ready', 'Akteure und Beziehungen', '27 Akteure, 40 Beziehungen'),
};

export const HostileText: Story = {
  name: 'Hostile text (shown as text)',
  args: { src: '/mock/doc/partners-hostile.json', selected: 'a' },
  // The list shows every actor with its relations; the selection adds the details.
  parameters: settledWhen(
    '[part="details"]',
    'ready',
    '<b onmouseover=alert(1)>Fett</b>',
    '<iframe src=javascript:alert(1)>',
    '"><svg onload=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    '<embed src=x>',
    '<a href="javascript:alert(1)">Person</a>',
    '<u>Zusammenarbeit</u>',
    '<object data=x></object>',
    '<script>alert("notice")</script>',
    LONG_WORD,
  ),
};

export const InsideKoopData: Story = {
  name: 'Inside <koop-data> with a goal tracker',
  ...withGoalTrackerStory(
    partnerMap,
    'Ziele',
    'Fördermittel der Integrationsämter nachhaltiger einsetzen',
    'Akteure und Beziehungen',
    '27 Akteure, 40 Beziehungen',
  ),
};

export const OpenRelationTypes: Story = {
  name: 'Format 1.1: relations of any kind, mutual, with amounts',
  // A GraphML-like network: "kennt sich" and an untyped relation, mutual advice, an IATI grant
  // with its amount; the Quartiersbüro selected, so its details show them all.
  args: { src: '/mock/doc/funding-network.json', selected: 'n3' },
  parameters: settled('ready', 'Andere Beziehung', 'gefördert von', '(gegenseitig', 'Koordinationsstelle'),
};
