import {
  KoopElement,
  loadMissing,
  resolveLanguage,
  themeStyles,
  type KoopSelectEvent,
  type LanguageChoice,
  type SelectionKind,
} from '@koop/core';
import { fetchDocumentText, readDocumentText, type ReadFailure } from '@koop/core/read.js';
import { koopSchema, validateDocument, walkSchema, type KoopDocument, type Problem } from '@koop/schema';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { editorStyles } from './editor.styles.js';
import { KoopEditorChangeEvent, KoopEditorDownloadEvent } from './events.js';
import { fieldId, itemActions, renderField, renderFields, type FormContext } from './fields.js';
import { History, type Change, type ChangeAction, type HistoryEvent } from './history.js';
import { slug, uniqueId } from './ids.js';
import { enumLabel, fieldHint, fieldLabel, STRING_TABLES } from './labels.js';
import {
  itemName,
  LISTS,
  listConfig,
  PREVIEW_WIDGETS,
  SELECTION_LISTS,
  textIn,
  type TopList,
} from './lists.js';
import {
  applyPatch,
  deepFreeze,
  getAt,
  setOperations,
  toPointer,
  type Operation,
  type Path,
} from './patch.js';
import { describeWhere, indexProblems, problemMessage, type ProblemIndex } from './problems.js';
import { isRequired, resolve } from './schema-form.js';
import { serialize, updatedAtFor } from './serialize.js';
import { urlForm } from './open-controls.js';
import { ProposalsController } from './proposals/controller.js';
import { proposalStyles } from './proposals/proposals.styles.js';
import {
  COMPACT_AFTER,
  SessionStore,
  type ProposalMeta,
  type SessionMeta,
  type StoredSession,
} from './storage.js';
import { editorStrings, type EditorStrings, type OpenFailure, type WidgetTag } from './strings.js';
import { blankDocument, templateDocument } from './template.js';

type Section = 'document' | TopList;
type Screen = 'loading' | 'start' | 'edit' | 'review';
type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
type PreviewChoice = 'auto' | 'all' | WidgetTag;

interface View {
  section: Section;
  /** The item whose form is open; null: the list. */
  index: number | null;
}

interface ListFilter {
  query: string;
  /** Enumeration field → value. */
  values: Record<string, string>;
  onlyProblems: boolean;
  /** How many items are shown. */
  shown: number;
}

interface PendingRemove {
  path: Path;
  what: string;
  references: Path[];
}

const PAGE = 50;
const NEW_LIST_FILTER = (): ListFilter => ({ query: '', values: {}, onlyProblems: false, shown: PAGE });
const SECTIONS: readonly Section[] = ['document', ...LISTS.map((list) => list.list)];

/** Widget modules, loaded the first time the preview shows them. */
const WIDGET_MODULES: Record<WidgetTag | 'koop-data', () => Promise<unknown>> = {
  'koop-data': () => import('@koop/core/koop-data.js'),
  'koop-goal-tracker': () => import('@koop/goal-tracker/koop-goal-tracker.js'),
  'koop-milestone-timeline': () => import('@koop/milestone-timeline/koop-milestone-timeline.js'),
  'koop-partner-map': () => import('@koop/partner-map/koop-partner-map.js'),
  'koop-role-matrix': () => import('@koop/role-matrix/koop-role-matrix.js'),
  'koop-transparency-feed': () => import('@koop/transparency-feed/koop-transparency-feed.js'),
};

/** Objects that stay when their last field is removed: list items, the document, the cooperation. */
const keepEmpty = (path: Path) =>
  path.length === 0 ||
  typeof path[path.length - 1] === 'number' ||
  (path.length === 1 && path[0] === 'cooperation');

