import { ContextProvider } from '@lit/context';
import { decodeFragment, idFragment } from './anchors.js';
import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { koopDocumentContext, koopSelectionContext } from './context.js';
import { DocumentController } from './document-controller.js';
import { KoopSelectEvent, type SelectionKind } from './events.js';
import { KoopElement } from './koop-element.js';
import { SELECTION_KINDS, type KoopSelection } from './linked-selection.js';

const HASH = /^#koop-(actor|goal|milestone)=(.+)$/;

/**
 * Loads one koop document and shares it with every Koop widget inside it, so a page with a
 * goal tracker, a timeline and a feed of the same cooperation makes one request.
 *
 * Its widgets are linked views: an actor selected in the partner map or the role matrix, a goal
 * in the goal tracker or a milestone in the timeline is shared with the others, which highlight
 * (or, the feed, filter to) what is linked to it, say so in a status line and offer to clear it.
 *
 * @summary Loads a koop document once for all widgets inside it.
 * @attr selection - The shared selection, `kind:id` (`actor:stadt-x`, `goal:g1`, `milestone:m2`); empty: none. Set by the page or by the reader selecting in a widget.
 * @attr link-hash - Keep the selection in the URL hash (`#koop-actor=stadt-x`; other characters of an id percent-encoded), so a link reproduces the view.
 * @attr selectable - The page itself follows the selection (e.g. an editor opens the item selected), so a widget offers to select even when it is the only one inside (the goal tracker's highlight toggle); without it, only when other widgets are there to show the selection.
 * @slot - The widgets (and any other content).
 * @event koop-select - The reader selected an actor, goal or milestone in a widget, or cleared the selection (`id` null). `detail: { kind, id, source }`.
 * @event koop-load - The document was loaded and validated. `detail: { document, url, problems }`.
 * @event koop-error - The document could not be loaded or is invalid. `detail: { kind, url, status, detail, problems, stale }`.
 */
export class KoopDataElement extends KoopElement {
  // A block, not `display: contents`: a CMS content column limits its direct children
  // (WordPress: `.is-layout-constrained > *`), and this element is that child, not its widgets.
  static override styles = css`
    :host {
      display: block;
    }

    :host([hidden]) {
      display: none;
    }

    /* Line breaks a CMS adds between the widgets (WordPress's wpautop) would only add gaps. */
    ::slotted(br) {
      display: none;
    }
  `;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    refresh: { type: Number, reflect: true },
    timeout: { type: Number },
    selection: { type: String, reflect: true },
    linkHash: { type: Boolean, attribute: 'link-hash' },
    selectable: { type: Boolean, reflect: true },
  };

  /** URL of the koop document (JSON). */
  declare src: string | null;
  /** The koop document as an object; takes precedence over `src` and inline JSON. */
  declare data: unknown;
  /** Re-fetch `src` every this many seconds; a failed refresh keeps the last good data. */
  declare refresh: number | null;
  /** Milliseconds before loading gives up (default 15000). */
  declare timeout: number | null;
  /** The shared selection as `kind:id`, e.g. `actor:stadt-x`; null: none. */
  declare selection: string | null;
  /** Whether the selection is kept in (and read from) the URL hash. */
  declare linkHash: boolean;
  /** Whether the page follows the selection, so a widget alone inside still offers to select. */
  declare selectable: boolean;

  private readonly documentController = new DocumentController(this, { consumeContext: false });
  private readonly provider = new ContextProvider(this, { context: koopDocumentContext });
  private readonly selectionProvider = new ContextProvider(this, {
    context: koopSelectionContext,
    initialValue: null,
  });
  /** The widget the next selection comes from (unset: the page set it). */
  private pendingSource?: Element;

  constructor() {
    super();
    this.src = null;
    this.refresh = null;
    this.timeout = null;
    this.selection = null;
    this.linkHash = false;
    this.selectable = false;
    this.addEventListener(KoopSelectEvent.type, this.onSelect);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.linkHash) this.readHash();
    window.addEventListener('hashchange', this.readHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.readHash);
  }

  private onSelect = (event: KoopSelectEvent): void => {
    // A <koop-data> inside this one links its own widgets.
    const nearest = event.composedPath().find((node) => (node as Element).localName === 'koop-data');
    const { kind, id, source } = event.detail;
    if (nearest !== this || !SELECTION_KINDS.includes(kind)) return;
    this.pendingSource = source ?? (event.target as Element);
    this.selection = id === null || id === '' ? null : `${kind}:${id}`;
    this.requestUpdate();
  };

  /** Takes the selection from a hash this element wrote (`#koop-actor=…`); others are the page's. */
  private readHash = (): void => {
    const match = this.linkHash ? HASH.exec(location.hash) : null;
    // A malformed escape is no link this element wrote.
    const id = match ? decodeFragment(match[2]) : undefined;
    if (id) this.selection = `${match![1]}:${id}`;
  };

  /** Writes the selection into an empty hash or one of its own; never touches the page's anchors. */
  private writeHash(): void {
    const shared = this.selectionProvider.value;
    if (location.hash.length > 1 && !HASH.test(location.hash)) return;
    const hash = shared ? `#koop-${shared.kind}=${idFragment(shared.id)}` : '';
    if (hash !== location.hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** The selection parsed; null for none or an unknown kind. */
  private parseSelection(): KoopSelection | null {
    const value = this.selection ?? '';
    const split = value.indexOf(':');
    const kind = value.slice(0, split) as SelectionKind;
    const id = value.slice(split + 1);
    return split > 0 && id && SELECTION_KINDS.includes(kind)
      ? { kind, id, source: this.pendingSource }
      : null;
  }

  /** The document currently shared, if any. */
  get document() {
    return this.documentController.state.document;
  }

  /**
   * Fetches `src` again now; a failure keeps the last good document. One of its widgets says
   * how it went (a timed refresh stays quiet).
   */
  reload(): void {
    this.documentController.reload(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.provider.setValue(this.documentController.state);
    if (changed.has('selection') || this.pendingSource) {
      const next = this.parseSelection();
      const current = this.selectionProvider.value;
      this.pendingSource = undefined;
      if (next?.kind !== current?.kind || next?.id !== current?.id || next?.source !== current?.source) {
        this.selectionProvider.setValue(next);
        if (this.linkHash) this.writeHash();
      }
    }
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
