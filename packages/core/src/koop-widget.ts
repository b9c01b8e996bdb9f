import { documentTimeZone, type KoopDocument, type Problem } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { DocumentController } from './document-controller.js';
import type { LoadError } from './events.js';
import { formatDateTime } from './format.js';
import {
  loadMissing,
  localize,
  resolveLanguage,
  type LanguageChoice,
  type LocalizedStrings,
} from './i18n.js';
import { KoopElement } from './koop-element.js';
import { LinkedSelection, type KoopSelection } from './linked-selection.js';
import { PrintController } from './print-controller.js';
import { coreStrings, type CoreStrings } from './strings.js';
import { themeStyles } from './theme.styles.js';

const MAX_LISTED_PROBLEMS = 50;

/**
 * What every Koop widget shares: the document (from `src`, `data`, an inline JSON script or
 * an enclosing `<koop-data>`), its loading, error and stale states, language, theme and the
 * footer with the document's notice, date and data warnings. A widget renders only
 * `renderDocument()`. Everything documented here is inherited by every widget's manifest entry.
 * The document may also sit inline, as a `<script type="application/json">` child (not rendered).
 *
 * @prop {'de' | 'en' | string} lang - Language (attribute `lang`): `en…` tags give English texts, others German; the
 *   full tag (e.g. `de-AT`) sets date and number formats. Unset: the nearest `lang` of an ancestor, else `de`.
 *
 * @slot - Fallback content from the page (e.g. a link to the document or a short text): shown
 * without JavaScript, before the kit loads, while the document loads and when it cannot be
 * shown; hidden once the widget shows the document.
 *
 * @event koop-load - The document was loaded (or reloaded with new content) and validated. `detail: { document, url, problems }`.
 * @event koop-error - The document could not be loaded or is invalid; the widget shows why. `detail: { kind, url, status, detail, problems, stale }`.
 *
 * @csspart base - The widget's box (text colour, background, padding, corner radius).
 * @csspart error - The error message shown instead of the content.
 * @csspart stale-notice - The notice that a refresh failed and the last good data is shown.
 * @csspart footer - Notice, date and data warnings below the content.
 * @csspart notice - The document's own notice (e.g. licence or source) in the footer.
 * @csspart data-warnings - The collapsible list of data warnings in the footer.
 * @csspart link - A link taken from the document (only https, http, mailto, tel and relative URLs).
 * @csspart linked-status - Inside a `<koop-data>`: the line naming a selection made in another widget ("Verknüpfte Auswahl: Akteur „…“"), a polite live region, with the "Auswahl aufheben" button that clears it in every widget (so does Escape).
 *
 * @cssprop --koop-color-text - Text colour.
 * @cssprop --koop-color-text-muted - Secondary text: dates, captions, footer.
 * @cssprop --koop-color-surface - Background of the widget.
 * @cssprop --koop-color-surface-raised - Background of buttons, cards and header cells.
 * @cssprop --koop-color-border - Borders, lines, table rules.
 * @cssprop --koop-color-accent - Links, progress, highlights, pressed buttons.
 * @cssprop --koop-color-focus - Keyboard focus ring.
 * @cssprop --koop-color-success - Positive states: achieved, reached, resolved, funding.
 * @cssprop --koop-color-warning - Caution states: at risk, delayed, notices.
 * @cssprop --koop-color-danger - Errors, conflicts, missed targets.
 * @cssprop --koop-color-neutral - Inactive states: dropped, paused, unknown.
 * @cssprop --koop-font-family - Font of the widget; default: inherited from the page.
 * @cssprop --koop-radius - Corner radius of the box, buttons and cards.
 * @cssprop --koop-padding - Padding of the widget's box.
 */
