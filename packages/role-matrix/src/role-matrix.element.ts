import { parseCalendarDate, rolesDay, type Assignment, type KoopDocument, type Sector } from '@koop/schema';
import {
  fontOf,
  formatDate,
  KoopWidget,
  textWidth,
  type KoopSelection,
  type LinkedItems,
  type UiLanguage,
} from '@koop/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { DataProblem, RoleConflict } from './conflicts.js';
import { KoopConflictSelectEvent } from './events.js';
import { conflictIcon, historyIcon } from './icons.js';
import { cellKey, KEY_SEPARATOR, roleMatrix, type MatrixRow, type RoleMatrix } from './matrix.js';
import type { PanelContext } from './panels.js';
import { roleMatrixStyles } from './role-matrix.styles.js';
import { roleMatrixStrings, type RoleMatrixStrings, type SortKey } from './strings.js';

const SECTORS: (Sector | 'none')[] = [
  'civil-society',
  'administration',
  'politics',
  'funder',
  'business',
  'science',
  'intermediary',
  'media',
  'none',
];
let panels: typeof import('./panels.js') | undefined;
/**
 * Loads the details, history and data-notice panels with their strings in `lang`; from then on
 * the element waits for those strings too. Offline, the panels simply do not appear.
 */
async function loadPanels(lang: UiLanguage = 'de'): Promise<void> {
  try {
    const module = panels ?? (await import('./panels.js'));
    if (!panels) KoopRoleMatrix.localizedStrings.push(module.panelStrings);
    panels = module;
    await module.panelStrings.load(lang);
  } catch {
    // no panels
  }
}

/** At this width (px) and below, the table becomes a list per actor. */
const NARROW = 480;

/** The first logical column a cell covers. */
function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (const other of (cell.parentElement as HTMLTableRowElement).cells) {
    if (other === cell) break;
    column += other.colSpan;
  }
  return column;
}

/** The cell of `row` that covers logical column `column`. */
function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement {
  let end = 0;
  for (const cell of row.cells) if ((end += cell.colSpan) > column) return cell;
  return row.cells[row.cells.length - 1];
}

interface Group {
  sector?: Sector | 'none';
  rows: MatrixRow[];
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
  /** The grid's tab stop: row (0 = column headers) and column (0 = row headers). */
  private stop = [0, 0];
  private cache?: { document: KoopDocument; at?: string; matrix: RoleMatrix };
  /** Pages of actors shown, for one view; another view starts with the first page. */
  private paging?: { view: string; document: KoopDocument; pages: number };
  private resizeObserver?: ResizeObserver;
  /** A selection made in another widget, resolved while rendering. */
  private linkedNow?: LinkedItems;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const narrow = entry.contentRect.width <= NARROW;
      // Next frame: a layout change inside the observer's callback would loop.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
      else requestAnimationFrame(() => this.showScroll());
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
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

  /** Contradictions between conflicts, rules and assignments in the current view. */
  get dataProblems(): DataProblem[] {
    return this.document ? this.matrix(this.document).problems : [];
  }

