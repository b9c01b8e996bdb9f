import { ContextProvider } from '@lit/context';
import { css, html, type TemplateResult } from 'lit';
import { koopDocumentContext } from './context.js';
import { DocumentController } from './document-controller.js';
import { KoopElement } from './koop-element.js';

/**
 * Loads one koop document and shares it with every Koop widget inside it, so a page with a
 * goal tracker, a timeline and a feed of the same cooperation makes one request.
 *
 * @summary Loads a koop document once for all widgets inside it.
 * @slot - The widgets (and any other content).
 * @event koop-load - The document was loaded and validated. `detail: { document, url, problems }`.
 * @event koop-error - The document could not be loaded or is invalid. `detail: { kind, url, status, detail, problems, stale }`.
 */
export class KoopDataElement extends KoopElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    refresh: { type: Number, reflect: true },
    timeout: { type: Number },
  };

  /** URL of the koop document (JSON). */
  declare src: string | null;
  /** The koop document as an object; takes precedence over `src` and inline JSON. */
  declare data: unknown;
  /** Re-fetch `src` every this many seconds; a failed refresh keeps the last good data. */
  declare refresh: number | null;
  /** Milliseconds before loading gives up (default 15000). */
  declare timeout: number | null;

  private readonly documentController = new DocumentController(this, { consumeContext: false });
  private readonly provider = new ContextProvider(this, { context: koopDocumentContext });

  constructor() {
    super();
    this.src = null;
    this.refresh = null;
    this.timeout = null;
  }

  /** The document currently shared, if any. */
  get document() {
    return this.documentController.state.document;
  }

  /** Fetches `src` again now; a failure keeps the last good document. */
  reload(): void {
    this.documentController.reload();
  }

  protected override updated(): void {
    this.provider.setValue(this.documentController.state);
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