export abstract class KoopWidget extends KoopElement {
  static override styles = [themeStyles];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    refresh: { type: Number, reflect: true },
    timeout: { type: Number },
    theme: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of the koop document (JSON). Only this URL is ever requested. */
  declare src: string | null;
  /** The koop document as an object; takes precedence over `src` and inline JSON. */
  declare data: unknown;
  /** Re-fetch `src` every this many seconds; a failed refresh keeps the last good data. */
  declare refresh: number | null;
  /** Milliseconds before loading gives up (default 15000). */
  declare timeout: number | null;
  /** `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  declare theme: 'auto' | 'light' | 'dark' | null;
  /** Heading level (1–6) of the widget's top headings; default 2. */
  declare headingLevel: number;

  /** The string tables this widget uses; their languages load before it renders in them. */
  static localizedStrings: LocalizedStrings<unknown>[] = [coreStrings];

  protected readonly documentController = new DocumentController(this, { consumeContext: true });
  /** The selection shared with the other widgets of an enclosing `<koop-data>`. */
  protected readonly linked = new LinkedSelection(this, (selection) => this.applySelection?.(selection));
  /** Whether the page is being printed: widgets render what paper needs (see `PrintController`). */
  protected readonly printing = new PrintController(this);
  /** Language of UI strings and formatting, resolved before every render. */
  protected language: LanguageChoice = { ui: 'de', locale: 'de' };

  constructor() {
    super();
    this.src = null;
    this.refresh = null;
    this.timeout = null;
    this.theme = null;
    this.headingLevel = 2;
  }

  /** The document currently shown, if any. */
  get document(): KoopDocument | undefined {
    return this.documentController.state.document;
  }

  /**
   * The time zone the document's times are shown in (its `cooperation.timeZone`, from format
   * 1.1 on Europe/Berlin by default); undefined for a 1.0 document without one: the reader's.
   */
  protected get timeZone(): string | undefined {
    return documentTimeZone(this.document);
  }

  /** Fetches `src` again now; a failure keeps the last good document on screen. */
  reload(): void {
    this.documentController.reload();
  }

  /** Resolves the language first and, if its strings are not here yet, waits for them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.language = resolveLanguage(this);
    const loading = loadMissing((this.constructor as typeof KoopWidget).localizedStrings, this.language.ui);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Text of a localized value in the widget's language. */
  protected text(value: Parameters<typeof localize>[0]): string {
    return localize(value, this.language.locale, this.document?.lang);
  }

  /** Level for `aria-level` of headings `depth` below the widget's top level. */
  protected level(depth = 0): number {
    const top = Number(this.headingLevel);
    return Math.min(6, Math.max(1, Number.isFinite(top) ? Math.round(top) : 2) + depth);
  }

  protected abstract renderDocument(document: KoopDocument): TemplateResult;

  /**
   * Takes over a selection made in another widget of the same `<koop-data>` (or by the page;
   * null: cleared), e.g. into the widget's own selected item. Never moves focus.
   */
  protected applySelection?(selection: KoopSelection | null): void;

  /** The visible mark of an item that matches a selection made in another widget. */
  protected linkedMark(): TemplateResult {
    return html`<span class="linked-mark" part="linked-mark">${this.coreStrings.linkedMark}</span>`;
  }

  private clearLinked = (event: Event) => {
    ((event.target as Element).parentElement as HTMLElement).focus();
    this.linked.clear();
  };

  /**
   * Inside a `<koop-data>`: a selection made elsewhere, with a button that clears it everywhere;
   * a polite live region. Widgets place it below their heading.
   */
  protected renderLinkedStatus(document: KoopDocument) {
    if (!this.linked.active) return nothing;
    const strings = this.coreStrings;
    const items = this.linked.foreign(document);
    const message = items ? strings.linked(items.kind, this.text(items.name)) : '';
    // The button goes away with the selection: focus stays here instead of falling to the page.
    // Every linked widget shows the line; one speaks it, so a screen reader hears it once.
    return html`<div class="linked-status${items ? ' on' : ''}" part="linked-status" tabindex="-1">
      <span class="linked-text">${message}</span>
      <span role="status" class="visually-hidden">${items && this.announcesLinked ? message : ''}</span>
      ${items ? html`<button type="button" @click=${this.clearLinked}>${strings.clearLinked}</button>` : nothing}
    </div>`;
  }

