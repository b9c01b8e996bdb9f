import { parseCalendarDate, rolesDay, SECTOR_ORDER, type Assignment, type KoopDocument } from '@koop/schema';
import { formatDate, KoopWidget, Memo, OnDemand, type KoopSelection, type LinkedItems } from '@koop/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { DataProblem, RoleConflict } from './conflicts.js';
import { KoopConflictSelectEvent } from './events.js';
import { GridFocus, type TabStop } from './grid-focus.js';
import { conflictIcon, historyIcon } from './icons.js';
import { cellKey, KEY_SEPARATOR, roleMatrix, type MatrixRow, type RoleMatrix } from './matrix.js';
import type { PanelContext } from './panels.js';
import { roleMatrixStyles } from './role-matrix.styles.js';
import { groupRows, sortedRows, type Group } from './rows.js';
import { roleMatrixStrings, type RoleMatrixStrings, type SortKey } from './strings.js';
import { TableFit } from './table-fit.js';

const GROUP_ORDER = [...SECTOR_ORDER, 'none' as const];
/** The details, history and data-notice panels, loaded on demand (one loader: every matrix shares them). */
const loadPanels = () => import('./panels.js');

/** What one render shows, worked out before it (render assigns nothing). */
interface View {
  document: KoopDocument;
  matrix: RoleMatrix;
  /** The actors in the view, sorted; `visible` of them on the pages loaded. */
  rows: MatrixRow[];
  visible: MatrixRow[];
  groups: Group[];
  /** A selection made in another widget. */
  linked?: LinkedItems;
}

/**
 * Who holds which role in a cooperation, and where roles conflict: actors as rows (grouped by
 * sector), the document's role catalogue as columns, each cell with mandate, staffing and period.
 * Conflicts come from the partners (`conflicts[]`) and from rules (`conflictRules[]` and the
 * kit's defaults drawn from the co-production guide); conflicting rows and cells carry a
 * pattern, an icon and text, and selecting one shows description, status and mitigation. A
 * date shows the roles as they were that day; each role's history lists everyone who held it.
 * The table is a grid with one tab stop (arrow keys, Home/End, Ctrl+Home/End), actors come a
 * page at a time; at 480 px and below it becomes a list per actor.
 *
 * @summary Roles of the partners and role conflicts.
 *
 * @attr at - The day shown (YYYY-MM-DD), or `all` for all periods; default: the document's `updatedAt` (not in the future), else today, or, when nobody holds a role then (a historical document), the last day someone did (the summary says so).
 * @attr sort - `sector` (default: grouped by sector), `actor` (A–Z) or `roles` (number of roles).
 * @attr conflicts-only - Show only actors with a role conflict.
 * @attr page-size - Actors shown at first and added by the "more" button (default 50).
 *
 * @event koop-conflict-select - The reader opened a row's or a cell's conflicts. `detail: { actor, role, conflicts }`.
 * @event koop-select - Opening a row's or cell's conflicts also selects its actor for the other widgets of a `<koop-data>` (closing them clears it): `detail: { kind: 'actor', id, source }`. A selection made elsewhere frames and marks the rows of the actors linked to it (the actor, a goal's owners, a milestone's actors).
 *
 * @csspart controls - Filter, sort and date controls.
 * @csspart problems - The notice listing contradictions in the data, with JSON paths.
 * @csspart table - The matrix (a `table`).
 * @csspart actor - One actor in the narrow list layout.
 * @csspart details - The details of the selected conflicts.
 * @csspart linked-mark - The "Verknüpft" mark of an actor linked to that selection.
 * @csspart history - The history of a role.
 * @csspart more - The button that shows the next page of actors.
 *
 * @cssprop --koop-role-matrix-height - Maximum height of the table before it scrolls (default 75vh).
 */
export class KoopRoleMatrix extends KoopWidget {
  static override styles = [...KoopWidget.styles, roleMatrixStyles];
  static override localizedStrings = [...KoopWidget.localizedStrings, roleMatrixStrings];

  static override properties = {
    ...KoopWidget.properties,
    at: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    conflictsOnly: { type: Boolean, reflect: true, attribute: 'conflicts-only' },
    pageSize: { type: Number, attribute: 'page-size' },
    selected: { state: true },
    history: { state: true },
    narrow: { state: true },
    announcement: { state: true },
  };

