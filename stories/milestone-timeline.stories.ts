import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import { html } from 'lit';
import { LONG_WORD } from './support/documents.js';
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

/** The controls of `<koop-milestone-timeline>`; every document URL a story uses is its `src`. */
interface TimelineArgs extends WidgetArgs {
  today: string;
  zoom: '' | 'years' | 'quarters' | 'months';
  groupBy: '' | 'phase' | 'goal' | 'actor';
  view: '' | 'list';
  selected: string;
}

type Story = StoryObj<TimelineArgs>;

const timeline = (args: TimelineArgs, src: string | undefined = args.src) =>
  html`<koop-milestone-timeline
    ${attributes('koop-milestone-timeline', { ...args, src })}
    .data=${args.data}
  ></koop-milestone-timeline>`;

/** The timeline of a story, once it shows its document. */
const shownTimeline = async (canvasElement: HTMLElement | undefined): Promise<ShadowRoot> =>
  (await shownWidget<KoopMilestoneTimeline>(canvasElement, 'koop-milestone-timeline')).shadowRoot!;

/** The ko-produktion demo is dated 30 June 2026: today in its stories, so they always look the same. */
const KO_TODAY = '2026-06-30';

const meta: Meta<TimelineArgs> = {
  title: 'Widgets/Milestone timeline',
  component: 'koop-milestone-timeline',
  loaders: [mockFetch],
  render: (args) => timeline(args),
  args: {
    ...ownArgs('koop-milestone-timeline'),
    src: '/data/ko-produktion.json',
    today: KO_TODAY,
    ...widgetArgs,
  },
  argTypes: widgetArgTypes<TimelineArgs>('koop-milestone-timeline'),
  parameters: settled('ready', 'Zeitplan und Meilensteine'),
};
export default meta;

export const CoProduction: Story = {
  name: 'Demo data: co-production (funding cliff)',
  // The pilot funding ends in August 2026 without follow-up funding: what lies beyond is named.
  parameters: settledWhen(
    'g.cliff',
    'ready',
    'Zeitplan und Meilensteine',
    '18 Meilensteine (11 erreicht, 1 verzögert, 5 geplant, 1 entfallen), 6 Phasen',
    'Förderende ohne Anschlussfinanzierung',
    '„Modellförderung Koordinationsstelle“ endet am 31. August 2026',
    'Reflexionspunkt 4: drei Monate nach dem Förderende (24. November 2026)',
    'Bericht der Ko-Evaluation veröffentlicht (30. Juni 2027)',
    'Bezahlte Rollen über das Förderende hinaus:',
    'Wissenschaftliche Begleitung und Ko-Evaluation – Hochschule',
    'Heute',
    'Als Liste',
    'gestrichelt: geplanter Termin, Linie bis zum tatsächlichen',
  ),
};

export const EqualByPhase: Story = {
  name: 'Demo data: EQUAL, lanes by phase (group-by="phase")',
  // 2002–2005: today lies outside the document's time, so it opens on its period.
  args: { src: '/data/equal-strategien.json', groupBy: 'phase' },
  parameters: settledWhen(
    '.lane-label',
    'ready',
    '16 Meilensteine (13 erreicht, 1 verzögert, 1 geplant, 1 entfallen), 6 Phasen',
    'Ko-Planung: Arbeitsplan und Leitziele',
    'Ko-Evaluation und Transfer',
    'Förderphase EQUAL (Aktion 2)',
    'Transferphase (Anschlussfinanzierung)',
  ),
};

export const LanesByGoal: Story = {
  name: 'Lanes by goal (group-by="goal")',
  args: { groupBy: 'goal' },
  parameters: settledWhen(
    '.lane-label',
    'ready',
    'Das Nachbarschaftshaus Alte Feuerwache gemeinsam betreiben',
    'Ehrenamtliche Kerngruppe entlasten',
    'Ohne Ziel',
  ),
};

export const LanesByActor: Story = {
  name: 'Lanes by actor (group-by="actor")',
  args: { groupBy: 'actor' },
  parameters: settledWhen(
    '.lane-label',
    'ready',
    'Fachausschuss',
    'Nachbarschaftsverein',
    'Bürgerstiftung',
    'Hochschule',
  ),
};

export const ReflectionSelected: Story = {
  name: 'Zoom months, a reflection point selected',
  args: { zoom: 'months', selected: 'm-reflexion-3' },
  // The selected reflection point is on the axis (pressed), on the months scale.
  play: async ({ canvasElement }) => {
    const root = await shownTimeline(canvasElement);
    const pressed = root.querySelector('[role="group"] button[aria-pressed="true"]');
    if (pressed?.textContent?.trim() !== 'Monate') throw new Error('The months scale is not pressed');
    const marker = root.querySelector('g.ms.selected[role="button"]');
    if (marker?.getAttribute('aria-pressed') !== 'true')
      throw new Error('The selected milestone is not shown');
  },
  parameters: settledWhen(
    '.questions',
    'ready',
    'Reflexionspunkt 3: vor dem Förderende',
    'Reflexionspunkt',
    'Fragen für den Reflexionspunkt',
    'Sind die Ziele noch gemeinsam getragen?',
    'Was passiert, wenn die Finanzierung ausläuft?',
    'Wer übernimmt dann die begonnenen Aufgaben',
  ),
};

