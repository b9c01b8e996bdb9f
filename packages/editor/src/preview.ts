// The live preview beside the form, as a reactive controller: which widgets it shows (the one
// of the section open, one chosen, or all), loading their modules the first time, and the item
// whose form is open as the widgets' linked selection.
import type { KoopSelectEvent, SelectionKind } from '@koop/core';
import type { KoopDocument } from '@koop/schema';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { listConfig, PREVIEW_WIDGETS, SELECTION_LISTS, type TopList } from './lists.js';
import type { View } from './sections.js';
import type { EditorStrings, WidgetTag } from './strings.js';

export type PreviewChoice = 'auto' | 'all' | WidgetTag;

/** Widget modules, loaded the first time the preview shows them. */
const WIDGET_MODULES: Record<WidgetTag | 'koop-data', () => Promise<unknown>> = {
  'koop-data': () => import('@koop/core/koop-data.js'),
  'koop-goal-tracker': () => import('@koop/goal-tracker/koop-goal-tracker.js'),
  'koop-milestone-timeline': () => import('@koop/milestone-timeline/koop-milestone-timeline.js'),
  'koop-partner-map': () => import('@koop/partner-map/koop-partner-map.js'),
  'koop-role-matrix': () => import('@koop/role-matrix/koop-role-matrix.js'),
  'koop-transparency-feed': () => import('@koop/transparency-feed/koop-transparency-feed.js'),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** What the preview needs of the editor. */
export interface PreviewHost {
  element: ReactiveControllerHost;
  /** Whether the next update shows the preview (a document is being edited). */
  shown(): boolean;
  document(): KoopDocument | undefined;
  lang(): 'de' | 'en';
  strings(): EditorStrings;
  level(depth?: number): number;
  view(): View;
  listItems(list: string): unknown[];
  /** Whether the data check finds errors (the widgets may then show less). */
  hasErrors(): boolean;
  openItem(list: TopList, index: number): void;
}

export class PreviewController implements ReactiveController {
  private choice: PreviewChoice = 'auto';
  private loaded = new Set<string>();

  constructor(private readonly host: PreviewHost) {
    host.element.addController(this);
  }

  /** The widgets the preview shows now. */
  widgets(): WidgetTag[] {
    if (this.choice === 'all') return [...PREVIEW_WIDGETS];
    if (this.choice !== 'auto') return [this.choice];
    const section = this.host.view().section;
    return [section === 'document' ? 'koop-goal-tracker' : listConfig(section)!.widget];
  }

  /** Before rendering: the modules of the widgets about to be shown. */
  hostUpdate(): void {
    if (!this.host.shown()) return;
    for (const tag of ['koop-data', ...this.widgets()] as const)
      if (!this.loaded.has(tag)) {
        this.loaded.add(tag);
        void WIDGET_MODULES[tag]().catch(() => this.loaded.delete(tag));
      }
  }

  /** The item whose form is open, as the preview's linked selection (`actor:stadt`), if it is one. */
  private selection(): string | undefined {
    const { section, index } = this.host.view();
    const kind = section === 'document' ? undefined : listConfig(section)?.selection;
    const item = index === null ? undefined : this.host.listItems(section)[index];
    return kind && isRecord(item) && typeof item.id === 'string' ? `${kind}:${item.id}` : undefined;
  }

  /** A widget selected something: the form of that item opens. */
  private select(kind: SelectionKind, id: string | null): void {
    if (!id || !this.host.document()) return;
    const list = SELECTION_LISTS[kind];
    const index = this.host.listItems(list).findIndex((item) => isRecord(item) && item.id === id);
    const view = this.host.view();
    if (index >= 0 && (view.section !== list || view.index !== index)) this.host.openItem(list, index);
  }

  render(): TemplateResult {
    const s = this.host.strings();
    const level = this.host.level.bind(this.host);
    const widgets = this.widgets();
    const choices: PreviewChoice[] = ['auto', ...PREVIEW_WIDGETS, 'all'];
    return html`<aside class="preview" part="preview" aria-labelledby="preview-heading">
      <div role="heading" aria-level=${level(1)} id="preview-heading">${s.preview}</div>
      <div class="field">
        <label for="preview-choice">${s.previewChoice}</label>
        <select
          id="preview-choice"
          @change=${(e: Event) => {
            this.choice = (e.target as HTMLSelectElement).value as PreviewChoice;
            this.host.element.requestUpdate();
          }}
        >
          ${choices.map(
            (choice) =>
              html`<option value=${choice} ?selected=${choice === this.choice}>
                ${choice === 'auto' ? s.previewAuto : choice === 'all' ? s.previewAll : s.widgets[choice]}
              </option>`,
          )}
        </select>
      </div>
      ${this.host.hasErrors() ? html`<p class="muted">${s.previewInvalid}</p>` : nothing}
      <div class="widgets" @koop-select=${(e: KoopSelectEvent) => this.select(e.detail.kind, e.detail.id)}>
        <koop-data
          .data=${this.host.document()}
          lang=${this.host.lang()}
          selectable
          selection=${this.selection() ?? nothing}
        >
          ${widgets.map((tag) => widget(tag, level(2)))}
        </koop-data>
      </div>
    </aside>`;
  }
}

function widget(tag: WidgetTag, level: number): TemplateResult {
  switch (tag) {
    case 'koop-goal-tracker':
      return html`<koop-goal-tracker heading-level=${level}></koop-goal-tracker>`;
    case 'koop-milestone-timeline':
      return html`<koop-milestone-timeline heading-level=${level}></koop-milestone-timeline>`;
    case 'koop-partner-map':
      return html`<koop-partner-map heading-level=${level}></koop-partner-map>`;
    case 'koop-role-matrix':
      return html`<koop-role-matrix heading-level=${level}></koop-role-matrix>`;
    case 'koop-transparency-feed':
      return html`<koop-transparency-feed heading-level=${level}></koop-transparency-feed>`;
  }
}
