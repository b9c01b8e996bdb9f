// The screen that edits a document: its heading and toolbar (undo, redo, download, the save
// state), the sections, the summary of problems, the form, the preview and the dialogs.
import { html, nothing, type TemplateResult } from 'lit';
import type { SaveState } from './autosave.js';
import {
  renderConfirmRemove,
  renderSection,
  renderSections,
  renderSummary,
  type PendingRemove,
  type SectionContext,
} from './sections.js';

/** What the editing screen needs of the editor, beyond the sections' context. */
export interface EditorScreenContext extends SectionContext {
  /** The cooperation's name in the UI language ('' when it has none). */
  name: string;
  notice: string;
  saveState: SaveState;
  hasChanges: boolean;
  /** Whether the session is a change proposal (it is not downloaded as a document). */
  proposing: boolean;
  /** What undo and redo would change, in words; undefined: nothing to undo or redo. */
  undoWhat: string | undefined;
  redoWhat: string | undefined;
  lastRemoved: string | undefined;
  pendingRemove: PendingRemove | undefined;
  preview(): TemplateResult;
  /** The snippet dialog, when it is open. */
  snippet(): TemplateResult | typeof nothing;
  proposalBanner(): TemplateResult | typeof nothing;
  proposalToolbar(): TemplateResult | typeof nothing;
  proposalDialog(): TemplateResult | typeof nothing;
  /** The toolbar's import button, and the import dialog when it is open. */
  importButton(): TemplateResult;
  importDialog(): TemplateResult | typeof nothing;
  newOrOpen(): void;
  undo(): void;
  redo(): void;
  download(): void;
  openSnippet(): void;
}

export function renderEditor(c: EditorScreenContext): TemplateResult {
  const { s, name } = c;
  return html`<div class="top">
      <div role="heading" aria-level=${c.level()} id="editor-heading" tabindex="-1">
        ${s.heading}${name ? `: ${name}` : ''}
      </div>
      ${renderToolbar(c)}
    </div>
    ${c.proposalBanner()} ${c.notice ? html`<p class="notice">${c.notice}</p>` : nothing}
    ${c.saveState === 'failed' ? html`<p role="alert">${s.saveFailed}</p>` : nothing} ${renderSections(c)}
    <div class="layout">
      <div class="work" part="form">
        ${renderSummary(c)}
        ${c.lastRemoved ? html`<p class="removed">${c.lastRemoved} <button type="button" class="small" @click=${() => c.undo()}>${s.undo}</button></p>` : nothing}
        ${renderSection(c)}
      </div>
      ${c.preview()}
    </div>
    ${c.pendingRemove ? renderConfirmRemove(c, c.pendingRemove) : nothing} ${c.snippet()}
    ${c.proposalDialog()} ${c.importDialog()}`;
}

function renderToolbar(c: EditorScreenContext): TemplateResult {
  const { s, undoWhat: undo, redoWhat: redo } = c;
  const state =
    c.saveState === 'saving'
      ? s.saving
      : c.saveState === 'saved'
        ? s.saved
        : c.saveState === 'failed'
          ? ''
          : '';
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${s.toolbar}>
    <button type="button" id="new-or-open" @click=${() => c.newOrOpen()}>${s.newOrOpen}</button>
    <button
      type="button"
      id="undo"
      aria-disabled=${undo ? 'false' : 'true'}
      aria-describedby="undo-what"
      @click=${() => c.undo()}
    >
      ${s.undo}
    </button>
    <span class="visually-hidden" id="undo-what">${undo ? s.undoWhat(undo) : s.nothingToUndo}</span>
    <button
      type="button"
      id="redo"
      aria-disabled=${redo ? 'false' : 'true'}
      aria-describedby="redo-what"
      @click=${() => c.redo()}
    >
      ${s.redo}
    </button>
    <span class="visually-hidden" id="redo-what">${redo ? s.redoWhat(redo) : s.nothingToRedo}</span>
    ${
      c.proposing
        ? nothing
        : html`<button type="button" id="download" @click=${() => c.download()}>${s.download}</button>
            <button type="button" id="snippet" @click=${() => c.openSnippet()}>${s.copySnippet}</button>`
    }
    ${c.importButton()} ${c.proposalToolbar()}
    <p class="save-state">
      <span class="saved-state ${c.saveState}">${state}</span>
      ${c.hasChanges ? html`<span class="changes">${s.notDownloaded}</span>` : nothing}
    </p>
  </div>`;
}
