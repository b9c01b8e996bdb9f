export { KoopElement } from './koop-element.js';
export { KoopWidget } from './koop-widget.js';
export { KoopDataElement } from './koop-data.element.js';
export { DocumentController, type DocumentSourceHost } from './document-controller.js';
export type { DocumentState } from './document-state.js';
export { koopDocumentContext } from './context.js';
export {
  KoopLoadEvent,
  KoopErrorEvent,
  type KoopLoadDetail,
  type KoopErrorDetail,
  type LoadError,
  type LoadErrorKind,
} from './events.js';
export {
  loadDocument,
  clearDocumentCache,
  parseDocumentText,
  absoluteUrl,
  DEFAULT_TIMEOUT_MS,
  MAX_DOCUMENT_BYTES,
  type LoadOutcome,
} from './loader.js';
export { resolveLanguage, localize, LocalizedStrings, type UiLanguage, type LanguageChoice } from './i18n.js';
export { formatDate, formatDateTime, formatNumber, formatPercent, plural } from './format.js';
export { coreStrings, type CoreStrings } from './strings.js';
export { themeStyles } from './theme.styles.js';
export { safeUrl } from '@koop/schema';
export { safeLink } from './safe-link.js';
