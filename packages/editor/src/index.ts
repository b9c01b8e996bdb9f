export { KoopEditor } from './editor.element.js';
export {
  KoopEditorChangeEvent,
  KoopEditorDownloadEvent,
  type KoopEditorChangeDetail,
  type KoopEditorDownloadDetail,
} from './events.js';
export {
  History,
  type Change,
  type ChangeAction,
  type HistoryEvent,
  type HistorySnapshot,
} from './history.js';
export {
  applyPatch,
  applyOperation,
  composePatches,
  deepEqual,
  deepFreeze,
  fromPointer,
  getAt,
  setOperations,
  toPointer,
  PatchError,
  type Operation,
  type Path,
} from './patch.js';
export { serialize, updatedAtFor } from './serialize.js';
export { slug, uniqueId } from './ids.js';
export { fieldInfo, fieldPathOf, schemaAt, type FieldInfo, type FieldKind } from './schema-form.js';
export { blankDocument, templateDocument } from './template.js';
export { editorStrings, type EditorStrings } from './strings.js';
export {
  canonicalJson,
  contentHash,
  createProposal,
  proposalPatch,
  type ProposalAuthor,
} from './proposals/create.js';
export {
  applyReview,
  changesOf,
  locate,
  reviewChanges,
  type Decision,
  type Located,
  type ProposedChange,
  type ReviewedChange,
  type ReviewProposal,
} from './proposals/changes.js';
export { readProposal, type ReadProposal, type Refusal } from './proposals/read.js';
