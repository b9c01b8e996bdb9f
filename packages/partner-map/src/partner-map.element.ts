import { parseCalendarDate, type Actor, type KoopDocument } from '@koop/schema';
import {
  fontOf,
  formatDate,
  KoopWidget,
  localize,
  RovingFocus,
  textWidth,
  type KoopSelection,
} from '@koop/core';
import { adoptStyles, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { edgeGeometry, round, SECTORS, shapePath, TYPES } from './draw.js';
import { located, networkIndex, scope, type NetworkIndex, type Scope } from './graph.js';
import { complete, EXACT, nearestInDirection } from './layout.js';
import { partnerMapStyles } from './partner-map.styles.js';
import {
  buildScene,
  fitCamera,
  sceneSteps,
  filterScope,
  FONT,
  LINE,
  placementSteps,
  sceneLabels,
  sectorKey,
  sectorOf,
  viewOf,
  type LabelSet,
  type NodeSize,
  type Placement,
  type Scene,
  type Visible,
} from './scene.js';
import { partnerMapStrings, type MapLayout, type PartnerMapStrings } from './strings.js';
import type * as Views from './views.js';

/** Up to this many actors the layout runs at once; above, in slices that yield to the event loop. */
const SYNC_LIMIT = 150;
const SLICE_MS = 25;
const MIN_SCALE = 0.05;
const MAX_SCALE = 4;

/** A macrotask: lets the browser handle input and paint between layout slices. */
const macrotask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Runs `steps` to the end in slices of `SLICE_MS`; undefined when `live()` fails after a pause. */
async function sliced<T>(steps: Generator<void, T, void>, live: () => boolean): Promise<T | undefined> {
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > deadline) {
      await macrotask();
      if (!live()) return undefined;
      deadline = performance.now() + SLICE_MS;
    }
  }
}

const ZIGZAG = edgeGeometry(2, 0, 34, 0, 0, 0, false, true).d;
/** A ring of radius `r` around (x, y) in absolute path data, so several join into one path. */
const ringAt = (x: number, y: number, r: number) =>
  shapePath(-1, round(r)).replace('M', `M${round(x)} ${round(y)}m`);
const list = (value: string | null) =>
  value
    ? new Set(
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      )
    : null;

interface LayoutJob {
  key: string;
  index: NetworkIndex;
  placement?: Placement;
  done: Promise<void>;
  /** Still at work: the placement, or the scene after it, is being computed in slices. */
  running: boolean;
}

export interface KoopActorSelectDetail {
  /** Id of the selected actor; null when the selection was cleared. */
  id: string | null;
  actor?: Actor;
}

/** Fired when the selected actor changes (click, keyboard, the details' links). */
export class KoopActorSelectEvent extends CustomEvent<KoopActorSelectDetail> {
  static readonly type = 'koop-actor-select';
  constructor(id: string | null, actor?: Actor) {
    super(KoopActorSelectEvent.type, { bubbles: true, composed: true, detail: { id, actor } });
  }
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

