import { documentTimeZone, type KoopDocument, type LocalizedText, type Problem } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { DocumentController } from './document-controller.js';
import type { LoadError } from './events.js';
import { focusHere } from './focus.js';
import { formatDateTime } from './format.js';
import {
  loadMissing,
  localized,
  otherLanguage,
  resolveLanguage,
  type LanguageChoice,
  type LocalizedStrings,
} from './i18n.js';
import { KoopElement } from './koop-element.js';
import { LinkedSelection, type KoopSelection } from './linked-selection.js';
import { PrintController } from './print-controller.js';
import { coreStrings, type CoreStrings } from './strings.js';
import { reserveStyles } from './reserve.styles.js';
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
 * @csspart data-errors - The notice of errors in the data the widget could live with (e.g. a reference to an id that does not exist): what they concern is missing.
 * @csspart data-warnings - The collapsible list of data warnings in the footer.
 * @csspart data-paths - Beside a list of problems: the collapsed list of their JSON paths, for whoever maintains the data.
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
 * @cssprop --koop-height - The height the widget reserves before its document arrives and keeps as its minimum (default `45em`), so the page does not shift; set it in the page's stylesheet, or use the `height` attribute.

 */
export abstract class KoopWidget extends KoopElement {
  static override styles = [themeStyles, reserveStyles];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    refresh: { type: Number, reflect: true },
    timeout: { type: Number },
    theme: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    height: { type: String, reflect: true },
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
  /**
   * Height hint for editors (a CSS length such as `30em`): the space the widget reserves before
   * its module and document arrive, and its minimum height afterwards, so the page does not
   * shift. Read by the styles through typed `attr()` (Chromium 133+); other browsers use the
   * custom property for the reserved height, else the default `45em`.
   */
  declare height: string | null;

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
    this.height = null;
  }

  /** The document currently shown, if any. */
  get document(): KoopDocument | undefined {
    return this.documentController.state.document;
  }

  /** The URL the document was loaded from, if any: the base of its relative links. */
  protected get documentUrl(): string | undefined {
    return this.documentController.state.url;
  }

  /**
   * The time zone the document's times are shown in (its `cooperation.timeZone`, from format
   * 1.1 on Europe/Berlin by default); undefined for a 1.0 document without one: the reader's.
   */
  protected get timeZone(): string | undefined {
    return documentTimeZone(this.document);
  }

  /**
   * Fetches the document again now (inside a `<koop-data>` without a source of its own: that
   * one's); a failure keeps the last good document on screen. Says how it went.
   */
  reload(): void {
    const data = this.documentController.fromContext
      ? (this.closest('koop-data') as (Element & { reload?: () => void }) | null)
      : null;
    if (data?.reload) data.reload();
    else this.documentController.reload(true);
  }

  /** Resolves the language first and, if its strings are not here yet, waits for them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.language = resolveLanguage(this);
    const loading = loadMissing((this.constructor as typeof KoopWidget).localizedStrings, this.language.ui);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Text of a localized value in the widget's language. */
  protected text(value: LocalizedText | undefined): string {
    return localized(value, this.language.locale, this.document?.lang).text;
  }

  /**
   * Text from the document as content: in a `lang` span when it is in another language than
   * the widget's (a German title in an English widget), so it is read and hyphenated as what it
   * is (WCAG 3.1.2). The language is the one the text was taken in, else the document's.
   */
  protected docText(value: LocalizedText | undefined): TemplateResult | string {
    const { text, lang } = localized(value, this.language.locale, this.document?.lang);
    return text && otherLanguage(lang, this.language.ui) ? html`<span lang=${lang!}>${text}</span>` : text;
  }

  /** Several texts from the document, each as `docText`, between separators. */
  protected docTexts(values: (LocalizedText | undefined)[], separator = ', '): unknown[] {
    return values.flatMap((value, i) => (i ? [separator, this.docText(value)] : [this.docText(value)]));
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
    focusHere((event.target as Element).parentElement as HTMLElement);
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
    return html`<div class="linked-status${items ? ' on' : ''}" part="linked-status">
      <span class="linked-text">${message}</span>
      <span role="status" class="visually-hidden">${items && this.announcesLinked ? message : ''}</span>
      ${items ? html`<button type="button" @click=${this.clearLinked}>${strings.clearLinked}</button>` : nothing}
    </div>`;
  }

  /** Whether this is the first widget of its `<koop-data>` other than the one the reader selected in. */
  private get announcesLinked(): boolean {
    const source = this.linked.value?.source;
    return this.firstOfKoopData((widget) => widget !== source);
  }

  /**
   * Whether this is the first widget of its `<koop-data>` (nested ones apart) that `counts`:
   * the one that speaks for all of them, so a screen reader hears a thing once.
   */
  private firstOfKoopData(counts: (widget: KoopWidget) => boolean): boolean {
    const data = this.closest('koop-data');
    for (const element of data?.querySelectorAll('*') ?? [])
      if (element instanceof KoopWidget && element.closest('koop-data') === data && counts(element))
        return element === this;
    return true;
  }

  /**
   * Whether a selection made here shows elsewhere: other widgets share this one's `<koop-data>`
   * (by tag: they need not have loaded yet), or the page follows it (`selectable`).
   */
  protected get hasLinkedWidgets(): boolean {
    if (!this.linked.active) return false;
    const data = this.closest('koop-data');
    if (data?.hasAttribute('selectable')) return true;
    for (const element of data?.querySelectorAll('*') ?? [])
      if (
        element !== this &&
        element.localName.startsWith('koop-') &&
        element.localName !== 'koop-data' &&
        element.closest('koop-data') === data
      )
        return true;
    return false;
  }

  /**
   * The name of the widget's region: what it shows (its heading) and whose (the cooperation's
   * short name), so several widgets on a page are told apart.
   */
  protected regionLabel(heading: string): string {
    const cooperation = this.document?.cooperation;
    const name = this.text(cooperation?.shortName ?? cooperation?.name);
    return name && name !== heading ? `${heading} – ${name}` : heading;
  }

  protected get coreStrings(): CoreStrings {
    return coreStrings.in(this.language.ui);
  }

  /**
   * What the live region says: only about a load the reader asked for (a retry or a reload),
   * and inside a `<koop-data>` only in its first widget. A first load speaks through the page
   * appearing, not through a dozen announcements.
   */
  private liveText(): string {
    const state = this.documentController.state;
    const strings = this.coreStrings;
    if (!state.requested) return '';
    if (this.documentController.fromContext && !this.firstOfKoopData((w) => w.documentController.fromContext))
      return '';
    if (state.status === 'loading') return strings.loading;
    if (state.status !== 'ready') return '';
    return state.error
      ? strings.staleNotice(strings.errorReason(state.error))
      : strings.loaded(this.text(state.document!.cooperation.name));
  }

  override render(): TemplateResult {
    const state = this.documentController.state;
    const strings = this.coreStrings;
    return html`<div part="base" lang=${this.language.ui}>
      <p role="status" class="visually-hidden">${this.liveText()}</p>
      ${
        // The editor's fallback content stays in view until the widget has something to show
        // instead, so the page never goes blank between the kit loading and the data arriving.
        // First, where it stood before the element was defined (koop.css): nothing moves it.
        state.status === 'ready' ? nothing : html`<slot></slot>`
      }
      ${state.status === 'loading' ? html`<p class="loading">${strings.loading}</p>` : nothing}
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
    </div>`;
  }

  private renderStale(error: LoadError) {
    return html`<p class="notice" part="stale-notice">
      ${this.coreStrings.staleNotice(this.coreStrings.errorReason(error))}
    </p>`;
  }

  /** The retry button goes while the new attempt runs: focus waits on the widget's box meanwhile. */
  private retry = (event: Event) => {
    focusHere((event.target as Element).closest<HTMLElement>('[part~="base"]'), { preventScroll: true });
    this.reload();
  };

  private renderError(error: LoadError) {
    const strings = this.coreStrings;
    const problems = error.problems.filter((p) => p.severity === 'error');
    const retryable = ['network', 'timeout', 'http'].includes(error.kind);
    return html`<div role="alert" part="error">
      <p><strong>${strings.errorTitle}</strong></p>
      <p>${strings.errorReason(error)}</p>
      ${error.detail && error.kind !== 'http' ? html`<p class="muted">${error.detail}</p>` : nothing}
      ${error.url ? html`<p class="muted">${error.url}</p>` : nothing}
      ${
        problems.length
          ? html`<p>${strings.problemsHeading(problems.length)}</p>
              ${this.renderProblems(problems)}`
          : nothing
      }
      ${retryable && this.src ? html`<button type="button" @click=${this.retry}>${strings.retry}</button>` : nothing}
    </div>`;
  }

  /**
   * A list of data problems as a reader can follow it: where, in the words of the widgets
   * ("Rollenkonflikte › 2. Konflikt › Rollen › 2. Rolle"), and what, with the UI's names for
   * values; the JSON paths (and allowed codes) in a disclosure for whoever maintains the data.
   */
  protected renderProblems(problems: readonly Problem[]): TemplateResult {
    const strings = this.coreStrings;
    const lang = this.language.ui;
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const allowed = (p: Problem) =>
      p.code === 'enum' && Array.isArray(p.params.allowed)
        ? ` – ${strings.allowedCodes(p.params.allowed.map((v) => JSON.stringify(v)).join(', '))}`
        : '';
    return html`<ol class="problems">
        ${listed.map((p) => html`<li><span class="where">${p.location?.[lang] ?? p.path}</span>: ${p.message[lang]}</li>`)}
      </ol>
      ${
        problems.length > MAX_LISTED_PROBLEMS
          ? html`<p>${strings.moreProblems(problems.length - MAX_LISTED_PROBLEMS)}</p>`
          : nothing
      }
      ${this.renderPaths(listed.map((p) => `${p.path || strings.documentRoot}${allowed(p)}`))}`;
  }

  /**
   * The JSON paths of a list of data problems (one each, in the list's order) in a collapsed
   * disclosure: what whoever maintains the data needs, out of a citizen's way.
   */
  protected renderPaths(paths: readonly string[]): TemplateResult {
    return html`<details class="paths" part="data-paths">
      <summary>${this.coreStrings.pathsSummary}</summary>
      <ol class="problems">
        ${paths.map((path) => html`<li><code>${path}</code></li>`)}
      </ol>
    </details>`;
  }

  private renderFooter(document: KoopDocument, problems: Problem[]) {
    const strings = this.coreStrings;
    const notice = this.docText(document.notice);
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity !== 'error');
    if (!notice && !document.updatedAt && !problems.length) return nothing;
    return html`${
        errors.length
          ? html`<div class="notice" part="data-errors">
              <p>${strings.dataErrors(errors.length)}</p>
              ${this.renderProblems(errors)}
            </div>`
          : nothing
      }
      <div class="footer" part="footer">
        ${notice ? html`<p part="notice">${notice}</p>` : nothing}
        ${
          document.updatedAt
            ? html`<p>
                ${strings.updatedAt(formatDateTime(document.updatedAt, this.language.locale, this.timeZone))}
              </p>`
            : nothing
        }
        ${
          warnings.length
            ? html`<details part="data-warnings">
                <summary>${strings.warningsSummary(warnings.length)}</summary>
                <p>${strings.problemsHeading(warnings.length)}</p>
                ${this.renderProblems(warnings)}
              </details>`
            : nothing
        }
      </div>`;
  }
}
