// The embed snippet dialog, as a reactive controller: the code a site pastes to show the
// document in the widgets of the preview, for the address where the site will publish it.
import type { KoopDocument } from '@koop/schema';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { textIn } from './lists.js';
import type { EditorStrings, WidgetTag } from './strings.js';

/** What the snippet dialog needs of the editor. */
export interface SnippetHost {
  element: ReactiveControllerHost & HTMLElement;
  document(): KoopDocument | undefined;
  lang(): 'de' | 'en';
  strings(): EditorStrings;
  level(depth?: number): number;
  /** The name the document is downloaded under (the address proposed first). */
  fileName(): string;
  /** The widgets the preview shows. */
  widgets(): WidgetTag[];
  kitUrl(): string | null;
  /** Focus goes to the element with this id after the next update. */
  focusLater(id: string): void;
}

export class SnippetController implements ReactiveController {
  /** Whether the dialog is open. */
  isOpen = false;
  private url = '';
  private text = '';
  private status = '';

  constructor(private readonly host: SnippetHost) {
    host.element.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.host.element.shadowRoot?.getElementById('snippet-dialog') as HTMLDialogElement | null;
    if (dialog && !dialog.open) dialog.showModal();
  }

  open(): void {
    this.isOpen = true;
    this.url ||= this.host.fileName();
    this.status = '';
    this.host.element.requestUpdate();
    void this.build();
  }

  private async build(): Promise<void> {
    const { buildSnippet, fallbackText, PLACEHOLDER_KIT_URL } = await import('@koop/kit/snippet.js');
    const widgets = this.host.widgets();
    const doc = this.host.document();
    const lang = this.host.lang();
    const name = textIn(doc?.cooperation?.name, lang, doc?.lang);
    this.text = buildSnippet({
      fallback: fallbackText(lang, name || undefined),
      tag: widgets.length === 1 ? widgets[0] : 'koop-data',
      widgets,
      values: {},
      source: { kind: 'url', url: this.url },
      kitUrl: this.host.kitUrl() || PLACEHOLDER_KIT_URL,
      bundle: 'autoloader',
    });
    this.host.element.requestUpdate();
  }

  render(): TemplateResult {
    const s = this.host.strings();
    const close = () => {
      this.isOpen = false;
      this.host.focusLater('snippet');
    };
    return html`<dialog
      id="snippet-dialog"
      aria-labelledby="snippet-heading"
      @cancel=${(e: Event) => {
        e.preventDefault();
        close();
      }}
    >
      <div role="heading" aria-level=${this.host.level(1)} id="snippet-heading">${s.snippetHeading}</div>
      <p>${s.snippetIntro}</p>
      <div class="field">
        <label for="snippet-url">${s.snippetUrl}</label>
        <input
          id="snippet-url"
          type="url"
          aria-describedby="snippet-url-hint"
          .value=${this.url}
          @input=${(e: Event) => {
            this.url = (e.target as HTMLInputElement).value;
            void this.build();
          }}
        />
        <p class="hint" id="snippet-url-hint">${s.snippetUrlHint}</p>
      </div>
      <div class="field">
        <label for="snippet-code">${s.snippetCode}</label>
        <textarea id="snippet-code" readonly rows="6" .value=${this.text}></textarea>
      </div>
      <p role="status">${this.status}</p>
      <div class="dialog-actions">
        <button
          type="button"
          id="snippet-copy"
          @click=${async () => {
            try {
              await navigator.clipboard.writeText(this.text);
              this.status = s.snippetCopied;
            } catch {
              this.host.element.shadowRoot?.querySelector<HTMLTextAreaElement>('#snippet-code')?.select();
              this.status = s.snippetCopyFailed;
            }
            this.host.element.requestUpdate();
          }}
        >
          ${s.snippetCopy}
        </button>
        <button type="button" id="snippet-close" @click=${close}>${s.close}</button>
      </div>
    </dialog>`;
  }
}