export const ListView: Story = {
  name: 'List view (view="list")',
  args: { view: 'list' },
  parameters: settledWhen(
    '[part="list"]',
    'ready',
    'Phasen und Förderzeiträume',
    'Modellförderung Koordinationsstelle (Förderzeitraum): 1. September 2024 bis 31. August 2026. Gefördert von: Bürgerstiftung, Sozialamt',
    'Meilensteine in zeitlicher Reihenfolge',
    'Fachausschuss beauftragt die Ko-Produktion',
    'Tatsächlich 15. Mai 2024 (15 Tage später)',
    'Bericht der Ko-Evaluation veröffentlicht',
  ),
};

export const EdgeCases: Story = {
  name: 'Edge cases: partial dates, outside all phases, undated',
  // Year-only ("2025") and month-only dates are bars over their year or month, named as such;
  // "Protest beginnt" lies before every phase; one milestone and one phase have no date.
  args: { src: '/mock/doc/timeline-edge.json', today: '2025-06-15', selected: 'm-outside' },
  play: async ({ canvasElement }) => {
    const root = await shownTimeline(canvasElement);
    const label = (title: string) =>
      [...root.querySelectorAll('g.ms[role="button"]')]
        .map((g) => g.getAttribute('aria-label')!)
        .find((name) => name.startsWith(title));
    if (!label('Eröffnung')?.endsWith('Geplant: 2025'))
      throw new Error(`Year-only date: ${label('Eröffnung')}`);
    if (!label('Nutzungskonzept entworfen')?.includes('Geplant: September 2024'))
      throw new Error(`Month-only date: ${label('Nutzungskonzept entworfen')}`);
  },
  parameters: settledWhen(
    'g.ms line.span',
    'ready',
    'Protest beginnt',
    'Phase außerhalb aller Phasen',
    'Ohne Datum',
    'Irgendwann: Fest im Hof',
    'Verstetigung',
    'milestones[8]',
    'phases[5]',
    '„Modellförderung“ endet am Dezember 2025',
    'bis Juni 2026',
  ),
};

export const Empty: Story = {
  name: 'Empty (no phases or milestones)',
  args: { src: '/mock/doc/small.json' },
  parameters: settled(
    'ready',
    '0 Meilensteine, 0 Phasen',
    'Für diese Kooperation sind noch keine Phasen oder Meilensteine eingetragen.',
  ),
};

export const Loading: Story = loadingStory('zeitplan');

export const NotFound: Story = { name: 'Error: HTTP 404', ...notFoundStory('zeitplan') };

export const InvalidMilestones: Story = {
  name: 'Error: invalid phases and milestones',
  args: { src: '/mock/doc/timeline-invalid.json' },
  parameters: settled(
    'error',
    'Koop-Format',
    'phases[0].type',
    'phases[1].start',
    'milestones[0].kind',
    'milestones[1].status',
    'milestones[2].planned',
    'milestones[3].title',
    'milestones[4].id',
    'milestones[5].goals',
  ),
};

export const LargeData: Story = {
  name: 'Large data (1,000 milestones, 20 phases)',
  args: { src: '/mock/doc/timeline-large.json' },
  parameters: settled(
    'ready',
    '1000 Meilensteine (564 erreicht, 56 verzögert, 351 geplant, 29 entfallen), 20 Phasen',
    '„Förderperiode 4“ endet am 31. Dezember 2029',
    'Bezahlte Rollen über das Förderende hinaus:',
  ),
};

export const English: Story = {
  args: { lang: 'en', selected: 'm-reflexion-2' },
  parameters: settledWhen(
    '.questions',
    'ready',
    'Timeline and milestones',
    '18 milestones (11 reached, 1 delayed, 5 planned, 1 dropped), 6 phases',
    'Funding ends without follow-up funding',
    '“Modellförderung Koordinationsstelle” ends on August 31, 2026',
    'Questions for this reflection point',
    'Years',
    'As a list',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: settled('ready', 'Zeitplan und Meilensteine', 'Förderende ohne Anschlussfinanzierung'),
};

export const HostileText: Story = {
  name: 'Hostile text (shown as text)',
  args: { src: '/mock/doc/timeline-hostile.json', today: '2024-09-01', selected: 'markup' },
  // The 300-letter word wraps inside the funding cliff warning instead of widening the widget.
  play: async ({ canvasElement }) => {
    const root = await shownTimeline(canvasElement);
    for (const part of ['base', 'funding-cliff', 'details']) {
      const box = root.querySelector<HTMLElement>(`[part~="${part}"]`)!;
      if (box.scrollWidth > box.clientWidth + 1) throw new Error(`The long word overflows ${part}`);
    }
  },
  parameters: settled(
    'ready',
    '<img src=x onerror=alert(1)>',
    '<script>alert("beschreibung")</script>',
    '<script>alert("phase")</script>',
    '„"><svg onload=alert(1)>“ endet am 31. Dezember 2024',
    '<b onmouseover=alert(1)>Fett</b>',
    '<iframe src=javascript:alert(1)>',
    '<svg onload=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    'Sitzung mit <b>Markup</b> & "Anführungszeichen" </text></svg>',
    '<u>Ohne Datum</u>',
    'milestones[3]',
    LONG_WORD,
  ),
};

export const InsideKoopData: Story = {
  name: 'Inside <koop-data> with a goal tracker',
  ...withGoalTrackerStory(
    timeline,
    'Ziele',
    'Zeitplan und Meilensteine',
    '18 Meilensteine',
    'Förderende ohne Anschlussfinanzierung',
  ),
};

export const FundingAmounts: Story = {
  name: 'Format 1.1: funding period with its amount',
  args: { src: '/mock/doc/funding-network.json', today: '2022-03-01', selected: 'm1', view: 'list' },
  parameters: settled('ready', 'Förderperiode 2021–2022', 'Fördersumme'),
};
