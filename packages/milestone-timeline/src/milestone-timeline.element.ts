import type { KoopDocument } from '@koop/schema';
import {
  ElementSize,
  fontOf,
  formatDate,
  KoopWidget,
  Memo,
  PanZoom,
  textWidth,
  type KoopSelection,
  type LinkedItems,
} from '@koop/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { iso, n, renderAxis, type AxisContext } from './axis.js';
import {
  date,
  renderCliff,
  renderDetails,
  renderLegend,
  renderList,
  renderUndated,
  STATUS_ORDER,
  type TextContext,
} from './details.js';
import { KoopMilestoneSelectEvent } from './events.js';
import { shape } from './icons.js';
import { renderControls } from './controls.js';
import { groupedLayout, slice, ZOOMS, type GroupBy, type Layout, type Slice, type Zoom } from './layout.js';
import { timelineStyles } from './milestone-timeline.styles.js';
import { timelineStrings, type TimelineStrings } from './strings.js';
import { clamp, openingFrom, spanAt, todayTime, zoomFor } from './window.js';
import { DAY, timelineIndex, type TimelineIndex, type TimelineMilestone } from './timeline-index.js';

const GROUPS: GroupBy[] = ['phase', 'goal', 'actor'];
/** List items shown at first and added per "show more". */
const LIST_PAGE = 100;

/**
 * Phases, funding periods and milestones of a cooperation on one time axis: phase bands in
 * lanes (overlaps allowed), funding periods, a "today" marker, and every milestone with its
 * kind (shape and text), status, planned and actual date. Zoom between years, quarters and
 * months, pan by buttons, drag or horizontal wheel, select a milestone for its details (with the
 * questions of a reflection point), lanes by phase, goal or actor, a warning where funding ends
 * without follow-up funding, and the same content as an ordered list (narrow widths or on request).
 *
 * @summary Phases, milestones and funding periods of a cooperation on one time axis.
 *
 * @attr today - Reference date (YYYY-MM-DD) for the "today" marker and the first view; default: the reader's current date.
 * @attr zoom - `years`, `quarters` or `months`; default: the finest scale at which the cooperation's period fits.
 * @attr group-by - Lanes of milestones by `phase`, `goal` or `actor`; default: one lane.
 * @attr view - `list` shows the ordered list at any width (the "Als Liste" button toggles it).
 * @attr selected - Id of the milestone whose details are shown.
 *
 * @event koop-milestone-select - The reader selected a milestone. `detail: { id, milestone }`.
 * @event koop-select - The reader selected a milestone (as `koop-milestone-select`), for the other widgets of a `<koop-data>`: `detail: { kind: 'milestone', id, source }`. A milestone selected elsewhere is selected here (without moving focus); an actor's or goal's milestones get a dashed ring and a "Verknüpft" mark.
 *
 * @csspart controls - Zoom, pan and list buttons.
 * @csspart axis - The box around the time axis (SVG).
 * @csspart details - The details of the selected milestone.
 * @csspart linked-mark - The "Verknüpft" mark of a milestone (list view) linked to that selection.
 * @csspart list - The ordered list of milestones (list view).
 * @csspart phase-list - The list of phases and funding periods (list view).
 * @csspart legend - The legend of shapes and marks.
 * @csspart funding-cliff - A warning that funding ends without follow-up funding.
 * @csspart undated - The notice of items without a date.
 * @csspart more - The button that shows more milestones of the list view.
 */
export class KoopMilestoneTimeline extends KoopWidget {
  static override styles = [...KoopWidget.styles, timelineStyles];
  static override localizedStrings = [...KoopWidget.localizedStrings, timelineStrings];

  static override properties = {
    ...KoopWidget.properties,
    today: { type: String },
    zoom: { type: String, reflect: true },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    view: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    from: { state: true },
    focusOrder: { state: true },
    box: { state: true },
    announcement: { state: true },
    listed: { state: true },
    opened: { state: true },
    tip: { state: true },
  };

