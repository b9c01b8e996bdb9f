import { parseCalendarDate, type Actor, type KoopDocument } from '@koop/schema';
import { fontOf, localize, Memo, textWidth } from '@koop/core';
import { list } from './controls.js';
import { networkIndex, scope, type NetworkIndex, type Scope } from './graph.js';
import { LayoutJobs } from './layout-job.js';
import {
  buildScene,
  filterScope,
  FONT,
  sceneLabels,
  sceneSteps,
  type LabelSet,
  type NodeSize,
  type Placement,
  type Scene,
  type Visible,
} from './scene.js';
import type { MapLayout } from './strings.js';

/** The element's settings the model depends on. */
export interface ModelSettings {
  layout: MapLayout;
  nodeSize: NodeSize;
  at: string | null;
  focusActor: string | null;
  depth: number;
  sectors: string | null;
  types: string | null;
}

export interface ModelHost {
  /** The settings, read at each step (the element itself). */
  readonly settings: Readonly<ModelSettings>;
  document(): KoopDocument | undefined;
  /** The UI language: names and label sizes depend on it. */
  ui(): string;
  /** The element whose font the labels use. */
  readonly fontHost: Element;
  name(actor: Actor | undefined): string;
  /** A placement or scene computed in slices is ready. */
  requestUpdate(): void;
}

/** The network in the current scope and filters, and on the map its placement and scene. */
export interface Pipeline {
  current: Scope;
  shown: Visible;
  /** Undefined in the list, or while the layout is computed in slices. */
  placement?: Placement;
  scene?: Scene;
}

/**
 * The partner map's model pipeline: the index, the scope (date, ego network), the filters
 * (sectors, types), the placement (the layout job) and the scene (node sizes, paths, labels),
 * each computed again only when its inputs change.
 */
export class MapModel {
  private readonly memo = new Memo();
  /** The label fonts (regular, bold), resolved once per scene (see `measure`). */
  private fonts?: [string, string];
  readonly jobs = new LayoutJobs({
    live: (index) => this.index === index,
    sceneJob: (index, placement) => {
      const { shown } = this.pipeline(index, false);
      return {
        steps: sceneSteps(this.sceneInput(index, shown, placement)),
        store: (scene) => this.memo.set('scene', this.sceneKey(shown, placement), scene),
      };
    },
    requestUpdate: () => this.host.requestUpdate(),
  });

  constructor(private readonly host: ModelHost) {}

  get index(): NetworkIndex | undefined {
    const document = this.host.document();
    return document && networkIndex(document);
  }

  /** `at` when it is a valid partial date. */
  get date(): string | undefined {
    const { at } = this.host.settings;
    return at && parseCalendarDate(at) ? at : undefined;
  }

  get egoDepth(): number {
    return Math.max(0, Math.floor(Number(this.host.settings.depth)) || 0);
  }

  private get scopeKey(): string {
    return `${this.date}|${this.host.settings.focusActor}|${this.egoDepth}`;
  }

  /** The layout in use: `geo` only when some actor has coordinates. */
  layoutOf(index: NetworkIndex): MapLayout {
    const { layout } = this.host.settings;
    return layout === 'sectors' || (layout === 'geo' && index.located) ? layout : 'force';
  }

  /** Scope, filter, placement and scene for the current settings (each kept until its inputs change). */
  pipeline(index: NetworkIndex, map = true): Pipeline {
    const { focusActor, sectors, types } = this.host.settings;
    const current = this.memo.get('scope', [index, this.scopeKey], () =>
      scope(index, this.date, focusActor, this.egoDepth),
    );
    const shown = this.memo.get('shown', [current, sectors, types], () =>
      filterScope(index, current, list(sectors), list(types)),
    );
    const placement = map ? this.placementOf(index, current) : undefined;
    return { current, shown, placement, scene: placement && this.sceneOf(index, shown, placement) };
  }

  /** The labels placed for a zoom level (`scale`) inside the world in view (`bounds`). */
  labels(
    scene: Scene,
    { x, y }: Placement,
    scale: number,
    bounds: [number, number, number, number] | undefined,
    title: (group: number) => string,
  ): LabelSet {
    return this.memo.get('labels', [scene, scale, this.host.ui(), bounds], () =>
      sceneLabels(scene, x, y, scale, (group) => this.measure(title(group), true), bounds),
    );
  }

  /** Width of a label's text in px. */
  measure(text: string, bold = false): number {
    // Reading the style is costly: once per scene, not once per label.
    this.fonts ??= [fontOf(this.host.fontHost, FONT, 400), fontOf(this.host.fontHost, FONT, 700)];
    return textWidth(text, this.fonts[bold ? 1 : 0]);
  }

  private placementOf(index: NetworkIndex, current: Scope): Placement | undefined {
    const layout = this.layoutOf(index);
    const ego = current.focus >= 0;
    return this.jobs.placement(`${layout}|${ego ? this.scopeKey : ''}`, index, () => {
      // Names in the document's language: the UI language never moves a node.
      const lang = this.host.document()?.lang ?? 'de';
      return {
        layout,
        members: index.actors.map((_, i) => i).filter((i) => !ego || current.actors[i]),
        links: ego ? current.links : index.links.map((_, k) => k),
        names: index.actors.map((actor) => localize(actor.shortName ?? actor.name, lang, lang)),
        focus: current.focus,
      };
    });
  }

  private sceneKey(shown: Visible, placement: Placement): unknown[] {
    return [placement, shown, this.host.settings.nodeSize, this.host.ui()];
  }

  private sceneInput(index: NetworkIndex, shown: Visible, placement: Placement) {
    this.fonts = undefined;
    return {
      index,
      shown,
      placement,
      size: this.host.settings.nodeSize === 'circle' ? ('circle' as const) : ('relations' as const),
      names: index.actors.map((actor) => this.host.name(actor)),
      measure: (text: string) => this.measure(text),
    };
  }

  private sceneOf(index: NetworkIndex, shown: Visible, placement: Placement): Scene {
    return this.memo.get('scene', this.sceneKey(shown, placement), () =>
      buildScene(this.sceneInput(index, shown, placement)),
    );
  }
}
