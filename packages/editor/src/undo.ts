// Undo and redo, as a reactive controller: from the toolbar and from the keyboard (Ctrl/⌘+Z,
// Ctrl/⌘+Shift+Z, Ctrl/⌘+Y), in words for the screen reader, with focus kept in the editor
// when the field it was on goes away.
import type { KoopDocument } from '@koop/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestField } from './field-base.js';
import type { Change, History, HistoryEvent } from './history.js';
import { applyPatch } from './patch.js';
import { describeWhere } from './problems.js';
import type { EditorStrings } from './strings.js';

/** What undo and redo need of the editor. */
export interface UndoHost {
  element: ReactiveControllerHost & HTMLElement;
  history(): History;
  document(): KoopDocument | undefined;
  lang(): 'de' | 'en';
  strings(): EditorStrings;
  /** Whether a document is being edited (not the start or the review). */
  editing(): boolean;
  /** Shows the document a step back or forward. */
  show(document: KoopDocument, change: Change): void;
  log(event: HistoryEvent): void;
  announce(message: string): void;
  /** Where focus goes when nothing of the change is shown: the heading of the form or list. */
  fallbackFocus(): string;
  focusLater(id: string): void;
}

export class UndoController implements ReactiveController {
  constructor(private readonly host: UndoHost) {
    host.element.addController(this);
  }

  hostConnected(): void {
    this.host.element.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.element.removeEventListener('keydown', this.onKeydown);
  }

  undo(): void {
    this.step('undo');
  }

  redo(): void {
    this.step('redo');
  }

  /** A change in words: what was done where. */
  describe(change: Change): string {
    const s = this.host.strings();
    return s.change(change.action, describeWhere(s, this.host.lang(), this.host.document()!, change.path));
  }

  private step(direction: 'undo' | 'redo'): void {
    const history = this.host.history();
    const doc = this.host.document();
    const change = direction === 'undo' ? history.undo() : history.redo();
    if (!change || !doc) return;
    this.host.show(
      applyPatch(doc, direction === 'undo' ? change.inverse : change.ops).root as KoopDocument,
      change,
    );
    this.keepFocus(change.path);
    this.host.log({ type: direction });
    const what = this.describe(change);
    const s = this.host.strings();
    this.host.announce(direction === 'undo' ? s.undone(what) : s.redone(what));
  }

  /**
   * When undo or redo removes the focused field (an item added, then taken back), focus moves
   * to what changed, or the nearest part still shown, so the keyboard stays in the editor.
   */
  private keepFocus(path: Change['path']): void {
    const element = this.host.element;
    if (!element.shadowRoot?.activeElement) return;
    void element.updateComplete.then(() => {
      const root = element.shadowRoot!;
      if (root.activeElement) return;
      this.host.focusLater(nearestField(root, path) ?? this.host.fallbackFocus());
    });
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || !this.host.editing()) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    // The editor's history, not the text field's own.
    event.preventDefault();
  };
}
