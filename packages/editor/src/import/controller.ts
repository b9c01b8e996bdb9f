// "Importieren …" as a reactive controller: the toolbar's button and, once pressed, the dialog.
// The dialog, the importers and the merge load on demand, so an editor that never imports does
// not carry them.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ProposalsHost } from '../proposals/controller.js';
import type { ImportDialog } from './import-dialog.js';

/** What the import needs of the editor: the proposals' review needs the same, and focus. */
export type ImportHost = Pick<
  ProposalsHost,
  'element' | 'document' | 'language' | 'strings' | 'level' | 'change' | 'announce'
> & { focusLater(id: string): void };

export class ImportController implements ReactiveController {
  private dialog?: ImportDialog;
  private loading = false;
  /** Whether the dialog is open (the editor's keyboard shortcuts rest meanwhile). */
  isOpen = false;

  constructor(private readonly host: ImportHost) {
    host.element.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.host.element.shadowRoot?.getElementById('import-dialog') as HTMLDialogElement | null;
    if (dialog && !dialog.open) dialog.showModal();
  }

  async open(): Promise<void> {
    if (this.loading || this.isOpen || !this.host.document()) return;
    this.loading = true;
    try {
      const { ImportDialog, loadImportStrings } = await import('./import-dialog.js');
      await loadImportStrings(this.host.language().ui);
      this.dialog ??= new ImportDialog(this.host, () => this.close());
      this.dialog.reset();
      this.isOpen = true;
      this.host.element.requestUpdate();
    } finally {
      this.loading = false;
    }
  }

  private close(): void {
    this.isOpen = false;
    this.host.focusLater('import-open');
  }

  renderButton(): TemplateResult {
    return html`<button type="button" id="import-open" aria-haspopup="dialog" @click=${() => this.open()}>
      ${this.host.strings().importButton}
    </button>`;
  }

  renderDialog(): TemplateResult | typeof nothing {
    return this.isOpen && this.dialog ? this.dialog.render() : nothing;
  }
}