  /** The day shown (YYYY-MM-DD, or any partial date), `all` for all periods; unset: the document's date. */
  declare at: string | null;
  /** `sector` (grouped; default), `actor` or `roles`. */
  declare sort: SortKey | null;
  /** Show only actors with a role conflict. */
  declare conflictsOnly: boolean;
  /** Actors shown at first and added by "more" (default 50). */
  declare pageSize: number;
  /** `<actor>` or `<actor> <role>` whose conflicts are shown. */
  declare private selected: string | null;
  /** The role whose history is shown. */
  declare private history: string | null;
  declare private narrow: boolean | undefined;
  declare private announcement: string;
  /** In the list layout: the actor under whose role the history opened. */
  private historyActor = '';
  private readonly grid = new GridFocus(
    () => [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tr.nav')],
    () => this.view?.matrix.roles.length ?? 0,
  );
  private readonly fit = new TableFit(
    this,
    () => this.narrow,
    (narrow) => (this.narrow = narrow),
  );
  private readonly memo = new Memo();
  // Offline, the panels simply do not appear.
  private readonly panelsOnDemand = new OnDemand(this, loadPanels, () => this.language.ui);
  /** Pages of actors shown, for one view; another view starts with the first page. */
  private paging?: { view: string; document: KoopDocument; pages: number };
  private view?: View;
  /** The opener to focus once a panel that had focus has closed. */
  private focusAfter?: string;

  constructor() {
    super();
    this.at = null;
    this.sort = null;
    this.conflictsOnly = false;
    this.pageSize = 50;
    this.selected = null;
    this.history = null;
    this.announcement = '';
  }

  private get strings(): RoleMatrixStrings {
    return roleMatrixStrings.in(this.language.ui);
  }

  private get sortKey(): SortKey {
    return this.sort === 'actor' || this.sort === 'roles' ? this.sort : 'sector';
  }

  /** The conflicts in the current view. */
  get conflicts(): RoleConflict[] {
    return this.document ? this.matrix(this.document).conflicts : [];
  }

  private get panels() {
    return this.panelsOnDemand.module;
  }

  /** Contradictions between conflicts, rules and assignments in the current view. */
  get dataProblems(): DataProblem[] {
    return this.document ? this.matrix(this.document).problems : [];
  }

  /** A document with contradictions waits for the notice that explains them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const document = this.document;
    if (!this.panels && document && this.matrix(document).problems.length)
      return this.panelsOnDemand.load().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfter) this.renderRoot.querySelector<HTMLElement>(this.focusAfter)?.focus();
    this.focusAfter = undefined;
    // The table's width for its fixed layout (custom properties: no style attribute under CSP).
    const table = this.renderRoot.querySelector('table');
    if (table) {
      table.style.setProperty('--_columns', String(this.view?.matrix.roles.length ?? 1));
      this.fit.fitColumns(
        table,
        `${this.view?.matrix.roles.map((r) => r.id)} ${this.language.ui} ${this.sortKey}`,
      );
      this.fit.showScroll();
    }
    if (!this.panels && this.view?.matrix.problems.length) void this.panelsOnDemand.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.returnFocus(changed);
    this.narrow ??= this.fit.measure();
    const document = this.document;
    this.view = document && this.viewOf(document);
    // One tab stop, kept inside the grid when rows or columns go away.
    if (this.view) this.grid.fit(this.view.visible.length, this.view.matrix.roles.length);
  }

  private viewOf(document: KoopDocument): View {
    const matrix = this.matrix(document);
    const { sortKey, conflictsOnly, page, printing, linked } = this;
    const deps = [matrix, sortKey, conflictsOnly, this.language.locale, page, this.pages(document)];
    // A resize renders again: the same view, not sorted anew.
    return this.memo.get('view', [...deps, printing.active, linked.value], () =>
      this.makeView(document, matrix),
    );
  }

  private makeView(document: KoopDocument, matrix: RoleMatrix): View {
    const rows = sortedRows(matrix, {
      sort: this.sortKey,
      conflictsOnly: this.conflictsOnly,
      locale: this.language.locale,
      sectors: GROUP_ORDER,
      name: (row) => this.name(row),
    });
    const visible = this.printing.active ? rows : rows.slice(0, this.pages(document) * this.page);
    const groups = groupRows(visible, this.sortKey);
    return { document, matrix, rows, visible, groups, linked: this.linked.foreign(document) };
  }

  /**
   * A panel that closes while it has focus (its "Schließen", the opener again, Escape) hands
   * focus back to the button that opened it, so it does not fall to the start of the page.
   */
  private returnFocus(changed: PropertyValues<this>): void {
    const active = this.shadowRoot?.activeElement;
    const was = (name: 'selected' | 'history') => changed.get(name as keyof KoopRoleMatrix) as string | null;
    if (
      changed.has('selected' as keyof KoopRoleMatrix) &&
      !this.selected &&
      was('selected') &&
      active?.closest('#details')
    )
      this.focusAfter = `button.select[value="${CSS.escape(was('selected')!)}"]`;
    if (
      changed.has('history' as keyof KoopRoleMatrix) &&
      !this.history &&
      was('history') &&
      active?.closest('#history')
    )
      this.focusAfter = this.historyActor
        ? `button.role[value="${CSS.escape(was('history')!)}"][data-actor="${CSS.escape(this.historyActor)}"]`
        : `thead button.role[value="${CSS.escape(was('history')!)}"]`;
  }

  /**
   * The day shown: `at`; else the document's day (`updatedAt` unless in the future, else
   * today), for a historical document the last day someone held a role (`lastHeld`); undefined:
   * all periods. The data check reports its findings for the same day (`rolesDay`).
   */
  private reference(document: KoopDocument): { at?: string; lastHeld?: boolean } {
    const at = this.at?.trim();
    if (at === 'all') return {};
    if (parseCalendarDate(at)) return { at };
    const { day, lastHeld } = rolesDay(document);
    return { at: day, lastHeld };
  }

  private matrix(document: KoopDocument): RoleMatrix {
    const { at, lastHeld } = this.reference(document);
    return this.memo.get('matrix', [document, at], () => {
      const matrix = roleMatrix(document, at);
      // A historical document: nobody holds a role on its date, so it shows the last day someone did.
      return lastHeld ? { ...matrix, lastHeld } : matrix;
    });
  }

  private name(row: MatrixRow): string {
    return this.text(row.actor.shortName ?? row.actor.name);
  }

  private get page(): number {
    const size = Math.floor(Number(this.pageSize));
    return size > 0 ? size : 50;
  }

  private get viewKey(): string {
    return `${this.at} ${this.sortKey} ${this.conflictsOnly}`;
  }

  private pages(document: KoopDocument): number {
    const paging = this.paging;
    return paging?.document === document && paging.view === this.viewKey ? paging.pages : 1;
  }

  /** Shows the next page of actors and moves focus to the first of them. */
  private async more(): Promise<void> {
    const document = this.document!;
    const pages = this.pages(document);
    const index = pages * this.page;
    this.paging = { view: this.viewKey, document, pages: pages + 1 };
    this.requestUpdate();
    await this.updateComplete;
    const root = this.renderRoot;
    const card = root.querySelectorAll<HTMLElement>('.card')[index];
    const header = root.querySelectorAll('tbody tr.nav')[index]?.querySelector('th');
    const target = card ?? header?.querySelector('button') ?? header;
    if (card) card.tabIndex = -1;
    target?.focus();
  }

  /** Another selection closes the details of a different actor's conflicts. */
  protected override applySelection(selection: KoopSelection | null): void {
    const actor = selection?.kind === 'actor' ? selection.id : undefined;
    if (this.selected?.split(KEY_SEPARATOR)[0] !== actor) this.selected = null;
  }

  private async select(key: string): Promise<void> {
    const [actor, role] = key.split(KEY_SEPARATOR);
    if (this.selected === key) {
      this.selected = null;
      if (this.linked.is('actor', actor)) this.linked.select('actor', null);
      return;
    }
    await this.panelsOnDemand.load();
    const matrix = this.matrix(this.document!);
    const row = matrix.rows.find((r) => r.actor.id === actor);
    this.selected = key;
    this.announce(this.panels?.strings.in(this.language.ui).details(row ? this.name(row) : actor));
    const conflicts = (role ? matrix.byCell.get(key) : row?.conflicts) ?? [];
    this.emit(new KoopConflictSelectEvent({ actor, role, conflicts }));
    this.linked.select('actor', actor);
  }

  private async toggleHistory(role: string, actor = ''): Promise<void> {
    if (this.history === role && this.historyActor === actor) {
      this.history = null;
      return;
    }
    await this.panelsOnDemand.load();
    this.historyActor = actor;
    this.history = role;
    const name = this.text(this.document?.roles?.find((r) => r.id === role)?.name);
    this.announce(this.panels?.strings.in(this.language.ui).history(name));
  }

  private announce(title = ''): void {
    this.announcement = `${title}. ${this.strings.shownBelow}`;
  }

  private onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (button?.classList.contains('select')) this.select(button.value);
    else if (button?.classList.contains('role')) this.toggleHistory(button.value, button.dataset.actor);
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const view = this.view?.document === document ? this.view : this.viewOf(document);
    const { matrix, visible, groups } = view;
    const shown = view.rows.length;
    const printing = this.printing.active;
    return html`<section class="matrix" aria-label=${this.regionLabel(s.heading)} @click=${this.onClick}>
      <div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>
      ${this.renderLinkedStatus(document)} ${this.renderControls(matrix)}
      <p class="summary" role="status">
        ${s.summary(shown, matrix.roles.length, matrix.conflicts.length)} ·
        ${matrix.at ? s[matrix.lastHeld ? 'lastHeld' : 'asOf'](formatDate(matrix.at, this.language.locale)) : s.allPeriods}
      </p>
      ${matrix.problems.length && this.panels ? this.panels.problemsNotice(this.context(matrix)) : nothing}
      ${
        !matrix.roles.length
          ? html`<p class="empty">${s.noRoles}</p>`
          : !shown
            ? html`<p class="empty">${matrix.rows.length ? s.noConflicts : s.nobody}</p>`
            : // On paper, the list per actor: a wide table would be cut at the page edge.
              this.narrow || printing
              ? this.renderList(groups, view)
              : this.renderTable(groups, view)
      }
      ${
        shown > visible.length
          ? html`<button type="button" class="more" part="more" @click=${this.more}>
              ${s.more(Math.min(this.page, shown - visible.length), shown - visible.length)}
            </button>`
          : nothing
      }
      <span id="history-hint" hidden>${s.historyHint}</span>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderControls(matrix: RoleMatrix) {
    const s = this.strings;
    const all = !matrix.at;
    const checked = (event: Event) => (event.target as HTMLInputElement).checked;
    return html`<div class="controls" part="controls" role="group" aria-label=${s.view}>
      <label class="check">
        <input
          type="checkbox"
          .checked=${this.conflictsOnly}
          @change=${(event: Event) => (this.conflictsOnly = checked(event))}
        />${s.conflictsOnly}
      </label>
      <span class="field">
        <label for="sort">${s.sortBy}</label>
        <select
          id="sort"
          @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as SortKey)}
        >
          ${(['sector', 'actor', 'roles'] as const).map(
            (key) => html`<option value=${key} ?selected=${key === this.sortKey}>${s.sort[key]}</option>`,
          )}
        </select>
      </span>
      <span class="field">
        <label for="at">${s.date}</label>
        <input
          id="at"
          type="date"
          .value=${matrix.at?.length === 10 ? matrix.at : ''}
          ?disabled=${all}
          @change=${(event: Event) => (this.at = (event.target as HTMLInputElement).value || null)}
        />
      </span>
      <label class="check">
        <input
          type="checkbox"
          .checked=${all}
          @change=${(event: Event) => (this.at = checked(event) ? 'all' : null)}
        />${s.allPeriods}
      </label>
    </div>`;
  }

  private period(since?: string, until?: string): string {
    const s = this.strings;
    const day = (value: string) => formatDate(value, this.language.locale, 'short');
    return since && until
      ? `${day(since)} – ${day(until)}`
      : since
        ? s.since(day(since))
        : until
          ? s.until(day(until))
          : '';
  }

  /** Where the role is held (`in`: a body), in words; empty when it does not say. */
  private heldIn(assignment: Assignment): string {
    if (assignment.in === undefined) return '';
    const body = this.document?.actors?.find((actor) => actor.id === assignment.in);
    return this.strings.inBody(body ? this.text(body.shortName ?? body.name) : assignment.in);
  }

  private renderAssignment(assignment: Assignment) {
    const s = this.strings;
    const holder = this.text(assignment.holder);
    const facts = [
      this.heldIn(assignment),
      assignment.mandate && s.mandate[assignment.mandate],
      assignment.staffing && s.staffing[assignment.staffing],
      this.period(assignment.since, assignment.until),
    ]
      .filter(Boolean)
      .join(' · ');
    return html`<span class="assignment"
      >${holder ? html`<span class="holder">${this.docText(assignment.holder)}</span> ` : nothing}${facts || s.holds}</span
    >`;
  }

  /** A cell's assignments; none: a conflict names a role the actor does not hold in the view. */
  private renderHeld(held: Assignment[] | undefined, matrix: RoleMatrix) {
    const s = this.strings;
    return held
      ? held.map((a) => this.renderAssignment(a))
      : html`<span class="sector">${matrix.at ? s.notHeld : s.neverHeld}</span>`;
  }

  private flag(text: string) {
    return html`<span class="flag">${conflictIcon}${text}</span>`;
  }

  private selectButton(key: string, content: unknown, tabindex?: number) {
    return html`<button
      type="button"
      class="select"
      value=${key}
      tabindex=${tabindex ?? nothing}
      aria-expanded=${this.selected === key ? 'true' : 'false'}
    >
      ${content}
    </button>`;
  }

  private historyButton(role: string, name: unknown, tabindex?: number, actor?: string) {
    return html`<button
      type="button"
      class="role"
      value=${role}
      data-actor=${actor ?? nothing}
      tabindex=${tabindex ?? nothing}
      aria-expanded=${this.history === role && this.historyActor === (actor ?? '') ? 'true' : 'false'}
      aria-describedby="history-hint"
    >
      ${name}${historyIcon}
    </button>`;
  }

  private renderTable(groups: Group[], view: View) {
    const s = this.strings;
    const matrix = view.matrix;
    const columns = matrix.roles.length;
    const stop = this.grid.tabindex;
    let r = 0;
    return html`<div class="table-frame">
        <div class="table-wrap" @scroll=${this.fit.onScroll}>
          <table
            role="grid"
            aria-labelledby="heading"
            part="table"
            @keydown=${this.grid.onKeydown}
            @focusin=${this.grid.onFocusin}
          >
            <thead>
              <tr class="nav">
                <th scope="col" tabindex=${stop(0, 0)}>${s.actor}</th>
                ${matrix.roles.map(
                  (role, i) =>
                    html`<th scope="col">
                      ${this.historyButton(role.id, this.docText(role.name), stop(0, i + 1))}
                    </th>`,
                )}
              </tr>
            </thead>
            ${groups.map(
              (group) =>
                html`<tbody>
                  ${
                    group.sector
                      ? html`<tr class="group">
                          <th scope="rowgroup" colspan=${columns + 1}>
                            <span>${s.sectors[group.sector]}</span>
                          </th>
                        </tr>`
                      : nothing
                  }
                  ${group.rows.map((row) => this.renderRow(row, view, ++r, stop))}
                </tbody>`,
            )}
          </table>
        </div>
        <p class="scroll-hint">${s.scrollHint}</p>
      </div>
      ${this.selected ? this.renderDetails(matrix) : nothing}
      ${this.history && !this.historyActor ? this.renderHistory(this.history, matrix) : nothing}`;
  }

  private renderRow(row: MatrixRow, view: View, r: number, stop: TabStop) {
    const s = this.strings;
    const matrix = view.matrix;
    const id = row.actor.id;
    const count = row.conflicts.length;
    const linked = view.linked?.actors.has(id);
    const name = html`<span class="name">${this.docText(row.actor.shortName ?? row.actor.name)}</span
      >${linked ? html` ${this.linkedMark()}` : nothing}`;
    const cells: TemplateResult[] = [];
    // Empty neighbours become one cell spanning them: a fraction of the cells to lay out.
    let empty = 0;
    const flush = (c: number) => {
      if (empty) cells.push(html`<td colspan=${empty} tabindex=${stop(r, c - empty, empty)}></td>`);
      empty = 0;
    };
    matrix.roles.forEach((role, i) => {
      const held = row.cells.get(role.id);
      const key = cellKey(id, role.id);
      const conflicts = matrix.byCell.get(key);
      if (!held && !conflicts) {
        empty++;
        return;
      }
      flush(i + 1);
      const tabindex = stop(r, i + 1);
      const content = this.renderHeld(held, matrix);
      cells.push(
        conflicts
          ? html`<td class="conflict">
              ${this.selectButton(key, html`${content} ${this.flag(s.cellConflicts(conflicts.length))}`, tabindex)}
            </td>`
          : html`<td tabindex=${tabindex}>${content}</td>`,
      );
    });
    flush(matrix.roles.length + 1);
    return html`<tr class="nav${count ? ' conflict' : ''}${linked ? ' linked' : ''}">
      <th scope="row" tabindex=${count ? nothing : stop(r, 0)}>
        ${count ? this.selectButton(id, html`${name} ${this.flag(s.rowConflicts(count))}`, stop(r, 0)) : name}
        ${this.sortKey === 'sector' ? nothing : html`<span class="sector">${s.sectors[row.actor.sector ?? 'none']}</span>`}
      </th>
      ${cells}
    </tr>`;
  }

  private renderList(groups: Group[], view: View) {
    const s = this.strings;
    return groups.map(
      (group) =>
        html`${group.sector ? html`<div role="heading" aria-level=${this.level(1)} class="group-heading">${s.sectors[group.sector]}</div>` : nothing}
          <ul class="cards" role="list">
            ${group.rows.map((row) => this.renderCard(row, view, group.sector ? 2 : 1))}
          </ul>`,
    );
  }

  private renderCard(row: MatrixRow, view: View, depth: number) {
    const s = this.strings;
    const matrix = view.matrix;
    const id = row.actor.id;
    const count = row.conflicts.length;
    const linked = view.linked?.actors.has(id);
    return html`<li class="card${count ? ' conflict' : ''}${linked ? ' linked' : ''}" part="actor">
      <div role="heading" aria-level=${this.level(depth)} class="card-title">
        ${this.docText(row.actor.shortName ?? row.actor.name)}
      </div>
      ${linked ? this.linkedMark() : nothing}
      ${this.sortKey === 'sector' ? nothing : html`<p class="sector">${s.sectors[row.actor.sector ?? 'none']}</p>`}
      ${count ? this.selectButton(id, this.flag(s.rowConflicts(count))) : nothing}
      <ul class="held" role="list">
        ${matrix.roles
          .filter((role) => row.cells.has(role.id) || matrix.byCell.has(cellKey(id, role.id)))
          .map((role) => {
            const key = cellKey(id, role.id);
            const conflicts = matrix.byCell.get(key);
            return html`<li class=${conflicts ? 'conflict' : ''}>
              ${this.historyButton(role.id, this.docText(role.name), undefined, id)}
              ${this.renderHeld(row.cells.get(role.id), matrix)}
              ${conflicts ? this.selectButton(key, this.flag(s.cellConflicts(conflicts.length))) : nothing}
              ${this.history === role.id && this.historyActor === id ? this.renderHistory(role.id, matrix) : nothing}
            </li>`;
          })}
      </ul>
      ${this.selected?.split(KEY_SEPARATOR)[0] === id ? this.renderDetails(matrix) : nothing}
    </li>`;
  }

  private context(matrix: RoleMatrix): PanelContext {
    return {
      m: this.strings,
      s: this.panels!.strings.in(this.language.ui),
      text: (value) => this.text(value),
      docText: (value) => this.docText(value),
      period: (since, until) => this.period(since, until),
      heldIn: (assignment) => this.heldIn(assignment),
      day: (date) => formatDate(date, this.language.locale, 'short'),
      level: this.level(1),
      document: this.document!,
      matrix,
      problems: (problems) => this.renderProblems(problems),
    };
  }

  private renderDetails(matrix: RoleMatrix) {
    const key = this.selected!;
    const [actor, role] = key.split(KEY_SEPARATOR);
    const conflicts = role
      ? matrix.byCell.get(key)
      : matrix.rows.find((r) => r.actor.id === actor)?.conflicts;
    return this.panels && conflicts?.length
      ? this.panels.detailsPanel(this.context(matrix), actor, conflicts, () => this.select(key))
      : nothing;
  }

  private renderHistory(role: string, matrix: RoleMatrix) {
    return this.panels
      ? this.panels.historyPanel(this.context(matrix), role, () =>
          this.toggleHistory(role, this.historyActor),
        )
      : nothing;
  }
}