  /** A document with contradictions waits for the notice that explains them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const document = this.document;
    if (!panels && document && this.matrix(document).problems.length)
      return loadPanels().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfter) this.renderRoot.querySelector<HTMLElement>(this.focusAfter)?.focus();
    this.focusAfter = undefined;
    // The table's width for its fixed layout (custom properties: no style attribute under CSP).
    const table = this.renderRoot.querySelector('table');
    if (table) {
      table.style.setProperty('--_columns', String(this.cache?.matrix.roles.length ?? 1));
      this.fitColumns(table);
      this.showScroll();
    }
    if (!panels && this.cache?.matrix.problems.length)
      loadPanels().then(() => panels && this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.returnFocus(changed);
    if (this.narrow === undefined) {
      const width = this.getBoundingClientRect().width;
      this.narrow = width > 0 && width <= NARROW;
    }
  }

  private fitted?: { key: string; frame: Element };

  /**
   * Columns at least as wide as the longest word of their headers (parts of a hyphenated word
   * count apart): a fixed layout would otherwise break "Koordinationsstelle" mid-word wherever
   * the browser has no hyphenation dictionary for the language. The table scrolls instead.
   */
  private fitColumns(table: HTMLTableElement): void {
    const role = table.querySelector('thead button.role');
    const actor = table.querySelector('tbody th[scope="row"] .name');
    const frame = table.closest<HTMLElement>('.table-frame');
    const key = `${this.cache?.matrix.roles.map((r) => r.id)} ${this.language.ui} ${this.sortKey}`;
    if (!role || !frame || (this.fitted?.key === key && this.fitted.frame === frame)) return;
    this.fitted = { key, frame };
    const widest = (elements: Iterable<Element>, sample: Element) => {
      const font = fontOf(sample);
      let max = 0;
      for (const element of elements)
        for (const word of (element.textContent ?? '').split(/\s+|(?<=-)/))
          max = Math.max(max, textWidth(word, font));
      return max / parseFloat(getComputedStyle(table).fontSize);
    };
    // Padding of the cell and the button, the clock icon beside the last word, some room.
    const column = widest(table.querySelectorAll('thead button.role'), role) + 3.4;
    frame.style.setProperty('--_column', `${Math.max(11, Math.ceil(column * 4) / 4)}em`);
    if (actor) {
      const first = widest(table.querySelectorAll('tbody th[scope="row"] .name'), actor) + 2;
      frame.style.setProperty('--_first', `${Math.max(12, Math.ceil(first * 4) / 4)}em`);
    }
  }

  private onScroll = () => this.showScroll();

  /** A fade at the edge where more columns wait, and a hint in words below the table. */
  private showScroll(): void {
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap');
    const frame = wrap?.parentElement;
    if (!wrap || !frame) return;
    const more = wrap.scrollWidth - wrap.clientWidth;
    frame.classList.toggle('scrolls', more > 1);
    frame.classList.toggle('more-end', more > 1 && Math.abs(wrap.scrollLeft) < more - 1);
    frame.classList.toggle('more-start', Math.abs(wrap.scrollLeft) > 1);
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
    if (this.cache?.document !== document || this.cache.at !== at) {
      const matrix = roleMatrix(document, at);
      // A historical document: nobody holds a role on its date, so it shows the last day someone did.
      this.cache = { document, at, matrix: lastHeld ? { ...matrix, lastHeld } : matrix };
    }
    return this.cache.matrix;
  }

  private name(row: MatrixRow): string {
    return this.text(row.actor.shortName ?? row.actor.name);
  }

  private get page(): number {
    const size = Math.floor(Number(this.pageSize));
    return size > 0 ? size : 50;
  }

  /** The actors in the view, sorted: sector order first when grouped. */
  private sorted(matrix: RoleMatrix): MatrixRow[] {
    const sort = this.sortKey;
    const names = new Map(matrix.rows.map((row) => [row, this.name(row)]));
    const collator = new Intl.Collator(this.language.locale);
    const sector = (row: MatrixRow) => (sort === 'sector' ? SECTORS.indexOf(row.actor.sector ?? 'none') : 0);
    return matrix.rows
      .filter((row) => !this.conflictsOnly || row.conflicts.length)
      .sort(
        (a, b) =>
          sector(a) - sector(b) ||
          (sort === 'roles' ? b.cells.size - a.cells.size : 0) ||
          collator.compare(names.get(a)!, names.get(b)!),
      );
  }

