import { KoopElement, loadMissing, resolveLanguage, themeStyles, type LanguageChoice } from '@koop/core';
import { validateDocument, type KoopDocument, type Problem } from '@koop/schema';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AutosaveController } from './autosave.js';
import { renderEditor, type EditorScreenContext } from './editor-screen.js';
import { editorStyles } from './editor.styles.js';
import { KoopEditorChangeEvent, KoopEditorDownloadEvent } from './events.js';
import { focusField, nearestField } from './field-base.js';
import { type FormContext } from './fields.js';
import { History, type Change, type ChangeAction, type HistoryEvent } from './history.js';
import { slug } from './ids.js';
import { ImportController } from './import/controller.js';
import { importStyles } from './import/import.styles.js';
import { hidesId, ItemEdits, listItems } from './item-edits.js';
import { enumLabel, fieldHint, fieldLabel, STRING_TABLES } from './labels.js';
import { listConfig, textIn, type TopList } from './lists.js';
import { applyPatch, deepFreeze, setOperations, toPointer, type Operation, type Path } from './patch.js';
import { PreviewController } from './preview.js';
import { indexProblems, problemMessage, type ProblemIndex } from './problems.js';
import { ProposalsController } from './proposals/controller.js';
import { proposalStyles } from './proposals/proposals.styles.js';
import { NEW_LIST_FILTER, type ListFilter, type Section, type View } from './sections.js';
import { serialize, updatedAtFor } from './serialize.js';
import { SnippetController } from './snippet.js';
import { UndoController } from './undo.js';
import {
  fetchOpened,
  formatTime,
  openFailedText,
  readOpened,
  renderStart,
  type OpenProblem,
} from './start-screen.js';
import type { ProposalMeta, SessionMeta, StoredSession } from './storage.js';
import { editorStrings, type EditorStrings } from './strings.js';

type Screen = 'loading' | 'start' | 'edit' | 'review';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Create and maintain a koop document without writing JSON: start from a blank document, the
 * co-production template, an address or a file; edit every part of the format in labelled forms
 * (German and English); see each problem of the data check at its field and in a summary; undo
 * and redo every change; see the document in the widgets beside the form; download it as JSON.
 * Work is saved in the browser (IndexedDB) after every change and restored after a reload. Only
 * the page that edits loads this element; no widget page needs it.
 *
 * Two modes work with the partners of a cooperation: "Änderung vorschlagen" (a partner opens the
 * published document, edits a copy and downloads a change proposal: a JSON Patch with tests,
 * who proposes it and a note) and "Vorschläge prüfen" (the coordination office opens the current
 * document and one or more proposals, accepts or rejects each change, resolves conflicts, and
 * applies them as one step that can be undone, with `updatedAt` set, an optional entry in the
 * public record and an answer to each proposer). Nothing is uploaded anywhere.
 *
 * "Importieren …" takes data from where it already lives: a file or an address in one of the
 * formats of `@koop/interop` (calendars, feeds, tables, …). The dialog shows what would change,
 * per list, lets the person untick changes, and applies the rest as one step that can be undone.
 * Only the address the person names is fetched; a source with errors changes nothing.
 *
 * @summary Edit a koop document in forms, with live check and preview.
 *
 * @prop {'de' | 'en' | string} lang - Language of the editor (attribute `lang`): `en…` tags give English, others German.
 *   Unset: the nearest `lang` of an ancestor, else `de`.
 * @attr src - Address of a document to open when there is no saved work to restore (e.g. the file a page shows).
 * @attr kit-url - Where the site provides the kit (the folder of `koop-autoloader.js`, or the full address of a script), for the embed snippet.
 * @attr storage-key - Name under which work is saved in the browser; two editors on one site keep apart with different keys. Default `koop-editor`.
 * @attr heading-level - Heading level (1–6) of the editor's top heading; default 2.
 *
 * @event koop-editor-change - The document changed, or one was opened or restored. `detail: { document, problems, change }`.
 * @event koop-editor-download - The reader downloads the document, a change proposal or an answer to a proposer. `detail: { text, fileName }`; cancel it to save the text another way.
 *
 * @csspart base - The editor's box.
 * @csspart toolbar - The bar with undo, redo, download and the save state.
 * @csspart sections - The navigation between the parts of the document.
 * @csspart form - The list or form being edited.
 * @csspart problems - The summary of the data check's problems.
 * @csspart preview - The live preview beside the form.
 * @csspart more - The button that shows more items of a long list.
 *
 * @cssprop --koop-color-text - Text colour.
 * @cssprop --koop-color-text-muted - Secondary text: hints, counts.
 * @cssprop --koop-color-surface - Background.
 * @cssprop --koop-color-surface-raised - Background of buttons, fields and panels.
 * @cssprop --koop-color-border - Borders of fields and panels.
 * @cssprop --koop-color-accent - Links, the current section.
 * @cssprop --koop-color-focus - Keyboard focus ring.
 * @cssprop --koop-color-success - The saved state.
 * @cssprop --koop-color-warning - Warnings of the data check.
 * @cssprop --koop-color-danger - Errors of the data check, delete buttons.
 * @cssprop --koop-color-neutral - Inactive states.
 * @cssprop --koop-font-family - Font; default: inherited from the page.
 * @cssprop --koop-radius - Corner radius of fields, buttons and panels.
 * @cssprop --koop-padding - Padding of the editor's box.
 */