  /** Reference date (YYYY-MM-DD) for the "today" marker; empty: the reader's current date. */
  declare today: string | null;
  /** Scale of the axis; empty: the finest at which the cooperation's period fits. */
  declare zoom: Zoom | null;
  /** Lanes of milestones; empty: one lane. */
  declare groupBy: GroupBy | null;
  /** `list`: the ordered list at any width. */
  declare view: 'list' | null;
  /** Id of the milestone whose details are shown. */
  declare selected: string | null;
  /** Left edge of the visible window (UTC ms); NaN until placed. */
  declare private from: number;
  /** Time-order position of the milestone that takes focus; -1: the first one in view. */
  declare private focusOrder: number;
  /** Measured widths (px) of the axis and the host, and the size of an em. */
  declare private box: { width: number; host: number; em: number };
  declare private announcement: string;
  /** How many list items are shown; more on request, so long lists stay fast. */
  declare private listed: number;
  /** Ids of the list items whose details are open. */
  declare private opened: Set<string>;
  /** Time-order position of the milestone under the pointer or in focus (its title in full); -1: none. */
  declare private tip: number;

  private placedFor?: KoopDocument;
  private selectedFor?: KoopDocument;
  /** A selection made in another widget, resolved before each render. */
  private linkedNow?: LinkedItems;
  /** Whether the list shows instead of the axis (narrow, on request or on paper); set before each render. */
  private listShown = false;
  /** The axis's layout, the part of it in the window and its label fonts; set before each render. */
  private axis?: { plan: Layout; slice: Slice; fonts: [string, string] };
  private shownZoom?: Zoom;
  private shownSpan = 0;
  private roving = -1;
  private focusAfter = false;
  private animation = 0;
  private dragged = false;
  private pressed?: string | null;
  /**
   * The host's width and em, and the axis's box (observed anew when it is drawn anew); measured
   * a frame later, as a change of layout inside the observer's callback would loop.
   */
  private readonly hostSize = new ElementSize(this, { deferred: true, onResize: () => this.readBox() });
  private readonly axisSize = new ElementSize(this, {
    deferred: true,
    target: () => this.renderRoot.querySelector('.axis-wrap'),
    onResize: () => this.readBox(),
  });
  /** Drag and horizontal wheel pan the window, `+` and `-` zoom one step. */
  private readonly panZoom = new PanZoom(this, {
    surface: '.axis',
    axis: 'x',
    wheel: 'pan',
    capture: 'drag',
    pan: (dx) => {
      cancelAnimationFrame(this.animation);
      this.focusOrder = -1;
      this.from -= (dx / this.width) * this.shownSpan;
    },
    zoom: (factor) => this.zoomBy(factor > 1 ? 1 : -1),
    dragEnd: (done) => {
      this.pressed = undefined;
      if (!done) return;
      this.dragged = true;
      this.announce(this.from, this.shownSpan);
    },
  });
  /** Layouts (per scale, lanes, em and language), label fonts and marker shapes, made once. */
  private readonly memo = new Memo();

  constructor() {
    super();
    this.today = null;
    this.zoom = null;
    this.groupBy = null;
    this.view = null;
    this.selected = null;
    this.from = NaN;
    this.focusOrder = -1;
    this.box = { width: 0, host: 0, em: 0 };
    this.announcement = '';
    this.listed = LIST_PAGE;
    this.opened = new Set();
    this.tip = -1;
  }