  /** The shown actors (the pages loaded), in sector groups when sorted by sector. */
  private groups(rows: MatrixRow[]): Group[] {
    if (this.sortKey !== 'sector') return [{ rows }];
    const groups: Group[] = [];
    for (const row of rows) {
      const sector = row.actor.sector ?? 'none';
      if (groups.at(-1)?.sector === sector) groups.at(-1)!.rows.push(row);
      else groups.push({ sector, rows: [row] });
    }
    return groups;
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
    await loadPanels(this.language.ui);
    const matrix = this.matrix(this.document!);
    const row = matrix.rows.find((r) => r.actor.id === actor);
    this.selected = key;
    this.announce(panels?.panelStrings.in(this.language.ui).details(row ? this.name(row) : actor));
    const conflicts = (role ? matrix.byCell.get(key) : row?.conflicts) ?? [];
    this.emit(new KoopConflictSelectEvent({ actor, role, conflicts }));
    this.linked.select('actor', actor);
  }

  private async toggleHistory(role: string, actor = ''): Promise<void> {
    if (this.history === role && this.historyActor === actor) {
      this.history = null;
      return;
    }
    await loadPanels(this.language.ui);
    this.historyActor = actor;
    this.history = role;
    const name = this.text(this.document?.roles?.find((r) => r.id === role)?.name);
    this.announce(panels?.panelStrings.in(this.language.ui).history(name));
  }

  private announce(title = ''): void {
    this.announcement = `${title}. ${this.strings.shownBelow}`;
  }

