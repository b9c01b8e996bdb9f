export { KoopElement } from './koop-element.js';
export { KoopWidget } from './koop-widget.js';
export { KoopDataElement } from './koop-data.element.js';
export { DocumentController, type DocumentSourceHost } from './document-controller.js';
export type { DocumentState } from './document-state.js';
export { koopDocumentContext, koopSelectionContext } from './context.js';
export { LinkedSelection, type KoopSelection, type LinkedItems } from './linked-selection.js';
export { linkedItems } from './linked-items.js';
export {
  KoopLoadEvent,
  KoopErrorEvent,
  KoopSelectEvent,
  type KoopSelectDetail,
  type SelectionKind,
  type KoopLoadDetail,
  type KoopErrorDetail,
  type LoadError,
  type LoadErrorKind,
} from './events.js';
export {
  loadDocument,
  clearDocumentCache,
  documentWork,
  parseDocumentText,
  absoluteUrl,
  DEFAULT_TIMEOUT_MS,
  MAX_DOCUMENT_BYTES,
  type LoadOutcome,
} from './loader.js';
export {
  resolveLanguage,
  localize,
  localized,
  otherLanguage,
  type LocalizedString,
  closeDirectionalControls,
  LocalizedStrings,
  loadMissing,
  type UiLanguage,
  type LanguageChoice,
} from './i18n.js';
export {
  formatDate,
  formatDateTime,
  formatDateRange,
  formatNumber,
  formatPercent,
  formatAmount,
  plural,
} from './format.js';
export { idFragment, decodeFragment } from './anchors.js';
export { coreStrings, type CoreStrings } from './strings.js';
export { themeStyles, titleSize, headerStyles, fieldLook } from './theme.styles.js';
export { searchField, selectField } from './filter-fields.js';
export { chevron } from './disclosure.js';
export { BoxIndex, placeBoxes, type Rect } from './box-index.js';
export { fontOf, textWidth } from './measure.js';
export { LONG_LIST, PrintController } from './print-controller.js';
export { safeUrl } from '@koop/schema';
export { safeLink } from './safe-link.js';
export { focusHere } from './focus.js';
export { saveBlob } from './save-blob.js';
export { RovingFocus, type RovingFocusOptions } from './controllers/roving-focus.js';
export { HashTarget } from './controllers/hash-target.js';
export { ElementSize, type ElementSizeOptions } from './controllers/element-size.js';
export { PanZoom, wheelPixels, type PanZoomOptions } from './controllers/pan-zoom.js';
export { OnDemand, type OnDemandModule } from './controllers/on-demand.js';
export { Memo } from './memo.js';
export { statusShape, statusIconStyles, type StatusShape } from './status-icon.js';
