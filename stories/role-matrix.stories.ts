import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { cellKey, type KoopRoleMatrix } from '@koop/role-matrix';
import { html } from 'lit';
import { LONG_WORD } from './support/documents.js';
import { mockFetch } from './support/mock-fetch.js';
import { darkPage, narrowColumn } from './support/page-styles.js';
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

/** The select button of the Bürgerstiftung's funding cell (a cell's key joins actor and role). */
const FOERDERUNG_CELL = `button.select[value="${CSS.escape(cellKey('stiftung', 'r-foerderung'))}"]`;

/** The controls of `<koop-role-matrix>`; every document URL a story uses is its `src`. */
interface MatrixArgs extends WidgetArgs {
  at: string;
  sort: '' | 'sector' | 'actor' | 'roles';
  conflictsOnly: boolean;
  pageSize: number;
}

type Story = StoryObj<MatrixArgs>;

const matrix = (args: MatrixArgs, src: string | undefined = args.src) =>
  html`<koop-role-matrix
    ${attributes('koop-role-matrix', { ...args, src })}
    .data=${args.data}
  ></koop-role-matrix>`;

/** The matrix of a story, once it shows its document. */
async function shownMatrix(canvasElement: HTMLElement | undefined): Promise<KoopRoleMatrix> {
  const element = await shownWidget<KoopRoleMatrix>(canvasElement, 'koop-role-matrix');
  await until(() => element.shadowRoot!.querySelector('.matrix') !== null, 'the matrix');
  return element;
}

/** Clicks the button matching `selector` in the matrix and waits for `shows` to appear. */
async function open(element: KoopRoleMatrix, selector: string, shows: string): Promise<void> {
  const root = element.shadowRoot!;
  const button = root.querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`No button ${selector}`);
  button.click();
  await until(() => root.querySelector(shows) !== null, shows);
  await element.updateComplete;
}

const rowNames = (element: KoopRoleMatrix) =>
  [...element.shadowRoot!.querySelectorAll('th[scope="row"] .name')].map((name) =>
    (name.textContent ?? '').trim(),
  );

const meta: Meta<MatrixArgs> = {
  title: 'Widgets/Role matrix',
  component: 'koop-role-matrix',
  loaders: [mockFetch],
  render: (args) => matrix(args),
  args: {
    ...ownArgs('koop-role-matrix'),
    src: '/data/ko-produktion.json',
    pageSize: 50,
    ...widgetArgs,
  },
  argTypes: widgetArgTypes<MatrixArgs>('koop-role-matrix'),
  parameters: settled('ready', 'Rollen und Rollenkonflikte'),
};
export default meta;

export const CoProduction: Story = {
  name: 'Demo data: co-production',
  // As of the document's date (30 June 2026); the notice says the data is invented.
  parameters: settledWhen(
    'table[role="grid"]',
    'ready',
    'Rollen und Rollenkonflikte',
    '13 Akteure, 13 Rollen, 2 Rollenkonflikte · Stand: 30. Juni 2026',
    'Zivilgesellschaft',
    'Fördermittelgebende',
    'Koordinationsstelle Ko-Produktion',
    'Mira Platzhalter (fiktiv), Sachgebiet Quartiersentwicklung',
    'beratend · hauptamtlich',
    'Rollenkonflikt',
    'Beispieldaten: Musterstadt, das Nachbarschaftshaus Alte Feuerwache',
  ),
};

export const EqualAllPeriods: Story = {
  name: 'Demo data: EQUAL, all periods (at="all")',
  args: { src: '/data/equal-strategien.json', at: 'all' },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    const all = element.shadowRoot!.querySelector<HTMLInputElement>('#at')!;
    if (!all.disabled) throw new Error('The date field is not disabled for all periods');
  },
  // Every period at once: both holders of a changed post appear in one cell.
  parameters: settledWhen(
    'table[role="grid"]',
    'ready',
    '22 Akteure, 11 Rollen, 3 Rollenkonflikte · Alle Zeiträume',
    'Erika Musterfrau (fiktiv) beratend · hauptamtlich · Mai 2002 – Dezember 2003',
    'Jonas Beispiel (fiktiv) beratend · hauptamtlich · Februar 2004 – 31.05.2005',
    'Rollenkonflikt',
  ),
};

export const NoConflicts: Story = {
  name: 'No conflicts (defaultConflictRules: false)',
  args: { src: '/mock/doc/roles-none.json' },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    if (element.conflicts.length) throw new Error('A conflict is shown');
    if (element.shadowRoot!.querySelector('.conflict, .flag')) throw new Error('A conflict is marked');
  },
  parameters: settled(
    'ready',
    '4 Akteure, 5 Rollen, 0 Rollenkonflikte',
    'Reparaturwissen',
    'Sam Beispiel (fiktiv)',
    'ehrenamtlich',
  ),
};

export const ManyConflicts: Story = {
  name: 'Many conflicts (generated, 40 actors)',
  args: { src: '/mock/doc/roles-many.json' },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    const marked = element.shadowRoot!.querySelectorAll('td.conflict').length;
    if (marked < 40) throw new Error(`Only ${marked} cells are marked as conflicts`);
  },
  parameters: settledWhen(
    'td.conflict',
    'ready',
    '40 Akteure, 8 Rollen, 70 Rollenkonflikte',
    '2 Rollenkonflikte',
    'Konflikt',
  ),
};