  /** Whether this is the first widget of its `<koop-data>` other than the one the reader selected in. */
  private get announcesLinked(): boolean {
    const source = this.linked.value?.source;
    for (const element of this.closest('koop-data')?.querySelectorAll('*') ?? [])
      if (element instanceof KoopWidget && element !== source) return element === this;
    return true;
  }

  protected get coreStrings(): CoreStrings {
    return coreStrings.in(this.language.ui);
  }

  override render(): TemplateResult {
    const state = this.documentController.state;
    const strings = this.coreStrings;
    const live =
      state.status === 'loading'
        ? strings.loading
        : state.status === 'ready'
          ? strings.loaded(this.text(state.document!.cooperation.name))
          : '';
    return html`<div part="base" lang=${this.language.ui}>
      <p role="status" class=${state.status === 'loading' ? 'loading' : 'visually-hidden'}>${live}</p>
      ${
        state.status === 'ready'
          ? html`${state.error ? this.renderStale(state.error) : nothing}${this.renderDocument(state.document!)}
            ${this.renderFooter(state.document!, state.problems)}`
          : state.status === 'error'
            ? this.renderError(state.error!)
            : state.status === 'idle'
              ? html`<p class="notice">${strings.noSource}</p>`
              : nothing
      }
      ${
        // The editor's fallback content stays in view until the widget has something to show
        // instead, so the page never goes blank between the kit loading and the data arriving.
        state.status === 'ready' ? nothing : html`<slot></slot>`
      }
    </div>`;
  }

  private renderStale(error: LoadError) {
    return html`<p class="notice" part="stale-notice">
      ${this.coreStrings.staleNotice(this.coreStrings.errorReason(error))}
    </p>`;
  }

  private renderError(error: LoadError) {
    const strings = this.coreStrings;
    const problems = error.problems.filter((p) => p.severity === 'error');
    const retryable = ['network', 'timeout', 'http'].includes(error.kind);
    return html`<div role="alert" part="error">
      <p><strong>${strings.errorTitle}</strong></p>
      <p>${strings.errorReason(error)}</p>
      ${error.detail && error.kind !== 'http' ? html`<p class="muted">${error.detail}</p>` : nothing}
      ${error.url ? html`<p class="muted">${error.url}</p>` : nothing}
      ${problems.length ? this.renderProblems(problems) : nothing}
      ${retryable && this.src ? html`<button type="button" @click=${() => this.reload()}>${strings.retry}</button>` : nothing}
    </div>`;
  }

  private renderProblems(problems: Problem[]) {
    const strings = this.coreStrings;
    const lang = this.language.ui;
    return html`<p>${strings.problemsHeading(problems.length)}</p>
      <ul class="problems">
        ${problems
          .slice(0, MAX_LISTED_PROBLEMS)
          .map((p) => html`<li><code>${p.path || strings.documentRoot}</code>: ${p.message[lang]}</li>`)}
      </ul>
      ${
        problems.length > MAX_LISTED_PROBLEMS
          ? html`<p>${strings.moreProblems(problems.length - MAX_LISTED_PROBLEMS)}</p>`
          : nothing
      }`;
  }

  private renderFooter(document: KoopDocument, problems: Problem[]) {
    const strings = this.coreStrings;
    const notice = this.text(document.notice);
    if (!notice && !document.updatedAt && !problems.length) return nothing;
    return html`<div class="footer" part="footer">
      ${notice ? html`<p part="notice">${notice}</p>` : nothing}
      ${
        document.updatedAt
          ? html`<p>
              ${strings.updatedAt(formatDateTime(document.updatedAt, this.language.locale, this.timeZone))}
            </p>`
          : nothing
      }
      ${
        problems.length
          ? html`<details part="data-warnings">
              <summary>${strings.warningsSummary(problems.length)}</summary>
              ${this.renderProblems(problems)}
            </details>`
          : nothing
      }
    </div>`;
  }
}
