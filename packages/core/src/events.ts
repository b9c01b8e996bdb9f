import type { KoopDocument, Problem } from '@koop/schema';

/** Why a document could not be shown. */
export type LoadErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'redirect'
  | 'empty'
  | 'not-json'
  | 'json'
  | 'too-large'
  | 'invalid'
  | 'version';

export interface LoadError {
  kind: LoadErrorKind;
  /** The document URL, when the document came from one. */
  url?: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** Technical detail (parser message, status text); shown to the reader as secondary text. */
  detail?: string;
  /** For `invalid` and `version`: every problem found, each with its JSON path. */
  problems: Problem[];
}

export interface KoopLoadDetail {
  document: KoopDocument;
  url?: string;
  /** Warnings the validator found; the document is shown regardless. */
  problems: Problem[];
}

export type KoopErrorDetail = LoadError & {
  /** True when a refresh failed and the last good document is still shown. */
  stale: boolean;
};

/** What a linked selection can point at. */
export type SelectionKind = 'actor' | 'goal' | 'milestone';

export interface KoopSelectDetail {
  kind: SelectionKind;
  /** Id of the selected item; null when the selection was cleared. */
  id: string | null;
  /** The widget the reader selected in. */
  source?: Element;
}

const init = { bubbles: true, composed: true } as const;

/** Fired when a document has been loaded (or reloaded with new content) and validated. */
export class KoopLoadEvent extends CustomEvent<KoopLoadDetail> {
  static readonly type = 'koop-load';
  constructor(detail: KoopLoadDetail) {
    super(KoopLoadEvent.type, { ...init, detail });
  }
}

/** Fired when a document cannot be loaded or is invalid; the widget shows why. */
export class KoopErrorEvent extends CustomEvent<KoopErrorDetail> {
  static readonly type = 'koop-error';
  constructor(detail: KoopErrorDetail) {
    super(KoopErrorEvent.type, { ...init, detail });
  }
}

/**
 * Fired when the reader selects an actor, goal or milestone in a widget (or clears the
 * selection); `<koop-data>` shares it with the other widgets inside it.
 */
export class KoopSelectEvent extends CustomEvent<KoopSelectDetail> {
  static readonly type = 'koop-select';
  constructor(detail: KoopSelectDetail) {
    super(KoopSelectEvent.type, { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'koop-load': KoopLoadEvent;
    'koop-error': KoopErrorEvent;
    'koop-select': KoopSelectEvent;
  }
}