export const ConflictSelected: Story = {
  name: 'A conflict selected (details)',
  // The Bürgerstiftung funds and represents its interests: named by the partners, mitigated,
  // and also matching the document's rule.
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    await open(element, FOERDERUNG_CELL, '#details');
    const button = element.shadowRoot!.querySelector(FOERDERUNG_CELL);
    if (button?.getAttribute('aria-expanded') !== 'true') throw new Error('The cell is not expanded');
  },
  parameters: settled(
    'ready',
    'Rollenkonflikt: Bürgerstiftung',
    'Geldgeber:in × Interessenvertretung im Koordinationskreis',
    'Die Bürgerstiftung finanziert die Koordinationsstelle',
    'Status entschärft',
    'Vereinbarter Umgang Seit Januar 2025 berät die Stiftung nur noch',
    'Quelle Von den Partnern benannt.',
    'Entspricht der Regel: Wer fördert, soll nicht zugleich mit Stimme eigene Interessen vertreten',
    'Schließen',
  ),
};

export const ConflictsOnly: Story = {
  name: 'Nur Konflikte (conflicts-only)',
  args: { conflictsOnly: true },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    const root = element.shadowRoot!;
    const box = root.querySelector<HTMLInputElement>('.controls input[type="checkbox"]')!;
    if (!box.checked) throw new Error('"Nur Konflikte" is not checked');
    const rows = root.querySelectorAll('tr.nav:not(thead tr)');
    const marked = root.querySelectorAll('tr.nav.conflict');
    if (rows.length !== marked.length) throw new Error('An actor without a conflict is shown');
  },
  parameters: settledWhen(
    'tr.conflict',
    'ready',
    'Nur Konflikte',
    '2 Akteure, 13 Rollen, 2 Rollenkonflikte',
    'Koordinatorin Rollenkonflikt',
    'Bürgerstiftung Rollenkonflikt',
  ),
};

export const SortedByRoles: Story = {
  name: 'Sorted by number of roles (sort="roles")',
  args: { sort: 'roles' },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('select#sort')!;
    if (select.value !== 'roles') throw new Error(`Sorted by ${select.value}`);
    const first = rowNames(element).slice(0, 2);
    if (first.join() !== 'Initiative,Nachbarschaftsverein') throw new Error(`First rows: ${first}`);
  },
  parameters: settledWhen(
    'table[role="grid"]',
    'ready',
    'Anzahl der Rollen',
    'Initiative Zivilgesellschaft',
    'Nachbarschaftsverein Zivilgesellschaft',
  ),
};

export const HistoricDate: Story = {
  name: 'A day in the past (at="2024-06-30")',
  // Before the split of the initiative and the change in the contact person: other holders,
  // other conflicts.
  args: { at: '2024-06-30' },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    const root = element.shadowRoot!;
    if (root.querySelector<HTMLInputElement>('#at')!.value !== '2024-06-30')
      throw new Error('The date field does not show the day');
    if (root.textContent!.includes('Mira Platzhalter')) throw new Error('A later holder is shown');
  },
  parameters: settledWhen(
    'table[role="grid"]',
    'ready',
    '9 Akteure, 13 Rollen, 1 Rollenkonflikt · Stand: 30. Juni 2024',
    'Jan Exempel (fiktiv), Sachgebiet Quartiersentwicklung',
    'Initiative Rollenkonflikt',
    'ohne Mandat · ehrenamtlich · Februar 2023 – Oktober 2024 Konflikt',
  ),
};

export const RoleHistory: Story = {
  name: 'Role history open',
  // The contact person in the administration changed, with three months' vacancy.
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    await open(element, 'thead button.role[value="r-ansprechperson"]', '#history');
  },
  parameters: settled(
    'ready',
    'Verlauf: Ämterübergreifende Ansprechperson der Verwaltung',
    'Stadtentwicklungsamt – Jan Exempel (fiktiv)',
    'Unbesetzt zwischen',
    'Stadtentwicklungsamt – Mira Platzhalter (fiktiv)',
    'aktuell',
    'Drei Monate Vakanz',
  ),
};

export const LargeData: Story = {
  name: 'Large data (200 actors × 30 roles)',
  args: { src: '/mock/doc/roles-large.json' },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    const rows = rowNames(element).length;
    if (rows !== 50) throw new Error(`${rows} actors shown on the first page`);
  },
  parameters: settledWhen(
    'table[role="grid"]',
    'ready',
    '200 Akteure, 30 Rollen, 118 Rollenkonflikte',
    'Rolle 30 mit längerem Namen',
    'Akteur 1',
    'Weitere 50 Akteure anzeigen (von 150 verbleibenden)',
  ),
};