export class KoopEditor extends KoopElement {
  static override styles = [themeStyles, editorStyles, proposalStyles, importStyles];

  static override properties = {
    lang: { type: String, reflect: true },
    src: { type: String },
    kitUrl: { type: String, attribute: 'kit-url' },
    storageKey: { type: String, attribute: 'storage-key' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Address of a document to open when there is no saved work to restore. */
  declare src: string | null;
  /** Where the site provides the kit, for the embed snippet. */
  declare kitUrl: string | null;
  /** Name under which work is saved in the browser. */
  declare storageKey: string;
  /** Heading level (1–6) of the top heading; default 2. */
  declare headingLevel: number;

  private language: LanguageChoice = { ui: 'de', locale: 'de' };
  private screen: Screen = 'loading';
  private doc?: KoopDocument;
  private history = new History();
  private meta: SessionMeta = { name: '', fileName: '', cleanRevision: 0, changedAt: 0 };
  private problems: Problem[] = [];
  private index: ProblemIndex = indexProblems([]);
  private view: View = { section: 'document', index: null };
  private filters = new Map<string, ListFilter>();
  private drafts = new Map<string, string>();
  private announcement = '';
  private notice = '';
  private startError = '';
  private previous?: StoredSession;
  private summaryOpen = true;
  private pendingFocus?: string;
  private started = false;
  /** Whether a document is being fetched. */
  private opening = false;
  /** What every controller of the editor reads of it. */
  private readonly shared = {
    element: this,
    document: () => this.doc,
    lang: () => this.language.ui,
    language: () => this.language,
    strings: () => this.strings,
    level: (depth: number) => this.level(depth),
    announce: (message: string) => this.announce(message),
    focusLater: (id: string) => this.focusLater(id),
  };
  private autosave = new AutosaveController({
    ...this.shared,
    key: () => this.storageKey,
    hasChanges: () => this.hasChanges,
    leaveWarning: () => this.strings.leaveWarning,
  });
  private undoer = new UndoController({
    ...this.shared,
    history: () => this.history,
    // Not behind the import dialog: its change list is worked out on the document as it is.
    editing: () => this.screen === 'edit' && !this.importer.isOpen,
    show: (document, change) => {
      // What was being typed gives way to the value undone or redone.
      this.drafts.clear();
      this.apply(document, change);
    },
    log: (event) => this.log(event),
    fallbackFocus: () => this.viewHeading(),
  });
  private edits = new ItemEdits({
    ...this.shared,
    change: (ops, action, path, key) => this.change(ops, action, path, key),
    seal: () => this.history.seal(),
    view: () => this.view,
    show: (view) => (this.view = view),
    update: () => this.requestUpdate(),
  });
  private preview = new PreviewController({
    ...this.shared,
    shown: () => this.screen === 'edit' && this.doc !== undefined,
    view: () => this.view,
    listItems: (list) => listItems(this.doc, list),
    hasErrors: () => this.index.errors > 0,
    openItem: (list, index) => this.openItem(list, index),
  });
  private snippet = new SnippetController({
    ...this.shared,
    fileName: () => this.fileName(),
    widgets: () => this.preview.widgets(),
    kitUrl: () => this.kitUrl,
  });
  /** Proposing changes to a published document, and reviewing proposals. */
  private proposals = new ProposalsController({
    ...this.shared,
    store: () => this.autosave.store,
    meta: () => this.meta,
    previousMeta: () => this.previous?.meta,
    begin: (document, fileName, proposal) => this.begin(document, fileName, undefined, undefined, proposal),
    change: (ops) => this.changeAsOneStep(ops),
    markClean: () => {
      this.meta = { ...this.meta, cleanRevision: this.history.revision };
      this.log(undefined);
    },
    show: (screen, focus) => {
      this.screen = screen;
      this.pendingFocus = focus;
      this.requestUpdate();
    },
    deliver: (text, fileName, type) => this.deliver(text, fileName, type),
  });

  /** "Importieren …": the dialog, the importers and the merge load when it is first opened. */
  private importer = new ImportController({
    ...this.shared,
    change: (ops) => this.changeAsOneStep(ops),
  });

  constructor() {
    super();
    this.src = null;
    this.kitUrl = null;
    this.storageKey = 'koop-editor';
    this.headingLevel = 2;
  }

  // ---------------------------------------------------------------------------------------
  // Public API

  /** The document being edited (frozen); undefined before one is opened. */
  get document(): KoopDocument | undefined {
    return this.doc;
  }

  /** What the data check finds in the document. */
  get documentProblems(): readonly Problem[] {
    return this.problems;
  }

  /** Whether the document has changes that have not been downloaded. */
  get hasChanges(): boolean {
    return this.doc !== undefined && this.history.revision !== this.meta.cleanRevision;
  }

  /** Resolves once the editor has restored its saved work (or shown the start) and written every change to the browser's storage. */
  async settled(): Promise<void> {
    while (this.screen === 'loading' || this.autosave.writing || this.opening)
      await new Promise((r) => setTimeout(r, 10));
    await this.updateComplete;
  }

  /**
   * Opens `document` (any JSON value that is an object; problems are shown, not refused) as a
   * new session. Work not yet downloaded stays in the browser as the previous session.
   */
  async open(document: unknown, fileName = ''): Promise<void> {
    if (!isRecord(document)) throw new TypeError('A koop document is a JSON object.');
    this.begin(structuredClone(document), fileName);
    await this.updateComplete;
  }

  /** Undoes the last change. */
  undo(): void {
    this.undoer.undo();
  }

  /** Redoes the last undone change. */
  redo(): void {
    this.undoer.redo();
  }

  /** The file as it would be downloaded now (without setting `updatedAt`). */
  serialized(): string {
    return this.doc ? serialize(this.doc) : '';
  }

  /**
   * Downloads the document: `updatedAt` is set when it changed since it was opened or last
   * downloaded, so downloading twice gives the same file.
   */
  download(): void {
    if (!this.doc) return;
    if (this.hasChanges)
      this.change(
        setOperations(this.doc, ['updatedAt'], updatedAtFor(this.doc.updatedAt, new Date())),
        'set',
        ['updatedAt'],
      );
    const text = serialize(this.doc);
    const fileName = this.fileName();
    this.meta = { ...this.meta, cleanRevision: this.history.revision };
    this.log(undefined);
    this.deliver(text, fileName);
    this.announce(this.strings.downloaded);
  }

  /** Hands a file to the reader: the download event first, then the browser's download. */
  private deliver(text: string, fileName: string, type = 'application/json'): void {
    const event = this.emit(new KoopEditorDownloadEvent({ text, fileName }));
    if (!event.defaultPrevented) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) {
      this.started = true;
      void this.restore();
    }
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    this.language = resolveLanguage(this);
    const loading = loadMissing(STRING_TABLES, this.language.ui);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The open list's search and filters, before rendering reads them.
    if (this.view.section !== 'document') this.filterOf(this.view.section);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const confirm = root.getElementById('confirm-remove') as HTMLDialogElement | null;
    if (confirm && !confirm.open) confirm.showModal();
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    if (focus) focusField(root, focus);
  }

  private get strings(): EditorStrings {
    return editorStrings.in(this.language.ui);
  }

  // ---------------------------------------------------------------------------------------
  // Sessions

  private async restore(): Promise<void> {
    const store = this.autosave.reopen();
    try {
      const [current, previous] = await Promise.all([store.load('current'), store.load('previous')]);
      this.previous = previous;
      if (current) {
        this.history = History.from(current.history);
        const document = this.history.replay(deepFreeze(current.document), current.events) as KoopDocument;
        this.meta = current.meta;
        void this.proposals.follow();
        this.screen = 'edit';
        this.apply(document);
        this.notice = this.strings.restored(formatTime(current.meta.changedAt, this.language.locale));
        this.autosave.state = 'saved';
        return;
      }
    } catch {
      this.autosave.state = 'failed';
    }
    this.screen = 'start';
    this.requestUpdate();
    if (this.src) await this.openUrl(this.src);
  }

  /** Starts a session with `document`, keeping unsaved work as the previous session. */
  private begin(
    document: unknown,
    fileName: string,
    history = new History(),
    cleanRevision = history.revision,
    proposal?: ProposalMeta,
  ): void {
    const store = this.autosave.store;
    if (this.doc && this.hasChanges) {
      const kept = { document: this.doc, history: this.history.snapshot(), meta: this.meta, events: [] };
      this.previous = kept;
      // Transactions on one store run in the order they are made: this one before the snapshot.
      this.autosave.write(store.keepAsPrevious(kept));
    }
    this.history = history;
    const frozen = deepFreeze(document) as KoopDocument;
    this.meta = {
      name: textIn(frozen.cooperation?.name, this.language.ui, frozen.lang),
      fileName,
      cleanRevision,
      changedAt: Date.now(),
      ...(proposal ? { proposal } : {}),
    };
    this.view = { section: 'document', index: null };
    this.filters.clear();
    this.drafts.clear();
    this.edits.fresh = undefined;
    this.notice = '';
    this.startError = '';
    this.screen = 'edit';
    this.apply(frozen);
    this.pendingFocus = 'editor-heading';
    this.autosave.write(store.snapshot(frozen, history.snapshot(), this.meta));
    void this.proposals.follow();
  }

  /** Writes one history event (or only the metadata) to the browser's storage. */
  private log(event: HistoryEvent | undefined): void {
    if (!this.autosave.opened || !this.doc) return;
    this.meta = {
      ...this.meta,
      name: textIn(this.doc.cooperation?.name, this.language.ui, this.doc.lang),
      changedAt: Date.now(),
    };
    this.autosave.append(event, this.meta, () =>
      this.doc ? this.autosave.store.snapshot(this.doc, this.history.snapshot(), this.meta) : undefined,
    );
  }

  private fileName(): string {
    if (this.meta.fileName) return this.meta.fileName;
    const name = slug(textIn(this.doc?.cooperation?.name, this.language.ui, this.doc?.lang));
    return `${name || 'kooperation'}.json`;
  }

  // ---------------------------------------------------------------------------------------
  // Changes

  /** Shows `document` and checks it. */
  private apply(document: KoopDocument, change?: Change): void {
    this.doc = document;
    this.problems = validateDocument(document).problems;
    this.index = indexProblems(this.problems);
    const list = this.view.section !== 'document' ? listItems(this.doc, this.view.section) : [];
    if (this.view.index !== null && this.view.index >= list.length) this.view = { ...this.view, index: null };
    this.emit(new KoopEditorChangeEvent({ document, problems: this.problems, change }));
    this.requestUpdate();
  }

  /** Applies `ops` as one step of the history. */
  private change(ops: Operation[], action: ChangeAction, path: Path, key?: string): void {
    if (!ops.length || !this.doc) return;
    const { root, inverse } = applyPatch(this.doc, ops);
    const incoming = { ops, inverse, action, path, key, time: Date.now() };
    const { change, merged } = this.history.record(incoming);
    this.apply(root as KoopDocument, change);
    this.log({ type: 'do', change: { ...incoming, before: change.before, after: change.after }, merged });
  }

  /** Applies `ops` as a step of its own, never joined with typing before or after. */
  private changeAsOneStep(ops: Operation[]): void {
    this.history.seal();
    this.change(ops, 'set', []);
    this.history.seal();
  }

  private announce(message: string): void {
    // The same words twice still need to be spoken twice.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
    this.requestUpdate();
  }

  /** Focus goes to the element with this id after the next update. */
  private focusLater(id: string): void {
    this.pendingFocus = id;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------------------------------
  // Navigation

  private openSection(section: Section): void {
    this.closeForm();
    this.view = { section, index: null };
    this.pendingFocus = 'section-heading';
    this.requestUpdate();
  }

  private openItem(list: TopList, index: number, focus = 'item-heading'): void {
    this.closeForm();
    this.view = { section: list, index };
    this.pendingFocus = focus;
    this.requestUpdate();
  }

  private closeForm(): void {
    this.edits.closeForm();
    this.history.seal();
  }

  private backToList(): void {
    const { section, index } = this.view;
    this.closeForm();
    this.view = { section, index: null };
    this.pendingFocus = index === null ? 'section-heading' : `item-${section}-${index}`;
    const filter = this.filterOf(section);
    if (index !== null && index >= filter.shown) filter.shown = index + 1;
    this.requestUpdate();
  }

  /** Opens the form that shows the field of `path` and puts focus on it. */
  private goTo(path: Path): void {
    const [section, index] = path;
    this.closeForm();
    if (typeof section === 'string' && listConfig(section) && typeof index === 'number')
      this.view = { section: section as TopList, index };
    else if (typeof section === 'string' && listConfig(section))
      this.view = { section: section as TopList, index: null };
    else this.view = { section: 'document', index: null };
    this.requestUpdate();
    void this.updateComplete.then(() =>
      // The field, else the nearest enclosing one that is shown.
      this.focusLater(nearestField(this.renderRoot as ShadowRoot, path) ?? this.viewHeading()),
    );
  }

  /** The heading of the form or list open. */
  private viewHeading(): string {
    return this.view.index === null ? 'section-heading' : 'item-heading';
  }

  private filterOf(list: string): ListFilter {
    let filter = this.filters.get(list);
    if (!filter) this.filters.set(list, (filter = NEW_LIST_FILTER()));
    return filter;
  }

  // ---------------------------------------------------------------------------------------
  // Opening documents

  private openText(text: string, fileName: string): void {
    const read = readOpened(text);
    if (read.ok) this.begin(read.value, fileName);
    else this.failOpen(read.failure);
  }

  private failOpen(failure: OpenProblem): void {
    this.startError = openFailedText(this.strings, failure);
    this.screen = 'start';
    this.focusLater('start-error');
  }

  private async openUrl(url: string): Promise<void> {
    this.startError = this.strings.opening;
    this.opening = true;
    this.requestUpdate();
    const result = await fetchOpened(url).finally(() => (this.opening = false));
    if (result.ok) this.openText(result.text, result.fileName);
    else this.failOpen(result.failure);
  }

  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    await this.openText(await file.text(), file.name);
  }

  private restorePrevious(): void {
    const previous = this.previous;
    if (!previous) return;
    const history = History.from(previous.history);
    const document = history.replay(deepFreeze(previous.document), previous.events);
    this.previous = undefined;
    // Forgotten first: the work open now may become the previous session in its place.
    if (this.autosave.opened) this.autosave.write(this.autosave.store.forgetPrevious());
    this.begin(
      document,
      previous.meta.fileName,
      history,
      previous.meta.cleanRevision,
      previous.meta.proposal,
    );
  }

  // ---------------------------------------------------------------------------------------
  // Rendering

  private level(depth = 0): number {
    const top = Number(this.headingLevel);
    return Math.min(6, Math.max(1, Number.isFinite(top) ? Math.round(top) : 2) + depth);
  }

  private get context(): FormContext {
    const s = this.strings;
    const lang = this.language.ui;
    return {
      document: this.doc!,
      s,
      lang,
      label: (path) => fieldLabel(s, path),
      hint: (path) => fieldHint(s, path),
      enumLabel: (path, value) => enumLabel(s, lang, path, value),
      problemsAt: (path) => this.index.byField.get(toPointer(path)) ?? [],
      message: (problem, label) => problemMessage(s, lang, problem, label),
      set: (path, value, typing) => this.edits.set(path, value, typing),
      commit: () => this.history.seal(),
      draft: (path) => this.drafts.get(toPointer(path)),
      setDraft: (path, raw) => {
        // Typing done: the field shows the stored value in its own form again.
        if (raw === undefined && this.drafts.delete(toPointer(path))) this.requestUpdate();
        else if (raw !== undefined) this.drafts.set(toPointer(path), raw);
      },
      renameId: (path, id) => this.edits.renameId(path, id),
      addItem: (path, item) => this.edits.addItem(path, item),
      removeItem: (path) => this.edits.requestRemove(path),
      moveItem: (path, delta) => this.edits.moveItem(path, delta),
      duplicateItem: (path) => this.edits.duplicateItem(path),
      followsName: (path) => this.edits.followsName(path),
      level: (depth) => this.level(depth),
    };
  }

  private get editorContext(): EditorScreenContext {
    const s = this.strings;
    const doc = this.doc!;
    const undo = this.history.nextUndo;
    const redo = this.history.nextRedo;
    return {
      s,
      lang: this.language.ui,
      document: doc,
      index: this.index,
      view: this.view,
      form: this.context,
      summaryOpen: this.summaryOpen,
      level: (depth) => this.level(depth),
      listItems: (list) => listItems(doc, list),
      filter: (list) => this.filters.get(list) ?? NEW_LIST_FILTER(),
      hidesId,
      setSummaryOpen: (open) => (this.summaryOpen = open),
      openSection: (section) => this.openSection(section),
      openItem: (list, index) => this.openItem(list, index),
      backToList: () => this.backToList(),
      goTo: (path) => this.goTo(path),
      addItem: (path, item) => this.edits.addItem(path, item),
      removeItem: (path, what) => this.edits.removeItem(path, what),
      cancelRemove: () => this.edits.cancelRemove(),
      focusLater: (id) => (this.pendingFocus = id),
      update: () => this.requestUpdate(),
      name: textIn(doc.cooperation?.name, this.language.ui, doc.lang),
      notice: this.notice,
      saveState: this.autosave.state,
      hasChanges: this.hasChanges,
      proposing: this.proposals.proposing,
      undoWhat: undo && this.undoer.describe(undo),
      redoWhat: redo && this.undoer.describe(redo),
      lastRemoved: this.edits.lastRemoved,
      pendingRemove: this.edits.pendingRemove,
      preview: () => this.preview.render(),
      snippet: () => (this.snippet.isOpen ? this.snippet.render() : nothing),
      proposalBanner: () => this.proposals.renderBanner(),
      proposalToolbar: () => this.proposals.renderToolbar(),
      proposalDialog: () => this.proposals.renderDialog(),
      importButton: () => this.importer.renderButton(),
      importDialog: () => this.importer.renderDialog(),
      newOrOpen: () => {
        this.screen = 'start';
        this.startError = '';
        this.focusLater('start-heading');
      },
      undo: () => this.undo(),
      redo: () => this.redo(),
      download: () => this.download(),
      openSnippet: () => this.snippet.open(),
    };
  }

  override render(): TemplateResult {
    const s = this.strings;
    return html`<div part="base" class="editor" lang=${this.language.ui}>
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${
        this.screen === 'loading'
          ? html`<p class="muted">${s.opening}</p>`
          : this.screen === 'start'
            ? renderStart({
                s,
                lang: this.language.ui,
                locale: this.language.locale,
                level: (depth) => this.level(depth),
                previous: this.previous,
                startError: this.startError,
                hasDocument: this.doc !== undefined,
                hasChanges: this.hasChanges,
                proposals: this.proposals.renderStart(),
                restorePrevious: () => this.restorePrevious(),
                begin: (document) => this.begin(document, ''),
                openUrl: (url) => void this.openUrl(url),
                openFile: (file) => void this.openFile(file),
                backToDocument: () => {
                  this.screen = 'edit';
                  this.focusLater('editor-heading');
                },
              })
            : this.screen === 'review'
              ? this.proposals.renderReview()
              : renderEditor(this.editorContext)
      }
    </div>`;
  }
}