  private get strings(): TimelineStrings {
    return timelineStrings.in(this.language.ui);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.animation);
  }

  /** The axis's inner width (px; before it is drawn: the host's less its padding), the host's, and an em. */
  private readBox(): void {
    const { width: host, em } = this.hostSize;
    const width = this.axisSize.element?.clientWidth || Math.max(host - 2 * em, 0);
    const box = this.box;
    if (box.width !== width || box.host !== host || box.em !== em) this.box = { width, host, em };
  }

  /** Narrow hosts (≤ 30em, 480 px at 16 px) show the list. */
  private get narrow(): boolean {
    return this.box.host > 0 && this.box.host <= 30 * this.box.em + 0.5;
  }

  private get group(): GroupBy | undefined {
    return GROUPS.includes(this.groupBy!) ? this.groupBy! : undefined;
  }

  private get width(): number {
    return this.box.width || 48 * (this.box.em || 16);
  }

  private zoomFor(index: TimelineIndex): Zoom {
    return zoomFor(index, this.zoom, this.box.em || 16, this.width);
  }

  /** Visible time span (ms) at a scale. */
  private spanAt(zoom: Zoom): number {
    return spanAt(zoom, this.box.em || 16, this.width);
  }

  // In update(), not willUpdate(): the document controller may change the document in its
  // hostUpdate, which Lit runs after willUpdate and before update.
  protected override update(changed: PropertyValues<this>): void {
    this.prepare(changed);
    super.update(changed);
  }

  /** What render() reads, worked out before it so that render() only draws (Lit's guidance). */
  private prepare(changed: PropertyValues<this>): void {
    const document = this.document;
    if (!document) return;
    if (!this.box.em) {
      this.hostSize.measure();
      this.readBox();
    }
    const index = timelineIndex(document);
    const zoom = this.zoomFor(index);
    const span = this.spanAt(zoom);
    if (document !== this.placedFor) {
      this.placedFor = document;
      this.focusOrder = -1;
      this.listed = LIST_PAGE;
      this.from = openingFrom(index, todayTime(this.today), span);
    } else if (zoom !== this.shownZoom || span !== this.shownSpan) {
      // Zooming keeps the milestone in focus (else the centre) where it is on screen.
      const focused = this.focusOrder >= 0 && this.shadowRoot?.activeElement?.matches('[data-m]');
      const anchor = focused ? index.milestones[this.focusOrder].time : this.from + this.shownSpan / 2;
      const share = this.shownSpan ? (anchor - this.from) / this.shownSpan : 0.5;
      this.from = anchor - share * span;
    }
    if ((changed.has('selected') || this.placedFor !== this.selectedFor) && this.selected) {
      this.selectedFor = this.placedFor;
      const m = this.byId(index, this.selected);
      if (m) {
        this.focusOrder = m.order;
        if (m.time < this.from || m.time > this.from + span * 0.85) this.from = m.time - span / 3;
      }
    }
    this.from = clamp(this.from, index, span);
    this.shownZoom = zoom;
    this.shownSpan = span;
    this.linkedNow = this.linked.foreign(document);
    // On paper, the list: every milestone with its details instead of a window that pans.
    this.listShown = this.view === 'list' || this.narrow || this.printing.active;
    if (this.listShown) return;
    const em = this.box.em || 16;
    const plan = this.layoutFor(index, zoom);
    this.axis = {
      plan,
      slice: slice(plan, index, this.from, this.width, em, this.focusOrder),
      fonts: this.axisFonts(em),
    };
    this.roving = this.axis.slice.roving;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfter) {
      this.focusAfter = false;
      this.renderRoot.querySelector<SVGElement>('[data-m][tabindex="0"]')?.focus({ preventScroll: true });
    }
  }

  /** A milestone selected elsewhere is selected here; another selection closes this one's details. */
  protected override applySelection(selection: KoopSelection | null): void {
    this.selected = selection?.kind === 'milestone' ? selection.id : null;
  }

  private byId(index: TimelineIndex, id: string): TimelineMilestone | undefined {
    return index.milestones.find((m) => m.milestone.id === id);
  }

  // -------------------------------------------------------------------------------------------
  // Navigation

  private get reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /**
   * Moves the window to start at `target`, smoothly unless the reader prefers reduced motion;
   * announces the new window unless it only follows the keyboard focus.
   */
  private panTo(target: number, quiet = false): void {
    const document = this.document;
    if (!document) return;
    const index = timelineIndex(document);
    const span = this.spanAt(this.zoomFor(index));
    target = clamp(target, index, span);
    cancelAnimationFrame(this.animation);
    if (!quiet) this.announce(target, span);
    const origin = this.from;
    if (this.reducedMotion || Math.abs(target - origin) < DAY) {
      this.from = target;
      return;
    }
    const begin = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - begin) / 250);
      this.from = origin + (target - origin) * (1 - (1 - t) ** 3);
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  private announce(from: number, span: number): void {
    const locale = this.language.locale;
    this.announcement = this.strings.shown(
      formatDate(iso(from), locale),
      formatDate(iso(from + span), locale),
    );
  }

  private panBy(share: number): void {
    this.focusOrder = -1;
    this.panTo(this.from + share * this.shownSpan);
  }

  private setZoom(zoom: Zoom): void {
    this.zoom = zoom;
    const index = this.document && timelineIndex(this.document);
    if (index) {
      const span = this.spanAt(zoom);
      this.announce(clamp(this.from + (this.shownSpan - span) / 2, index, span), span);
      this.announcement = `${this.strings.zoomLabel}: ${this.strings.zoom[zoom]}. ${this.announcement}`;
    }
  }

  private zoomBy(step: number): void {
    const current = ZOOMS.indexOf(this.shownZoom ?? 'years');
    const next = ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, current + step))];
    if (next !== this.shownZoom) this.setZoom(next);
  }

  /** Brings the milestone at `order` into view (a third from the left) if it is not. */
  private reveal(index: TimelineIndex, order: number): void {
    const time = index.milestones[order].time;
    const span = this.shownSpan;
    if (time < this.from + span * 0.04 || time > this.from + span * 0.8) this.panTo(time - span / 3, true);
  }

  private moveTo(index: TimelineIndex, order: number): void {
    this.focusOrder = Math.min(index.milestones.length - 1, Math.max(0, order));
    this.focusAfter = true;
    this.reveal(index, this.focusOrder);
  }

  private choose(index: TimelineIndex, order: number): void {
    const m = index.milestones[order];
    this.focusOrder = order;
    this.focusAfter = true;
    this.selected = m.milestone.id;
    this.announcement = this.strings.selected(this.text(m.milestone.title));
    this.emit(new KoopMilestoneSelectEvent({ id: m.milestone.id, milestone: m.milestone }));
    this.linked.select('milestone', m.milestone.id);
  }

  private onKeydown(event: KeyboardEvent): void {
    const index = this.document && timelineIndex(this.document);
    this.pressed = undefined;
    // Escape hides the full title shown on focus (WCAG 1.4.13), and does whatever else it does.
    if (event.key === 'Escape') this.tip = -1;
    if (!index || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.roving;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        this.moveTo(index, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        this.moveTo(index, current - 1);
        break;
      case 'Home':
        this.moveTo(index, 0);
        break;
      case 'End':
        this.moveTo(index, index.milestones.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (current >= 0) this.choose(index, current);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private onClick(event: MouseEvent): void {
    const order = this.pressed ?? (event.target as Element).closest('[data-m]')?.getAttribute('data-m');
    this.pressed = undefined;
    if (this.dragged) {
      this.dragged = false;
      return;
    }
    const index = this.document && timelineIndex(this.document);
    if (order && index) this.choose(index, Number(order));
  }

  private onFocusIn(event: FocusEvent): void {
    const target = (event.target as Element).closest('[data-m]');
    const index = this.document && timelineIndex(this.document);
    // Focus from a pointer: the click decides (redrawing now would keep the click from coming).
    if (!target || !index || this.pressed) return;
    const order = Number(target.getAttribute('data-m'));
    // Focus came to another milestone than the roving one: it takes the roving place.
    if (target.getAttribute('tabindex') !== '0') this.focusAfter = true;
    this.focusOrder = order;
    this.tip = order;
    this.reveal(index, order);
  }

  private onFocusOut(event: FocusEvent): void {
    if (!(event.relatedTarget as Element | null)?.closest?.('[data-m]')) this.tip = -1;
  }

  /** The milestone under the pointer shows its full title; leaving it, the one in focus does. */
  private onPointerOver(event: PointerEvent): void {
    const order = (event.target as Element).closest('[data-m]')?.getAttribute('data-m');
    const focused = this.shadowRoot?.activeElement?.getAttribute('data-m');
    const tip = Number(order ?? focused ?? -1);
    if (tip !== this.tip && !this.panZoom.dragging) this.tip = tip;
  }

  private onPointerDown(event: PointerEvent): void {
    this.dragged = false;
    this.pressed = (event.target as Element).closest('[data-m]')?.getAttribute('data-m');
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private layoutFor(index: TimelineIndex, zoom: Zoom): Layout {
    const group = this.group;
    const em = this.box.em || 16;
    return this.memo.get(`layout ${zoom} ${group} ${em} ${this.language.locale}`, [index], () => {
      const none = this.strings.none[group!];
      return groupedLayout(index, zoom, em, group, (item) =>
        item ? this.text(item.shortName ?? item.name ?? item.title) : none,
      );
    });
  }

  /** The label fonts of the axis (0.85em, regular and bold), read once per font size. */
  private axisFonts(em: number): [string, string] {
    const size = em * 0.85;
    return this.memo.get('fonts', [em], () => [fontOf(this, size, 400), fontOf(this, size, 700)]);
  }

  private shapeFor(kind: string | undefined, r: number): string {
    return this.memo.get(`shape ${kind} ${r}`, [], () => shape(kind, r));
  }

  /** Texts and language of this render, for the views in details.ts and axis.ts. */
  private textContext(): TextContext {
    return {
      s: this.strings,
      locale: this.language.locale,
      text: (value) => this.text(value),
      docText: (value) => this.docText(value),
      level: (depth) => this.level(depth),
    };
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const c = this.textContext();
    const s = c.s;
    const index = timelineIndex(document);
    const counts = STATUS_ORDER.map(
      (status) => [status, index.milestones.filter((m) => m.milestone.status === status).length] as const,
    )
      .filter(([, count]) => count)
      .map(([status, count]) => `${count} ${s.status[status]}`)
      .join(', ');
    const empty = !index.milestones.length && !index.phases.length;
    const list = this.listShown;
    return html`<section class="timeline" aria-label=${this.regionLabel(s.heading)}>
      <div class="header">
        <div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>
        <p class="summary">${s.summary(index.milestones.length, index.phases.length, counts)}</p>
      </div>
      ${this.renderLinkedStatus(document)} ${index.cliffs.map((cliff) => renderCliff(c, cliff, index))}
      ${
        empty
          ? html`<p>${s.empty}</p>`
          : html`${this.renderControls(index, list)}
            ${list ? this.renderList(c, index) : this.renderAxis(c, index)} ${renderLegend(s)}`
      }
      ${index.undated.length ? renderUndated(c, index, this.renderPaths(index.undated.map((u) => u.path))) : nothing}
      <p class="visually-hidden announce" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderControls(index: TimelineIndex, list: boolean) {
    const today = todayTime(this.today);
    const span = this.shownSpan;
    return renderControls({
      s: this.strings,
      zoom: this.shownZoom!,
      list,
      narrow: this.narrow,
      atStart: this.from <= clamp(-Infinity, index, span),
      atEnd: this.from >= clamp(Infinity, index, span),
      todayShown: today >= index.start && today < index.end,
      setZoom: (zoom) => this.setZoom(zoom),
      panBy: (share) => this.panBy(share),
      toToday: () => ((this.focusOrder = -1), this.panTo(today - span / 2)),
      toggleList: () => (this.view = list ? null : 'list'),
    });
  }

  private renderAxis(c: TextContext, index: TimelineIndex) {
    const s = c.s;
    const { plan, slice, fonts } = this.axis!;
    const em = this.box.em || 16;
    const width = this.width;
    const selected = this.selected ? this.byId(index, this.selected)?.order : undefined;
    const context: AxisContext = {
      ...c,
      index,
      plan,
      slice,
      zoom: this.shownZoom!,
      em,
      width,
      from: this.from,
      span: this.shownSpan,
      selected,
      tip: this.tip,
      today: todayTime(this.today),
      measure: (text, bold = false) => textWidth(text, fonts[bold ? 1 : 0]),
      linked: this.linkedNow,
      linkedMark: this.coreStrings.linkedMark,
      shape: (kind, r) => this.shapeFor(kind, r),
    };
    return html`<p class="range">
        ${s.shown(date(c, iso(this.from)), date(c, iso(this.from + this.shownSpan)))}
      </p>
      <div class="axis-wrap" part="axis" @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        <svg
          class="axis"
          viewBox="${n(slice.left)} 0 ${n(width)} ${n(plan.height)}"
          role="group"
          aria-label=${s.axis(index.milestones.length)}
          @keydown=${this.onKeydown}
          @click=${this.onClick}
          @pointerdown=${this.onPointerDown}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerOver}
        >
          ${renderAxis(context)}
        </svg>
      </div>
      ${renderDetails(c, index, selected)}`;
  }

  private renderList(c: TextContext, index: TimelineIndex) {
    return renderList(
      {
        ...c,
        listed: this.listed,
        page: LIST_PAGE,
        printing: this.printing.active,
        opened: this.opened,
        linked: this.linkedNow,
        linkedMark: () => this.linkedMark(),
        toggle: (id) => this.toggleItem(id),
        more: () => void this.showMore(),
      },
      index,
    );
  }

  private toggleItem(id: string): void {
    const opened = new Set(this.opened);
    if (!opened.delete(id)) opened.add(id);
    this.opened = opened;
  }

  /** Shows the next page of the list and moves focus to its first item. */
  private async showMore(): Promise<void> {
    const first = this.listed;
    this.listed += LIST_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-i="${first}"]`)?.focus();
  }
}
