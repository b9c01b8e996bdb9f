import { dateStart, type KoopDocument, type LocalizedText, type Milestone, type Phase } from '@koop/schema';
import {
  chevron,
  fontOf,
  formatAmount,
  formatDate,
  KoopWidget,
  LONG_LIST,
  textWidth,
  type KoopSelection,
  type LinkedItems,
  type Rect,
} from '@koop/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { KoopMilestoneSelectEvent } from './events.js';
import { milestoneIcon, shape, statusMark } from './icons.js';
import {
  EM_PER_DAY,
  fit,
  layout,
  placeLabels,
  R,
  shortenings,
  TODAY_BASELINE,
  ZOOMS,
  type GroupBy,
  type Layout,
  type Occurrence,
  type PlacedLabel,
  type Zoom,
} from './layout.js';
import { timelineStyles } from './milestone-timeline.styles.js';
import { timelineStrings, type TimelineStrings } from './strings.js';
import {
  DAY,
  delayBetween,
  timelineIndex,
  type FundingCliff,
  type PlacedPhase,
  type TimelineIndex,
  type TimelineMilestone,
} from './timeline-index.js';

const STATUS_ORDER = ['reached', 'delayed', 'planned', 'dropped'] as const;
const GROUPS: GroupBy[] = ['phase', 'goal', 'actor'];
const n = (value: number) => Math.round(value * 10) / 10;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const months = new Map<string, Intl.DateTimeFormat>();
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
    active: { state: true },
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
  declare private active: number;
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
  /** A selection made in another widget, resolved while rendering. */
  private linkedNow?: LinkedItems;
  private shownZoom?: Zoom;
  private shownSpan = 0;
  private roving = -1;
  private focusAfter = false;
  private animation = 0;
  private drag?: { x: number; from: number; id: number; moved: boolean };
  private dragged = false;
  private pressed?: string | null;
  private observer?: ResizeObserver;
  private measuring = 0;
  private readonly layouts = new WeakMap<TimelineIndex, Map<string, Layout>>();
  private readonly shapes = new Map<string, string>();
  private fonts?: { em: number; fonts: [string, string] };

  constructor() {
    super();
    this.today = null;
    this.zoom = null;
    this.groupBy = null;
    this.view = null;
    this.selected = null;
    this.from = NaN;
    this.active = -1;
    this.box = { width: 0, host: 0, em: 0 };
    this.announcement = '';
    this.listed = LIST_PAGE;
    this.opened = new Set();
    this.tip = -1;
  }

  private get strings(): TimelineStrings {
    return timelineStrings.in(this.language.ui);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured a frame later: a change of layout inside the observer's callback would loop.
    this.observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.measuring);
      this.measuring = requestAnimationFrame(() => this.measure());
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    cancelAnimationFrame(this.animation);
    cancelAnimationFrame(this.measuring);
  }

  private measure(): void {
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const host = this.getBoundingClientRect().width;
    const wrap = this.renderRoot.querySelector('.axis-wrap');
    const width = wrap?.clientWidth || Math.max(host - 2 * em, 0);
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

  /** The reader's calendar day (or `today`) as UTC ms. */
  private todayTime(): number {
    const own = dateStart(this.today ?? undefined);
    if (own !== undefined) return own;
    const now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }

  private zoomFor(index: TimelineIndex): Zoom {
    if (ZOOMS.includes(this.zoom!)) return this.zoom!;
    const days = (index.period[1] - index.period[0]) / DAY;
    return (
      [...ZOOMS].reverse().find((z) => days * EM_PER_DAY[z] * (this.box.em || 16) <= this.width) ?? 'years'
    );
  }

  /** Visible time span (ms) at a scale. */
  private spanAt(zoom: Zoom): number {
    return (this.width / (EM_PER_DAY[zoom] * (this.box.em || 16))) * DAY;
  }

  private clamp(from: number, index: TimelineIndex, span: number): number {
    const length = index.end - index.start;
    if (length <= span) return index.start - (span - length) / 2;
    return Math.min(Math.max(from, index.start), index.end - span);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const document = this.document;
    if (!document) return;
    if (!this.box.em) this.measure();
    const index = timelineIndex(document);
    const zoom = this.zoomFor(index);
    const span = this.spanAt(zoom);
    if (document !== this.placedFor) {
      // Open with today in view, or the document's period when today lies outside it.
      this.placedFor = document;
      this.active = -1;
      this.listed = LIST_PAGE;
      const today = this.todayTime();
      const [start, end] = index.period;
      this.from =
        today >= start && today < end
          ? today - span / 2
          : end - start < span
            ? start - (span - end + start) / 2
            : start - span * 0.02;
    } else if (zoom !== this.shownZoom || span !== this.shownSpan) {
      // Zooming keeps the milestone in focus (else the centre) where it is on screen.
      const focused = this.active >= 0 && this.shadowRoot?.activeElement?.matches('[data-m]');
      const anchor = focused ? index.milestones[this.active].time : this.from + this.shownSpan / 2;
      const share = this.shownSpan ? (anchor - this.from) / this.shownSpan : 0.5;
      this.from = anchor - share * span;
    }
    if ((changed.has('selected') || this.placedFor !== this.selectedFor) && this.selected) {
      this.selectedFor = this.placedFor;
      const m = this.byId(index, this.selected);
      if (m) {
        this.active = m.order;
        if (m.time < this.from || m.time > this.from + span * 0.85) this.from = m.time - span / 3;
      }
    }
    this.from = this.clamp(this.from, index, span);
    this.shownZoom = zoom;
    this.shownSpan = span;
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
    target = this.clamp(target, index, span);
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
    this.active = -1;
    this.panTo(this.from + share * this.shownSpan);
  }

  private setZoom(zoom: Zoom): void {
    this.zoom = zoom;
    const index = this.document && timelineIndex(this.document);
    if (index) {
      const span = this.spanAt(zoom);
      this.announce(this.clamp(this.from + (this.shownSpan - span) / 2, index, span), span);
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
    this.active = Math.min(index.milestones.length - 1, Math.max(0, order));
    this.focusAfter = true;
    this.reveal(index, this.active);
  }

  private choose(index: TimelineIndex, order: number): void {
    const m = index.milestones[order];
    this.active = order;
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
      case '+':
      case '=':
        this.zoomBy(1);
        break;
      case '-':
        this.zoomBy(-1);
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
    this.active = order;
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
    if (tip !== this.tip && !this.drag?.moved) this.tip = tip;
  }

  private onPointerDown(event: PointerEvent): void {
    this.dragged = false;
    this.pressed = (event.target as Element).closest('[data-m]')?.getAttribute('data-m');
    if (event.button === 0)
      this.drag = { x: event.clientX, from: this.from, id: event.pointerId, moved: false };
  }

  private onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved) {
      if (Math.abs(dx) < 4) return;
      drag.moved = true;
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
      cancelAnimationFrame(this.animation);
      this.active = -1;
    }
    this.from = drag.from - (dx / this.width) * this.shownSpan;
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    this.drag = undefined;
    if (drag?.moved) this.pressed = undefined;
    if (drag?.moved && event.type === 'pointerup') {
      this.dragged = true;
      this.announce(this.from, this.shownSpan);
    }
  }

  private onWheel(event: WheelEvent): void {
    const dx = event.deltaX || (event.shiftKey ? event.deltaY : 0);
    if (!dx) return;
    event.preventDefault();
    cancelAnimationFrame(this.animation);
    this.active = -1;
    this.from += ((dx * (event.deltaMode ? 16 : 1)) / this.width) * this.shownSpan;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private layoutFor(index: TimelineIndex, zoom: Zoom): Layout {
    const group = this.group;
    const em = this.box.em || 16;
    const key = `${zoom} ${group} ${em} ${this.language.locale}`;
    let cache = this.layouts.get(index);
    if (!cache) this.layouts.set(index, (cache = new Map()));
    let result = cache.get(key);
    if (!result) {
      const s = this.strings;
      const used = new Set<string>();
      const keys = (m: TimelineMilestone): string[] => {
        const ids =
          group === 'phase'
            ? m.phases.map((p) => p.id)
            : [...new Set(group === 'goal' ? m.milestone.goals : m.milestone.actors)].filter((id) =>
                (group === 'goal' ? index.goals : index.actors).has(id),
              );
        const list = ids.length ? ids : [''];
        list.forEach((id) => used.add(id));
        return list;
      };
      index.milestones.forEach(keys);
      const all = group === 'phase' ? index.phaseById : group === 'goal' ? index.goals : index.actors;
      const dated = new Set(index.phases.map((p) => p.phase.id));
      const laneOrder = [...all.keys()].filter((id) => used.has(id) || (group === 'phase' && dated.has(id)));
      if (used.has('')) laneOrder.push('');
      result = layout({
        index,
        zoom,
        em,
        groupBy: group,
        keys,
        laneOrder,
        laneLabel: (key) => {
          if (!key) return s.none[group!];
          const item = all.get(key) as {
            name?: LocalizedText;
            shortName?: LocalizedText;
            title?: LocalizedText;
          };
          return this.text(item.shortName ?? item.name ?? item.title);
        },
      });
      cache.set(key, result);
    }
    return result;
  }

  private date(value: string | undefined): string {
    return formatDate(value, this.language.locale);
  }

  private time(value: string | undefined) {
    return html`<time datetime=${value ?? ''}>${this.date(value)}</time>`;
  }

  private delayText(m: Milestone): string {
    const delay = delayBetween(m.planned, m.actual);
    return delay ? this.strings.delay(delay.amount, delay.unit) : '';
  }

  /** Accessible name of a milestone on the axis: title, kind, status and dates. */
  private describe(m: Milestone): string {
    const s = this.strings;
    const delay = this.delayText(m);
    const dates =
      m.planned && m.actual && m.planned !== m.actual
        ? `${s.planned}: ${this.date(m.planned)}, ${s.actual}: ${this.date(m.actual)}${delay ? ` (${delay})` : ''}`
        : m.actual
          ? this.date(m.actual)
          : `${s.planned}: ${this.date(m.planned)}`;
    return `${this.text(m.title)}. ${s.kind[m.kind ?? 'none']}, ${s.status[m.status ?? 'none']}. ${dates}`;
  }

  private phaseRange(placed: PlacedPhase): string {
    const { phase } = placed;
    return this.strings.range(
      phase.start ? this.date(phase.start) : '…',
      phase.end ? this.date(phase.end) : '…',
    );
  }

  /** "Fördersumme: 120.000 €", or empty when the phase names no amount. */
  private phaseAmount(phase: Phase): string {
    const amount = formatAmount(phase.amount, this.language.locale);
    return amount && `${this.strings.amount}: ${amount}`;
  }

  private describePhase(placed: PlacedPhase): string {
    const type = this.strings.phaseType[placed.phase.type ?? 'other'];
    const amount = this.phaseAmount(placed.phase);
    return `${type}: ${this.text(placed.phase.name)}, ${this.phaseRange(placed)}${amount ? `, ${amount}` : ''}`;
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const index = timelineIndex(document);
    const counts = STATUS_ORDER.map(
      (status) => [status, index.milestones.filter((m) => m.milestone.status === status).length] as const,
    )
      .filter(([, count]) => count)
      .map(([status, count]) => `${count} ${s.status[status]}`)
      .join(', ');
    const empty = !index.milestones.length && !index.phases.length;
    this.linkedNow = this.linked.foreign(document);
    // On paper, the list: every milestone with its details instead of a window that pans.
    const list = this.view === 'list' || this.narrow || this.printing.active;
    return html`<section class="timeline" aria-label=${this.regionLabel(s.heading)}>
      <div class="header">
        <div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>
        <p class="summary">${s.summary(index.milestones.length, index.phases.length, counts)}</p>
      </div>
      ${this.renderLinkedStatus(document)} ${index.cliffs.map((cliff) => this.renderCliff(cliff, index))}
      ${
        empty
          ? html`<p>${s.empty}</p>`
          : html`${this.renderControls(index, list)} ${list ? this.renderList(index) : this.renderAxis(index)}
            ${this.renderLegend()}`
      }
      ${index.undated.length ? this.renderUndated(index) : nothing}
      <p class="visually-hidden announce" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderControls(index: TimelineIndex, list: boolean) {
    const s = this.strings;
    const zoom = this.shownZoom!;
    const today = this.todayTime();
    const span = this.shownSpan;
    return html`<div class="controls" part="controls">
      ${
        list
          ? nothing
          : html`<div class="group" role="group" aria-label=${s.zoomLabel}>
                ${ZOOMS.map(
                  (z) =>
                    html`<button type="button" aria-pressed=${z === zoom} @click=${() => this.setZoom(z)}>
                      ${s.zoom[z]}
                    </button>`,
                )}
              </div>
              <div class="group" role="group" aria-label=${s.panLabel}>
                <button
                  type="button"
                  aria-disabled=${this.from <= this.clamp(-Infinity, index, span)}
                  @click=${() => this.panBy(-0.5)}
                >
                  <span aria-hidden="true">‹</span> ${s.earlier}
                </button>
                ${
                  today >= index.start && today < index.end
                    ? html`<button
                        type="button"
                        @click=${() => ((this.active = -1), this.panTo(today - span / 2))}
                      >
                        ${s.today}
                      </button>`
                    : nothing
                }
                <button
                  type="button"
                  aria-disabled=${this.from >= this.clamp(Infinity, index, span)}
                  @click=${() => this.panBy(0.5)}
                >
                  ${s.later} <span aria-hidden="true">›</span>
                </button>
              </div>`
      }
      ${
        this.narrow
          ? nothing
          : html`<button
              type="button"
              class="list-toggle"
              aria-pressed=${list}
              @click=${() => (this.view = list ? null : 'list')}
            >
              ${s.asList}
            </button>`
      }
    </div>`;
  }

  private shapeFor(kind: string | undefined, r: number): string {
    const key = `${kind}${r}`;
    let d = this.shapes.get(key);
    if (d === undefined) this.shapes.set(key, (d = shape(kind, r)));
    return d;
  }

  private renderAxis(index: TimelineIndex) {
    const s = this.strings;
    const zoom = this.shownZoom!;
    const em = this.box.em || 16;
    const width = this.width;
    const plan = this.layoutFor(index, zoom);
    const x = (t: number) => (t - index.start) * plan.scale;
    const left = x(this.from);
    const height = plan.height;
    // Only what reaches into the window is drawn; every move of the window draws anew.
    const [low, high] = [left - em, left + width + em];
    const within = (a: number, b: number) => b >= low && a <= high;

    const selected = this.selected ? this.byId(index, this.selected)?.order : undefined;
    let roving = this.active;
    if (roving < 0 || roving >= plan.primary.length)
      roving = (plan.primary.find((o) => o.x >= left) ?? plan.primary.at(-1))?.m.order ?? -1;
    this.roving = roving;
    // The milestone that takes focus has a place of its own at the end, so its element stays
    // the same (and keeps focus) while the others are drawn anew as the window moves.
    const focusable = plan.primary[roving];
    const shown = plan.occurrences.filter((o) => o !== focusable && within(o.left, o.right));

    const today = this.todayTime();
    const todayX = x(today);
    const laneStart = left + 0.4 * em;
    // Every text of the axis lies wholly in the window and overlaps no other: widths measured.
    const fonts = this.axisFonts(em);
    const measure = (text: string, bold = false) => textWidth(text, fonts[bold ? 1 : 0]);
    const bounds: Rect = [left + 0.2 * em, 0, left + width - 0.2 * em, height];
    const todayLabel = this.todayLabel(todayX, measure(s.today, true), bounds, em);
    const laneLabels = plan.lanes.map((lane) =>
      lane.label === undefined ? '' : fit(lane.label, width - 1.2 * em, (t) => measure(t, true)),
    );
    const labels = this.placeMilestoneLabels(
      [...shown, ...(focusable ? [focusable] : [])],
      selected,
      measure,
      bounds,
      em,
      todayLabel ? [todayLabel.box] : [],
    );
    return html`<p class="range">
        ${s.shown(this.date(iso(this.from)), this.date(iso(this.from + this.shownSpan)))}
      </p>
      <div class="axis-wrap" part="axis" @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        <svg
          class="axis"
          viewBox="${n(left)} 0 ${n(width)} ${n(height)}"
          role="group"
          aria-label=${s.axis(index.milestones.length)}
          @keydown=${this.onKeydown}
          @click=${this.onClick}
          @pointerdown=${this.onPointerDown}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerOver}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
          @wheel=${this.onWheel}
        >
          ${this.renderScale(index, plan, zoom, height, em, bounds, measure)}
          ${plan.bands
            .filter((b) => within(x(b.placed.start), x(b.placed.end)))
            .map((b) => this.renderBand(b.placed, x, b.y, b.height, bounds, em, measure))}
          ${plan.lanes.map(
            (lane, i) =>
              svg`${
                lane.band && within(x(lane.band.start), x(lane.band.end))
                  ? this.renderBand(lane.band, x, lane.y, lane.height, bounds, em)
                  : nothing
              }${
                laneLabels[i]
                  ? svg`<text class="lane-label" aria-hidden="true" x=${n(laneStart)} y=${n(lane.y + em)}>${laneLabels[i]}</text>`
                  : nothing
              }`,
          )}
          <g class="today" role="img" aria-label="${s.today}: ${this.date(iso(today))}">
            <line x1=${n(todayX)} x2=${n(todayX)} y1=${n(em * 0.2)} y2=${n(height)}></line>
            ${
              todayLabel
                ? svg`<text x=${n(todayLabel.x)} y=${n(em * TODAY_BASELINE)} text-anchor=${todayLabel.end ? 'end' : nothing}>${s.today}</text>`
                : nothing
            }
          </g>
          ${index.cliffs.map((cliff) => {
            const top =
              plan.bands.find((b) => b.placed.phase === cliff.phase)?.y ??
              plan.lanes.find((l) => l.band?.phase === cliff.phase)?.y ??
              plan.lanesTop;
            const cx = n(x(cliff.end));
            return svg`<g class="cliff" role="img" aria-label=${s.cliffMark(this.text(cliff.phase.name), this.date(cliff.phase.end))}>
              <line x1=${cx} x2=${cx} y1=${n(top)} y2=${n(height)}></line>
              <path class="warn" transform="translate(${cx} ${n(top + em * 0.65)})" d="M0 ${n(-em * 0.6)}L${n(em * 0.6)} ${n(em * 0.5)}H${n(-em * 0.6)}Z"></path>
            </g>`;
          })}
          ${shown.map((o) => this.renderMilestone(o, em, o.m.order === selected, roving, todayX, labels.get(o)))}${
            focusable
              ? this.renderMilestone(
                  focusable,
                  em,
                  roving === selected,
                  roving,
                  todayX,
                  labels.get(focusable),
                )
              : nothing
          }
        </svg>
      </div>
      ${this.renderDetails(index, selected)}`;
  }

  /** The label fonts of the axis (0.85em, regular and bold), read once per font size. */
  private axisFonts(em: number): [string, string] {
    if (this.fonts?.em !== em) {
      const size = em * 0.85;
      this.fonts = { em, fonts: [fontOf(this, size, 400), fontOf(this, size, 700)] };
    }
    return this.fonts.fonts;
  }

  /** "Heute" in its own row below the scale's labels: right of the line, else left of it. */
  private todayLabel(todayX: number, width: number, bounds: Rect, em: number) {
    const top = em * (TODAY_BASELINE - 0.75);
    const bottom = em * (TODAY_BASELINE + 0.25);
    const right = todayX + em * 0.3;
    if (todayX < bounds[0] || todayX > bounds[2]) return undefined;
    if (right + width <= bounds[2])
      return { x: right, end: false, box: [right, top, right + width, bottom] as Rect };
    const end = todayX - em * 0.3;
    return end - width >= bounds[0]
      ? { x: end, end: true, box: [end - width, top, end, bottom] as Rect }
      : undefined;
  }

  /**
   * Labels of the milestones in view, without overlap and inside the window. The one under the
   * pointer or in focus goes first, with its full title (WCAG 1.4.13: the title in full on
   * hover and focus); then the selected one, then by time.
   */
  private placeMilestoneLabels(
    visible: Occurrence[],
    selected: number | undefined,
    measure: (text: string, bold?: boolean) => number,
    bounds: Rect,
    em: number,
    obstacles: Rect[],
  ): Map<Occurrence, PlacedLabel> {
    const rank = (o: Occurrence) => (o.m.order === this.tip ? 0 : o.m.order === selected ? 1 : 2);
    const ordered = visible.filter((o) => o.x >= bounds[0] - R * em && o.x <= bounds[2] + R * em);
    ordered.sort((a, b) => rank(a) - rank(b) || a.x - b.x);
    const title = (o: Occurrence) => this.text(o.m.milestone.title);
    const placed = placeLabels(
      ordered,
      (o) => (o.m.order === this.tip ? [title(o)] : [title(o), ...shortenings(title(o))]),
      (text, o) => measure(text, o.m.order === selected),
      bounds,
      em,
      obstacles,
    );
    // A title too long for either side of its marker still shows in full on hover and focus:
    // in its row, moved into the window, drawn over the others.
    const tip = ordered[0];
    if (tip && tip.m.order === this.tip && !placed.has(tip)) {
      const text = title(tip);
      const width = Math.min(measure(text), bounds[2] - bounds[0]);
      const x = Math.max(bounds[0], Math.min(tip.x + R * em * 1.5, bounds[2] - width));
      placed.set(tip, { text, x, end: false, box: [x, tip.y, x + width, tip.y] });
    }
    return placed;
  }

  private renderScale(
    index: TimelineIndex,
    plan: Layout,
    zoom: Zoom,
    height: number,
    em: number,
    bounds: Rect,
    measure: (text: string) => number,
  ) {
    const step = zoom === 'months' ? 1 : 3;
    const span = this.shownSpan;
    const first = new Date(this.from - span / 4);
    const end = this.from + span * 1.1;
    const locale = this.language.locale;
    let format = months.get(locale);
    if (!format)
      months.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })));
    const ticks = [];
    for (
      let year = first.getUTCFullYear(), month = first.getUTCMonth() - (first.getUTCMonth() % step);
      ;
      month += step
    ) {
      const time = Date.UTC(year, month, 1);
      if (time > end) break;
      const major = month % 12 === 0;
      const y = new Date(time).getUTCFullYear();
      const label =
        zoom === 'years'
          ? major
            ? String(y)
            : ''
          : zoom === 'quarters'
            ? `Q${((month % 12) / 3 + 1) | 0}${major ? ` ${y}` : ''}`
            : `${format.format(time)}${major ? ` ${y}` : ''}`;
      const tx = n((time - index.start) * plan.scale);
      // A label that would reach past an edge of the window is left out (its line stays).
      const shown = label && tx + em * 0.3 >= bounds[0] && tx + em * 0.3 + measure(label) <= bounds[2];
      ticks.push(
        svg`<line class="grid${major ? ' major' : ''}" x1=${tx} x2=${tx} y1=${n(em * (label ? 0.3 : 1.2))} y2=${n(height)}></line>${
          shown ? svg`<text x=${n(tx + em * 0.3)} y=${n(em * 1.25)}>${label}</text>` : nothing
        }`,
      );
    }
    return svg`<g class="scale" aria-hidden="true">${ticks}</g>`;
  }

  /** A phase band; with `measure`, labelled with as much of its name as fits in it and the window. */
  private renderBand(
    placed: PlacedPhase,
    x: (t: number) => number,
    y: number,
    height: number,
    bounds: Rect,
    em: number,
    measure?: (text: string) => number,
  ) {
    const x1 = x(placed.start);
    const x2 = x(placed.end);
    const textX = Math.max(x1, bounds[0]) + em * 0.4;
    const room = Math.min(x2, bounds[2]) - textX - em * 0.4;
    const label = measure ? fit(this.text(placed.phase.name), room, measure) : '';
    return svg`<g class="band ${placed.funding ? 'funding' : 'phase'}" role="img" aria-label=${this.describePhase(placed)}>
      <rect x=${n(x1)} y=${n(y)} width=${n(x2 - x1)} height=${n(height)} rx=${n(em * 0.25)}></rect>
      ${label ? svg`<text x=${n(textX)} y=${n(y + height * 0.68)}>${label}</text>` : nothing}
    </g>`;
  }

  private renderMilestone(
    o: Occurrence,
    em: number,
    selected: boolean,
    roving: number,
    todayX: number,
    label: PlacedLabel | undefined,
  ) {
    const m = o.m.milestone;
    const r = R * em;
    const shapePath = this.shapeFor(m.kind, r);
    const mark = statusMark(m.status, r);
    const planned = o.planned === undefined ? undefined : n(o.planned - o.x);
    const overdue = m.status === 'delayed' && !o.m.actual && todayX > o.x ? n(todayX - o.x) : 0;
    const primary = o.primary;
    const linked = this.linkedNow?.milestones.has(m.id);
    return svg`<g
      class="ms kind-${m.kind ?? 'none'} status-${m.status ?? 'none'}${selected ? ' selected' : ''}${linked ? ' linked' : ''}"
      data-m=${o.m.order}
      transform="translate(${n(o.x)} ${n(o.y)})"
      role=${primary ? 'button' : nothing}
      tabindex=${primary ? (o.m.order === roving ? 0 : -1) : nothing}
      aria-label=${primary ? `${this.describe(m)}${linked ? `, ${this.coreStrings.linkedMark}` : ''}` : nothing}
      aria-pressed=${primary ? String(selected) : nothing}
      aria-controls=${primary ? 'details' : nothing}
      aria-hidden=${primary ? nothing : 'true'}
    >${
      o.spanEnd === undefined
        ? nothing
        : svg`<line class="span" x1="0" x2=${n(o.spanEnd - o.x)} y1=${n(r * 1.7)} y2=${n(r * 1.7)}></line>`
    }${overdue ? svg`<line class="overdue" x1=${n(r * 1.4)} x2=${overdue} y1="0" y2="0"></line>` : nothing}${
      planned === undefined
        ? nothing
        : svg`<line class="delay" x1=${planned} x2="0" y1="0" y2="0"></line><path class="ghost" transform="translate(${planned} 0)" d=${shapePath}></path>`
    }<circle class="ring" r=${n(r * 1.9)}></circle><path class="shape" d=${shapePath}></path>${
      mark ? svg`<path class="mark" d=${mark}></path>` : nothing
    }${
      label
        ? svg`<text class=${o.m.order === this.tip ? 'tip' : nothing} x=${n(label.x - o.x)} y=${n(em * 0.3)} text-anchor=${label.end ? 'end' : nothing}>${label.text}</text>`
        : nothing
    }</g>`;
  }

  private renderDetails(index: TimelineIndex, selected: number | undefined) {
    const m = selected === undefined ? undefined : index.milestones[selected];
    return html`<div id="details" class="details" part="details">
      ${
        m
          ? html`<div role="heading" aria-level=${this.level(1)} class="details-title">
                ${this.docText(m.milestone.title)}
              </div>
              ${this.renderMeta(m.milestone)} ${this.renderFacts(m, index)}`
          : html`<p class="muted">${this.strings.hint}</p>`
      }
    </div>`;
  }

  /** Kind and status as tags (with the date, in a list item). */
  private renderMeta(m: Milestone, withDate = false) {
    const s = this.strings;
    const date = m.actual ?? m.planned;
    return html`<p class="meta">
      <span class="tag">${milestoneIcon(m.kind, m.status)}${s.kind[m.kind ?? 'none']}</span>
      <span class="tag status status-${m.status ?? 'none'}">${s.status[m.status ?? 'none']}</span>
      ${withDate && date ? this.time(date) : nothing}
    </p>`;
  }

  /** Dates, phase, goals, actors, description and questions: the details panel and a list item. */
  private renderFacts(tm: TimelineMilestone, index: TimelineIndex) {
    const s = this.strings;
    const m = tm.milestone;
    const names = (
      ids: string[] | undefined,
      map: Map<string, { title?: LocalizedText; name?: LocalizedText; shortName?: LocalizedText }>,
    ) =>
      [...new Set(ids ?? [])]
        .map((id) => map.get(id))
        .filter((item) => item !== undefined)
        .map((item) => this.text(item.shortName ?? item.name ?? item.title))
        .join(', ');
    const goals = names(m.goals, index.goals);
    const actors = names(m.actors, index.actors);
    const delay = this.delayText(m);
    const description = this.text(m.description);
    const own = (m.questions ?? []).map((q) => this.text(q)).filter(Boolean);
    const questions = own.length ? own : s.guideQuestions;
    const fact = (label: string, value: unknown) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<dl class="facts">
        ${m.planned ? fact(s.planned, this.time(m.planned)) : nothing}
        ${m.actual ? fact(s.actual, html`${this.time(m.actual)}${delay && m.planned ? ` (${delay})` : ''}`) : nothing}
        ${fact(
          s.phase,
          tm.phases
            .map((p) =>
              this.phaseAmount(p) ? `${this.text(p.name)} (${this.phaseAmount(p)})` : this.text(p.name),
            )
            .join(', ') || s.outsidePhases,
        )}
        ${goals ? fact(s.goals, goals) : nothing} ${actors ? fact(s.actors, actors) : nothing}
      </dl>
      ${description ? html`<p class="description">${this.docText(m.description)}</p>` : nothing}
      ${
        m.kind === 'reflection'
          ? html`<p class="questions-title"><strong>${s.questions}</strong></p>
              <ul class="questions">
                ${questions.map((q) => html`<li>${q}</li>`)}
              </ul>
              ${own.length ? nothing : html`<p class="muted">${s.guideNote}</p>`}`
          : nothing
      }`;
  }

  private renderList(index: TimelineIndex) {
    const s = this.strings;
    const phases = [...index.phases].sort((a, b) => a.start - b.start);
    return html`${
        phases.length
          ? html`<div role="heading" aria-level=${this.level(1)} class="subheading">${s.phasesHeading}</div>
              <ul class="phases" part="phase-list">
                ${phases.map((placed) => {
                  const funders = (placed.phase.funders ?? [])
                    .map((id) => index.actors.get(id))
                    .filter((a) => a !== undefined)
                    .map((a) => this.text(a.shortName ?? a.name))
                    .join(', ');
                  return html`<li class=${placed.funding ? 'funding' : 'phase'}>
                    <strong>${this.docText(placed.phase.name)}</strong>
                    <span class="muted">(${s.phaseType[placed.phase.type ?? 'other']})</span>:
                    ${this.phaseRange(placed)}${funders ? html`. ${s.funders}: ${funders}` : nothing}${
                      this.phaseAmount(placed.phase) ? html`. ${this.phaseAmount(placed.phase)}` : nothing
                    }
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      <div role="heading" aria-level=${this.level(1)} class="subheading">${s.milestones}</div>
      <ol class="list${index.milestones.length > LONG_LIST ? ' long' : ''}" part="list">
        ${index.milestones.slice(0, this.printing.active ? undefined : this.listed).map((tm, i) => {
          const id = tm.milestone.id;
          const open = this.opened.has(id) || this.printing.active;
          // Details on request: fully open, a long list made a phone's page tens of thousands of px tall.
          return html`<li
            class="item${this.linkedNow?.milestones.has(id) ? ' linked' : ''}"
            tabindex="-1"
            data-i=${i}
          >
            <div role="heading" aria-level=${this.level(2)} class="item-title">
              <button
                type="button"
                class="item-toggle disclosure"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="item-${i}"
                @click=${() => this.toggleItem(id)}
              >
                ${chevron}<span>${this.docText(tm.milestone.title)}</span>
              </button>
            </div>
            ${this.linkedNow?.milestones.has(id) ? this.linkedMark() : nothing}
            ${this.renderMeta(tm.milestone, true)}
            <div class="item-body" id="item-${i}" ?hidden=${!open}>${this.renderFacts(tm, index)}</div>
          </li>`;
        })}
      </ol>
      ${
        index.milestones.length > this.listed && !this.printing.active
          ? html`<button type="button" class="more" @click=${this.showMore}>
              ${s.more(Math.min(LIST_PAGE, index.milestones.length - this.listed), index.milestones.length - this.listed)}
            </button>`
          : nothing
      }`;
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

  private renderLegend() {
    const s = this.strings;
    return html`<ul class="legend" part="legend" aria-label=${s.legend}>
      ${(['content', 'process', 'reflection'] as const).map((kind) => html`<li>${milestoneIcon(kind, undefined)}${s.kind[kind]}</li>`)}
      ${STATUS_ORDER.map((status) => html`<li>${milestoneIcon(undefined, status)}${s.status[status]}</li>`)}
      <li class="muted">${s.delayLegend}</li>
    </ul>`;
  }

  private renderCliff(cliff: FundingCliff, index: TimelineIndex) {
    const s = this.strings;
    return html`<div class="notice cliff" part="funding-cliff">
      <p><strong>${s.cliff}</strong></p>
      <p>
        ${s.cliffText(this.text(cliff.phase.name), this.date(cliff.phase.end))}${
          this.phaseAmount(cliff.phase) ? ` ${this.phaseAmount(cliff.phase)}.` : ''
        }
      </p>
      ${
        cliff.milestones.length
          ? html`<p>${s.cliffMilestones}</p>
              <ul>
                ${cliff.milestones.map(
                  (tm) =>
                    html`<li>
                      ${this.docText(tm.milestone.title)}
                      (${this.time(tm.milestone.actual ?? tm.milestone.planned)})
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        cliff.assignments.length
          ? html`<p>${s.cliffRoles}</p>
              <ul>
                ${cliff.assignments.map((a) => {
                  const role = index.roles.get(a.role);
                  const actor = index.actors.get(a.actor);
                  return html`<li>
                    ${role ? this.text(role.name) : a.role} –
                    ${actor ? this.text(actor.shortName ?? actor.name) : a.actor}${a.holder ? ` (${this.text(a.holder)})` : ''},
                    ${s.until(this.date(a.until))}
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderUndated(index: TimelineIndex) {
    const s = this.strings;
    return html`<div class="notice undated" part="undated">
      <p><strong>${s.undated}</strong></p>
      <p>${s.undatedIntro}</p>
      <ol class="problems">
        ${index.undated.map((u) => html`<li>${this.docText(u.title)}</li>`)}
      </ol>
      ${this.renderPaths(index.undated.map((u) => u.path))}
    </div>`;
  }
}
