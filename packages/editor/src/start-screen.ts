// The start screen: restore the previous session, begin from the template or a blank document,
// or open an address or a file (read here, with the reason when it is no document).
import { fetchDocumentText, readDocumentText, type ReadFailure } from '@koop/core/read.js';
import { html, nothing, type TemplateResult } from 'lit';
import { urlForm } from './open-controls.js';
import type { StoredSession } from './storage.js';
import type { EditorStrings, OpenFailure } from './strings.js';
import { blankDocument, templateDocument } from './template.js';

/** What the start screen needs of the editor. */
export interface StartContext {
  s: EditorStrings;
  lang: 'de' | 'en';
  locale: string;
  level(depth?: number): number;
  /** Work kept from before the session open now, if any. */
  previous: StoredSession | undefined;
  /** Why the last document did not open, or that one is being opened. */
  startError: string;
  /** Whether a document is open (the reader may go back to it). */
  hasDocument: boolean;
  hasChanges: boolean;
  /** The start controls of the proposal modes. */
  proposals: TemplateResult | typeof nothing;
  restorePrevious(): void;
  begin(document: unknown): void;
  openUrl(url: string): void;
  openFile(file: File | undefined): void;
  backToDocument(): void;
}

/** Why a text or an address gave no document. */
export type OpenProblem = ReadFailure | { kind: 'not-a-document' };

type Opened<T> = ({ ok: true } & T) | { ok: false; failure: OpenProblem };

/** The document in `text`: any JSON object (its problems are shown, not refused). */
export function readOpened(text: string): Opened<{ value: Record<string, unknown> }> {
  const read = readDocumentText(text);
  if (!read.ok) return { ok: false, failure: read.failure };
  const value = read.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, failure: { kind: 'not-a-document' } };
  return { ok: true, value: value as Record<string, unknown> };
}

/** The text at `url`, and the file name it is downloaded under ('' unless it names a .json file). */
export async function fetchOpened(url: string): Promise<Opened<{ text: string; fileName: string }>> {
  const result = await fetchDocumentText(url.trim());
  if (!result.ok) return { ok: false, failure: result.failure! };
  const name = decodeURIComponent(new URL(url, window.document.baseURI).pathname.split('/').pop() ?? '');
  return { ok: true, text: result.text!, fileName: /\.json$/i.test(name) ? name : '' };
}

/** Why opening failed, in words (with the HTTP status or the line and column of a JSON error). */
export function openFailedText(s: EditorStrings, failure: OpenProblem): string {
  const detail =
    failure.kind === 'http'
      ? String(failure.status)
      : failure.kind === 'json' && failure.line
        ? `${failure.line}:${failure.column}`
        : undefined;
  return s.openFailed(failure.kind as OpenFailure, detail);
}

export const formatTime = (time: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);

export function renderStart(c: StartContext): TemplateResult {
  const { s, lang, previous } = c;
  return html`<section class="start" aria-labelledby="start-heading">
    <div role="heading" aria-level=${c.level()} id="start-heading" tabindex="-1">${s.startHeading}</div>
    <p>${s.startIntro}</p>
    ${
      c.startError
        ? html`<p id="start-error" tabindex="-1" role=${c.startError === s.opening ? 'status' : 'alert'}>
            ${c.startError}
          </p>`
        : nothing
    }
    <ul class="choices" role="list">
      ${
        previous
          ? html`<li>
              <button
                type="button"
                id="start-restore"
                aria-describedby="start-restore-hint"
                @click=${() => c.restorePrevious()}
              >
                ${s.startRestore(previous.meta.name || s.unnamed(s.heading, 1), formatTime(previous.meta.changedAt, c.locale))}
              </button>
              <p class="hint" id="start-restore-hint">${s.startRestoreHint}</p>
            </li>`
          : nothing
      }
      <li>
        <button
          type="button"
          id="start-template"
          aria-describedby="start-template-hint"
          @click=${() => c.begin(templateDocument(lang))}
        >
          ${s.startTemplate}
        </button>
        <p class="hint" id="start-template-hint">${s.startTemplateHint}</p>
      </li>
      <li>
        <button
          type="button"
          id="start-blank"
          aria-describedby="start-blank-hint"
          @click=${() => c.begin(blankDocument(lang))}
        >
          ${s.startBlank}
        </button>
        <p class="hint" id="start-blank-hint">${s.startBlankHint}</p>
      </li>
    </ul>
    ${urlForm('start-url', s.urlLabel, s.urlOpen, (url) => c.openUrl(url))}
    <div
      class="drop"
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        c.openFile(e.dataTransfer?.files[0]);
      }}
    >
      <label for="start-file">${s.fileLabel}</label>
      <input
        id="start-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="start-file-hint"
        @change=${(e: Event) => c.openFile((e.target as HTMLInputElement).files?.[0])}
      />
      <p class="hint" id="start-file-hint">${s.fileHint} ${s.dropHere}</p>
    </div>
    ${c.proposals}
    ${
      c.hasDocument
        ? html`<p>
              <button type="button" @click=${() => c.backToDocument()}>${s.backToDocument}</button>
            </p>
            <p class="hint">${c.hasChanges ? s.replaceWarning : ''}</p>`
        : nothing
    }
  </section>`;
}