  private job?: LayoutJob;
  private views?: typeof Views;
  private viewsLoading?: Promise<void>;
  private cache = new Map<string, [unknown[], unknown]>();
  /** What the map shows now (set while rendering it). */
  private now?: { index: NetworkIndex; scope: Scope; shown: Visible; placement: Placement; scene: Scene };
  private labelTimer?: ReturnType<typeof setTimeout>;
  private camera = { x: 0, y: 0, s: 1 };
  /** The world shown when the map was last fitted: labels stay inside it (none cut at an edge). */
  private fittedView?: [number, number, number, number];
  private fittedTo?: Placement;
  /** The placement whose graph is rendered (after the camera was fitted to it). */
  private graphFor?: Placement;
  private waiting?: Promise<void>;
  private moved = false;
  private active = -1;
  private pointers = new Map<number, { x: number; y: number }>();
  private press?: { node: number; x: number; y: number; moved: boolean };
  /** The label fonts (regular, bold), resolved once per scene (see `measure`). */
  private fonts?: [string, string];
  private observed?: Element;
  private readonly resize = new ResizeObserver(() => {
    if (!this.moved) this.fitTo(true);
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
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
      this.job?.running ||
      (this.viewsLoading && !this.views) ||
      (this.now && this.svg && this.graphFor !== this.now.placement)
    ) {
      await Promise.all([this.job?.done, this.viewsLoading, this.waiting]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Loads the views for details, selection and list (once), then renders again: on demand, when
   * the reader points at or tabs into the map, selects an actor or asks for the list.
   */
  private loadViews(): void {
    this.viewsLoading ??= import('./views.js').then(async (module) => {
      const element = this.constructor as typeof KoopPartnerMap;
      // Their strings load with the other tables from now on, their styles join the element's.
      if (!element.localizedStrings.includes(module.viewStrings))
        element.localizedStrings = [...element.localizedStrings, module.viewStrings];
      await module.viewStrings.load(this.language.ui);
      adoptStyles(this.renderRoot as ShadowRoot, [...element.elementStyles, module.viewStyles]);
      this.views = module;
      this.requestUpdate();
    });
  }

  private get viewContext(): Views.ViewContext {
    return {
      s: this.strings,
      v: this.views!.viewStrings.in(this.language.ui),
      locale: this.language.locale,
      url: this.documentController.state.url,
      placement: this.now?.placement as Placement,
      text: (value) => this.text(value),
      docText: (value) => this.docText(value),
      name: (actor) => this.name(actor),
      level: (depth) => this.level(depth),
      select: (i, focus) => this.select(i, focus),
      mark: (i) => (this.linkedActors().has(this.index!.actors[i]?.id) ? this.linkedMark() : nothing),
      measure: (text) => this.measure(text),
      label: (x, y, lines, type) => this.label(x, y, lines, type),
      lineKey: (type) => this.lineKey(type),
      sectorKey: (sector) => this.sectorKey(sector),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Model

  private get index(): NetworkIndex | undefined {
    return this.document && networkIndex(this.document);
  }

  /** `at` when it is a valid partial date. */
  private get date(): string | undefined {
    return this.at && parseCalendarDate(this.at) ? this.at : undefined;
  }

  private get egoDepth(): number {
    return Math.max(0, Math.floor(Number(this.depth)) || 0);
  }

  /** `make()`, computed again only when one of `deps` differs from the last call for `slot`. */
  private memo<T>(slot: string, deps: unknown[], make: () => T): T {
    const hit = this.cache.get(slot);
    if (hit?.[0].every((dep, k) => dep === deps[k])) return hit[1] as T;
    const value = make();
    this.cache.set(slot, [deps, value]);
    return value;
  }

  private get scopeKey(): string {
    return `${this.date}|${this.focusActor}|${this.egoDepth}`;
  }

  /** The layout in use: `geo` only when some actor has coordinates. */
  private layoutOf(index: NetworkIndex): MapLayout {
    return this.layout === 'sectors' || (this.layout === 'geo' && index.located) ? this.layout : 'force';
  }

  /** Names in the document's language, for layout estimates (so the UI language never moves a node). */
  private layoutNames(index: NetworkIndex): string[] {
    const lang = this.document?.lang ?? 'de';
    return index.actors.map((actor) => localize(actor.shortName ?? actor.name, lang, lang));
  }

  private placementOf(index: NetworkIndex, current: Scope): Placement | undefined {
    const layout = this.layoutOf(index);
    const ego = current.focus >= 0;
    const key = `${layout}|${ego ? this.scopeKey : ''}`;
    if (this.job?.key !== key || this.job.index !== index) {
      const members = index.actors.map((_, i) => i).filter((i) => !ego || current.actors[i]);
      const links = ego ? current.links : index.links.map((_, k) => k);
      const names = this.layoutNames(index);
      const job: LayoutJob = { key, index, done: Promise.resolve(), running: false };
      this.job = job;
      const large = members.length > EXACT;
      if (members.length <= SYNC_LIMIT && layout === 'force')
        job.placement = complete(placementSteps(index, members, links, layout, names, current.focus));
      else {
        job.running = true;
        job.done = Promise.all([
          layout === 'force' ? undefined : import('./arrange.js'),
          large ? import('./quadtree.js') : undefined,
        ])
          .then(([arrange, quadtree]) =>
            this.runSliced(
              job,
              placementSteps(index, members, links, layout, names, current.focus, {
                arrange,
                tree: quadtree && new quadtree.QuadTree(members.length),
              }),
            ),
          )
          .finally(() => (job.running = false));
      }
    }
    return this.job.placement;
  }

  /** Scope, filter, placement and scene for the current settings (each kept until its inputs change). */
  private pipeline(index: NetworkIndex, map = true) {
    const current = this.memo('scope', [index, this.scopeKey], () =>
      scope(index, this.date, this.focusActor, this.egoDepth),
    );
    const shown = this.memo('shown', [current, this.sectors, this.types], () =>
      filterScope(index, current, list(this.sectors), list(this.types)),
    );
    const placement = map ? this.placementOf(index, current) : undefined;
    return { current, shown, placement, scene: placement && this.sceneOf(index, shown, placement) };
  }

  /** Runs layout steps in slices of about 25 ms, yielding to the event loop (input, paint) between them. */
  private async runSliced(job: LayoutJob, steps: Generator<void, Placement, void>): Promise<void> {
    if (this.job !== job) return;
    const placement = await sliced(steps, () => this.job === job);
    if (!placement) return;
    job.placement = placement;
    // The scene in slices of its own, then the render in the next task.
    await macrotask();
    const index = this.index;
    if (this.job !== job || !index) return;
    const { shown } = this.pipeline(index, false);
    const scene = await sliced(
      sceneSteps(this.sceneInput(index, shown, placement)),
      () => this.job === job && this.index === index,
    );
    if (!scene) return;
    this.cache.set('scene', [this.sceneKey(shown, placement), scene]);
    this.pipeline(index);
    await macrotask();
    this.requestUpdate();
  }

  private measure(text: string, bold = false): number {
    // Reading the style is costly: once per scene, not once per label.
    this.fonts ??= [fontOf(this, FONT, 400), fontOf(this, FONT, 700)];
    return textWidth(text, this.fonts[bold ? 1 : 0]);
  }

  private name(actor: Actor | undefined): string {
    return actor ? this.text(actor.shortName ?? actor.name) || actor.id : '';
  }

  private titleText(group: number): string {
    const s = this.strings;
    return group < 0 ? s.withoutPlace : s.sector[SECTORS[group] ?? 'none'];
  }

  private sceneKey(shown: Visible, placement: Placement): unknown[] {
    return [placement, shown, this.nodeSize, this.language.ui];
  }

  private sceneInput(index: NetworkIndex, shown: Visible, placement: Placement) {
    this.fonts = undefined;
    return {
      index,
      shown,
      placement,
      size: this.nodeSize === 'circle' ? ('circle' as const) : ('relations' as const),
      names: index.actors.map((actor) => this.name(actor)),
      measure: (text: string) => this.measure(text),
    };
  }

  private sceneOf(index: NetworkIndex, shown: Visible, placement: Placement): Scene {
    return this.memo('scene', this.sceneKey(shown, placement), () =>
      buildScene(this.sceneInput(index, shown, placement)),
    );
  }

  private labelsOf(scene: Scene): LabelSet {
    const { x, y } = this.now!.placement;
    const bounds = this.fittedView;
    return this.memo('labels', [scene, this.labelScale, this.language.ui, bounds], () =>
      sceneLabels(scene, x, y, this.labelScale, (group) => this.measure(this.titleText(group), true), bounds),
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
    const index = networkIndex(document);
    const heading = html`<div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>`;
    if (!index.actors.length) {
      return html`<section class="partner-map" aria-label=${this.regionLabel(s.heading)}>
        ${heading}
        <p>${s.noActors}</p>
      </section>`;
    }
    const isList = this.view === 'list';
    if (isList || this.selected) this.loadViews();
    const { current, shown, placement, scene } = this.pipeline(index, !isList);
    this.now = scene && { index, scope: current, shown, placement: placement!, scene };
    const count = shown.visible.reduce((sum, v) => sum + v, 0);
    const layout = this.layoutOf(index);
    const notices: string[] = [];
    if (this.at && !this.date) notices.push(s.invalidDate(this.at));
    if (this.focusActor && current.focus < 0) notices.push(s.focusNotFound(this.focusActor));
    if (this.layout === 'geo' && layout !== 'geo') notices.push(s.noCoordinates);
    if (layout === 'geo' && !isList && scene?.titles.some((t) => t.text < 0))
      notices.push(s.missingPlaces(scene.nodes.filter((i) => !located(index.actors[i])).length));
    return html`<section class="partner-map" aria-label=${this.regionLabel(s.heading)}>
      <div class="header">
        ${heading}
        <p class="summary">
          ${current.focus >= 0 ? `${s.ego(this.name(index.actors[current.focus]), this.egoDepth)}. ` : ''}${s.summary(count, shown.links.length)}
        </p>
      </div>
      ${this.renderLinkedStatus(document)} ${notices.map((notice) => html`<p class="notice">${notice}</p>`)}
      ${this.renderControls(index, layout)} ${this.renderLegend(index, current)}
      ${
        !count
          ? html`<p class="notice">${s.allHidden}</p>`
          : isList
            ? this.views?.renderList(this.viewContext, index, shown)
            : scene
              ? this.renderMap(index, shown, scene)
              : html`<p class="arranging loading" role="status">${s.arranging}</p>`
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderControls(index: NetworkIndex, layout: MapLayout) {
    const s = this.strings;
    const changes = index.changes;
    const date = this.date;
    let position = changes.length;
    if (date) {
      const key = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
      position = Math.max(0, changes.filter((change) => change <= key).length - 1);
    }
    const label = date ? formatDate(date, this.language.locale) : s.allTimes;
    const layouts: MapLayout[] = index.located ? ['force', 'sectors', 'geo'] : ['force', 'sectors'];
    return html`<div class="controls" part="controls">
      <div class="buttons" role="toolbar" aria-label=${s.layoutLabel}>
        ${layouts.map(
          (option) =>
            html`<button
              type="button"
              aria-pressed=${option === layout && this.view !== 'list' ? 'true' : 'false'}
              @click=${() => {
                this.layout = option;
                this.view = 'map';
              }}
            >
              ${s.layout[option]}
            </button>`,
        )}
        <button
          type="button"
          aria-pressed=${this.view === 'list' ? 'true' : 'false'}
          @click=${() => (this.view = this.view === 'list' ? 'map' : 'list')}
        >
          ${s.asList}
        </button>
      </div>
      ${
        changes.length
          ? html`<div class="time">
              <label for="at">${s.time}: <output for="at">${label}</output></label>
              <input
                id="at"
                type="range"
                min="0"
                max=${changes.length}
                .value=${String(position)}
                aria-valuetext=${label}
                @input=${(event: Event) => {
                  const value = Number((event.target as HTMLInputElement).value);
                  this.at = changes[value] ?? null;
                }}
              />
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderLegend(index: NetworkIndex, current: Scope) {
    const s = this.strings;
    const sectorCount = new Map<string, number>();
    index.actors.forEach((actor, i) => {
      if (current.actors[i]) sectorCount.set(sectorKey(actor), (sectorCount.get(sectorKey(actor)) ?? 0) + 1);
    });
    const typeCount = new Map<string, number>();
    for (const k of current.links) {
      const type = index.links[k].relation.type;
      typeCount.set(type, (typeCount.get(type) ?? 0) + 1);
    }
    const parents = index.actors.filter(
      (_, i) => current.actors[i] && current.actors[index.parent[i]],
    ).length;
    if (parents) typeCount.set('parent', parents);
    const sectors = list(this.sectors);
    const types = list(this.types);
    const toggle = (attribute: 'sectors' | 'types', all: string[], key: string) => {
      const shown = new Set(list(this[attribute]) ?? all);
      if (!shown.delete(key)) shown.add(key);
      this[attribute] = all.every((item) => shown.has(item)) ? null : [...shown].join(',');
    };
    const sectorKeys = [...SECTORS, 'none'].filter((sector) => sectorCount.has(sector));
    const typeKeys = [...TYPES, 'parent'].filter((type) => typeCount.has(type));
    const item = (pressed: boolean, key: TemplateResult, text: string, count: number, onClick: () => void) =>
      html`<button type="button" class="chip" aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>
        ${key}<span>${text} <span class="count">(${count})</span></span>
      </button>`;
    return html`<details class="legend" part="legend" open>
      <summary>${s.legend}</summary>
      <div role="toolbar" aria-label=${s.sectors}>
        ${sectorKeys.map((sector) =>
          item(
            !sectors || sectors.has(sector),
            this.sectorKey(sector),
            s.sector[sector as keyof PartnerMapStrings['sector']],
            sectorCount.get(sector)!,
            () => toggle('sectors', sectorKeys, sector),
          ),
        )}
      </div>
      <div role="toolbar" aria-label=${s.types}>
        ${typeKeys.map((type) =>
          item(
            !types || types.has(type),
            this.lineKey(type),
            s.type[type as keyof PartnerMapStrings['type']],
            typeCount.get(type)!,
            () => toggle('types', typeKeys, type),
          ),
        )}
      </div>
      <p class="muted note">${s.size[this.nodeSize === 'circle' ? 'circle' : 'relations']}. ${s.directed}</p>
    </details>`;
  }

  /** A short sample of a relation type's line, as in the legend. */
  private lineKey(type: string) {
    return svg`<svg class="key line" viewBox="0 -8 36 16" aria-hidden="true" focusable="false">
      <path class="e t-${type}" d=${type === 'conflict' ? ZIGZAG : 'M2 0H34'}></path>
      ${type === 'funding' ? svg`<path class="e inner" d="M2 0H34"></path>` : nothing}
    </svg>`;
  }

  private sectorKey(sector: string) {
    return svg`<svg class="key s-${sector}" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
      <path d=${shapePath(SECTORS.indexOf(sector as never), 7)}></path>
    </svg>`;
  }

  /**
   * The map: a base SVG with the whole graph, which never changes on hover or selection (so it
   * is painted once, on a layer of its own), and an overlay SVG above it for what does: the
   * selection (a dimming scrim, the selected actor's relations and neighbours drawn again, their
   * labels) and the hover and focus hints.
   */
  private renderMap(index: NetworkIndex, shown: Visible, scene: Scene) {
    const s = this.strings;
    const selected = this.selectedIndex >= 0 && shown.visible[this.selectedIndex] ? this.selectedIndex : -1;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${s.view}>
        <button type="button" aria-label=${s.zoomIn} @click=${() => this.zoomBy(1.25)}>+</button>
        <button type="button" aria-label=${s.zoomOut} @click=${() => this.zoomBy(0.8)}>−</button>
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
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
          @pointerover=${this.onPointerOver}
          @pointerout=${this.onPointerOut}
          @wheel=${this.onWheel}
        >
          <g class="camera" transform=${this.cameraTransform}>${this.layers(index, shown, scene)}</g>
        </svg>
        <svg class="map overlay" aria-hidden="true" focusable="false">
          ${selected >= 0 ? svg`<rect class="scrim" width="100%" height="100%"></rect>` : nothing}
          <g class="camera" transform=${this.cameraTransform}>
            ${
              selected >= 0 && this.graphFor === this.now!.placement
                ? this.views?.renderSelection(
                    this.viewContext,
                    index,
                    shown,
                    scene,
                    this.labelsOf(scene),
                    selected,
                  )
                : nothing
            }
            ${this.renderLinkedRing(index, shown, scene)}
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

  /** Dashed rings around the (shown) actors linked to a selection made in another widget. */
  private renderLinkedRing(index: NetworkIndex, shown: Visible, scene: Scene) {
    const linked = this.linkedActors();
    const { x, y } = this.now!.placement;
    const d = [...linked]
      .map((id) => index.byId.get(id) ?? -1)
      .filter((i) => i >= 0 && shown.visible[i] && scene.nodes.includes(i))
      .map((i) => ringAt(x[i], y[i], scene.r[i] + 5))
      .join('');
    return d ? svg`<path class="linked-ring" d=${d}></path>` : nothing;
  }

  /**
   * The base map's layers, built again only for a new scene or zoom level: on hover and
   * selection Lit then finds the same templates and values and leaves the graph alone.
   */
  private layers(index: NetworkIndex, shown: Visible, scene: Scene) {
    // The first update lays out only the frame, so the camera fits its real size; the graph and
    // its labels (placed once, for that zoom level) follow, for large maps in a task of their own.
    if (this.graphFor !== this.now!.placement) return nothing;
    const set = this.labelsOf(scene);
    return svg`${this.memo('graph', [scene], () => svg`${this.renderEdges(scene)}${this.renderNodes(index, shown, scene)}`)}${this.memo(
      'labelLayer',
      [scene, set],
      () => this.renderLabels(scene, set),
    )}`;
  }

  private renderEdges(scene: Scene) {
    return svg`<g class="edges" aria-hidden="true">${scene.layers.map(
      (layer) =>
        svg`<path class="e t-${layer.type}" d=${layer.d}></path>${
          layer.type === 'funding' ? svg`<path class="e inner" d=${layer.d}></path>` : nothing
        }${layer.arrows ? svg`<path class="a t-${layer.type}" d=${layer.arrows}></path>` : nothing}`,
    )}</g>`;
  }

  private renderNodes(index: NetworkIndex, shown: Visible, scene: Scene) {
    const s = this.strings;
    const { x, y } = this.now!.placement;
    return svg`<g class="nodes">${scene.nodes.map((i) => {
      const actor = index.actors[i];
      const sector = sectorOf(actor);
      return svg`<g
        class="n s-${sectorKey(actor)}"
        data-i=${i}
        transform="translate(${round(x[i])} ${round(y[i])})"
        tabindex="-1"
        role="button"
        aria-pressed="false"
        aria-label=${`${this.name(actor)}, ${s.sector[sectorKey(actor)]}, ${s.relations(shown.byActor.get(i)?.length ?? 0)}`}
      ><path d=${shapePath(sector, round(scene.r[i]))}></path></g>`;
    })}</g>`;
  }

  private renderLabels(scene: Scene, set: LabelSet) {
    return svg`<g class="labels" aria-hidden="true">
      ${set.shownTitles.map((t) => this.label(t.x, t.y, [this.titleText(t.text)], 'title'))}
      ${set.labels.map((l) => this.label(l.x, l.y, scene.lines.get(l.i)!, 'lb', l.i))}
    </g>`;
  }

  /** A label of one or two lines centred on (x, y), at its screen size whatever the zoom level. */
  private label(x: number, y: number, lines: string[], type: string, i?: number) {
    const top = -(lines.length * LINE + 2) / 2 + LINE - 3;
    return svg`<text class=${type} data-i=${i ?? nothing} transform="translate(${round(x)} ${round(y)}) scale(${
      Math.round(1000 / this.labelScale) / 1000
    })">${lines.map((line, k) => svg`<tspan x="0" y=${top + k * LINE}>${line}</tspan>`)}</text>`;
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
    if (this.observed !== svgElement) {
      this.resize.disconnect();
      this.resize.observe(svgElement);
      this.observed = svgElement;
    }
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
    this.fitToPaper(svgElement);
  }

  /**
   * On paper the map as it is on screen, scaled to the page width: a viewBox of its screen
   * size (measured before the browser lays the page out for print) lets the SVG scale.
   */
  private fitToPaper(map: SVGSVGElement): void {
    if (!this.printing.active) {
      map.removeAttribute('viewBox');
      return;
    }
    if (map.hasAttribute('viewBox')) return;
    const { width, height } = map.getBoundingClientRect();
    if (width && height) map.setAttribute('viewBox', `0 0 ${round(width)} ${round(height)}`);
  }

  /** The nodes of the base map (the overlay's copies are hidden from assistive technology). */
  private nodeElements(): NodeListOf<SVGGElement> {
    return this.renderRoot.querySelectorAll<SVGGElement>('svg.base g.n');
  }

  /** Pressed state and roving tabindex of the nodes (attributes that do not change their paint). */
  private syncNodes(): void {
    const scene = this.now?.scene;
    if (!scene) return;
    const selected = this.selectedIndex;
    if (!scene.nodes.includes(this.active))
      this.active = scene.nodes.includes(selected) ? selected : (scene.nodes[0] ?? -1);
    for (const element of this.nodeElements()) {
      const i = Number(element.dataset.i);
      const pressed = i === selected ? 'true' : 'false';
      if (element.getAttribute('aria-pressed') !== pressed) element.setAttribute('aria-pressed', pressed);
      const tabIndex = i === this.active ? 0 : -1;
      if (element.tabIndex !== tabIndex) element.tabIndex = tabIndex;
    }
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
    this.emit(new KoopActorSelectEvent(id, actor));
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

  /**
   * The overlay's hints: a ring around the hovered actor (`hover`) or the focused one, the
   * hovered (else focused) actor's relations, and its name when its label is hidden.
   */
  private hint(hover: number, focus = this.nodeOf(this.shadowRoot!.activeElement)): void {
    const index = this.index;
    const memo = this.now;
    const overlay = this.renderRoot.querySelector('svg.overlay');
    if (!index || !memo || !overlay) return;
    if (!memo.shown.visible[hover]) hover = -1;
    if (!memo.shown.visible[focus]) focus = -1;
    const { x, y } = memo.placement;
    const ring = (selector: string, i: number, gap: number) =>
      overlay
        .querySelector(selector)!
        .setAttribute('d', i >= 0 ? ringAt(x[i], y[i], memo.scene.r[i] + gap) : '');
    const keyboard =
      focus >= 0 &&
      this.renderRoot.querySelector(`svg.base g.n[data-i="${focus}"]`)?.matches(':focus-visible');
    ring('.hover-ring', hover, 4);
    ring('.focus-ring', keyboard ? focus : -1, 7);
    const i = hover >= 0 ? hover : focus;
    overlay
      .querySelector('.hint-edges')!
      .setAttribute(
        'd',
        i >= 0 ? (memo.shown.byActor.get(i) ?? []).map((k) => memo.scene.geometry.get(k)!.d).join('') : '',
      );
    const text = overlay.querySelector('text.hint')!;
    text.textContent = '';
    if (i < 0 || this.graphFor !== memo.placement) return;
    const set = this.labelsOf(memo.scene);
    if (!set.boxes.has(i)) text.textContent = this.name(index.actors[i]);
    text.setAttribute(
      'transform',
      `translate(${round(x[i])} ${round(y[i] + memo.scene.r[i] + LINE / set.scale)}) scale(${Math.round(1000 / set.scale) / 1000})`,
    );
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
  // Camera: zoom and pan

  private get cameraTransform(): string {
    const { x, y, s } = this.camera;
    return `translate(${round(x)} ${round(y)}) scale(${Math.round(s * 1000) / 1000})`;
  }

  /** Moves the camera; labels follow for the new zoom level (at once, or when zooming pauses). */
  private applyCamera(now = false): void {
    const s = this.camera.s;
    for (const camera of this.renderRoot.querySelectorAll('.camera'))
      camera.setAttribute('transform', this.cameraTransform);
    const level = 2 ** (Math.round(Math.log2(s) * 4) / 4);
    clearTimeout(this.labelTimer);
    if (now) this.labelScale = level;
    else this.labelTimer = setTimeout(() => (this.labelScale = level), 120);
  }

  private get em(): number {
    return parseFloat(getComputedStyle(this).fontSize) / 16 || 1;
  }

  /**
   * Fits the whole map, labels included, into view at every width. `initial`: a map too large
   * even at the smallest scale is centred on the selected or focus actor when there is one.
   */
  private fitTo(initial: boolean, user = false): void {
    const map = this.svg;
    const memo = this.now;
    if (!map || !memo) return;
    const { width, height } = map.getBoundingClientRect();
    if (!width || !height) return;
    const { x, y } = memo.placement;
    const camera = fitCamera(memo.scene, x, y, width, height, MIN_SCALE, Math.min(MAX_SCALE, 1.25 * this.em));
    const centre = this.selectedIndex >= 0 ? this.selectedIndex : (this.now?.scope.focus ?? -1);
    const [x0, , x1] = memo.scene.bounds;
    if (initial && centre >= 0 && memo.scene.nodes.includes(centre) && camera.s * (x1 - x0) > width) {
      camera.x = width / 2 - x[centre] * camera.s;
      camera.y = height / 2 - y[centre] * camera.s;
    }
    this.camera = camera;
    this.fittedView = viewOf(camera, width, height);
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
    const map = this.svg;
    if (!map) return;
    const { width, height } = map.getBoundingClientRect();
    const { x, y, s } = this.camera;
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, s * factor));
    const ox = px ?? width / 2;
    const oy = py ?? height / 2;
    this.camera = { x: ox - ((ox - x) * next) / s, y: oy - ((oy - y) * next) / s, s: next };
    this.moved = true;
    this.applyCamera();
  }

  /** Pans so actor `i` is in view (keyboard navigation). */
  private reveal(i: number): void {
    const map = this.svg;
    const memo = this.now;
    if (!map || !memo) return;
    const { width, height } = map.getBoundingClientRect();
    const { x, y, s } = this.camera;
    const sx = memo.placement.x[i] * s + x;
    const sy = memo.placement.y[i] * s + y;
    const margin = Math.min(width, height) / 6;
    if (sx < margin || sx > width - margin || sy < margin || sy > height - margin) {
      this.camera = { x: width / 2 - memo.placement.x[i] * s, y: height / 2 - memo.placement.y[i] * s, s };
      this.moved = true;
      this.applyCamera();
    }
  }

  private onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const box = this.svg!.getBoundingClientRect();
    const delta = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
    this.zoomBy(Math.exp(-delta * 0.002), event.clientX - box.left, event.clientY - box.top);
  };

  private onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    try {
      this.svg!.setPointerCapture(event.pointerId);
    } catch {
      // a pointer the browser does not track (synthetic events): no capture needed
    }
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1)
      this.press = { node: this.nodeOf(event.target), x: event.clientX, y: event.clientY, moved: false };
    else if (this.press) this.press.moved = true;
  };

  private onPointerMove = (event: PointerEvent) => {
    const point = this.pointers.get(event.pointerId);
    if (!point || !this.press) return;
    if (this.pointers.size === 1) {
      if (!this.press.moved && Math.hypot(event.clientX - this.press.x, event.clientY - this.press.y) < 4)
        return;
      this.press.moved = true;
      this.camera.x += event.clientX - point.x;
      this.camera.y += event.clientY - point.y;
      this.moved = true;
      this.applyCamera();
    } else {
      // Pinch: zoom by the change of distance around the middle of the two pointers, pan by its move.
      const other = [...this.pointers.entries()].find(([id]) => id !== event.pointerId)![1];
      const box = this.svg!.getBoundingClientRect();
      const before = Math.hypot(point.x - other.x, point.y - other.y) || 1;
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y) || 1;
      this.camera.x += (event.clientX - point.x) / 2;
      this.camera.y += (event.clientY - point.y) / 2;
      this.zoomBy(
        after / before,
        (event.clientX + other.x) / 2 - box.left,
        (event.clientY + other.y) / 2 - box.top,
      );
    }
    point.x = event.clientX;
    point.y = event.clientY;
  };

  private onPointerUp = (event: PointerEvent) => {
    if (!this.pointers.delete(event.pointerId) || this.pointers.size) return;
    const press = this.press;
    this.press = undefined;
    if (press && !press.moved && event.type === 'pointerup') this.select(press.node);
  };

  private hovered = -1;
  /** The actor whose node takes focus once the details that had it have closed. */
  private focusAfter?: number;

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

  private onKeyDown = (event: KeyboardEvent) => {
    const i = this.nodeOf(event.target);
    const memo = this.now;
    if (i < 0 || !memo) return;
    const directions: Record<string, [number, number]> = {
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
    };
    const direction = directions[event.key];
    if (direction) {
      const next = nearestInDirection(memo.scene.nodes, memo.placement.x, memo.placement.y, i, ...direction);
      if (next >= 0) this.focusNode(next);
    } else if (event.key === 'Enter' || event.key === ' ') this.select(i);
    else if (event.key === 'Escape' && this.selected) this.select(-1);
    else if (event.key === '+' || event.key === '=') this.zoomBy(1.25);
    else if (event.key === '-') this.zoomBy(0.8);
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
    const url = URL.createObjectURL(blob);
    const link = Object.assign(window.document.createElement('a'), {
      href: url,
      download: fileName(this.text(this.document!.cooperation.name), format),
      hidden: true,
    });
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
