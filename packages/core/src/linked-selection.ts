import type { KoopDocument, LocalizedText } from '@koop/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { insideKoopData } from './document-controller.js';
import { KoopSelectEvent, type SelectionKind } from './events.js';

/** The selection a `<koop-data>` shares between its widgets. */
export interface KoopSelection {
  kind: SelectionKind;
  id: string;
  /** The widget it was made in; unset when the page set it. */
  source?: Element;
}

/** A selection resolved in one document: the item's name and the ids linked to it. */
export interface LinkedItems extends KoopSelection {
  name: LocalizedText;
  actors: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  milestones: ReadonlySet<string>;
}

export const SELECTION_KINDS: readonly SelectionKind[] = ['actor', 'goal', 'milestone'];

/**
 * A widget's part in linked views: inside a `<koop-data>` it follows the selection shared there
 * (its host renders again when it changes, and `apply` hears of selections made elsewhere),
 * `select()` announces the reader's own with a `koop-select` event, and Escape clears it
 * unless the widget already used the key. Outside a `<koop-data>` it stays idle.
 */
export class LinkedSelection implements ReactiveController {
  /** The shared selection; null when there is none or no `<koop-data>` around. */
  value: KoopSelection | null = null;
  /** Whether the host sits inside a `<koop-data>`. */
  active = false;
  private memo?: [KoopDocument, KoopSelection, LinkedItems | undefined];
  /** `linkedItems`, loaded with the context machinery: widgets outside a `<koop-data>` never need it. */
  private resolve?: (document: KoopDocument, selection: KoopSelection) => LinkedItems | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly apply: (selection: KoopSelection | null) => void,
  ) {
    host.addController(this);
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented && this.value) {
        event.preventDefault();
        this.clear();
      }
    });
  }

  hostConnected(): void {
    if (this.active || !insideKoopData(this.host)) return;
    this.active = true;
    void import('./context-consumer.js').then(({ consume, koopSelectionContext, linkedItems }) => {
      this.resolve = linkedItems;
      consume(this.host, koopSelectionContext, (value) => {
        if (value === this.value) return;
        this.value = value;
        if (!value) this.whenCleared?.();
        if (value?.source !== this.host) this.apply(value);
        this.host.requestUpdate();
      });
    });
  }

  /** Shares the reader's selection (`id` null: clears it). */
  select(kind: SelectionKind, id: string | null): void {
    this.host.dispatchEvent(new KoopSelectEvent({ kind, id, source: this.host }));
  }

  /** Clears the shared selection, in every widget. */
  clear(): void {
    if (this.value) this.select(this.value.kind, null);
  }

  private whenCleared?: () => void;

  /** Clears the shared selection; resolves once this widget has it no more. */
  cleared(): Promise<void> {
    if (!this.value) return Promise.resolve();
    return new Promise((resolve) => {
      this.whenCleared = resolve;
      this.clear();
    });
  }

  /** Whether the shared selection is `kind` `id`. */
  is(kind: SelectionKind, id: string): boolean {
    return this.value?.kind === kind && this.value.id === id;
  }

  /**
   * The shared selection resolved in `document` (see `linkedItems`) if another widget or the
   * page made it; undefined for none, the host's own, or an id the document does not know.
   */
  foreign(document: KoopDocument): LinkedItems | undefined {
    const value = this.value;
    if (!value || value.source === this.host) return undefined;
    if (this.memo?.[0] !== document || this.memo[1] !== value)
      this.memo = [document, value, this.resolve?.(document, value)];
    return this.memo[2];
  }
}
