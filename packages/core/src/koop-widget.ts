import type { KoopDocument, Problem } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { DocumentController } from './document-controller.js';
import type { LoadError } from './events.js';
import { formatDateTime } from './format.js';
import { localize, resolveLanguage, type LanguageChoice, type LocalizedStrings } from './i18n.js';
import { KoopElement } from './koop-element.js';
import { coreStrings, type CoreStrings } from './strings.js';
import { themeStyles } from './theme.styles.js';

const MAX_LISTED_PROBLEMS = 50;

/**
 * What every Koop widget shares: the document (from `src`, `data`, an inline JSON script or
 * an enclosing `<koop-data>`), its loading, error and stale states, language, theme and the
 * footer with the document's notice, date and data warnings. A widget renders only
 * `renderDocument()`.
 *
 * @slot - Fallback content from the page (e.g. a link to the document or a short text): shown
 * without JavaScript, before the kit loads, while the document loads and when it cannot be
 * shown; hidden once the widget shows the document.
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

  /** Fetches `src` again now; a failure keeps the last good document on screen. */
  reload(): void {
    this.documentController.reload();
  }

  /** Resolves the language first and, if its strings are not here yet, waits for them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.language = resolveLanguage(this);
    const lang = this.language.ui;
    const missing = (this.constructor as typeof KoopWidget).localizedStrings.filter((s) => !s.has(lang));
    if (!missing.length) return super.scheduleUpdate();
    return Promise.all(missing.map((strings) => strings.load(lang))).then(() => super.scheduleUpdate());
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
          ? html`<p>${strings.updatedAt(formatDateTime(document.updatedAt, this.language.locale))}</p>`
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
