import { KoopElement, localize, MAX_DOCUMENT_BYTES } from '@koop/core';
import { fetchDocumentText, readDocumentText, type ReadFailure } from '@koop/core/read.js';
import type { LocalizedText } from '@koop/schema';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { checkValue, type CheckReport, type ListedProblem } from './data-check.js';
import { builderStyles } from './koop-snippet-builder.styles.js';
import {
  buildSnippet,
  childAttributes,
  fallbackText,
  INLINE_WARNING_BYTES,
  inlineSize,
  optionError,
  PLACEHOLDER_KIT_URL,
  widgetAttributes,
  wordpressBlock,
  wordpressShortcode,
  wordpressWidget,
  type Bundle,
  type SnippetSource,
  DATA_CHOICE,
  DATA_TAG,
  documentChoices,
  optionsOf,
  widgetInfo,
  WIDGETS,
  type Collection,
  type Lang,
  type WidgetOption,
} from '@koop/kit/snippet.js';
import { builderStrings, type BuilderStrings } from './strings.js';

type SourceKind = 'url' | 'file';
type Delivery = 'inline' | 'upload';
type Status = 'idle' | 'checking' | 'done';
/** Where the snippet goes: any page (HTML and the kit's script), or WordPress with the Koop plugin. */
type Target = 'html' | 'wordpress-block' | 'wordpress-shortcode';
const TARGETS: readonly Target[] = ['html', 'wordpress-block', 'wordpress-shortcode'];

/** Ids for labels and descriptions inside the shadow root (keys may hold `=`). */
const idOf = (key: string) => `option-${key.replace(/[^a-z0-9-]/gi, '-')}`;

/**
 * The snippet builder and data check for web editors: choose a widget, name or drop a koop
 * document, see every problem of the document in plain words with where it is, set the
 * widget's options, see a live preview and copy the HTML to paste into a CMS.
 *
 * @summary Builds the HTML snippet of a Koop widget and checks its document.
 *
 * @attr lang - Language of the builder: `de` (default) or `en`.
 * @attr kit-url - Where the site provides the kit: its folder or the full address of its script.
 * @attr state-in-url - Keep the choices in the page's query string (for bookmarks and sharing).
 */
export class KoopSnippetBuilder extends KoopElement {
  static override styles = builderStyles;

  static override properties = {
    lang: { type: String, reflect: true },
    kitUrl: { type: String, attribute: 'kit-url' },
    stateInUrl: { type: Boolean, attribute: 'state-in-url' },
    tag: { state: true },
    widgets: { state: true },
    values: { state: true },
    sourceKind: { state: true },
    url: { state: true },
    checkedUrl: { state: true },
    file: { state: true },
    delivery: { state: true },
    uploadedUrl: { state: true },
    status: { state: true },
    failure: { state: true },
    value: { state: true },
    deliveryNotes: { state: true },
    bundle: { state: true },
    target: { state: true },
    copyStatus: { state: true },
    dragging: { state: true },
  };

  /** Language of the builder's own texts and of the problem list. */
  declare lang: string;
  /** The kit's folder or script address; empty: a placeholder the editor must replace. */
  declare kitUrl: string;
  /** Keep the choices in the page's query string. */
  declare stateInUrl: boolean;
  declare private tag: string;
  /** The widgets inside `<koop-data>` when several share the document. */
  declare private widgets: string[];
  declare private values: Record<string, string>;
  declare private sourceKind: SourceKind;
  declare private url: string;
  /** The absolute address that was checked, once a check from an address ran. */
  declare private checkedUrl: string;
  declare private file: { name: string; size: number } | null;
  declare private delivery: Delivery;
  declare private uploadedUrl: string;
  declare private status: Status;
  declare private failure: ReadFailure | null;
  /** The parsed document (valid or not); undefined until one was read. */
  declare private value: unknown;
  declare private deliveryNotes: string[];
  declare private bundle: Bundle;
  declare private target: Target;
  declare private copyStatus: string;
  declare private dragging: boolean;

  private generation = 0;
  private report?: { value: unknown; lang: Lang; report: CheckReport };
  private preview?: { signature: string; element: HTMLElement & { data?: unknown } };

