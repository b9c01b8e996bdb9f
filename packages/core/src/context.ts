import { createContext } from '@lit/context';
import type { DocumentState } from './document-state.js';

/** What `<koop-data>` shares with the widgets inside it. */
export const koopDocumentContext = createContext<DocumentState>(Symbol.for('koop-document'));
