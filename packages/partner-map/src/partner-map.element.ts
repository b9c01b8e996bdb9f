import type { Actor, KoopDocument } from '@koop/schema';
import {
  ElementSize,
  KoopWidget,
  Memo,
  OnDemand,
  PanZoom,
  RovingFocus,
  saveBlob,
  type KoopSelection,
} from '@koop/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { MapCamera } from './camera.js';
import { lineKey, renderControls, renderLegend, sectorKey, type MapSettings } from './controls.js';
import { KoopActorSelectEvent } from './events.js';
import { located, type NetworkIndex, type Scope } from './graph.js';
import { label, renderEdges, renderLabels, renderNodes, titleText, type LayerContext } from './layers.js';
import { macrotask, SYNC_LIMIT } from './layout-job.js';
import { nearestInDirection } from './layout.js';
import { MapModel } from './model.js';
import { drawHints, fitToPaper, renderLinkedRing, syncNodes, type Shown } from './overlay.js';
import { partnerMapStyles } from './partner-map.styles.js';
import type { LabelSet, NodeSize, Placement, Visible } from './scene.js';
import { partnerMapStrings, type MapLayout, type PartnerMapStrings } from './strings.js';
import type * as Views from './views.js';

/** The details, selection and list views, loaded on demand (one loader: every map shares them). */
const loadViews = () => import('./views.js');

export { KoopActorSelectEvent, type KoopActorSelectDetail } from './events.js';

/** The network in the current scope and filters. */
interface Network {
  index: NetworkIndex;
  current: Scope;
  shown: Visible;
}

/**
 * The actors of a cooperation and their relations as a network map: sectors by colour and shape,
 * relation types by line style, arrows for directed relations, node size by number of relations
 * or by circle. Layouts: a deterministic force layout, grouped by sector, or by place. Zoom, pan,
 * selection with details and path distances, ego networks, a time filter, SVG and PNG export, and
 * the same content as a list.
 *
 * @summary The actors of a cooperation and their relations as a map to explore.
 *
 * @attr layout - `force` (default), `sectors` or `geo` (needs coordinates; else the network with a notice).
 * @attr node-size - `relations` (default: by number of relations) or `circle` (core, operative, strategic, supporters).
 * @attr at - Show only relations and actors valid at this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 * @attr focus-actor - Show only the network around this actor (id), up to `depth` relations away.
 * @attr depth - Path distance of the ego network around `focus-actor` (default 1).
 * @attr selected - The selected actor (id); its details and path distances are shown.
 * @attr view - `map` (default) or `list`.
 * @attr sectors - Show only these sectors, comma-separated (`none`: actors without sector).
 * @attr types - Show only these relation types, comma-separated (`parent`: "part of" links).
 *
 * @event koop-actor-select - The selected actor changed. `detail: { id, actor }` (`id` null: cleared).
 * @event koop-select - The same, for the other widgets of a `<koop-data>`: `detail: { kind: 'actor', id, source }`. An actor selected elsewhere is selected here (without moving focus); a goal's owners or a milestone's actors get a dashed ring (and a "Verknüpft" mark in the list).
 *
 * @csspart controls - Layout, list and time controls.
 * @csspart legend - The legend with its filter buttons.
 * @csspart map - The SVG map.
 * @csspart toolbar - Zoom and export buttons.
 * @csspart details - The details of the selected actor.
 * @csspart linked-mark - The "Verknüpft" mark of an actor (list view) linked to that selection.
 * @csspart list - The list view.
 *
 * @cssprop --koop-sector-civil-society - Colour of civil-society actors.
 * @cssprop --koop-sector-intermediary - Colour of intermediaries.
 * @cssprop --koop-sector-administration - Colour of public administration.
 * @cssprop --koop-sector-politics - Colour of politics.
 * @cssprop --koop-sector-funder - Colour of funders.
 * @cssprop --koop-sector-business - Colour of businesses.
 * @cssprop --koop-sector-science - Colour of science.
 * @cssprop --koop-sector-media - Colour of media.
 */
export class KoopPartnerMap extends KoopWidget {
  static override styles = [...KoopWidget.styles, partnerMapStyles];
  static override localizedStrings = [...KoopWidget.localizedStrings, partnerMapStrings];