export const SmallPageSize: Story = {
  name: 'Small page size (page-size="4")',
  args: { pageSize: 4, sort: 'actor' },
  // "Weitere … anzeigen" adds the next four and moves focus to the first of them.
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="more"]')!.click();
    await until(() => rowNames(element).length === 8, 'eight actors');
    const focused = element.shadowRoot!.activeElement?.closest('th');
    if (!focused?.textContent!.includes(rowNames(element)[4])) throw new Error('Focus did not move');
  },
  parameters: settledWhen(
    'button[part="more"]',
    'ready',
    'Aktionsgruppe „Feuerwache bleibt!“',
    'Weitere 4 Akteure anzeigen',
  ),
};

export const NarrowList: Story = {
  name: 'Narrow: list per actor (20em)',
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    await until(() => element.shadowRoot!.querySelector('.cards') !== null, 'the list layout');
    const card = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="actor"]')].find((li) =>
      li.textContent!.includes('Bürgerstiftung'),
    )!;
    card.querySelector<HTMLButtonElement>(':scope > button.select')!.click();
    await until(() => card.querySelector('#details') !== null, 'the details inside the entry');
    if (element.shadowRoot!.querySelector('table')) throw new Error('The table is still shown');
  },
  parameters: settledWhen(
    '[part="actor"]',
    'ready',
    'Zivilgesellschaft',
    'Bürgerstiftung',
    'Geldgeber:in',
    'Rollenkonflikt: Bürgerstiftung',
  ),
};

export const Empty: Story = {
  name: 'Empty (no roles)',
  args: { src: '/mock/doc/small.json' },
  parameters: settled('ready', 'Das Dokument enthält keinen Rollenkatalog.'),
};

export const DataContradictions: Story = {
  name: 'Contradictions in the data (in words, JSON paths folded away)',
  args: { src: '/mock/doc/roles-contradictions.json' },
  parameters: settledWhen(
    '[part="problems"]',
    'ready',
    '2 Hinweise zu Rollen und Konflikten',
    'conflicts[1].roles[1]',
    'Sozialamt hat die Rolle „Evaluation“ laut Rollenbesetzung nie inne.',
    'conflictRules[1].roles[1]',
    '„gibtsnicht“ ist weder eine Rolle des Katalogs noch ein bekannter Rollentyp; die Regel greift so nie.',
  ),
};

export const Loading: Story = loadingStory('rollen');

export const NotFound: Story = { name: 'Error: HTTP 404', ...notFoundStory('rollen') };

export const InvalidAssignments: Story = {
  name: 'Error: invalid assignments',
  args: { src: '/mock/doc/roles-invalid.json' },
  parameters: settled(
    'error',
    'Koop-Format',
    'assignments[0].mandate',
    'assignments[1].staffing',
    'assignments[2].since',
    'assignments[3]',
    'conflicts[0].status',
  ),
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    await open(element, FOERDERUNG_CELL, '#details');
  },
  parameters: settled(
    'ready',
    'Roles and role conflicts',
    'As of June 30, 2026',
    'Conflicts only',
    'Funders',
    'Role conflict: Bürgerstiftung',
    'mitigated',
    'Named by the partners.',
    'Example data: Musterstadt',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    await open(element, FOERDERUNG_CELL, '#details');
  },
  parameters: settled('ready', 'Rollen und Rollenkonflikte', 'Rollenkonflikt: Bürgerstiftung'),
};

export const HostileText: Story = {
  name: 'Hostile text (shown as text)',
  args: { src: '/mock/doc/roles-hostile.json', at: 'all' },
  // Opens the conflict's details and the role's history, where the holder and note appear.
  play: async ({ canvasElement }) => {
    const element = await shownMatrix(canvasElement);
    await open(element, 'th[scope="row"] button.select[value="a"]', '#details');
    await open(element, 'thead button.role[value="r-geld"]', '#history');
  },
  parameters: settled(
    'ready',
    '<b onmouseover=alert(1)>Fett</b>',
    '<iframe src=javascript:alert(1)>',
    '"><svg onload=alert(1)>',
    '<u>Evaluation</u>',
    '<a href="javascript:alert(1)">Person</a>',
    '<object data=x></object>',
    '{{constructor.constructor("alert(1)")()}}',
    '<script>alert("beschreibung")</script>',
    '<embed src=x>',
    '<img src=x onerror=alert("regel")>',
    '<script>alert("notice")</script>',
    LONG_WORD,
  ),
};

export const InsideKoopData: Story = {
  name: 'Inside <koop-data> with a goal tracker',
  ...withGoalTrackerStory(matrix, 'Ziele', 'Rollen und Rollenkonflikte', 'Koordinationsstelle Ko-Produktion'),
};

export const RolesInBodies: Story = {
  name: 'Format 1.1: roles held in a body (OParl memberships)',
  args: { src: '/mock/doc/council.json' },
  parameters: settled('ready', 'Vorsitz', 'ausgeübt in: Sozialausschuss'),
};

export const HistoricalCooperation: Story = {
  name: 'A historical cooperation: the last day roles were held',
  // Every role ended in 2019 and the document has no date: the matrix shows 30 November 2019
  // and says why, instead of an empty view.
  args: { src: '/mock/doc/historical-roles.json' },
  parameters: settled('ready', 'der letzte Tag, an dem Rollen besetzt waren', 'Altstadtverein'),
};
