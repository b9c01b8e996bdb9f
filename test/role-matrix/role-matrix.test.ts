import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/core/koop-data.js';
import '@koop/role-matrix/koop-role-matrix.js';
import type { KoopConflictSelectEvent, KoopRoleMatrix } from '@koop/role-matrix';
import { largeDocument, rolesDocument } from './documents.js';
import { freshCache, shadow, textOf } from '../support/helpers.js';
import { runWidgetContract } from '../support/widget-contract.js';

async function matrix(template = html`<koop-role-matrix .data=${rolesDocument()}></koop-role-matrix>`) {
  const element = await fixture<KoopRoleMatrix>(template);
  await waitUntil(() => shadow(element).querySelector('.matrix, [role="alert"]'), 'rendered', {
    timeout: 5000,
  });
  await element.updateComplete;
  return element;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const all = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...shadow(element).querySelectorAll<T & Element>(selector),
];
const rowNames = (element: Element) =>
  all(element, 'th[scope="row"] .name').map((th) => clean(th.textContent));
const columnNames = (element: Element) => all(element, 'thead th').map((th) => clean(th.textContent));

/** Logical columns a row covers (a run of empty cells is one cell spanning them). */
const width = (row: HTMLTableRowElement) => [...row.cells].reduce((n, c) => n + c.colSpan, 0);

/** The first logical column of a cell. */
function columnOf(cell: HTMLTableCellElement): number {
  const cells = [...(cell.parentElement as HTMLTableRowElement).cells];
  return cells.slice(0, cells.indexOf(cell)).reduce((n, c) => n + c.colSpan, 0);
}

/** The cell of an actor's row (by the name shown) in a role's column (by its name). */
function cell(element: Element, actor: string, role: string): HTMLTableCellElement {
  const column = columnNames(element).indexOf(role);
  const row = all<HTMLTableRowElement>(element, 'tr.nav').find(
    (tr) => clean(tr.cells[0].querySelector('.name')?.textContent) === actor,
  );
  const found = row && [...row.cells].find((c) => columnOf(c) <= column && column < columnOf(c) + c.colSpan);
  if (column < 1 || !found) throw new Error(`no cell ${actor} × ${role}`);
  return found;
}

const details = (element: Element) => shadow(element).querySelector<HTMLElement>('#details');
const history = (element: Element) => shadow(element).querySelector<HTMLElement>('#history');
async function ctrl(key: string) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}
const focused = (element: Element) => shadow(element).activeElement as HTMLElement | null;