  private onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (button?.classList.contains('select')) this.select(button.value);
    else if (button?.classList.contains('role')) this.toggleHistory(button.value, button.dataset.actor);
  }

  /**
   * Arrow keys, Home/End and Ctrl+Home/End move between the grid's cells. Positions are logical
   * columns: a run of empty cells is one cell spanning them, and moving up or down keeps the
   * column the reader was in.
   */
  private onKeydown(event: KeyboardEvent): void {
    const cell = (event.target as Element).closest('td, th') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row?.classList.contains('nav')) return;
    const rows = [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tr.nav')];
    const last = rows.length - 1;
    const end = this.cache!.matrix.roles.length;
    const start = columnOf(cell);
    let r = rows.indexOf(row);
    let c = this.stop[1] >= start && this.stop[1] < start + cell.colSpan ? this.stop[1] : start;
    switch (event.key) {
      case 'ArrowUp':
        r--;
        break;
      case 'ArrowDown':
        r++;
        break;
      case 'ArrowLeft':
        c = start - 1;
        break;
      case 'ArrowRight':
        c = start + cell.colSpan;
        break;
      case 'Home':
        [r, c] = [event.ctrlKey ? 0 : r, 0];
        break;
      case 'End':
        [r, c] = [event.ctrlKey ? last : r, end];
        break;
      default:
        return;
    }
    event.preventDefault();
    r = Math.max(0, Math.min(last, r));
    c = Math.max(0, Math.min(end, c));
    const target = cellAt(rows[r], c);
    // Keep the focused cell clear of the sticky headers.
    const wrap = target.closest<HTMLElement>('.table-wrap')!;
    wrap.style.setProperty(
      'scroll-padding',
      `${rows[0].offsetHeight}px 0 0 ${rows[0].cells[0].offsetWidth}px`,
    );
    this.stop = [r, c];
    (target.querySelector('button') ?? target).focus();
  }

  /** Whatever cell takes focus (keys, mouse, Tab) becomes the one tab stop. */
  private onFocusin(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    const cell = target.closest('td, th') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row?.classList.contains('nav')) return;
    const table = row.closest('table')!;
    for (const old of table.querySelectorAll('[tabindex="0"]'))
      if (old !== target) old.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    const r = [...table.querySelectorAll('tr.nav')].indexOf(row);
    const start = columnOf(cell);
    const [sr, sc] = this.stop;
    if (sr !== r || sc < start || sc >= start + cell.colSpan) this.stop = [r, start];
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const matrix = this.matrix(document);
    const rows = this.sorted(matrix);
    const shown = rows.length;
    const printing = this.printing.active;
    const visible = printing ? rows : rows.slice(0, this.pages(document) * this.page);
    const groups = this.groups(visible);
    this.linkedNow = this.linked.foreign(document);
    return html`<section class="matrix" aria-label=${this.regionLabel(s.heading)} @click=${this.onClick}>
      <div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>
      ${this.renderLinkedStatus(document)} ${this.renderControls(matrix)}
      <p class="summary" role="status">
        ${s.summary(shown, matrix.roles.length, matrix.conflicts.length)} ·
        ${matrix.at ? s[matrix.lastHeld ? 'lastHeld' : 'asOf'](formatDate(matrix.at, this.language.locale)) : s.allPeriods}
      </p>
      ${matrix.problems.length && panels ? panels.problemsNotice(this.context(matrix)) : nothing}
      ${
        !matrix.roles.length
          ? html`<p class="empty">${s.noRoles}</p>`
          : !shown
            ? html`<p class="empty">${matrix.rows.length ? s.noConflicts : s.nobody}</p>`
            : // On paper, the list per actor: a wide table would be cut at the page edge.
              this.narrow || printing
              ? this.renderList(groups, matrix)
              : this.renderTable(groups, matrix)
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

  private renderTable(groups: Group[], matrix: RoleMatrix) {
    const s = this.strings;
    const columns = matrix.roles.length;
    const count = groups.reduce((n, group) => n + group.rows.length, 0);
    // One tab stop, kept inside the grid when rows or columns go away.
    const [sr, sc] = (this.stop = [Math.min(this.stop[0], count), Math.min(this.stop[1], columns)]);
    const stop = (r: number, c: number, span = 1) => (r === sr && sc >= c && sc < c + span ? 0 : -1);
    let r = 0;
    return html`<div class="table-frame">
        <div class="table-wrap" @scroll=${this.onScroll}>
          <table
            role="grid"
            aria-labelledby="heading"
            part="table"
            @keydown=${this.onKeydown}
            @focusin=${this.onFocusin}
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
                  ${group.rows.map((row) => this.renderRow(row, matrix, ++r, stop))}
                </tbody>`,
            )}
          </table>
        </div>
        <p class="scroll-hint">${s.scrollHint}</p>
      </div>
      ${this.selected ? this.renderDetails(matrix) : nothing}
      ${this.history && !this.historyActor ? this.renderHistory(this.history, matrix) : nothing}`;
  }

  private renderRow(
    row: MatrixRow,
    matrix: RoleMatrix,
    r: number,
    stop: (r: number, c: number, span?: number) => number,
  ) {
    const s = this.strings;
    const id = row.actor.id;
    const count = row.conflicts.length;
    const linked = this.linkedNow?.actors.has(id);
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

  private renderList(groups: Group[], matrix: RoleMatrix) {
    const s = this.strings;
    return groups.map(
      (group) =>
        html`${group.sector ? html`<div role="heading" aria-level=${this.level(1)} class="group-heading">${s.sectors[group.sector]}</div>` : nothing}
          <ul class="cards" role="list">
            ${group.rows.map((row) => this.renderCard(row, matrix, group.sector ? 2 : 1))}
          </ul>`,
    );
  }

  private renderCard(row: MatrixRow, matrix: RoleMatrix, depth: number) {
    const s = this.strings;
    const id = row.actor.id;
    const count = row.conflicts.length;
    const linked = this.linkedNow?.actors.has(id);
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
    const root = this.renderRoot as ShadowRoot;
    const sheet = panels!.panelStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return {
      m: this.strings,
      s: panels!.panelStrings.in(this.language.ui),
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
    return panels && conflicts?.length
      ? panels.detailsPanel(this.context(matrix), actor, conflicts, () => this.select(key))
      : nothing;
  }

  private renderHistory(role: string, matrix: RoleMatrix) {
    return panels
      ? panels.historyPanel(this.context(matrix), role, () => this.toggleHistory(role, this.historyActor))
      : nothing;
  }
}
