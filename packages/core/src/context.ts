import { createContext } from '@lit/context';
import type { DocumentState } from './document-state.js';
import type { KoopSelection } from './linked-selection.js';

/** What `<koop-data>` shares with the widgets inside it. */
export const koopDocumentContext = createContext<DocumentState>(Symbol.for('koop-document'));

/** The selection `<koop-data>` shares between its widgets (linked views). */
export const koopSelectionContext = createContext<KoopSelection | null>(Symbol.for('koop-selection'));
