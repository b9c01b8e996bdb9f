import type { KoopDocument, Problem } from '@koop/schema';
import type { LoadError } from './events.js';

/** Where a widget's document stands. */
export interface DocumentState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The last good document; kept while a refresh fails. */
  document?: KoopDocument;
  /** Warnings about `document`. */
  problems: Problem[];
  /** The current failure: with `status: 'error'` nothing can be shown, with `ready` it is stale. */
  error?: LoadError;
  url?: string;
  /**
   * The reader asked for this load (a retry or a reload), so the widgets say how it went; a
   * first load or a timed refresh is not announced.
   */
  requested?: boolean;
}

export const IDLE: DocumentState = Object.freeze({ status: 'idle', problems: [] }) as DocumentState;
