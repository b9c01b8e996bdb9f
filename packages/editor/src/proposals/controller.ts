// The editor's two modes for working with partners, as a reactive controller: "Änderung
// vorschlagen" (a partner edits a copy of the published document and downloads the changes as a
// proposal) and "Vorschläge prüfen" (the office decides on proposals change by change). The
// editor renders what this returns at a few places; making a proposal and the review itself
// load on demand, so an editor that never uses them does not carry them.
import type { LanguageChoice } from '@koop/core';
import { fetchDocumentText, readDocumentText } from '@koop/core/read.js';
import type { KoopDocument } from '@koop/schema';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { textIn } from '../lists.js';
import { filesDrop, urlForm } from '../open-controls.js';
import { deepFreeze, type Operation } from '../patch.js';
import type { ProposalMeta, SessionMeta, SessionStore } from '../storage.js';
import type { EditorStrings } from '../strings.js';
import type { ProposeDialog } from './propose-dialog.js';
import type { ReviewScreen } from './review-screen.js';
import { proposalStrings, type ProposalStrings } from './strings.js';

/** What the controller needs of the editor (its session, history and screens stay the editor's). */
export interface ProposalsHost {
  element: ReactiveControllerHost & HTMLElement;
  document(): KoopDocument | undefined;
  language(): LanguageChoice;
  strings(): EditorStrings;
  level(depth?: number): number;
  store(): SessionStore;
  meta(): SessionMeta;
  previousMeta(): SessionMeta | undefined;
  /** Opens `document` as a new session (of a proposal, when `proposal` is given). */
  begin(document: KoopDocument, fileName: string, proposal?: ProposalMeta): void;
  /** Applies `ops` as one step of the history. */
  change(ops: Operation[]): void;
  /** The document counts as saved now (a proposal of it was downloaded). */
  markClean(): void;
  show(screen: 'start' | 'edit' | 'review', focus?: string): void;
  announce(message: string): void;
  /** Hands `text` to the reader as a file (the editor's download event first). */
  deliver(text: string, fileName: string, type?: string): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export class ProposalsController implements ReactiveController {
  /** The document a proposal is made on, while the session is one. */
  base?: KoopDocument;
  private baseName?: string;
  private startError = '';
  private review?: ReviewScreen;
  private dialog?: ProposeDialog;
  private dialogOpen = false;

  constructor(private readonly host: ProposalsHost) {
    host.element.addController(this);
  }

  get strings(): ProposalStrings {
    return proposalStrings.in(this.host.language().ui);
  }

  /** Whether the session is a change proposal. */
  get proposing(): boolean {
    return this.host.meta().proposal !== undefined;
  }

  hostUpdated(): void {
    const root = this.host.element.shadowRoot;
    const dialog = root?.getElementById('propose-dialog') as HTMLDialogElement | null;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Follows the session the editor has begun or restored: a proposal's base, or none. */
  async follow(): Promise<void> {
    const proposal = this.host.meta().proposal;
    const store = this.host.store();
    const keep = [proposal?.base, this.host.previousMeta()?.proposal?.base].filter((name): name is string =>
      Boolean(name),
    );
    void store.pruneAside(keep).catch(() => undefined);
    if (!proposal) {
      this.base = undefined;
      this.baseName = undefined;
      return;
    }
    if (this.baseName === proposal.base && this.base) return;
    this.baseName = proposal.base;
    this.base = undefined;
    try {
      const base = await store.getAside(proposal.base);
      if (isRecord(base) && this.baseName === proposal.base)
        this.base = deepFreeze(base) as unknown as KoopDocument;
    } catch {
      // Without its base the work stays a document; the banner says so.
    }
    this.host.element.requestUpdate();
  }

  // ---------------------------------------------------------------------------------------
  // Propose

  private async startProposal(text: string, fileName: string, url?: string): Promise<void> {
    const read = readDocumentText(text);
    const e = this.host.strings();
    if (!read.ok || !isRecord(read.value)) {
      this.startError = e.openFailed(read.ok ? 'not-a-document' : read.failure.kind);
      this.host.element.requestUpdate();
      return;
    }
    const document = deepFreeze(read.value) as unknown as KoopDocument;
    const base = `base-${Date.now().toString(36)}`;
    this.base = document;
    this.baseName = base;
    this.startError = '';
    await this.host
      .store()
      .putAside(base, document)
      .catch(() => undefined);
    this.host.begin(document, fileName, url ? { base, url } : { base });
  }

  private async proposeFromUrl(url: string): Promise<void> {
    this.startError = this.host.strings().opening;
    this.host.element.requestUpdate();
    const result = await fetchDocumentText(url.trim());
    if (!result.ok) {
      const failure = result.failure!;
      this.startError = this.host
        .strings()
        .openFailed(failure.kind, failure.kind === 'http' ? String(failure.status) : undefined);
      this.host.element.requestUpdate();
      return;
    }
    const absolute = new URL(url.trim(), window.document.baseURI).href;
    const name = decodeURIComponent(new URL(absolute).pathname.split('/').pop() ?? '');
    await this.startProposal(result.text!, /\.json$/i.test(name) ? name : '', absolute);
  }

  private async openDialog(): Promise<void> {
    if (!this.base || !this.host.document()) return;
    const { ProposeDialog } = await import('./propose-dialog.js');
    this.dialog ??= new ProposeDialog();
    this.dialog.prepare(this.base, this.host.document()!, this.host);
    this.dialogOpen = true;
    this.host.element.requestUpdate();
  }

  private closeDialog = (downloaded: boolean) => {
    this.dialogOpen = false;
    if (downloaded) this.host.markClean();
    this.host.show('edit', 'propose-download');
  };

  // ---------------------------------------------------------------------------------------
  // Review

  private async loadReview(): Promise<ReviewScreen> {
    const { ReviewScreen } = await import('./review-screen.js');
    await proposalStrings.load(this.host.language().ui);
    return new ReviewScreen(this.host, () => {
      this.review = undefined;
    });
  }

  /** Opens the review of proposals for the document open in the editor. */
  private async reviewOpenDocument(): Promise<void> {
    const document = this.host.document();
    if (!document) return;
    this.review = await this.loadReview();
    this.review.useDocument(document, this.host.meta().fileName, true);
    this.host.show('review', 'review-heading');
  }

  /** Opens the review with files: the current document among them, and proposals. */
  private async reviewFiles(files: FileList | File[] | null | undefined): Promise<void> {
    if (!files?.length) return;
    this.review = await this.loadReview();
    await this.review.addFiles([...files]);
    this.host.show('review', 'review-heading');
  }

  // ---------------------------------------------------------------------------------------
  // Rendering, at the places the editor gives

  /** The two ways to work with partners, on the start screen. */
  renderStart(): TemplateResult {
    const p = this.strings;
    const level = this.host.level(1);
    const document = this.host.document();
    return html`<section class="partners" aria-labelledby="propose-heading">
        <div role="heading" aria-level=${level} id="propose-heading">${p.proposeHeading}</div>
        <p>${p.proposeIntro}</p>
        ${
          this.startError
            ? html`<p
                id="propose-error"
                role=${this.startError === this.host.strings().opening ? 'status' : 'alert'}
              >
                ${this.startError}
              </p>`
            : nothing
        }
        ${urlForm('propose-url', p.proposeUrlLabel, p.proposeOpen, (url) => void this.proposeFromUrl(url))}
        <div class="drop">
          <label for="propose-file">${p.proposeFileLabel}</label>
          <input
            id="propose-file"
            type="file"
            accept=".json,application/json"
            @change=${async (e: Event) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) await this.startProposal(await file.text(), file.name);
            }}
          />
        </div>
      </section>
      <section class="partners" aria-labelledby="review-start-heading">
        <div role="heading" aria-level=${level} id="review-start-heading">${p.reviewHeading}</div>
        <p>${p.reviewIntro}</p>
        ${
          document && !this.proposing
            ? html`<p>
                <button type="button" id="review-open-document" @click=${() => this.reviewOpenDocument()}>
                  ${p.reviewOpenDocument}
                </button>
              </p>`
            : nothing
        }
        ${filesDrop('review-files', p.reviewFilesLabel, p.reviewFilesHint, (files) => this.reviewFiles(files))}
      </section>`;
  }

  /** In a proposal: what it is, below the editor's heading. */
  renderBanner(): TemplateResult | typeof nothing {
    if (!this.proposing) return nothing;
    const p = this.strings;
    const base = this.base;
    const lang = this.host.language().ui;
    const name = textIn(base?.cooperation?.name, lang, base?.lang);
    return html`<p class="proposal-banner" id="proposal-banner">
      ${p.proposeBanner(name, base?.updatedAt ?? '–')}
    </p>`;
  }

  /** The toolbar's buttons: the proposal's download in a proposal, else the review. */
  renderToolbar(): TemplateResult {
    const p = this.strings;
    if (this.proposing)
      return html`<button
        type="button"
        id="propose-download"
        aria-disabled=${this.base ? 'false' : 'true'}
        @click=${() => this.openDialog()}
      >
        ${p.proposeDownload}
      </button>`;
    return html`<button type="button" id="review-proposals" @click=${() => this.reviewOpenDocument()}>
      ${p.reviewButton}
    </button>`;
  }

  renderDialog(): TemplateResult | typeof nothing {
    return this.dialogOpen && this.dialog ? this.dialog.render(this.host, this.closeDialog) : nothing;
  }

  renderReview(): TemplateResult {
    return this.review ? this.review.render() : html`<p class="muted">${this.host.strings().opening}</p>`;
  }
}