const formatTime = (time: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);

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
  static override styles = [themeStyles, editorStyles, proposalStyles];

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
  private store?: SessionStore;
  private saveState: SaveState = 'idle';
  private pendingWrites = 0;
  private view: View = { section: 'document', index: null };
  private filters = new Map<string, ListFilter>();
  private drafts = new Map<string, string>();
  /** The item whose id still follows its name (new in this form). */
  private fresh?: { list: string; id: string };
  private previewChoice: PreviewChoice = 'auto';
  private loadedWidgets = new Set<string>();
  private announcement = '';
  private notice = '';
  private startError = '';
  private previous?: StoredSession;
  private pendingRemove?: PendingRemove;
  private lastRemoved?: string;
  private snippetOpen = false;
  private snippetUrl = '';
  private snippetText = '';
  private snippetStatus = '';
  private summaryOpen = true;
  private pendingFocus?: string;
  private compactTimer?: ReturnType<typeof setTimeout>;
  private started = false;
  /** Whether a document is being fetched. */
  private opening = false;
  /** Proposing changes to a published document, and reviewing proposals. */
  private proposals = new ProposalsController({
    element: this,
    document: () => this.doc,
    language: () => this.language,
    strings: () => this.strings,
    level: (depth) => this.level(depth),
    store: () => (this.store ??= new SessionStore(this.storageKey)),
    meta: () => this.meta,
    previousMeta: () => this.previous?.meta,
    begin: (document, fileName, proposal) => this.begin(document, fileName, undefined, undefined, proposal),
    change: (ops) => {
      this.history.seal();
      this.change(ops, 'set', []);
      this.history.seal();
    },
    markClean: () => {
      this.meta = { ...this.meta, cleanRevision: this.history.revision };
      this.log(undefined);
    },
    show: (screen, focus) => {
      this.screen = screen;
      this.pendingFocus = focus;
      this.requestUpdate();
    },
    announce: (message) => this.announce(message),
    deliver: (text, fileName, type) => this.deliver(text, fileName, type),
  });

  constructor() {
    super();
    this.src = null;
    this.kitUrl = null;
    this.storageKey = 'koop-editor';
    this.headingLevel = 2;
    this.addEventListener('keydown', this.onKeydown);
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
    while (this.screen === 'loading' || this.pendingWrites > 0 || this.opening)
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
    this.step('undo');
  }

  /** Redoes the last undone change. */
  redo(): void {
    this.step('redo');
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
    window.addEventListener('beforeunload', this.onBeforeUnload);
    if (!this.started) {
      this.started = true;
      void this.restore();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    this.language = resolveLanguage(this);
    const loading = loadMissing(STRING_TABLES, this.language.ui);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const confirm = root.getElementById('confirm-remove') as HTMLDialogElement | null;
    if (confirm && !confirm.open) confirm.showModal();
    const snippet = root.getElementById('snippet-dialog') as HTMLDialogElement | null;
    if (snippet && !snippet.open) snippet.showModal();
    if (this.pendingFocus) {
      const target = root.getElementById(this.pendingFocus);
      this.pendingFocus = undefined;
      // A field group: its first control; a heading or region: itself.
      const control = target?.matches('input, select, textarea, button')
        ? target
        : (target?.querySelector<HTMLElement>('input, select, textarea') ??
          target?.querySelector<HTMLElement>('button:not([disabled])') ??
          target);
      (control as HTMLElement | null)?.focus();
    }
  }

  private step(direction: 'undo' | 'redo'): void {
    const change = direction === 'undo' ? this.history.undo() : this.history.redo();
    if (!change || !this.doc) return;
    // What was being typed gives way to the value undone or redone.
    this.drafts.clear();
    this.apply(
      applyPatch(this.doc, direction === 'undo' ? change.inverse : change.ops).root as KoopDocument,
      change,
    );
    this.keepFocus(change.path);
    this.log({ type: direction });
    const what = this.describeChange(change);
    this.announce(direction === 'undo' ? this.strings.undone(what) : this.strings.redone(what));
  }

  /**
   * When undo or redo removes the focused field (an item added, then taken back), focus moves
   * to what changed, or the nearest part still shown, so the keyboard stays in the editor.
   */
  private keepFocus(path: Path): void {
    if (!(this.renderRoot as ShadowRoot).activeElement) return;
    void this.updateComplete.then(() => {
      const root = this.renderRoot as ShadowRoot;
      if (root.activeElement) return;
      const candidates = Array.from({ length: path.length }, (_, i) =>
        fieldId(path.slice(0, path.length - i)),
      );
      this.pendingFocus =
        candidates.find((id) => root.getElementById(id)) ??
        (this.view.index === null ? 'section-heading' : 'item-heading');
      this.requestUpdate();
    });
  }

  private get strings(): EditorStrings {
    return editorStrings.in(this.language.ui);
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.hasChanges) return;
    event.preventDefault();
    event.returnValue = this.strings.leaveWarning;
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || this.screen !== 'edit') return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    // The editor's history, not the text field's own.
    event.preventDefault();
  };

  // ---------------------------------------------------------------------------------------
  // Sessions

  private async restore(): Promise<void> {
    this.store = new SessionStore(this.storageKey);
    try {
      const [current, previous] = await Promise.all([
        this.store.load('current'),
        this.store.load('previous'),
      ]);
      this.previous = previous;
      if (current) {
        this.history = History.from(current.history);
        const document = this.history.replay(deepFreeze(current.document), current.events) as KoopDocument;
        this.meta = current.meta;
        void this.proposals.follow();
        this.screen = 'edit';
        this.apply(document);
        this.notice = this.strings.restored(formatTime(current.meta.changedAt, this.language.locale));
        this.saveState = 'saved';
        return;
      }
    } catch {
      this.saveState = 'failed';
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
    const store = this.store ?? (this.store = new SessionStore(this.storageKey));
    if (this.doc && this.hasChanges) {
      const kept = { document: this.doc, history: this.history.snapshot(), meta: this.meta, events: [] };
      this.previous = kept;
      // Transactions on one store run in the order they are made: this one before the snapshot.
      this.write(store.keepAsPrevious(kept));
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
    this.fresh = undefined;
    this.notice = '';
    this.startError = '';
    this.screen = 'edit';
    this.apply(frozen);
    this.pendingFocus = 'editor-heading';
    this.write(store.snapshot(frozen, history.snapshot(), this.meta));
    void this.proposals.follow();
  }

  private write(pending: Promise<void>): void {
    this.pendingWrites++;
    this.saveState = 'saving';
    pending.then(
      () => {
        this.pendingWrites--;
        if (!this.pendingWrites && this.saveState !== 'failed') this.saveState = 'saved';
        this.requestUpdate();
      },
      () => {
        this.pendingWrites--;
        this.saveState = 'failed';
        this.requestUpdate();
      },
    );
  }

  /** Writes one history event (or only the metadata) to the browser's storage. */
  private log(event: HistoryEvent | undefined): void {
    if (!this.store || !this.doc) return;
    this.meta = {
      ...this.meta,
      name: textIn(this.doc.cooperation?.name, this.language.ui, this.doc.lang),
      changedAt: Date.now(),
    };
    this.write(this.store.append(event, this.meta));
    if (this.store.logged >= COMPACT_AFTER) {
      clearTimeout(this.compactTimer);
      // A quiet moment: one snapshot instead of a long log to replay.
      this.compactTimer = setTimeout(() => {
        if (this.doc && this.store)
          this.write(this.store.snapshot(this.doc, this.history.snapshot(), this.meta));
      }, 2000);
    }
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
    const list = this.view.section !== 'document' ? this.listItems(this.view.section) : [];
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

  private describeChange(change: Change): string {
    return this.strings.change(
      change.action,
      describeWhere(this.strings, this.language.ui, this.doc!, change.path),
    );
  }

  private announce(message: string): void {
    // The same words twice still need to be spoken twice.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
    this.requestUpdate();
  }

  private listItems(list: string): unknown[] {
    const items = (this.doc as unknown as Record<string, unknown> | undefined)?.[list];
    return Array.isArray(items) ? items : [];
  }

  private idsOf(list: string): Set<string> {
    return new Set(
      this.listItems(list).flatMap((item) =>
        isRecord(item) && typeof item.id === 'string' ? [item.id] : [],
      ),
    );
  }

  /** Whether items of a top-level list need an id (the format requires one). */
  private needsId(list: string): boolean {
    const items = resolve(koopSchema.properties?.[list] ?? {}).items;
    return items ? isRequired(items, 'id') : false;
  }

  /** An optional id is shown only where there is one: relations and the like need none. */
  private hidesId(list: string, item: unknown): boolean {
    return !this.needsId(list) && !(isRecord(item) && 'id' in item);
  }

  /** Every place that refers to the item `id` of `list`. */
  private referencesTo(list: string, id: string): Path[] {
    const refs = walkSchema(koopSchema, this.doc)
      .refs.filter((ref) => ref.list === list && ref.id === id)
      .map((ref) => ref.path);
    // Conflict rules name roles without the schema saying so (they may also name role types).
    if (list === 'roles')
      this.listItems('conflictRules').forEach((rule, i) => {
        const roles = isRecord(rule) && Array.isArray(rule.roles) ? rule.roles : [];
        roles.forEach((role, k) => role === id && refs.push(['conflictRules', i, 'roles', k]));
      });
    return refs;
  }

  private set(path: Path, value: unknown, typing = false): void {
    if (!this.doc) return;
    const ops = setOperations(this.doc, path, value, keepEmpty);
    // A new item's id follows its name while its form is open and nothing refers to it.
    const [list, index, field] = path;
    const fresh = this.fresh;
    if (
      fresh &&
      fresh.list === list &&
      typeof index === 'number' &&
      (field === 'name' || field === 'title') &&
      path.length <= 4
    ) {
      const item = this.listItems(fresh.list)[index];
      if (isRecord(item) && item.id === fresh.id) {
        const next = applyPatch(this.doc, ops).root as KoopDocument;
        const name = textIn(getAt(next, [list, index, field]), this.language.ui, next.lang);
        const taken = this.idsOf(fresh.list);
        taken.delete(fresh.id);
        const id = uniqueId(name, taken, this.strings.items[fresh.list] ?? fresh.list);
        if (id !== fresh.id && !this.referencesTo(fresh.list, fresh.id).length) {
          ops.push({ op: 'replace', path: toPointer([list, index, 'id']), value: id });
          this.fresh = { list: fresh.list, id };
        }
      }
    }
    this.change(ops, 'set', path, typing ? toPointer(path) : undefined);
  }

  private renameId(path: Path, id: string): void {
    if (!this.doc) return;
    const old = getAt(this.doc, path);
    const list = String(path[0]);
    const ops: Operation[] = [{ op: 'replace', path: toPointer(path), value: id }];
    if (typeof old === 'string')
      for (const ref of this.referencesTo(list, old))
        ops.push({ op: 'replace', path: toPointer(ref), value: id });
    this.fresh = undefined;
    this.history.seal();
    this.change(ops, 'rename-id', path);
  }

  private addItem(listPath: Path, item: unknown): void {
    if (!this.doc) return;
    const top = listPath.length === 1;
    const list = String(listPath[0]);
    let value = item;
    if (top && this.needsId(list)) {
      const id = uniqueId(this.strings.items[list] ?? list, this.idsOf(list), list);
      value = { id };
      this.fresh = { list, id };
    }
    const existing = getAt(this.doc, listPath);
    const count = Array.isArray(existing) ? existing.length : 0;
    const ops: Operation[] = Array.isArray(existing)
      ? [{ op: 'add', path: `${toPointer(listPath)}/-`, value }]
      : setOperations(this.doc, listPath, [value], keepEmpty);
    this.history.seal();
    const itemPath = [...listPath, count];
    this.change(ops, 'add', itemPath);
    this.history.seal();
    const noun = this.strings.items[String(listPath[listPath.length - 1])] ?? '';
    this.announce(this.strings.added(`${noun} ${count + 1}`));
    if (top) {
      this.view = { section: list as TopList, index: count };
      this.pendingFocus = this.firstFieldId(list as TopList, count);
    } else {
      this.pendingFocus = fieldId(itemPath);
    }
  }

  /** The id of the first field of an item's form (where focus goes for a new item). */
  private firstFieldId(list: TopList, index: number): string {
    const schema = resolve(resolve(koopSchema.properties![list]).items!);
    const first = Object.keys(schema.properties ?? {}).find((name) => name !== 'id') ?? 'id';
    return fieldId([list, index, first]);
  }

  private duplicateItem(path: Path): void {
    if (!this.doc) return;
    const item = structuredClone(getAt(this.doc, path)) as unknown;
    const index = path[path.length - 1] as number;
    const list = String(path[0]);
    const top = path.length === 2;
    if (top && isRecord(item) && typeof item.id === 'string') {
      const name = itemName(this.doc, list, item, this.language.ui);
      item.id = uniqueId(name || item.id, this.idsOf(list), list);
      this.fresh = { list, id: item.id as string };
    }
    const target = [...path.slice(0, -1), index + 1];
    this.history.seal();
    this.change([{ op: 'add', path: toPointer(target), value: item }], 'duplicate', target);
    this.history.seal();
    const noun = this.strings.items[String(path[path.length - 2])] ?? '';
    this.announce(this.strings.added(`${noun} ${index + 2}`));
    if (top) {
      this.view = { section: list as TopList, index: index + 1 };
      this.pendingFocus = 'item-heading';
    } else {
      this.pendingFocus = fieldId(target);
    }
  }

  private moveItem(path: Path, delta: number): void {
    if (!this.doc) return;
    const index = path[path.length - 1] as number;
    const list = getAt(this.doc, path.slice(0, -1));
    const to = index + delta;
    if (!Array.isArray(list) || to < 0 || to >= list.length) return;
    const target = [...path.slice(0, -1), to];
    this.history.seal();
    this.change([{ op: 'move', from: toPointer(path), path: toPointer(target) }], 'move', target);
    this.history.seal();
    const name = path.length === 2 ? itemName(this.doc, String(path[0]), list[index], this.language.ui) : '';
    this.announce(
      this.strings.moved(name || `${this.strings.items[String(path[path.length - 2])] ?? ''}`, to + 1),
    );
    // Focus stays on the button pressed, on the item in its new place (the other one at an end).
    if (path.length === 2) this.view = { ...this.view, index: to };
    const prefix = path.length === 2 ? 'item' : fieldId(target, 'a');
    const atEnd = delta < 0 ? to === 0 : to === list.length - 1;
    this.pendingFocus = `${prefix}-${delta < 0 !== atEnd ? 'up' : 'down'}`;
  }

  /** Deletes an item; for an actor, goal … that something refers to, after saying what. */
  private requestRemove(path: Path): void {
    if (!this.doc) return;
    const item = getAt(this.doc, path);
    const list = String(path[path.length - 2]);
    const references =
      path.length === 2 && isRecord(item) && typeof item.id === 'string' && this.needsId(list)
        ? this.referencesTo(list, item.id)
        : [];
    const what = this.itemTitle(path);
    if (references.length) {
      this.pendingRemove = { path, what, references };
      this.requestUpdate();
      return;
    }
    this.removeItem(path, what);
  }

  private itemTitle(path: Path): string {
    const list = String(path[path.length - 2]);
    const index = path[path.length - 1] as number;
    const name = itemName(this.doc!, list, getAt(this.doc, path), this.language.ui);
    const noun = this.strings.items[list] ?? list;
    return name ? `${noun} „${name}“` : `${noun} ${index + 1}`;
  }

  private removeItem(path: Path, what: string): void {
    const index = path[path.length - 1] as number;
    this.pendingRemove = undefined;
    this.history.seal();
    this.change([{ op: 'remove', path: toPointer(path) }], 'remove', path);
    this.history.seal();
    this.lastRemoved = this.strings.removed(what);
    this.announce(this.lastRemoved);
    if (path.length === 2) {
      const list = path[0] as TopList;
      const count = this.listItems(list).length;
      this.view = { section: list, index: null };
      this.pendingFocus = count ? `item-${list}-${Math.min(index, count - 1)}` : `add-${list}`;
    } else {
      const listPath = path.slice(0, -1);
      const count = (getAt(this.doc, listPath) as unknown[] | undefined)?.length ?? 0;
      this.pendingFocus = count
        ? fieldId([...listPath, Math.min(index, count - 1)])
        : `${fieldId(listPath)}-add`;
    }
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
    this.fresh = undefined;
    this.history.seal();
    this.lastRemoved = undefined;
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
    // The field, else the nearest enclosing one that is shown.
    const candidates = Array.from({ length: path.length }, (_, i) => fieldId(path.slice(0, path.length - i)));
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const root = this.renderRoot as ShadowRoot;
      const found = candidates.find((id) => root.getElementById(id));
      this.pendingFocus = found ?? (this.view.index !== null ? 'item-heading' : 'section-heading');
      this.requestUpdate();
    });
  }

  private onPreviewSelect = (kind: SelectionKind, id: string | null) => {
    if (!id || !this.doc) return;
    const list = SELECTION_LISTS[kind];
    const index = this.listItems(list).findIndex((item) => isRecord(item) && item.id === id);
    if (index >= 0 && (this.view.section !== list || this.view.index !== index)) this.openItem(list, index);
  };

  private filterOf(list: string): ListFilter {
    let filter = this.filters.get(list);
    if (!filter) this.filters.set(list, (filter = NEW_LIST_FILTER()));
    return filter;
  }

  // ---------------------------------------------------------------------------------------
  // Opening documents

  private async openText(text: string, fileName: string): Promise<void> {
    const read = readDocumentText(text);
    if (!read.ok) return this.failOpen(read.failure);
    if (!isRecord(read.value)) return this.failOpen({ kind: 'not-a-document' });
    this.begin(read.value, fileName);
  }

  private failOpen(failure: ReadFailure | { kind: 'not-a-document' }): void {
    const detail =
      failure.kind === 'http'
        ? String(failure.status)
        : failure.kind === 'json' && failure.line
          ? `${failure.line}:${failure.column}`
          : undefined;
    this.startError = this.strings.openFailed(failure.kind as OpenFailure, detail);
    this.screen = 'start';
    this.pendingFocus = 'start-error';
    this.requestUpdate();
  }

  private async openUrl(url: string): Promise<void> {
    this.startError = this.strings.opening;
    this.opening = true;
    this.requestUpdate();
    const result = await fetchDocumentText(url.trim()).finally(() => (this.opening = false));
    if (!result.ok) return this.failOpen(result.failure!);
    const name = decodeURIComponent(new URL(url, window.document.baseURI).pathname.split('/').pop() ?? '');
    await this.openText(result.text!, /\.json$/i.test(name) ? name : '');
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
    if (this.store) this.write(this.store.forgetPrevious());
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
      set: (path, value, typing) => this.set(path, value, typing),
      commit: () => this.history.seal(),
      draft: (path) => this.drafts.get(toPointer(path)),
      setDraft: (path, raw) => {
        // Typing done: the field shows the stored value in its own form again.
        if (raw === undefined && this.drafts.delete(toPointer(path))) this.requestUpdate();
        else if (raw !== undefined) this.drafts.set(toPointer(path), raw);
      },
      renameId: (path, id) => this.renameId(path, id),
      addItem: (path, item) => this.addItem(path, item),
      removeItem: (path) => this.requestRemove(path),
      moveItem: (path, delta) => this.moveItem(path, delta),
      duplicateItem: (path) => this.duplicateItem(path),
      followsName: (path) =>
        Boolean(
          this.fresh &&
          path.length === 3 &&
          path[0] === this.fresh.list &&
          getAt(this.doc, path) === this.fresh.id,
        ),
      level: (depth) => this.level(depth),
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
            ? this.renderStart()
            : this.screen === 'review'
              ? this.proposals.renderReview()
              : this.renderEditor()
      }
    </div>`;
  }

  private renderStart(): TemplateResult {
    const s = this.strings;
    const previous = this.previous;
    const lang = this.language.ui;
    return html`<section class="start" aria-labelledby="start-heading">
      <div role="heading" aria-level=${this.level()} id="start-heading" tabindex="-1">${s.startHeading}</div>
      <p>${s.startIntro}</p>
      ${
        this.startError
          ? html`<p id="start-error" tabindex="-1" role=${this.startError === s.opening ? 'status' : 'alert'}>
              ${this.startError}
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
                  @click=${() => this.restorePrevious()}
                >
                  ${s.startRestore(previous.meta.name || s.unnamed(s.heading, 1), formatTime(previous.meta.changedAt, this.language.locale))}
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
            @click=${() => this.begin(templateDocument(lang), '')}
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
            @click=${() => this.begin(blankDocument(lang), '')}
          >
            ${s.startBlank}
          </button>
          <p class="hint" id="start-blank-hint">${s.startBlankHint}</p>
        </li>
      </ul>
      ${urlForm('start-url', s.urlLabel, s.urlOpen, (url) => void this.openUrl(url))}
      <div
        class="drop"
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          void this.openFile(e.dataTransfer?.files[0]);
        }}
      >
        <label for="start-file">${s.fileLabel}</label>
        <input
          id="start-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="start-file-hint"
          @change=${(e: Event) => this.openFile((e.target as HTMLInputElement).files?.[0])}
        />
        <p class="hint" id="start-file-hint">${s.fileHint} ${s.dropHere}</p>
      </div>
      ${this.proposals.renderStart()}
      ${
        this.doc
          ? html`<p>
                <button
                  type="button"
                  @click=${() => {
                    this.screen = 'edit';
                    this.pendingFocus = 'editor-heading';
                    this.requestUpdate();
                  }}
                >
                  ${s.backToDocument}
                </button>
              </p>
              <p class="hint">${this.hasChanges ? s.replaceWarning : ''}</p>`
          : nothing
      }
    </section>`;
  }

  private renderEditor(): TemplateResult {
    const s = this.strings;
    const doc = this.doc!;
    const name = textIn(doc.cooperation?.name, this.language.ui, doc.lang);
    return html`<div class="top">
        <div role="heading" aria-level=${this.level()} id="editor-heading" tabindex="-1">
          ${s.heading}${name ? `: ${name}` : ''}
        </div>
        ${this.renderToolbar()}
      </div>
      ${this.proposals.renderBanner()} ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      ${this.saveState === 'failed' ? html`<p role="alert">${s.saveFailed}</p>` : nothing}
      ${this.renderSections()}
      <div class="layout">
        <div class="work" part="form">
          ${this.renderSummary()}
          ${this.lastRemoved ? html`<p class="removed">${this.lastRemoved} <button type="button" class="small" @click=${() => this.undo()}>${s.undo}</button></p>` : nothing}
          ${this.renderSection()}
        </div>
        ${this.renderPreview()}
      </div>
      ${this.pendingRemove ? this.renderConfirmRemove(this.pendingRemove) : nothing}
      ${this.snippetOpen ? this.renderSnippet() : nothing} ${this.proposals.renderDialog()}`;
  }

  private renderToolbar(): TemplateResult {
    const s = this.strings;
    const undo = this.history.nextUndo;
    const redo = this.history.nextRedo;
    const state =
      this.saveState === 'saving'
        ? s.saving
        : this.saveState === 'saved'
          ? s.saved
          : this.saveState === 'failed'
            ? ''
            : '';
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${s.toolbar}>
      <button
        type="button"
        id="new-or-open"
        @click=${() => {
          this.screen = 'start';
          this.startError = '';
          this.pendingFocus = 'start-heading';
          this.requestUpdate();
        }}
      >
        ${s.newOrOpen}
      </button>
      <button
        type="button"
        id="undo"
        aria-disabled=${undo ? 'false' : 'true'}
        aria-describedby="undo-what"
        @click=${() => this.undo()}
      >
        ${s.undo}
      </button>
      <span class="visually-hidden" id="undo-what"
        >${undo ? s.undoWhat(this.describeChange(undo)) : s.nothingToUndo}</span
      >
      <button
        type="button"
        id="redo"
        aria-disabled=${redo ? 'false' : 'true'}
        aria-describedby="redo-what"
        @click=${() => this.redo()}
      >
        ${s.redo}
      </button>
      <span class="visually-hidden" id="redo-what"
        >${redo ? s.redoWhat(this.describeChange(redo)) : s.nothingToRedo}</span
      >
      ${
        this.proposals.proposing
          ? nothing
          : html`<button type="button" id="download" @click=${() => this.download()}>${s.download}</button>
              <button type="button" id="snippet" @click=${() => this.openSnippet()}>${s.copySnippet}</button>`
      }
      ${this.proposals.renderToolbar()}
      <p class="save-state">
        <span class="saved-state ${this.saveState}">${state}</span>
        ${this.hasChanges ? html`<span class="changes">${s.notDownloaded}</span>` : nothing}
      </p>
    </div>`;
  }

  private renderSections(): TemplateResult {
    const s = this.strings;
    return html`<nav aria-label=${s.sections} part="sections">
      <ul role="list">
        ${SECTIONS.map((section) => {
          const count = section === 'document' ? undefined : this.listItems(section).length;
          const problems =
            section === 'document'
              ? [...this.index.bySection]
                  .filter(([key]) => !listConfig(key))
                  .reduce((sum, [, n]) => sum + n, 0)
              : (this.index.bySection.get(section) ?? 0);
          const label = section === 'document' ? s.documentSection : s.fields[section];
          return html`<li>
            <button
              type="button"
              id="section-${section}"
              aria-current=${this.view.section === section ? 'true' : 'false'}
              @click=${() => this.openSection(section)}
            >
              ${label}${count !== undefined ? html` <span class="count">(${count})</span>` : nothing}
              ${problems ? html`<span class="badge">${s.problemCount(problems)}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  private renderSummary(): TemplateResult {
    const s = this.strings;
    const { errors, warnings, all } = this.index;
    const lang = this.language.ui;
    if (!all.length) return html`<p class="all-clear" part="problems">${s.noProblems}</p>`;
    const shown = all.slice(0, 100);
    return html`<details
      class="notice summary ${errors ? 'has-errors' : ''}"
      part="problems"
      ?open=${this.summaryOpen}
      @toggle=${(e: Event) => (this.summaryOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${s.problemsHeading(errors, warnings)}</summary>
      <p>${s.problemsIntro}</p>
      <ul class="problem-links">
        ${shown.map((problem) => {
          const where = describeWhere(s, lang, this.doc!, problem.field);
          const message = problemMessage(s, lang, problem, fieldLabel(s, problem.field));
          return html`<li class=${problem.severity}>
            <span class="severity">${problem.severity === 'error' ? s.errorPrefix : s.warningPrefix}</span>
            <a
              href="#${fieldId(problem.field)}"
              @click=${(e: Event) => {
                e.preventDefault();
                this.goTo(problem.field);
              }}
              >${where}</a
            >: ${message}
          </li>`;
        })}
      </ul>
      ${all.length > shown.length ? html`<p>… ${all.length - shown.length}</p>` : nothing}
    </details>`;
  }

  private renderSection(): TemplateResult {
    const { section, index } = this.view;
    if (section === 'document') return this.renderDocumentSection();
    if (index !== null) return this.renderItem(section, index);
    return this.renderList(section);
  }

  private renderDocumentSection(): TemplateResult {
    const s = this.strings;
    const c = this.context;
    const doc = this.doc!;
    const shown = new Set([
      'schemaVersion',
      'updatedAt',
      'defaultConflictRules',
      ...LISTS.map((l) => l.list),
    ]);
    return html`<section aria-labelledby="section-heading">
      <div role="heading" aria-level=${this.level(1)} id="section-heading" tabindex="-1">
        ${s.documentSection}
      </div>
      ${renderField(c, ['cooperation'], koopSchema.properties!.cooperation, true)}
      ${renderFields(c, [], koopSchema, new Set([...shown, 'cooperation']))}
      <dl class="facts">
        <div>
          <dt>${s.fields.schemaVersion}</dt>
          <dd>${String(doc.schemaVersion ?? '–')}</dd>
        </div>
        <div>
          <dt>${s.fields.updatedAt}</dt>
          <dd>${doc.updatedAt ?? '–'}</dd>
        </div>
      </dl>
    </section>`;
  }

  private renderList(list: TopList): TemplateResult {
    const s = this.strings;
    const config = listConfig(list)!;
    const doc = this.doc!;
    const lang = this.language.ui;
    const items = this.listItems(list);
    const filter = this.filterOf(list);
    const query = filter.query.trim().toLowerCase();
    const itemSchema = resolve(resolve(koopSchema.properties![list]).items!);
    const matches = items
      .map((item, i) => ({ item, i, name: itemName(doc, list, item, lang) }))
      .filter(({ item, i, name }) => {
        const record = isRecord(item) ? item : {};
        if (query && !`${name} ${String(record.id ?? '')}`.toLowerCase().includes(query)) return false;
        for (const [field, value] of Object.entries(filter.values))
          if (value && record[field] !== value) return false;
        return !filter.onlyProblems || this.index.byItem.has(toPointer([list, i]));
      });
    const shown = matches.slice(0, filter.shown);
    const noun = s.items[list];
    const update = () => this.requestUpdate();
    return html`<section aria-label=${s.listOf(s.fields[list])}>
      <div role="heading" aria-level=${this.level(1)} id="section-heading" tabindex="-1">
        ${s.fields[list]}
      </div>
      ${list === 'conflictRules' ? this.renderDefaultRules() : nothing}
      <div class="list-tools" role="search">
        <div class="field">
          <label for="search">${s.search}</label>
          <input
            id="search"
            type="search"
            .value=${filter.query}
            @input=${(e: Event) => {
              filter.query = (e.target as HTMLInputElement).value;
              filter.shown = PAGE;
              update();
            }}
          />
        </div>
        ${config.filters.map((field) => {
          const values = (resolve(itemSchema.properties![field]).enum ?? []) as string[];
          return html`<div class="field">
            <label for="filter-${field}">${s.filter} ${fieldLabel(s, [list, 0, field])}</label>
            <select
              id="filter-${field}"
              @change=${(e: Event) => {
                filter.values = { ...filter.values, [field]: (e.target as HTMLSelectElement).value };
                filter.shown = PAGE;
                update();
              }}
            >
              <option value="" ?selected=${!filter.values[field]}>${s.filterAll}</option>
              ${values.map((v) => html`<option value=${v} ?selected=${filter.values[field] === v}>${enumLabel(s, lang, [list, 0, field], v)}</option>`)}
            </select>
          </div>`;
        })}
        <div class="field check">
          <input
            type="checkbox"
            id="only-problems"
            .checked=${filter.onlyProblems}
            @change=${(e: Event) => {
              filter.onlyProblems = (e.target as HTMLInputElement).checked;
              update();
            }}
          />
          <label for="only-problems">${s.onlyProblems}</label>
        </div>
      </div>
      <p class="muted" id="list-count">
        ${items.length ? s.shown(matches.length, items.length) : s.noItems(s.fields[list])}
      </p>
      ${items.length && !matches.length ? html`<p>${s.noMatches}</p>` : nothing}
      <ul class="items" role="list" aria-labelledby="section-heading">
        ${shown.map(({ item, i, name }) => {
          const record = isRecord(item) ? item : {};
          const problems = this.index.byItem.get(toPointer([list, i])) ?? 0;
          const facts = config.columns
            .map((field) => {
              const value = record[field];
              if (typeof value !== 'string') return '';
              const info = itemSchema.properties?.[field];
              return info && resolve(info).enum ? enumLabel(s, lang, [list, i, field], value) : value;
            })
            .filter(Boolean)
            .join(' · ');
          return html`<li>
            <button
              type="button"
              class="item"
              id="item-${list}-${i}"
              aria-describedby="item-${list}-${i}-facts"
              @click=${() => this.openItem(list, i)}
            >
              ${name || s.unnamed(noun, i + 1)}
            </button>
            <span class="facts" id="item-${list}-${i}-facts">
              ${facts}${problems ? html` <span class="badge">${s.problemCount(problems)}</span>` : nothing}
            </span>
          </li>`;
        })}
      </ul>
      ${
        matches.length > shown.length
          ? html`<button
              type="button"
              class="more"
              @click=${() => {
                this.pendingFocus = `item-${list}-${shown[shown.length - 1].i}`;
                filter.shown += PAGE;
                update();
              }}
            >
              ${s.showMore(Math.min(PAGE, matches.length - shown.length))}
            </button>`
          : nothing
      }
      <p>
        <button type="button" class="add" id="add-${list}" @click=${() => this.addItem([list], {})}>
          ${s.add(noun)}
        </button>
      </p>
    </section>`;
  }

  private renderDefaultRules(): TemplateResult {
    const c = this.context;
    return html`<div class="default-rules">
      ${renderField(c, ['defaultConflictRules'], koopSchema.properties!.defaultConflictRules, false)}
    </div>`;
  }

  private renderItem(list: TopList, index: number): TemplateResult {
    const s = this.strings;
    const c = this.context;
    const items = this.listItems(list);
    const path = [list, index];
    const name = itemName(this.doc!, list, items[index], this.language.ui);
    const noun = s.items[list];
    const itemSchema = resolve(koopSchema.properties![list]).items!;
    const what = name ? `${noun} „${name}“` : `${noun} ${index + 1}`;
    return html`<section class="item-form" aria-labelledby="item-heading">
      <p>
        <button type="button" class="back" id="back" @click=${() => this.backToList()}>
          ${s.backToList(s.fields[list])}
        </button>
      </p>
      <div role="heading" aria-level=${this.level(1)} id="item-heading" tabindex="-1">
        ${name ? s.itemHeading(noun, name) : s.unnamed(noun, index + 1)}
      </div>
      <p class="muted">${s.position(index + 1, items.length)}</p>
      ${itemActions(c, path, items.length, what, { id: 'item', named: false })}
      ${renderFields(c, path, itemSchema, this.hidesId(list, items[index]) ? new Set(['id']) : undefined)}
      <p>
        <button type="button" class="add" @click=${() => this.addItem([list], {})}>${s.add(noun)}</button>
      </p>
      <p>
        <button type="button" class="back" @click=${() => this.backToList()}>
          ${s.backToList(s.fields[list])}
        </button>
      </p>
    </section>`;
  }

  private renderConfirmRemove(pending: PendingRemove): TemplateResult {
    const s = this.strings;
    const lang = this.language.ui;
    const cancel = () => {
      this.pendingRemove = undefined;
      this.pendingFocus = 'item-remove';
      this.requestUpdate();
    };
    return html`<dialog
      id="confirm-remove"
      aria-labelledby="confirm-heading"
      aria-describedby="confirm-intro"
      @cancel=${(e: Event) => {
        e.preventDefault();
        cancel();
      }}
    >
      <div role="heading" aria-level=${this.level(1)} id="confirm-heading">
        ${s.confirmRemove(pending.what)}
      </div>
      <p>${s.referencesHeading(pending.references.length)}</p>
      <ul class="references">
        ${pending.references.slice(0, 50).map((path) => html`<li>${describeWhere(s, lang, this.doc!, path)}</li>`)}
      </ul>
      ${pending.references.length > 50 ? html`<p>… ${pending.references.length - 50}</p>` : nothing}
      <p id="confirm-intro">${s.referencesIntro}</p>
      <div class="dialog-actions">
        <button
          type="button"
          class="danger"
          id="confirm-remove-yes"
          @click=${() => this.removeItem(pending.path, pending.what)}
        >
          ${s.removeAnyway}
        </button>
        <button type="button" id="confirm-remove-no" autofocus @click=${cancel}>${s.cancel}</button>
      </div>
    </dialog>`;
  }

  // ---------------------------------------------------------------------------------------
  // Preview

  private previewWidgets(): WidgetTag[] {
    if (this.previewChoice === 'all') return [...PREVIEW_WIDGETS];
    if (this.previewChoice !== 'auto') return [this.previewChoice];
    const section = this.view.section;
    return [section === 'document' ? 'koop-goal-tracker' : listConfig(section)!.widget];
  }

  /** The item whose form is open, as the preview's linked selection (`actor:stadt`), if it is one. */
  private previewSelection(): string | undefined {
    const { section, index } = this.view;
    const kind = section === 'document' ? undefined : listConfig(section)?.selection;
    const item = index === null ? undefined : this.listItems(section)[index];
    return kind && isRecord(item) && typeof item.id === 'string' ? `${kind}:${item.id}` : undefined;
  }

  private renderPreview(): TemplateResult {
    const s = this.strings;
    const widgets = this.previewWidgets();
    for (const tag of ['koop-data', ...widgets] as const)
      if (!this.loadedWidgets.has(tag)) {
        this.loadedWidgets.add(tag);
        void WIDGET_MODULES[tag]().catch(() => this.loadedWidgets.delete(tag));
      }
    const choices: PreviewChoice[] = ['auto', ...PREVIEW_WIDGETS, 'all'];
    return html`<aside class="preview" part="preview" aria-labelledby="preview-heading">
      <div role="heading" aria-level=${this.level(1)} id="preview-heading">${s.preview}</div>
      <div class="field">
        <label for="preview-choice">${s.previewChoice}</label>
        <select
          id="preview-choice"
          @change=${(e: Event) => {
            this.previewChoice = (e.target as HTMLSelectElement).value as PreviewChoice;
            this.requestUpdate();
          }}
        >
          ${choices.map(
            (choice) =>
              html`<option value=${choice} ?selected=${choice === this.previewChoice}>
                ${choice === 'auto' ? s.previewAuto : choice === 'all' ? s.previewAll : s.widgets[choice]}
              </option>`,
          )}
        </select>
      </div>
      ${this.index.errors ? html`<p class="muted">${s.previewInvalid}</p>` : nothing}
      <div
        class="widgets"
        @koop-select=${(e: KoopSelectEvent) => this.onPreviewSelect(e.detail.kind, e.detail.id)}
      >
        <koop-data
          .data=${this.doc}
          lang=${this.language.ui}
          selectable
          selection=${this.previewSelection() ?? nothing}
        >
          ${widgets.map((tag) => this.widget(tag))}
        </koop-data>
      </div>
    </aside>`;
  }

  private widget(tag: WidgetTag): TemplateResult {
    const level = this.level(2);
    switch (tag) {
      case 'koop-goal-tracker':
        return html`<koop-goal-tracker heading-level=${level}></koop-goal-tracker>`;
      case 'koop-milestone-timeline':
        return html`<koop-milestone-timeline heading-level=${level}></koop-milestone-timeline>`;
      case 'koop-partner-map':
        return html`<koop-partner-map heading-level=${level}></koop-partner-map>`;
      case 'koop-role-matrix':
        return html`<koop-role-matrix heading-level=${level}></koop-role-matrix>`;
      case 'koop-transparency-feed':
        return html`<koop-transparency-feed heading-level=${level}></koop-transparency-feed>`;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Embed snippet

  private openSnippet(): void {
    this.snippetOpen = true;
    this.snippetUrl ||= this.fileName();
    this.snippetStatus = '';
    this.requestUpdate();
    void this.updateSnippet();
  }

  private async updateSnippet(): Promise<void> {
    const { buildSnippet, fallbackText, PLACEHOLDER_KIT_URL } = await import('@koop/kit/snippet.js');
    const widgets = this.previewWidgets();
    const name = textIn(this.doc?.cooperation?.name, this.language.ui, this.doc?.lang);
    this.snippetText = buildSnippet({
      fallback: fallbackText(this.language.ui, name || undefined),
      tag: widgets.length === 1 ? widgets[0] : 'koop-data',
      widgets,
      values: {},
      source: { kind: 'url', url: this.snippetUrl },
      kitUrl: this.kitUrl || PLACEHOLDER_KIT_URL,
      bundle: 'autoloader',
    });
    this.requestUpdate();
  }

  private renderSnippet(): TemplateResult {
    const s = this.strings;
    const close = () => {
      this.snippetOpen = false;
      this.pendingFocus = 'snippet';
      this.requestUpdate();
    };
    return html`<dialog
      id="snippet-dialog"
      aria-labelledby="snippet-heading"
      @cancel=${(e: Event) => {
        e.preventDefault();
        close();
      }}
    >
      <div role="heading" aria-level=${this.level(1)} id="snippet-heading">${s.snippetHeading}</div>
      <p>${s.snippetIntro}</p>
      <div class="field">
        <label for="snippet-url">${s.snippetUrl}</label>
        <input
          id="snippet-url"
          type="url"
          aria-describedby="snippet-url-hint"
          .value=${this.snippetUrl}
          @input=${(e: Event) => {
            this.snippetUrl = (e.target as HTMLInputElement).value;
            void this.updateSnippet();
          }}
        />
        <p class="hint" id="snippet-url-hint">${s.snippetUrlHint}</p>
      </div>
      <div class="field">
        <label for="snippet-code">${s.snippetCode}</label>
        <textarea id="snippet-code" readonly rows="6" .value=${this.snippetText}></textarea>
      </div>
      <p role="status">${this.snippetStatus}</p>
      <div class="dialog-actions">
        <button
          type="button"
          id="snippet-copy"
          @click=${async () => {
            try {
              await navigator.clipboard.writeText(this.snippetText);
              this.snippetStatus = s.snippetCopied;
            } catch {
              (this.renderRoot as ShadowRoot).querySelector<HTMLTextAreaElement>('#snippet-code')?.select();
              this.snippetStatus = s.snippetCopyFailed;
            }
            this.requestUpdate();
          }}
        >
          ${s.snippetCopy}
        </button>
        <button type="button" id="snippet-close" @click=${close}>${s.close}</button>
      </div>
    </dialog>`;
  }
}