  static override properties = {
    ...KoopWidget.properties,
    layout: { type: String, reflect: true },
    nodeSize: { type: String, attribute: 'node-size', reflect: true },
    at: { type: String, reflect: true },
    focusActor: { type: String, attribute: 'focus-actor', reflect: true },
    depth: { type: Number, reflect: true },
    selected: { type: String, reflect: true },
    view: { type: String, reflect: true },
    sectors: { type: String, reflect: true },
    types: { type: String, reflect: true },
    announcement: { state: true },
    labelScale: { state: true },
  };

  /** `force`, `sectors` or `geo`. */
  declare layout: MapLayout;
  /** `relations` or `circle`. */
  declare nodeSize: NodeSize;
  /** Date filter (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); empty: all times. */
  declare at: string | null;
  /** Id of the actor of an ego network (attribute `focus-actor`). */
  declare focusActor: string | null;
  /** Path distance of the ego network. */
  declare depth: number;
  /** Id of the selected actor. */
  declare selected: string | null;
  /** `map` or `list`. */
  declare view: 'map' | 'list';
  /** Sectors to show, comma-separated; empty: all. */
  declare sectors: string | null;
  /** Relation types to show, comma-separated; empty: all. */
  declare types: string | null;
  declare private announcement: string;
  /** The zoom level labels are placed for (quantised camera scale). */
  declare private labelScale: number;

  private readonly viewsOnDemand = new OnDemand(this, loadViews, () => this.language.ui);
  private readonly model: MapModel = this.createModel();
  /** Templates of the base map's layers, kept while their scene and labels are the same. */
  private readonly templates = new Memo();
  /** The network shown, computed before each render. */
  private network?: Network;
  /** What the map shows now, computed before each render (undefined in the list or while laid out). */
  private now?: Shown & { scope: Scope; labels?: LabelSet };
  private labelTimer?: ReturnType<typeof setTimeout>;
  private readonly camera = new MapCamera();
  /** The world shown when the map was last fitted: labels stay inside it (none cut at an edge). */
  private fittedView?: [number, number, number, number];
  private fittedTo?: Placement;
  /** The placement whose graph is rendered (after the camera was fitted to it). */
  private graphFor?: Placement;
  private waiting?: Promise<void>;
  private moved = false;
  private active = -1;
  private hovered = -1;
  /** The actor whose node takes focus once the details that had it have closed. */
  private focusAfter?: number;
  private readonly size = new ElementSize(this, {
    target: () => this.svg,
    onResize: () => {
      if (!this.moved) this.fitTo(true);
    },
  });

  private readonly panZoom = new PanZoom(this, {
    surface: 'svg.base',
    keys: 'svg.base g.n',
    pan: (dx, dy) => {
      this.camera.pan(dx, dy);
      this.moved = true;
      this.applyCamera();
    },
    zoom: (factor, x, y) => this.zoomBy(factor, x, y),
    tap: (target) => this.select(this.nodeOf(target)),
  });

  constructor() {
    super();
    this.layout = 'force';
    this.nodeSize = 'relations';
    this.at = null;
    this.focusActor = null;
    this.depth = 1;
    this.selected = null;
    this.view = 'map';
    this.sectors = null;
    this.types = null;
    this.announcement = '';
    this.labelScale = 1;
    // Layout buttons, legend chips and the map's tools: one tab stop per group, arrows within.
    new RovingFocus(this, { groups: '[role="toolbar"]', items: 'button' });
  }

  private createModel(): MapModel {
    return new MapModel({
      settings: this,
      document: () => this.document,
      ui: () => this.language.ui,
      fontHost: this,
      name: (actor) => this.name(actor),
      requestUpdate: () => this.requestUpdate(),
    });
  }

  private get strings(): PartnerMapStrings {
    return partnerMapStrings.in(this.language.ui);
  }