  constructor() {
    super();
    this.lang = 'de';
    this.kitUrl = '';
    this.stateInUrl = false;
    this.tag = WIDGETS[0].tag;
    this.widgets = [WIDGETS[0].tag, WIDGETS[1].tag];
    this.values = {};
    this.sourceKind = 'url';
    this.url = '';
    this.checkedUrl = '';
    this.file = null;
    this.delivery = 'inline';
    this.uploadedUrl = '';
    this.status = 'idle';
    this.failure = null;
    this.value = undefined;
    this.deliveryNotes = [];
    this.bundle = 'autoloader';
    this.target = 'html';
    this.copyStatus = '';
    this.dragging = false;
  }

  private get ui(): Lang {
    return this.lang?.toLowerCase().startsWith('en') ? 'en' : 'de';
  }

  private get strings(): BuilderStrings {
    return builderStrings[this.ui];
  }

  /** Whether a document was read (valid or not): it has a check, a preview and a snippet. */
  private get hasDocument(): boolean {
    return this.status === 'done' && !this.failure && this.value !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.stateInUrl) this.restoreState();
  }

  // ----- reading and checking -----

  /** Fetches the address in the URL field and checks what comes back. */
  async checkUrl(): Promise<void> {
    const url = this.url.trim();
    const generation = ++this.generation;
    this.start();
    let absolute = '';
    try {
      absolute = new URL(url, document.baseURI).href;
    } catch {
      // reported by fetchDocumentText
    }
    const result = await fetchDocumentText(url);
    if (generation !== this.generation) return;
    this.checkedUrl = result.failure?.kind === 'invalid-url' ? '' : absolute;
    const notes: string[] = [];
    if (absolute.startsWith('http:') && location.protocol === 'https:') notes.push(this.strings.httpOnHttps);
    if (result.contentType) notes.push(this.strings.notJsonType(result.contentType));
    this.finish(result.ok ? readDocumentText(result.text!) : { ok: false, failure: result.failure! }, notes);
  }

  /** Reads a file the editor chose or dropped and checks it. */
  async checkFile(file: File): Promise<void> {
    const generation = ++this.generation;
    this.start();
    this.file = { name: file.name, size: file.size };
    this.delivery = file.size > INLINE_WARNING_BYTES ? 'upload' : 'inline';
    if (file.size > MAX_DOCUMENT_BYTES) {
      this.finish({ ok: false, failure: { kind: 'too-large', bytes: file.size } }, []);
      return;
    }
    const text = await file.text();
    if (generation !== this.generation) return;
    this.finish(readDocumentText(text), []);
  }

  /** A changed address is not the checked one: its check, preview and snippet start over. */
  private editUrl(url: string) {
    this.url = url;
    if (this.status !== 'idle') this.reset();
  }

  /** Forgets the document, its check and any check under way. */
  private reset() {
    this.generation++;
    this.status = 'idle';
    this.failure = null;
    this.value = undefined;
    this.deliveryNotes = [];
    this.checkedUrl = '';
    this.file = null;
  }

  private start() {
    this.status = 'checking';
    this.failure = null;
    this.value = undefined;
    this.deliveryNotes = [];
  }

  private finish(result: ReturnType<typeof readDocumentText>, notes: string[]) {
    this.status = 'done';
    this.deliveryNotes = notes;
    if (result.ok) this.value = result.value;
    else this.failure = result.failure;
  }

  /** Problems of the current document in the builder's language, computed once per both. */
  private get problems(): CheckReport | undefined {
    if (!this.hasDocument) return undefined;
    const cached = this.report;
    if (cached && cached.value === this.value && cached.lang === this.ui) return cached.report;
    this.report = { value: this.value, lang: this.ui, report: checkValue(this.value, this.ui) };
    return this.report.report;
  }

  // ----- the snippet -----

  /** Where the snippet's widget gets its document from, or why there is no snippet yet. */
  private get snippetSource(): SnippetSource | string {
    // The address as the editor typed it: a path on the own site stays a path.
    if (this.sourceKind === 'url') {
      return this.checkedUrl ? { kind: 'url', url: this.url.trim() } : this.strings.snippetNoDocument;
    }
    if (!this.file || this.status !== 'done') return this.strings.snippetNoDocument;
    if (this.delivery === 'upload') {
      return this.uploadedUrlIsWeb
        ? { kind: 'url', url: this.uploadedUrl.trim() }
        : this.strings.snippetMissingUrl;
    }
    if (this.value === undefined || this.failure) return this.strings.snippetNoDocument;
    // The plugin takes no inline document (and kses no <script>): the file goes to the Media Library.
    return this.target === 'html'
      ? { kind: 'inline', document: this.value }
      : this.strings.wordpressNeedsAddress;
  }

  /** Whether the address the file will have is a web address (absolute or on this site). */
  private get uploadedUrlIsWeb(): boolean {
    try {
      return (
        !!this.uploadedUrl.trim() &&
        /^https?:$/.test(new URL(this.uploadedUrl.trim(), document.baseURI).protocol)
      );
    } catch {
      return false;
    }
  }

  /** The HTML to paste, or `''` while something is missing. */
  get snippet(): string {
    const source = this.snippetSource;
    if (typeof source === 'string' || !this.shownWidgets.length) return '';
    const fallback = fallbackText(this.widgetLanguage, this.documentName);
    if (this.target !== 'html' && source.kind === 'url') {
      const widget = wordpressWidget(
        { tag: this.tag, widgets: this.shownWidgets, values: this.values, fallback },
        source.url,
      );
      return this.target === 'wordpress-block' ? wordpressBlock(widget) : wordpressShortcode(widget);
    }
    return buildSnippet({
      tag: this.tag,
      widgets: this.shownWidgets,
      values: this.values,
      source,
      kitUrl: this.kitUrl,
      bundle: this.bundle,
      fallback,
    });
  }

  /** The language the widgets will speak: the one chosen for them, else the builder's. */
  private get widgetLanguage(): Lang {
    const lang = this.values.lang?.trim().toLowerCase();
    return lang ? (lang.startsWith('en') ? 'en' : 'de') : this.ui;
  }

  /** The cooperation's name in the document, for the fallback link. */
  private get documentName(): string | undefined {
    const cooperation = (this.value as { cooperation?: { name?: unknown } } | undefined)?.cooperation;
    return localize(cooperation?.name as LocalizedText, this.widgetLanguage) || undefined;
  }

  private async copy() {
    const text = this.snippet;
    try {
      await navigator.clipboard.writeText(text);
      const { copied, copiedBlock, copiedShortcode } = this.strings;
      this.copyStatus = {
        html: copied,
        'wordpress-block': copiedBlock,
        'wordpress-shortcode': copiedShortcode,
      }[this.target];
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')!;
      area.focus();
      area.select();
      this.copyStatus = this.strings.copyFallback;
    }
  }

  // ----- state -----

  /** The widgets the snippet shows, in page order: the one chosen, or those inside `<koop-data>`. */
  private get shownWidgets(): string[] {
    return this.tag === DATA_TAG
      ? WIDGETS.map((w) => w.tag).filter((tag) => this.widgets.includes(tag))
      : [this.tag];
  }

  private toggleWidget(tag: string, on: boolean) {
    this.widgets = on ? [...this.widgets, tag] : this.widgets.filter((t) => t !== tag);
  }

  private setValue(key: string, value: string) {
    this.values = { ...this.values, [key]: value };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new snippet has not been copied yet.
    if (!changed.has('copyStatus' as keyof KoopSnippetBuilder)) this.copyStatus = '';
  }

  protected override updated(): void {
    this.syncPreview();
    if (this.stateInUrl) this.saveState();
  }

  /** The preview is the real markup, made anew whenever its attributes change, as a pasted one. */
  private syncPreview() {
    const box = this.renderRoot.querySelector<HTMLElement>('#preview');
    if (!box) return;
    if (!this.hasDocument || !this.shownWidgets.length) {
      this.preview = undefined;
      box.replaceChildren();
      return;
    }
    const source = { kind: 'inline', document: null } as const;
    const outer = widgetAttributes({ tag: this.tag, values: this.values, source });
    const inner =
      this.tag === DATA_TAG
        ? this.shownWidgets.map((tag) => [tag, childAttributes(tag, this.values)] as const)
        : [];
    const signature = JSON.stringify([this.tag, outer, inner]);
    if (this.preview?.signature !== signature) {
      const make = (tag: string, attributes: readonly [string, string][]) => {
        const element = document.createElement(tag);
        for (const [name, value] of attributes) element.setAttribute(name, value);
        return element;
      };
      const element = make(this.tag, outer) as HTMLElement & { data?: unknown };
      element.append(...inner.map(([tag, attributes]) => make(tag, attributes)));
      this.preview = { signature, element };
    }
    const { element } = this.preview;
    if (element.data !== this.value) element.data = this.value;
    if (element.parentNode !== box) box.replaceChildren(element);
  }

  /** Every option key in use: the common ones and those of each widget shown. */
  private get optionKeys(): string[] {
    const keys = new Set<string>();
    for (const tag of this.shownWidgets) for (const { key } of optionsOf(tag, true)) keys.add(key);
    return [...keys];
  }

  private saveState() {
    const params = new URLSearchParams();
    params.set('widget', this.tag);
    if (this.ui !== 'de') params.set('lang', this.ui);
    if (this.sourceKind === 'url' && this.url) params.set('src', this.url);
    if (this.kitUrl) params.set('kit', this.kitUrl);
    if (this.bundle !== 'autoloader') params.set('bundle', this.bundle);
    if (this.target !== 'html') params.set('target', this.target);
    if (this.tag === DATA_TAG) params.set('widgets', this.shownWidgets.join(','));
    for (const key of this.optionKeys) if (this.values[key]) params.set(key, this.values[key]);
    const query = `?${params}`;
    if (query !== location.search) history.replaceState(history.state, '', query + location.hash);
  }

  private restoreState() {
    const params = new URLSearchParams(location.search);
    const widget = params.get('widget');
    if (widget && (widget === DATA_TAG || WIDGETS.some((w) => w.tag === widget))) this.tag = widget;
    const widgets = params.get('widgets')?.split(',');
    if (widgets) this.widgets = WIDGETS.map((w) => w.tag).filter((tag) => widgets.includes(tag));
    const lang = params.get('lang');
    if (lang === 'en' || lang === 'de') this.lang = lang;
    if (params.get('kit')) this.kitUrl = params.get('kit')!;
    if (params.get('bundle') === 'all') this.bundle = 'all';
    const target = params.get('target') as Target;
    if (TARGETS.includes(target)) this.target = target;
    const values: Record<string, string> = {};
    for (const key of this.optionKeys) if (params.get(key)) values[key] = params.get(key)!;
    this.values = values;
    const src = params.get('src');
    if (src) {
      this.url = src;
      void this.checkUrl();
    }
  }

  // ----- rendering -----

  override render(): TemplateResult {
    const s = this.strings;
    return html`<div class="builder" lang=${this.ui}>
      <div class="language">
        <label for="ui-language">${s.uiLanguage}</label>
        <select id="ui-language" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
          <option value="de" lang="de" ?selected=${this.ui === 'de'}>Deutsch</option>
          <option value="en" lang="en" ?selected=${this.ui === 'en'}>English</option>
        </select>
      </div>
      ${this.renderWidgetChoice()} ${this.renderDocumentStep()} ${this.renderCheck()} ${this.renderSettings()}
      ${this.renderPreview()} ${this.renderSnippet()}
    </div>`;
  }

  private renderWidgetChoice() {
    const s = this.strings;
    const radio = (choice: { tag: string; label: Record<Lang, string>; description: Record<Lang, string> }) =>
      html`<div class="choice">
        <input
          type="radio"
          name="widget"
          id=${`widget-${choice.tag}`}
          value=${choice.tag}
          aria-describedby=${`widget-${choice.tag}-description`}
          .checked=${this.tag === choice.tag}
          @change=${() => (this.tag = choice.tag)}
        />
        <label for=${`widget-${choice.tag}`}>${choice.label[this.ui]}</label>
        <span class="hint" id=${`widget-${choice.tag}-description`}>
          ${choice.description[this.ui]} <code>&lt;${choice.tag}&gt;</code>
        </span>
      </div>`;
    return html`<section aria-labelledby="step-widget">
      <h2 id="step-widget">${s.stepWidget}</h2>
      <fieldset class="widgets">
        <legend>${s.widgetLegend}</legend>
        ${WIDGETS.map(radio)} ${radio(DATA_CHOICE)}
      </fieldset>
      ${
        this.tag === DATA_TAG
          ? html`<fieldset class="set">
              <legend>${s.dataWidgetsLegend}</legend>
              ${
                this.widgets.length
                  ? nothing
                  : html`<span class="error" id="data-widgets-error"
                      ><span aria-hidden="true">✖ </span>${s.noWidgetChosen}</span
                    >`
              }
              ${WIDGETS.map(
                (widget) =>
                  html`<div class="choice">
                    <input
                      type="checkbox"
                      id=${`data-${widget.tag}`}
                      .checked=${this.widgets.includes(widget.tag)}
                      @change=${(e: Event) => this.toggleWidget(widget.tag, (e.target as HTMLInputElement).checked)}
                    />
                    <label for=${`data-${widget.tag}`}>${widget.label[this.ui]}</label>
                  </div>`,
              )}
            </fieldset>`
          : nothing
      }
    </section>`;
  }

  private renderDocumentStep() {
    const s = this.strings;
    const setKind = (kind: SourceKind) => {
      if (kind === this.sourceKind) return;
      this.sourceKind = kind;
      this.reset();
    };
    return html`<section aria-labelledby="step-document">
      <h2 id="step-document">${s.stepDocument}</h2>
      <fieldset>
        <legend>${s.sourceLegend}</legend>
        <div class="choice">
          <input
            type="radio"
            name="source"
            id="source-url"
            .checked=${this.sourceKind === 'url'}
            @change=${() => setKind('url')}
          />
          <label for="source-url">${s.sourceUrl}</label>
        </div>
        <div class="choice">
          <input
            type="radio"
            name="source"
            id="source-file"
            .checked=${this.sourceKind === 'file'}
            @change=${() => setKind('file')}
          />
          <label for="source-file">${s.sourceFile}</label>
        </div>
      </fieldset>
      ${this.sourceKind === 'url' ? this.renderUrlField() : this.renderFileField()}
    </section>`;
  }

  private renderUrlField() {
    const s = this.strings;
    const submit = (event: Event) => {
      event.preventDefault();
      if (this.url.trim()) void this.checkUrl();
    };
    // Own validation: a path on this server is a fine address, but not a valid type="url" value.
    return html`<form class="field" novalidate @submit=${submit}>
      <label for="document-url">${s.urlLabel}</label>
      <span class="hint" id="document-url-hint">${s.urlHint}</span>
      <div class="row">
        <input
          id="document-url"
          type="url"
          inputmode="url"
          autocomplete="url"
          spellcheck="false"
          aria-describedby="document-url-hint"
          .value=${this.url}
          @input=${(e: Event) => this.editUrl((e.target as HTMLInputElement).value)}
        />
        <button type="submit">${s.check}</button>
      </div>
    </form>`;
  }

  private renderFileField() {
    const s = this.strings;
    const choose = (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      // Emptied, so choosing the same file again after fixing it checks it again.
      input.value = '';
      if (file) void this.checkFile(file);
    };
    const over = (event: DragEvent) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      this.dragging = true;
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      this.dragging = false;
      const file = event.dataTransfer?.files?.[0];
      if (file) void this.checkFile(file);
    };
    const size = this.hasDocument ? inlineSize(this.value) : 0;
    return html`<div
        class="drop ${this.dragging ? 'dragging' : ''}"
        @dragover=${over}
        @dragleave=${(e: DragEvent) => {
          // Leaving for a child of the zone is not leaving the zone.
          if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) this.dragging = false;
        }}
        @drop=${drop}
      >
        <label for="document-file">${s.fileLabel}</label>
        <span class="hint" id="document-file-hint">${s.fileHint}</span>
        <input
          id="document-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="document-file-hint"
          @change=${choose}
        />
        <p class="hint">${s.dropHere}</p>
        ${this.file ? html`<p>${s.fileChosen(this.file.name, s.bytes(this.file.size))}</p>` : nothing}
      </div>
      ${
        this.file && this.hasDocument
          ? html`<fieldset>
              <legend>${s.deliveryLegend}</legend>
              <div class="choice">
                <input
                  type="radio"
                  name="delivery"
                  id="delivery-upload"
                  aria-describedby="delivery-upload-hint"
                  .checked=${this.delivery === 'upload'}
                  @change=${() => (this.delivery = 'upload')}
                />
                <label for="delivery-upload">${s.deliveryUpload}</label>
                <span class="hint" id="delivery-upload-hint">${s.deliveryUploadHint}</span>
              </div>
              <div class="choice">
                <input
                  type="radio"
                  name="delivery"
                  id="delivery-inline"
                  aria-describedby="delivery-inline-hint"
                  .checked=${this.delivery === 'inline'}
                  @change=${() => (this.delivery = 'inline')}
                />
                <label for="delivery-inline">${s.deliveryInline}</label>
                <span class="hint" id="delivery-inline-hint">${s.deliveryInlineHint}</span>
              </div>
              ${
                this.delivery === 'upload'
                  ? html`<div class="field">
                      <label for="uploaded-url">${s.uploadedUrlLabel}</label>
                      <input
                        id="uploaded-url"
                        type="url"
                        inputmode="url"
                        spellcheck="false"
                        .value=${this.uploadedUrl}
                        @input=${(e: Event) => (this.uploadedUrl = (e.target as HTMLInputElement).value)}
                      />
                    </div>`
                  : size > INLINE_WARNING_BYTES
                    ? html`<p class="note warning">
                        <span aria-hidden="true">⚠ </span>${s.inlineTooLarge(s.bytes(size))}
                      </p>`
                    : nothing
              }
            </fieldset>`
          : nothing
      }`;
  }

  private renderCheck() {
    const s = this.strings;
    const report = this.problems;
    let summary = s.checkIdle;
    let alarming = false;
    let kind = 'idle';
    if (this.status === 'checking') summary = s.checking;
    else if (this.failure) {
      summary = s.failure(this.failure);
      alarming = true;
      kind = 'failed';
    } else if (report) {
      const { errors, warnings } = report;
      alarming = errors.length > 0;
      kind = errors.length ? 'failed' : warnings.length ? 'warnings' : 'clean';
      summary = errors.length
        ? s.withErrors(
            errors.length,
            warnings.length,
            errors.some((error) => error.fatal),
          )
        : warnings.length
          ? s.warningsOnly(warnings.length)
          : s.clean;
    }
    const icon = { idle: '', failed: '✖ ', warnings: '⚠ ', clean: '✔ ' }[kind];
    const summaryLine = html`<p class="summary ${kind}">
      <span aria-hidden="true">${icon}</span>${summary}
    </p>`;
    return html`<section
      aria-labelledby="step-check"
      class="check"
      aria-busy=${this.status === 'checking' ? 'true' : 'false'}
    >
      <h2 id="step-check">${s.stepCheck}</h2>
      <div role="status" id="check-status">${alarming ? nothing : summaryLine}</div>
      <div role="alert" id="check-alert">${alarming ? summaryLine : nothing}</div>
      ${this.failure ? this.renderFailure(this.failure) : nothing}
      ${
        this.deliveryNotes.length
          ? html`<ul class="notes">
              ${this.deliveryNotes.map((note) => html`<li><span aria-hidden="true">⚠ </span>${note}</li>`)}
            </ul>`
          : nothing
      }
      ${
        report?.errors.length
          ? this.renderProblems('errors', s.errorsHeading(report.errors.length), s.errorsIntro, report.errors)
          : nothing
      }
      ${
        report?.warnings.length
          ? this.renderProblems(
              'warnings',
              s.warningsHeading(report.warnings.length),
              s.warningsIntro,
              report.warnings,
            )
          : nothing
      }
    </section>`;
  }

  private renderFailure(failure: ReadFailure) {
    const s = this.strings;
    const hint = s.failureHint(failure);
    return html`${
      failure.kind === 'json' && failure.excerpt !== undefined
        ? html`<figure class="excerpt">
            <figcaption>${s.jsonAt(failure.line!, failure.column!)}</figcaption>
            <pre><code>${failure.excerpt}</code>
<span aria-hidden="true">${' '.repeat(Math.max(0, Math.min(failure.column! - 1, 200)))}^</span></pre>
          </figure>`
        : nothing
    }
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    ${failure.kind === 'json' ? html`<p class="hint"><code>${failure.detail}</code></p>` : nothing}`;
  }

  private renderProblems(kind: string, heading: string, intro: string, problems: ListedProblem[]) {
    return html`<div class="problems ${kind}">
      <h3 id=${`problems-${kind}`}>${heading}</h3>
      <p>${intro}</p>
      <ul aria-labelledby=${`problems-${kind}`}>
        ${problems.map(
          (problem) =>
            html`<li>
              <span class="where">${problem.where}</span>: ${problem.message}
              <span class="path">${this.strings.pathLabel} <code>${problem.path || '–'}</code></span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderSettings() {
    const s = this.strings;
    const withRefresh = this.sourceKind === 'url' || this.delivery === 'upload';
    const common = optionsOf(DATA_TAG, withRefresh);
    return html`<section aria-labelledby="step-options">
      <h2 id="step-options">${s.stepOptions}</h2>
      <fieldset class="options">
        <legend>${s.commonLegend}</legend>
        ${common.map(({ key, option }) => this.renderOption(key, option))}
      </fieldset>
      ${this.shownWidgets.map((tag) => {
        const own = optionsOf(tag, false).filter((o) => !o.common);
        return html`<fieldset class="options">
          <legend>${s.widgetLegendOptions(widgetInfo(tag)!.label[this.ui])}</legend>
          ${own.map(({ key, option }) => this.renderOption(key, option))}
        </fieldset>`;
      })}
    </section>`;
  }

  private renderOption(key: string, option: WidgetOption): TemplateResult {
    const id = idOf(key);
    const raw = this.values[key] ?? '';
    const label = option.label[this.ui];
    const error = optionError(option, raw, this.ui);
    const hint =
      option.kind === 'id' && !this.hasDocument ? this.strings.loadDocumentFirst : option.hint?.[this.ui];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const hintLine = hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing;
    const errorLine = error
      ? html`<span class="error" id=${`${id}-error`}><span aria-hidden="true">✖ </span>${error}</span>`
      : nothing;
    const set = (value: string) => this.setValue(key, value);
    const onInput = (e: Event) => set((e.target as HTMLInputElement | HTMLSelectElement).value);
    switch (option.kind) {
      case 'flag': {
        // The matrix's day field gives way to "all periods".
        return html`<div class="choice">
          <input
            type="checkbox"
            id=${id}
            aria-describedby=${describedBy || nothing}
            .checked=${raw === 'on'}
            @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? 'on' : '')}
          />
          <label for=${id}>${label}</label>${hintLine}
        </div>`;
      }
      case 'set': {
        const chosen = new Set(raw.split(',').filter(Boolean));
        const toggle = (value: string, on: boolean) => {
          const next = new Set(chosen);
          if (on) next.add(value);
          else next.delete(value);
          set(
            option.choices
              .filter((c) => next.has(c.value))
              .map((c) => c.value)
              .join(','),
          );
        };
        return html`<fieldset class="set" aria-describedby=${describedBy || nothing}>
          <legend>${label}</legend>
          ${hintLine}
          ${option.choices.map(
            (choice) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id=${`${id}-${choice.value}`}
                  .checked=${chosen.has(choice.value)}
                  @change=${(e: Event) => toggle(choice.value, (e.target as HTMLInputElement).checked)}
                />
                <label for=${`${id}-${choice.value}`}>${choice.label[this.ui]}</label>
              </div>`,
          )}
        </fieldset>`;
      }
      case 'choice':
      case 'id': {
        const choices =
          option.kind === 'choice'
            ? option.choices.map((c) => ({ value: c.value, label: c.label[this.ui] }))
            : [{ value: '', label: this.strings.noneChosen }, ...this.idChoices(option.collection, raw)];
        return html`<div class="field">
          <label for=${id}>${label}</label>${hintLine}
          <select id=${id} aria-describedby=${describedBy || nothing} @change=${onInput}>
            ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === raw}>${c.label}</option>`)}
          </select>
        </div>`;
      }
      default: {
        const type = option.kind === 'date' && option.precision === 'day' ? 'date' : 'text';
        const number = option.kind === 'number';
        const disabled = key === 'koop-role-matrix/at' && this.values['koop-role-matrix/at=all'] === 'on';
        return html`<div class="field">
          <label for=${id}>${label}</label>${hintLine}
          <input
            id=${id}
            type=${type}
            class=${number ? 'number' : ''}
            inputmode=${number || option.kind === 'date' ? 'numeric' : nothing}
            placeholder=${option.kind === 'number' && option.default !== undefined ? String(option.default) : nothing}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            ?disabled=${disabled}
            .value=${raw}
            @input=${onInput}
          />
          ${errorLine}
        </div>`;
      }
    }
  }

  /** Items of a list of the loaded document as choices, and the current value even if not one. */
  private idChoices(collection: Collection, current: string) {
    const choices = documentChoices(this.hasDocument ? this.value : undefined, collection, this.ui);
    if (current && !choices.some((c) => c.value === current))
      choices.push({ value: current, label: current });
    return choices;
  }

  private renderPreview() {
    const s = this.strings;
    const label = (widgetInfo(this.tag) ?? DATA_CHOICE).label[this.ui];
    return html`<section aria-labelledby="step-preview">
      <h2 id="step-preview">${s.stepPreview}</h2>
      ${this.hasDocument ? nothing : html`<p class="hint">${s.previewEmpty}</p>`}
      <div
        id="preview"
        class="preview"
        role="region"
        tabindex=${this.hasDocument ? '0' : nothing}
        aria-label=${s.previewLabel(label)}
      ></div>
    </section>`;
  }

  private renderSnippet() {
    const s = this.strings;
    const source = this.snippetSource;
    const missing = typeof source === 'string' ? source : this.shownWidgets.length ? '' : s.noWidgetChosen;
    const snippet = this.snippet;
    const placeholder = !this.kitUrl.trim() || this.kitUrl.trim() === PLACEHOLDER_KIT_URL;
    const forPages = this.target === 'html';
    return html`<section aria-labelledby="step-snippet">
      <h2 id="step-snippet">${s.stepSnippet}</h2>
      ${this.renderTargetChoice()}
      <div class="field" ?hidden=${!forPages}>
        <label for="kit-url">${s.kitLabel}</label>
        <span class="hint" id="kit-url-hint">${s.kitHint}</span>
        <input
          id="kit-url"
          type="url"
          inputmode="url"
          spellcheck="false"
          placeholder=${PLACEHOLDER_KIT_URL}
          aria-describedby=${placeholder ? 'kit-url-hint kit-url-warning' : 'kit-url-hint'}
          .value=${this.kitUrl}
          @input=${(e: Event) => (this.kitUrl = (e.target as HTMLInputElement).value)}
        />
        ${
          placeholder
            ? html`<span class="note warning" id="kit-url-warning"
                ><span aria-hidden="true">⚠ </span>${s.kitPlaceholderWarning}</span
              >`
            : nothing
        }
      </div>
      <fieldset ?hidden=${!forPages}>
        <legend>${s.bundleLegend}</legend>
        ${(['autoloader', 'all'] as const).map(
          (bundle) =>
            html`<div class="choice">
              <input
                type="radio"
                name="bundle"
                id=${`bundle-${bundle}`}
                .checked=${this.bundle === bundle}
                @change=${() => (this.bundle = bundle)}
              />
              <label for=${`bundle-${bundle}`}>${bundle === 'all' ? s.bundleAll : s.bundleAutoloader}</label>
            </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="snippet"
          >${{ html: s.snippetLabel, 'wordpress-block': s.blockLabel, 'wordpress-shortcode': s.shortcodeLabel }[this.target]}</label
        >
        ${missing ? html`<span class="hint" id="snippet-hint">${missing}</span>` : nothing}
        <textarea
          id="snippet"
          readonly
          rows=${Math.min(16, Math.max(3, snippet.split('\n').length))}
          spellcheck="false"
          aria-describedby=${missing ? 'snippet-hint' : nothing}
          .value=${snippet}
        ></textarea>
      </div>
      <div class="row">
        <button type="button" id="copy" ?disabled=${!snippet} @click=${() => this.copy()}>${s.copy}</button>
        <p role="status" id="copy-status">${this.copyStatus}</p>
      </div>
    </section>`;
  }

  private renderTargetChoice() {
    const s = this.strings;
    const label = {
      html: s.targetHtml,
      'wordpress-block': s.targetBlock,
      'wordpress-shortcode': s.targetShortcode,
    };
    return html`<fieldset>
        <legend>${s.targetLegend}</legend>
        ${TARGETS.map(
          (target) =>
            html`<div class="choice">
              <input
                type="radio"
                name="target"
                id=${`target-${target}`}
                .checked=${this.target === target}
                @change=${() => (this.target = target)}
              />
              <label for=${`target-${target}`}>${label[target]}</label>
            </div>`,
        )}
      </fieldset>
      ${this.target === 'html' ? nothing : html`<p class="hint">${s.wordpressHint}</p>`}`;
  }
}