describe('<koop-role-matrix>', () => {
  freshCache();

  it('renders a real table: roles as column headers, actors as row headers, grouped by sector', async () => {
    const element = await matrix();
    const table = shadow(element).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal('grid');
    expect(all(element, 'thead th').map((th) => th.getAttribute('scope'))).to.deep.equal(
      Array(8).fill('col'),
    );
    expect(columnNames(element)).to.deep.equal([
      'Akteur',
      'Protest',
      'Koordination',
      'Geldgeber',
      'Interessenvertretung',
      'Evaluation',
      'Stimme im Gremium',
      'Moderation',
    ]);
    expect(all(element, 'th[scope="rowgroup"]').map((th) => clean(th.textContent))).to.deep.equal([
      'Zivilgesellschaft',
      'Verwaltung',
      'Fördermittelgebende',
      'Wissenschaft',
      'Intermediäre',
    ]);
    expect(shadow(element).querySelector('th[scope="rowgroup"]')!.getAttribute('colspan')).to.equal('8');
    // As of updatedAt (2022-06-30): "solo" held its roles only in 2021, "idle" never holds one.
    expect(rowNames(element)).to.deep.equal([
      'Initiative',
      'Sozialamt',
      'Stiftung Musterstadt',
      'Hochschule',
      'Moderationsbüro',
    ]);
    expect(all<HTMLTableRowElement>(element, 'tbody tr.nav').map(width)).to.deep.equal([8, 8, 8, 8, 8]);
    // Empty neighbours are one cell: Stiftung holds only the funder role (column 3).
    const stiftung = cell(element, 'Stiftung Musterstadt', 'Geldgeber').parentElement as HTMLTableRowElement;
    expect([...stiftung.cells].map((c) => c.colSpan)).to.deep.equal([1, 2, 1, 4]);
    expect(all(element, 'tbody th[scope="row"]')).to.have.length(5);
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.equal(
      '5 Akteure, 7 Rollen, 3 Rollenkonflikte · Stand: 30. Juni 2022',
    );
  });

  it('shows mandate, staffing and period in a cell, and several holders in one cell', async () => {
    const element = await matrix();
    expect(clean(cell(element, 'Sozialamt', 'Koordination').textContent)).to.contain(
      'Anna Beispiel beratend · hauptamtlich · Januar 2020 – Juni 2022',
    );
    expect(clean(cell(element, 'Initiative', 'Stimme im Gremium').textContent)).to.equal(
      'Zwei Delegierte entscheidet verbindlich · ehrenamtlich · seit Januar 2021',
    );
    expect(clean(cell(element, 'Stiftung Musterstadt', 'Geldgeber').textContent)).to.equal(
      'entscheidet verbindlich · hauptamtlich · 01.01.2020 – 31.12.2023',
    );
    expect(clean(cell(element, 'Initiative', 'Protest').textContent)).to.equal('');
    element.at = 'all';
    await element.updateComplete;
    const turnover = cell(element, 'Sozialamt', 'Koordination');
    expect([...turnover.querySelectorAll('.assignment')].map((a) => clean(a.textContent))).to.deep.equal([
      'Anna Beispiel beratend · hauptamtlich · Januar 2020 – Juni 2022',
      'Ben Muster beratend · hauptamtlich · seit Oktober 2022',
    ]);
    expect(clean(cell(element, 'Moderationsbüro', 'Interessenvertretung').textContent)).to.equal(
      '2019 – Dezember 2019',
    );
  });

  it('marks conflicting rows and cells with a pattern, an icon and text', async () => {
    const element = await matrix();
    const row = cell(element, 'Sozialamt', 'Koordination').parentElement as HTMLTableRowElement;
    expect(row.classList.contains('conflict')).to.equal(true);
    const header = row.cells[0];
    expect(clean(header.textContent)).to.equal('Sozialamt 2 Rollenkonflikte');
    expect(header.querySelector('.flag svg.icon')).to.exist;
    expect(getComputedStyle(header).backgroundImage).to.contain('repeating-linear-gradient');
    const both = cell(element, 'Sozialamt', 'Stimme im Gremium');
    expect(both.classList.contains('conflict')).to.equal(true);
    expect(clean(both.querySelector('.flag')!.textContent)).to.equal('2 Konflikte');
    expect(getComputedStyle(both).backgroundImage).to.contain('repeating-linear-gradient');
    // The role named by explicit conflict 1 but never held: marked, and said so.
    expect(clean(cell(element, 'Sozialamt', 'Evaluation').textContent)).to.equal(
      'an diesem Tag nicht inne Konflikt',
    );
    const calm = cell(element, 'Initiative', 'Stimme im Gremium');
    expect(calm.classList.contains('conflict')).to.equal(false);
    expect(calm.parentElement!.classList.contains('conflict')).to.equal(false);
  });

  it('opens the details of a conflict: description, status with icon and text, mitigation, source', async () => {
    const element = await matrix(
      html`<koop-role-matrix at="all" .data=${rolesDocument()}></koop-role-matrix>`,
    );
    const button = cell(element, 'Initiative', 'Protest').querySelector<HTMLButtonElement>('button.select')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => button.click());
    const event = (await oneEvent(element, 'koop-conflict-select')) as KoopConflictSelectEvent;
    expect(event.detail.actor).to.equal('ini');
    expect(event.detail.role).to.equal('r-prot');
    expect(event.detail.conflicts.map((c) => c.key)).to.deep.equal(['c0']);
    await waitUntil(() => details(element), 'details shown');
    const panel = details(element)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.getAttribute('role')).to.equal('region');
    expect(clean(panel.querySelector('[role="heading"]')!.textContent)).to.equal(
      'Rollenkonflikt: Initiative',
    );
    const text = clean(panel.textContent);
    expect(text).to.contain('Protest × Stimme im Gremium');
    expect(text).to.contain('Protest und Stimme im Gremium zugleich.');
    expect(text).to.contain('Status gelöst');
    expect(panel.querySelector('.status svg.icon.resolved')).to.exist;
    expect(text).to.contain('Vereinbarter Umgang Aufgeteilt in Plenum und Aktionsgruppe.');
    expect(text).to.contain('Zeitraum Januar 2021 – Juni 2021');
    expect(text).to.contain(
      'Von den Partnern benannt. Entspricht der Regel: Mitentscheiden und zugleich protestieren',
    );
    expect(text).to.contain('(Leitfaden Ko-Produktion, „Rollenverteilung/Rollenkonflikte“)');
    expect(textOf(element)).to.contain('Rollenkonflikt: Initiative. Angezeigt unterhalb.');
    panel.querySelector<HTMLButtonElement>('button.close')!.click();
    await element.updateComplete;
    expect(Boolean(details(element))).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows a conflict found by a rule with the rule that found it, and all conflicts of a row', async () => {
    const element = await matrix();
    cell(element, 'Hochschule', 'Evaluation').querySelector<HTMLButtonElement>('button.select')!.click();
    await waitUntil(() => details(element), 'details shown');
    const text = clean(details(element)!.textContent);
    expect(text).to.contain('Geldgeber × Evaluation');
    expect(text).to.contain('Status von den Partnern nicht benannt');
    expect(text).to.contain('Vereinbarter Umgang Noch keiner vereinbart.');
    expect(text).to.contain('Zeitraum Januar 2022 – Dezember 2022');
    expect(text).to.contain('Erkannt durch die Regel: Wer fördert, kann nicht unabhängig bewerten');
    expect(details(element)!.querySelector('.status svg.icon.none')).to.exist;

    const header = cell(element, 'Sozialamt', 'Koordination').parentElement!.querySelector<HTMLButtonElement>(
      'th button.select',
    )!;
    header.click();
    await waitUntil(() => clean(details(element)?.textContent).includes('Sozialamt'), 'row details');
    const items = [...details(element)!.querySelectorAll('li')].map((li) =>
      clean(li.querySelector('.pair')!.textContent),
    );
    expect(items).to.deep.equal(['Stimme im Gremium × Evaluation', 'Koordination × Stimme im Gremium']);
    const rule = clean(details(element)!.querySelectorAll('li')[1].textContent);
    expect(rule).to.contain('Erkannt durch die Regel: Die Koordination stimmt nicht mit.');
    expect(clean(details(element)!.querySelectorAll('li')[0].textContent)).to.contain('Status offen');
  });

  it('shows contradictions in the data as a notice, in words, with their JSON paths in a disclosure', async () => {
    const element = await matrix();
    const notice = shadow(element).querySelector('[part="problems"]')!;
    expect(notice.classList.contains('notice')).to.equal(true);
    const items = [...notice.querySelectorAll(':scope > ol.problems > li')].map((li) =>
      clean(li.textContent),
    );
    expect(items).to.deep.equal([
      'Rollenkonflikte › 2. Konflikt „k-amt“ › Rollen › 2. Rolle: Sozialamt hat die Rolle „Evaluation“ laut Rollenbesetzung nie inne.',
      'Konfliktregeln › 2. Regel › Rollen › 2. Rolle: „gibtsnicht“ ist weder eine Rolle des Katalogs noch ein bekannter Rollentyp; die Regel greift so nie.',
    ]);
    const paths = notice.querySelector<HTMLDetailsElement>('details[part="data-paths"]')!;
    expect(paths.open).to.equal(false);
    expect([...paths.querySelectorAll('li')].map((li) => clean(li.textContent))).to.deep.equal([
      'conflicts[1].roles[1]',
      'conflictRules[1].roles[1]',
    ]);
    // The footer does not repeat them.
    expect(shadow(element).querySelector('[part="data-errors"], [part="data-warnings"]')).to.equal(null);
    expect(element.dataProblems.map((p) => p.path)).to.deep.equal([
      'conflicts[1].roles[1]',
      'conflictRules[1].roles[1]',
    ]);
  });

  it('reports the explicit conflict of a role no longer held in the co-production demo', async () => {
    const element = await matrix(
      html`<koop-role-matrix src="/demo/data/ko-produktion.json"></koop-role-matrix>`,
    );
    await waitUntil(() => shadow(element).querySelector('[part="problems"]'), 'notice', { timeout: 5000 });
    const item = clean(shadow(element).querySelector('[part="problems"] li')!.textContent);
    expect(item).to.equal(
      'Rollenkonflikte › 2. Konflikt „k-koordinatorin“ › Rollen › 2. Rolle: Koordinatorin hat die Rolle „Interessenvertretung im Koordinationskreis“ nicht mehr inne (bis Dezember 2024), der Konflikt gilt aber als „entschärft“. Status auf „gelöst“ setzen oder die Rollenbesetzung ergänzen.',
    );
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.contain('Stand: 30. Juni 2026');
    expect(element.conflicts.map((c) => c.key)).to.deep.equal(['c0', 'c1']);
  });

  it('"Nur Konflikte" shows only actors with a role conflict, reflected in conflicts-only', async () => {
    const element = await matrix();
    const checkbox = all<HTMLInputElement>(element, '.controls input[type="checkbox"]')[0];
    expect(clean(checkbox.parentElement!.textContent)).to.equal('Nur Konflikte');
    checkbox.click();
    await element.updateComplete;
    expect(element.hasAttribute('conflicts-only')).to.equal(true);
    expect(rowNames(element)).to.deep.equal(['Sozialamt', 'Hochschule']);
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.match(/^2 Akteure, 7 Rollen/);
    checkbox.click();
    await element.updateComplete;
    expect(rowNames(element)).to.have.length(5);

    const preset = await matrix(
      html`<koop-role-matrix conflicts-only at="2019-06-01" .data=${rolesDocument()}></koop-role-matrix>`,
    );
    expect(textOf(preset)).to.contain('Keine Rollenkonflikte in dieser Ansicht.');
    expect(Boolean(shadow(preset).querySelector('table'))).to.equal(false);
  });

  it('sorts by actor, by sector (grouped) or by number of roles', async () => {
    const element = await matrix();
    const select = shadow(element).querySelector<HTMLSelectElement>('select#sort')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Bereich',
      'Akteur',
      'Anzahl der Rollen',
    ]);
    select.value = 'actor';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.getAttribute('sort')).to.equal('actor');
    expect(all(element, 'tr.group')).to.have.length(0);
    expect(rowNames(element)).to.deep.equal([
      'Hochschule',
      'Initiative',
      'Moderationsbüro',
      'Sozialamt',
      'Stiftung Musterstadt',
    ]);
    expect(clean(all(element, 'th[scope="row"] .sector')[0].textContent)).to.equal('Wissenschaft');

    select.value = 'roles';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(rowNames(element)).to.deep.equal([
      'Hochschule',
      'Initiative',
      'Sozialamt',
      'Moderationsbüro',
      'Stiftung Musterstadt',
    ]);
    element.sort = 'sector';
    await element.updateComplete;
    expect(all(element, 'tr.group')).to.have.length(5);
    element.setAttribute('sort', 'nonsense');
    await element.updateComplete;
    expect(all(element, 'tr.group')).to.have.length(5);
  });

  it('shows the roles as they were on the day given by at, and switches to all periods', async () => {
    const element = await matrix(
      html`<koop-role-matrix at="2024-06-01" src="/demo/data/ko-produktion.json"></koop-role-matrix>`,
    );
    await waitUntil(() => shadow(element).querySelector('table'), 'table', { timeout: 5000 });
    const date = shadow(element).querySelector<HTMLInputElement>('input#at')!;
    expect(date.value).to.equal('2024-06-01');
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.contain('Stand: 1. Juni 2024');
    // June 2024: the initiative still protested and already had a vote; the coordinator's post came in September.
    expect(element.conflicts.map((c) => `${c.actor}:${c.conflict?.status}`)).to.deep.equal([
      'initiative:resolved',
    ]);
    expect(
      cell(element, 'Initiative', 'Protest und öffentlicher Druck').classList.contains('conflict'),
    ).to.equal(true);
    expect(rowNames(element)).not.to.include('Aktionsgruppe „Feuerwache bleibt!“');

    date.value = '2026-06-30';
    date.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.getAttribute('at')).to.equal('2026-06-30');
    expect(element.conflicts.map((c) => c.actor)).to.deep.equal(['stiftung', 'koordinatorin']);

    const allPeriods = all<HTMLInputElement>(element, '.controls input[type="checkbox"]')[1];
    expect(clean(allPeriods.parentElement!.textContent)).to.equal('Alle Zeiträume');
    allPeriods.click();
    await element.updateComplete;
    expect(element.getAttribute('at')).to.equal('all');
    expect(date.disabled).to.equal(true);
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.contain('Alle Zeiträume');
    expect(element.conflicts).to.have.length(3);
    expect(Boolean(shadow(element).querySelector('[part="problems"]'))).to.equal(false);

    allPeriods.click();
    await element.updateComplete;
    expect(element.hasAttribute('at')).to.equal(false);
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.contain('Stand: 30. Juni 2026');
  });

  it('gives focus back to the cell that opened the details when "Schließen" closes them', async () => {
    const element = await matrix(
      html`<koop-role-matrix at="all" .data=${rolesDocument()}></koop-role-matrix>`,
    );
    const opener = cell(element, 'Initiative', 'Protest').querySelector<HTMLButtonElement>('button.select')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details(element), 'details shown');
    details(element)!.querySelector<HTMLButtonElement>('button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(details(element)).to.equal(null);
    expect(document.activeElement === element, 'focus stays in the widget').to.equal(true);
    expect(shadow(element).activeElement === opener, 'focus back on the opener').to.equal(true);
    // The cell is the grid's tab stop again.
    expect(opener.getAttribute('tabindex')).to.equal('0');
  });

  it('gives focus back to the column header when the history closes', async () => {
    const element = await matrix();
    const header = all<HTMLButtonElement>(element, 'thead button.role')[1];
    header.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => history(element), 'history shown');
    history(element)!.querySelector<HTMLButtonElement>('button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(history(element)).to.equal(null);
    expect(shadow(element).activeElement === header, 'focus back on the header').to.equal(true);
  });

  it('shows the history of a role from its column header: holders in order, vacancies, the current one', async () => {
    const element = await matrix();
    const header = all<HTMLButtonElement>(element, 'thead button.role')[1];
    expect(clean(header.textContent)).to.equal('Koordination');
    expect(header.getAttribute('aria-expanded')).to.equal('false');
    expect(header.getAttribute('aria-describedby')).to.equal('history-hint');
    header.click();
    await waitUntil(() => history(element), 'history shown');
    expect(header.getAttribute('aria-expanded')).to.equal('true');
    const panel = history(element)!;
    expect(clean(panel.querySelector('[role="heading"]')!.textContent)).to.equal('Verlauf: Koordination');
    expect([...panel.querySelectorAll('li')].map((li) => clean(li.textContent))).to.deep.equal([
      'Sozialamt – Anna Beispiel aktuell Januar 2020 – Juni 2022 · hauptamtlich · beratend Wechselte in ein anderes Amt.',
      'Einzelperson März 2021 – Mai 2021 · ehrenamtlich',
      'Unbesetzt zwischen Juni 2022 und Oktober 2022',
      'Sozialamt – Ben Muster seit Oktober 2022 · hauptamtlich · beratend',
    ]);
    header.click();
    await element.updateComplete;
    expect(Boolean(history(element))).to.equal(false);
  });

  it('moves between cells with arrow keys, Home/End and Ctrl+Home/End, keeping one tab stop', async () => {
    const element = await matrix();
    const stops = () => all(element, 'table [tabindex="0"]');
    expect(stops()).to.have.length(1);
    const corner = shadow(element).querySelector<HTMLElement>('thead th')!;
    expect(stops()[0]).to.equal(corner);
    corner.focus();
    const at = () => {
      const td = focused(element)!.closest('td, th') as HTMLTableCellElement;
      return [all(element, 'tr.nav').indexOf(td.parentElement as HTMLElement), columnOf(td)];
    };
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal([0, 1]);
    expect(focused(element)!.matches('button.role')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal([1, 1]); // Initiative: columns 1–3 are one empty cell
    expect(focused(element)!.tagName).to.equal('TD');
    expect((focused(element) as HTMLTableCellElement).colSpan).to.equal(3);
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal([1, 4]);
    await sendKeys({ press: 'ArrowLeft' }); // to column 3, the end of the empty run
    expect(at()).to.deep.equal([1, 1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal([2, 3]); // Sozialamt: columns 3–4 are one empty cell
    await sendKeys({ press: 'ArrowLeft' });
    expect(at()).to.deep.equal([2, 2]);
    expect(focused(element)!.matches('td.conflict button.select')).to.equal(true); // Sozialamt × Koordination
    await sendKeys({ press: 'End' });
    expect(at()).to.deep.equal([2, 7]);
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal([2, 7]);
    await sendKeys({ press: 'Home' });
    expect(at()).to.deep.equal([2, 0]);
    expect(focused(element)!.matches('th button.select')).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    expect(at()).to.deep.equal([2, 0]);
    await ctrl('End');
    expect(at()).to.deep.equal([5, 7]);
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal([5, 7]);
    await ctrl('Home');
    expect(at()).to.deep.equal([0, 0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(at()).to.deep.equal([0, 0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(stops()).to.deep.equal([focused(element)]);
    // Up and down keep the column, through cells that span it.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal([1, 5]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal([3, 4]); // Stiftung: columns 4–7 are one cell
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal([4, 5]); // Hochschule × Evaluation
    expect(focused(element)!.matches('td.conflict button.select')).to.equal(true);
    // A re-render (another view option) keeps the one tab stop where the reader left it.
    element.conflictsOnly = true;
    await element.updateComplete;
    expect(stops()).to.have.length(1);
  });

  it('selects a conflict by keyboard with Enter and closes it with Space', async () => {
    const element = await matrix();
    shadow(element).querySelector<HTMLElement>('thead th')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' }); // Sozialamt × Stimme im Gremium
    const button = focused(element)!;
    expect(button.matches('td.conflict button.select')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details(element), 'details shown');
    expect([...details(element)!.querySelectorAll('.pair')].map((p) => clean(p.textContent))).to.deep.equal([
      'Stimme im Gremium × Evaluation',
      'Koordination × Stimme im Gremium',
    ]);
    expect(focused(element)).to.equal(button);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(Boolean(details(element))).to.equal(false);
  });

  it('applies no default rules when the document switches them off', async () => {
    const doc = { ...rolesDocument(), defaultConflictRules: false };
    const element = await matrix(html`<koop-role-matrix .data=${doc}></koop-role-matrix>`);
    expect(element.conflicts.map((c) => c.key)).to.deep.equal(['c1', 'amt r-koord r-stimme']);
    expect(cell(element, 'Hochschule', 'Evaluation').classList.contains('conflict')).to.equal(false);
  });

  it('speaks English', async () => {
    const element = await matrix(
      html`<koop-role-matrix lang="en" at="all" .data=${rolesDocument()}></koop-role-matrix>`,
    );
    expect(clean(shadow(element).querySelector('.matrix > [role="heading"]')!.textContent)).to.equal(
      'Roles and role conflicts',
    );
    expect(columnNames(element).slice(0, 4)).to.deep.equal(['Actor', 'Protest', 'Koordination', 'Funder']);
    expect(all(element, 'th[scope="rowgroup"]').map((th) => clean(th.textContent))[0]).to.equal(
      'Civil society',
    );
    expect(
      clean(cell(element, 'Sozialamt', 'Koordination').querySelector('.assignment')!.textContent),
    ).to.equal('Anna Beispiel advisory · paid · January 2020 – June 2022');
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.equal(
      '6 actors, 7 roles, 6 role conflicts · All periods',
    );
    cell(element, 'Hochschule', 'Evaluation').querySelector<HTMLButtonElement>('button.select')!.click();
    await waitUntil(() => details(element), 'details');
    await waitUntil(
      () => clean(details(element)!.textContent).includes('Role conflict: Hochschule'),
      'English details',
    );
    const text = clean(details(element)!.textContent);
    expect(text).to.contain('Status not named by the partners');
    expect(text).to.contain('Found by the rule: A funder cannot judge independently');
    expect(text).to.contain('(co-production guide, “Transparenz und Öffentlichkeit”)');
    expect(clean(shadow(element).querySelector('[part="problems"] li')!.textContent)).to.contain(
      'Sozialamt never holds the role “Evaluation” according to the assignments.',
    );
  });

  it('renders hostile text as text', async () => {
    const doc = rolesDocument();
    doc.actors![1].name = '<img src=x onerror="window.__roleXss=1">';
    doc.roles![1].name = '<b>fett</b>';
    doc.conflicts![1].description = '<script>window.__roleXss=2</script>';
    doc.assignments![4].holder = '"><svg onload="window.__roleXss=3">';
    const element = await matrix(html`<koop-role-matrix .data=${doc}></koop-role-matrix>`);
    expect(rowNames(element)).to.include('<img src=x onerror="window.__roleXss=1">');
    expect(columnNames(element)).to.include('<b>fett</b>');
    cell(element, '<img src=x onerror="window.__roleXss=1">', '<b>fett</b>')
      .parentElement!.querySelector<HTMLButtonElement>('th button.select')!
      .click();
    await waitUntil(() => details(element), 'details');
    expect(clean(details(element)!.textContent)).to.contain('<script>window.__roleXss=2</script>');
    all<HTMLButtonElement>(element, 'thead button.role')[1].click();
    await waitUntil(() => history(element), 'history');
    expect(shadow(element).querySelectorAll('img, script, b, svg[onload]')).to.have.length(0);
    expect((window as any).__roleXss).to.equal(undefined);
  });

  it('says when there is no role catalogue, and when nobody holds a role on the day', async () => {
    const none = rolesDocument();
    delete none.roles;
    const element = await matrix(html`<koop-role-matrix .data=${none}></koop-role-matrix>`);
    expect(textOf(element)).to.contain('Das Dokument enthält keinen Rollenkatalog.');
    const early = await matrix(
      html`<koop-role-matrix at="2010-01-01" .data=${rolesDocument()}></koop-role-matrix>`,
    );
    expect(textOf(early)).to.contain('Zu diesem Zeitpunkt hat niemand eine Rolle inne.');
  });

  it('is accessible (axe): the table, with details and history open, and in dark theme', async () => {
    const element = await matrix(
      html`<koop-role-matrix at="all" .data=${rolesDocument()}></koop-role-matrix>`,
    );
    await expect(element).to.be.accessible();
    cell(element, 'Initiative', 'Protest').querySelector<HTMLButtonElement>('button.select')!.click();
    all<HTMLButtonElement>(element, 'thead button.role')[1].click();
    await waitUntil(() => details(element) && history(element), 'panels');
    await expect(element).to.be.accessible();
    element.theme = 'dark';
    element.sort = 'roles';
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('renders 200 actors × 30 roles (time logged, not asserted)', async () => {
    const doc = largeDocument();
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const element = document.createElement('koop-role-matrix');
      element.data = doc;
      const start = performance.now();
      document.body.append(element);
      await element.updateComplete;
      await nextFrame();
      times.push(performance.now() - start);
      if (run === 4) {
        // A page of 50 actors at first, then the rest on request.
        expect(all(element, 'tbody tr.nav')).to.have.length(50);
        for (let page = 0; page < 3; page++) {
          shadow(element).querySelector<HTMLButtonElement>('button.more')!.click();
          await waitUntil(() => all(element, 'tbody tr.nav').length === 50 * (page + 2), 'next page');
        }
        expect(Boolean(shadow(element).querySelector('button.more'))).to.equal(false);
        const widths = all<HTMLTableRowElement>(element, 'tbody tr.nav').map(width);
        expect(widths.reduce((a, b) => a + b, 0)).to.equal(200 * 31);
        expect(all(element, 'tbody td, tbody th[scope="row"]').length).to.be.below((200 * 31) / 2);
        expect(all(element, 'table [tabindex="0"]')).to.have.length(1);
      }
      element.remove();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `<koop-role-matrix> 200×30 first render (dev build): ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${sorted[2].toFixed(1)} ms`,
    );
  });

  it('shows actors a page at a time and moves focus to the first new one', async () => {
    const element = await matrix(
      html`<koop-role-matrix page-size="2" at="all" .data=${rolesDocument()}></koop-role-matrix>`,
    );
    expect(rowNames(element)).to.deep.equal(['Initiative', 'Sozialamt']);
    const more = shadow(element).querySelector<HTMLButtonElement>('button.more')!;
    expect(clean(more.textContent)).to.equal('Weitere 2 Akteure anzeigen (von 4 verbleibenden)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rowNames(element).length === 4, 'second page');
    expect(clean(focused(element)!.closest('th')!.textContent)).to.contain('Stiftung Musterstadt');
    expect(clean(shadow(element).querySelector('.summary')!.textContent)).to.match(/^6 Akteure/);
    // Another view starts with the first page again.
    element.conflictsOnly = true;
    await element.updateComplete;
    expect(rowNames(element)).to.have.length(2);
  });
});

runWidgetContract('koop-role-matrix');