  /** Resolves once the map is laid out and rendered, not only after Lit's update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (
      !result ||
      // Not only the placement: the scene is computed in slices after it.
      this.model.jobs.running ||
      this.viewsOnDemand.pending ||
      (this.now && this.svg && this.graphFor !== this.now.placement)
    ) {
      await Promise.all([this.model.jobs.done, this.viewsOnDemand.pending, this.waiting]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Loads the views for details, selection and list (once), then renders again: on demand, when
   * the reader points at or tabs into the map, selects an actor or asks for the list.
   */
  private loadViews(): void {
    void this.viewsOnDemand.load();
  }

  private get views(): typeof Views | undefined {
    return this.viewsOnDemand.module;
  }

  private get viewContext(): Views.ViewContext {
    return {
      s: this.strings,
      v: this.views!.strings.in(this.language.ui),
      locale: this.language.locale,
      url: this.documentUrl,
      placement: this.now?.placement as Placement,
      text: (value) => this.text(value),
      docText: (value) => this.docText(value),
      name: (actor) => this.name(actor),
      level: (depth) => this.level(depth),
      select: (i, focus) => this.select(i, focus),
      mark: (i) => (this.linkedActors().has(this.index!.actors[i]?.id) ? this.linkedMark() : nothing),
      measure: (text) => this.model.measure(text),
      label: (x, y, lines, type) => label(x, y, lines, type, this.labelScale),
      lineKey,
      sectorKey,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Model

  private get index(): NetworkIndex | undefined {
    return this.model.index;
  }

  /** `at` when it is a valid partial date. */
  private get date(): string | undefined {
    return this.model.date;
  }

  /** What `render()` shows is computed before it, not in it. */
  protected override update(changed: PropertyValues<this>): void {
    const index = this.index;
    this.network = this.now = undefined;
    if (index?.actors.length) {
      const isList = this.view === 'list';
      if (isList || this.selected) this.loadViews();
      const { current, shown, placement, scene } = this.model.pipeline(index, !isList);
      this.network = { index, current, shown };
      if (placement && scene) {
        this.now = { index, scope: current, shown, placement, scene };
        // The first update lays out only the frame, so the camera fits its real size; the graph
        // and its labels (placed once, for that zoom level) follow.
        if (this.graphFor === placement) this.now.labels = this.labelsOf(this.now);
      }
      // The fonts are resolved now, not by the first label measured while rendering.
      this.model.measure('');
    }
    super.update(changed);
  }

  private name(actor: Actor | undefined): string {
    return actor ? this.text(actor.shortName ?? actor.name) || actor.id : '';
  }

  private labelsOf({ scene, placement }: Shown): LabelSet {
    const s = this.strings;
    return this.model.labels(scene, placement, this.labelScale, this.fittedView, (group) =>
      titleText(s, group),
    );
  }

  /** Actors linked to a goal or milestone selected in another widget (an actor is selected here). */
  private linkedActors(): ReadonlySet<string> {
    const items = this.document && this.linked.foreign(this.document);
    return items && items.kind !== 'actor' ? items.actors : new Set();
  }

  /** An actor selected elsewhere is selected here, quietly; another selection clears this one. */
  protected override applySelection(selection: KoopSelection | null): void {
    this.selected = selection?.kind === 'actor' ? selection.id : null;
  }

  private get selectedIndex(): number {
    return this.selected ? (this.index?.byId.get(this.selected) ?? -1) : -1;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const model = this.network;
    const heading = html`<div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>`;
    if (!model) {
      return html`<section class="partner-map" aria-label=${this.regionLabel(s.heading)}>
        ${heading}
        <p>${s.noActors}</p>
      </section>`;
    }
    const { index, current, shown } = model;
    const isList = this.view === 'list';
    const scene = this.now?.scene;
    const count = shown.visible.reduce((sum, v) => sum + v, 0);
    const layout = this.model.layoutOf(index);
    const notices: string[] = [];
    if (this.at && !this.date) notices.push(s.invalidDate(this.at));
    if (this.focusActor && current.focus < 0) notices.push(s.focusNotFound(this.focusActor));
    if (this.layout === 'geo' && layout !== 'geo') notices.push(s.noCoordinates);
    if (layout === 'geo' && !isList && scene?.titles.some((t) => t.text < 0))
      notices.push(s.missingPlaces(scene.nodes.filter((i) => !located(index.actors[i])).length));
    const controls = {
      s,
      locale: this.language.locale,
      index,
      current,
      layout,
      settings: this,
      date: this.date,
      nodeSize: this.nodeSize,
      change: (settings: Partial<MapSettings>) => Object.assign(this, settings),
    };
    return html`<section class="partner-map" aria-label=${this.regionLabel(s.heading)}>
      <div class="header">
        ${heading}
        <p class="summary">
          ${current.focus >= 0 ? `${s.ego(this.name(index.actors[current.focus]), this.model.egoDepth)}. ` : ''}${s.summary(count, shown.links.length)}
        </p>
      </div>
      ${this.renderLinkedStatus(document)} ${notices.map((notice) => html`<p class="notice">${notice}</p>`)}
      ${renderControls(controls)} ${renderLegend(controls)}
      ${
        !count
          ? html`<p class="notice">${s.allHidden}</p>`
          : isList
            ? this.views?.renderList(this.viewContext, index, shown)
            : this.now
              ? this.renderMap(this.now)
              : html`<p class="arranging loading" role="status">${s.arranging}</p>`
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  /**
   * The map: a base SVG with the whole graph, which never changes on hover or selection (so it
   * is painted once, on a layer of its own), and an overlay SVG above it for what does: the
   * selection (a dimming scrim, the selected actor's relations and neighbours drawn again, their
   * labels) and the hover and focus hints.
   */
  private renderMap(now: Shown & { labels?: LabelSet }) {
    const s = this.strings;
    const { index, shown, scene, labels } = now;
    const selected = this.selectedIndex >= 0 && shown.visible[this.selectedIndex] ? this.selectedIndex : -1;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${s.view}>
        <button type="button" aria-label=${s.zoomIn} @click=${() => this.panZoom.zoomIn()}>+</button>
        <button type="button" aria-label=${s.zoomOut} @click=${() => this.panZoom.zoomOut()}>−</button>
        <button type="button" @click=${() => this.fit()}>${s.fit}</button>
        <button type="button" aria-label=${s.saveSvg} @click=${() => this.download('svg')}>SVG</button>
        <button type="button" aria-label=${s.savePng} @click=${() => this.download('png')}>PNG</button>
      </div>
      <div class="stage" @keydown=${this.onKeyDown} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        <svg
          class="map base"
          part="map"
          role="group"
          aria-label=${`${s.map}: ${s.summary(scene.nodes.length, shown.links.length)}`}
          aria-describedby="keys"
          @pointerover=${this.onPointerOver}
          @pointerout=${this.onPointerOut}
        >
          <g class="camera" transform=${this.camera.transform}>${this.layers(now)}</g>
        </svg>
        <svg class="map overlay" aria-hidden="true" focusable="false">
          ${selected >= 0 ? svg`<rect class="scrim" width="100%" height="100%"></rect>` : nothing}
          <g class="camera" transform=${this.camera.transform}>
            ${
              selected >= 0 && labels
                ? this.views?.renderSelection(this.viewContext, index, shown, scene, labels, selected)
                : nothing
            }
            ${renderLinkedRing(now, this.linkedActors())}
            <path class="hint-edges" d=""></path>
            <path class="hover-ring" d=""></path>
            <path class="focus-ring" d=""></path>
            <text class="lb hint"></text>
          </g>
        </svg>
      </div>
      <p id="keys" class="muted keys">${s.keys}</p>
      ${selected >= 0 ? this.views?.renderDetails(this.viewContext, index, shown, selected) : nothing}`;
  }

  /**
   * The base map's layers, built again only for a new scene or zoom level: on hover and
   * selection Lit then finds the same templates and values and leaves the graph alone.
   */
  private layers(now: Shown & { labels?: LabelSet }) {
    // Without labels the graph is not shown yet (the camera is fitted first, see `update`).
    const set = now.labels;
    if (!set) return nothing;
    const layer: LayerContext = {
      ...now,
      s: this.strings,
      labelScale: this.labelScale,
      name: (actor) => this.name(actor),
    };
    return svg`${this.templates.get('graph', [now.scene], () => svg`${renderEdges(now.scene)}${renderNodes(layer)}`)}${this.templates.get(
      'labelLayer',
      [now.scene, set],
      () => renderLabels(layer, set),
    )}`;
  }

  // -------------------------------------------------------------------------------------------
  // State on the rendered map (classes, not re-rendering)

  private get svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.base');
  }

  /**
   * The details close while they have focus (their "Auswahl aufheben", Escape): focus goes back
   * to the actor they were about, on the map, not to the start of the page.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const previous = changed.get('selected');
    if (
      changed.has('selected') &&
      !this.selected &&
      previous &&
      this.shadowRoot?.activeElement?.closest('[part~="details"]')
    )
      this.focusAfter = this.index?.byId.get(previous);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfter !== undefined) {
      const i = this.focusAfter;
      void this.updateComplete.then(() => this.focusNode(i));
    }
    const svgElement = this.svg;
    const placement = this.now?.placement;
    if (!svgElement || !placement) return;
    if (this.fittedTo !== placement) {
      this.fittedTo = placement;
      this.moved = false;
      this.fitTo(true);
      const show = () => {
        this.graphFor = placement;
        this.requestUpdate();
      };
      if (this.now!.scene.nodes.length > SYNC_LIMIT) this.waiting = macrotask().then(show);
      else show();
    }
    this.syncNodes();
    this.hint(this.hovered);
    fitToPaper(svgElement, this.printing.active);
  }

  /** The nodes of the base map (the overlay's copies are hidden from assistive technology). */
  private nodeElements(): NodeListOf<SVGGElement> {
    return this.renderRoot.querySelectorAll<SVGGElement>('svg.base g.n');
  }

  /** The roving node: the selected actor, else the first, unless it is still shown. */
  private syncNodes(): void {
    const scene = this.now?.scene;
    if (!scene) return;
    const selected = this.selectedIndex;
    if (!scene.nodes.includes(this.active))
      this.active = scene.nodes.includes(selected) ? selected : (scene.nodes[0] ?? -1);
    syncNodes(this.nodeElements(), selected, this.active);
  }

  /** Selects actor `i` (-1: none), announces it and fires `koop-actor-select`. */
  private select(i: number, focus = false): void {
    const index = this.index;
    if (!index) return;
    const actor = index.actors[i];
    const id = actor?.id ?? null;
    if (id === this.selected) return;
    this.selected = id;
    if (actor) {
      this.active = i;
      this.announcement = this.strings.selected(
        this.name(actor),
        this.strings.relations(this.now?.shown.byActor.get(i)?.length ?? 0),
      );
    } else this.announcement = '';
    this.emit(new KoopActorSelectEvent({ id, actor }));
    this.linked.select('actor', id);
    if (focus)
      void this.updateComplete.then(() => {
        this.focusNode(i);
      });
  }

  private nodeOf(target: EventTarget | null): number {
    const node = (target as Element | null)?.closest?.('g.n') as SVGGElement | null;
    return node ? Number(node.dataset.i) : -1;
  }

  /** The overlay's hints for the hovered actor (`hover`) and the focused one. */
  private hint(hover: number, focus = this.nodeOf(this.shadowRoot!.activeElement)): void {
    const index = this.index;
    const now = this.now;
    const overlay = this.renderRoot.querySelector('svg.overlay');
    if (!index || !now || !overlay) return;
    drawHints(overlay, now, {
      hover,
      focus,
      keyboard: (i) =>
        !!this.renderRoot.querySelector(`svg.base g.n[data-i="${i}"]`)?.matches(':focus-visible'),
      labels: this.graphFor === now.placement ? this.labelsOf(now) : undefined,
      name: (i) => this.name(index.actors[i]),
    });
  }

  private focusNode(i: number): void {
    this.focusAfter = undefined;
    const element = this.renderRoot.querySelector<SVGGElement>(`svg.base g.n[data-i="${i}"]`);
    if (!element) return;
    this.active = i;
    for (const node of this.nodeElements()) node.tabIndex = node === element ? 0 : -1;
    element.focus();
    this.reveal(i);
  }

  // -------------------------------------------------------------------------------------------
  // Camera: zoom and pan (the gestures are the PanZoom controller's)

  /** Moves the camera; labels follow for the new zoom level (at once, or when zooming pauses). */
  private applyCamera(now = false): void {
    for (const camera of this.renderRoot.querySelectorAll('.camera'))
      camera.setAttribute('transform', this.camera.transform);
    const level = this.camera.level;
    clearTimeout(this.labelTimer);
    if (now) this.labelScale = level;
    else this.labelTimer = setTimeout(() => (this.labelScale = level), 120);
  }

  /**
   * Fits the whole map, labels included, into view at every width. `initial`: a map too large
   * even at the smallest scale is centred on the selected or focus actor when there is one.
   */
  private fitTo(initial: boolean, user = false): void {
    const now = this.now;
    if (!this.svg || !now) return;
    this.size.measure();
    const { width, height, em } = this.size;
    if (!width || !height) return;
    const centre = !initial ? -1 : this.selectedIndex >= 0 ? this.selectedIndex : now.scope.focus;
    this.fittedView = this.camera.fit(now.scene, now.placement, width, height, em, centre);
    // The labels are placed anew for the view (the zoom level alone may not have changed).
    this.requestUpdate();
    this.moved = user;
    this.applyCamera(true);
  }

  /** Fits the whole map into view. */
  fit(): void {
    this.fitTo(false, true);
  }

  /** Zooms by `factor` around a point of the map (default: its middle). */
  zoomBy(factor: number, px?: number, py?: number): void {
    if (!this.svg) return;
    this.size.measure();
    this.camera.zoom(factor, px ?? this.size.width / 2, py ?? this.size.height / 2);
    this.moved = true;
    this.applyCamera();
  }

  /** Pans so actor `i` is in view (keyboard navigation). */
  private reveal(i: number): void {
    const now = this.now;
    if (!this.svg || !now) return;
    this.size.measure();
    if (this.camera.reveal(now.placement.x[i], now.placement.y[i], this.size.width, this.size.height)) {
      this.moved = true;
      this.applyCamera();
    }
  }

  // Pointing at or tabbing into the map loads the views, so they are there for a selection.
  private onPointerOver = (event: PointerEvent) => {
    this.loadViews();
    this.hint((this.hovered = this.nodeOf(event.target)));
  };

  private onPointerOut = () => this.hint((this.hovered = -1));

  private onFocusIn = (event: FocusEvent) => {
    this.loadViews();
    const i = this.nodeOf(event.target);
    if (i >= 0) this.active = i;
    this.hint(this.hovered, i);
  };

  private onFocusOut = () => this.hint(this.hovered, -1);

  /** Arrows to the nearest actor that way, Enter or Space to select, Escape to clear (+ and − zoom). */
  private onKeyDown = (event: KeyboardEvent) => {
    const i = this.nodeOf(event.target);
    const now = this.now;
    if (i < 0 || !now) return;
    const directions: Record<string, [number, number]> = {
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
    };
    const direction = directions[event.key];
    if (direction) {
      const next = nearestInDirection(now.scene.nodes, now.placement.x, now.placement.y, i, ...direction);
      if (next >= 0) this.focusNode(next);
    } else if (event.key === 'Enter' || event.key === ' ') this.select(i);
    else if (event.key === 'Escape' && this.selected) this.select(-1);
    else return;
    event.preventDefault();
  };

  // -------------------------------------------------------------------------------------------
  // Export

  /**
   * The current map view as an SVG file (with its styles as presentation attributes) or a PNG
   * image (drawn with the Canvas 2D API). Rejects while the list is shown.
   */
  async exportAs(format: 'svg' | 'png'): Promise<Blob> {
    await this.updateComplete;
    const layers = [...this.renderRoot.querySelectorAll<SVGSVGElement>('svg.map')];
    if (!layers.length) throw new Error('The map is not shown.');
    const { toSvg, toPng } = await import('./exports.js');
    const base = this.renderRoot.querySelector('[part~="base"]')!;
    const background = getComputedStyle(base).backgroundColor;
    return format === 'png'
      ? toPng(layers, background)
      : toSvg(layers, background, this.text(this.document!.cooperation.name));
  }

  private async download(format: 'svg' | 'png'): Promise<void> {
    const blob = await this.exportAs(format);
    const { fileName } = await import('./exports.js');
    saveBlob(this.renderRoot, blob, fileName(this.text(this.document!.cooperation.name), format));
  }
}
