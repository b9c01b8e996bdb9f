import type { KoopDocument, Problem } from '@koop/schema';
import type { Change } from './history.js';

export interface KoopEditorChangeDetail {
  /** The document as it is now (frozen: every change makes a new one). */
  document: KoopDocument;
  /** What the data check finds in it. */
  problems: Problem[];
  /** The step that changed it; unset when a document was opened or restored. */
  change?: Change;
}

export interface KoopEditorDownloadDetail {
  /** The file's content: stable key order, two-space indent. */
  text: string;
  fileName: string;
}

const init = { bubbles: true, composed: true } as const;

/** Fired after every change of the document, and when one is opened or restored. */
export class KoopEditorChangeEvent extends CustomEvent<KoopEditorChangeDetail> {
  static readonly type = 'koop-editor-change';
  constructor(detail: KoopEditorChangeDetail) {
    super(KoopEditorChangeEvent.type, { ...init, detail });
  }
}

/**
 * Fired when the reader downloads the document, a change proposal or an answer to a proposer;
 * cancel it to save the text another way.
 */
export class KoopEditorDownloadEvent extends CustomEvent<KoopEditorDownloadDetail> {
  static readonly type = 'koop-editor-download';
  constructor(detail: KoopEditorDownloadDetail) {
    super(KoopEditorDownloadEvent.type, { ...init, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'koop-editor-change': KoopEditorChangeEvent;
    'koop-editor-download': KoopEditorDownloadEvent;
  }
}
