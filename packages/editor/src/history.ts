import { applyPatch, composePatches, type Operation, type Path } from './patch.js';

/** What a change did, in terms the editor can put into words. */
export type ChangeAction = 'set' | 'add' | 'duplicate' | 'remove' | 'move' | 'rename-id';

/**
 * One step of the history: the JSON Patch that made it, the patch that undoes it, and what it
 * was. Revisions number the states of the document: `before` → `after`.
 */
export interface Change {
  ops: Operation[];
  inverse: Operation[];
  action: ChangeAction;
  /** The field or item the change was about. */
  path: Path;
  /** Consecutive changes with the same key (typing in one field) become one step. */
  key?: string;
  time: number;
  before: number;
  after: number;
}

/** A change as it is written to storage and read back (a replay of the history). */
export type HistoryEvent =
  { type: 'do'; change: Change; merged: boolean } | { type: 'undo' } | { type: 'redo' } | { type: 'seal' };

export interface HistorySnapshot {
  undo: Change[];
  redo: Change[];
  revision: number;
  counter: number;
}

/** Typing pauses longer than this start a new undo step. */
const MERGE_WINDOW_MS = 1500;
/** Oldest steps are dropped beyond this many. */
const MAX_STEPS = 500;

/**
 * Undo and redo over JSON Patch changes. Holds no document itself: `record` takes a change that
 * has been applied; `undo` and `redo` return the patch to apply.
 */
export class History {
  private undoStack: Change[] = [];
  private redoStack: Change[] = [];
  private sealed = true;
  /** The revision the document is at. */
  revision = 0;
  private counter = 0;

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The step `undo` would take back. */
  get nextUndo(): Change | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }

  get nextRedo(): Change | undefined {
    return this.redoStack[this.redoStack.length - 1];
  }

  /**
   * Whether a change with `key` at `time` joins the last step: same field, still typing.
   */
  wouldMerge(key: string | undefined, time: number): boolean {
    const top = this.nextUndo;
    return Boolean(key && !this.sealed && top?.key === key && time - top.time <= MERGE_WINDOW_MS);
  }

  /** Records an applied change; returns the step as stored (merged with the last one or new). */
  record(
    change: Omit<Change, 'before' | 'after'>,
    merge = this.wouldMerge(change.key, change.time),
  ): { change: Change; merged: boolean } {
    this.redoStack = [];
    const after = ++this.counter;
    let step: Change;
    if (merge && this.nextUndo) {
      const top = this.undoStack.pop()!;
      step = {
        ...top,
        ops: composePatches(top.ops, change.ops),
        inverse: composePatches(change.inverse, top.inverse),
        time: change.time,
        after,
      };
    } else {
      step = { ...change, before: this.revision, after };
    }
    this.undoStack.push(step);
    if (this.undoStack.length > MAX_STEPS) this.undoStack.shift();
    this.revision = after;
    this.sealed = false;
    return { change: step, merged: merge };
  }

  /** Ends the current step: the next change starts a new one (a field lost focus). */
  seal(): void {
    this.sealed = true;
  }

  undo(): Change | undefined {
    const change = this.undoStack.pop();
    if (!change) return undefined;
    this.redoStack.push(change);
    this.revision = change.before;
    this.sealed = true;
    return change;
  }

  redo(): Change | undefined {
    const change = this.redoStack.pop();
    if (!change) return undefined;
    this.undoStack.push(change);
    this.revision = change.after;
    this.sealed = true;
    return change;
  }

  snapshot(): HistorySnapshot {
    return {
      undo: [...this.undoStack],
      redo: [...this.redoStack],
      revision: this.revision,
      counter: this.counter,
    };
  }

  static from(snapshot: HistorySnapshot | undefined): History {
    const history = new History();
    if (snapshot) {
      history.undoStack = [...snapshot.undo];
      history.redoStack = [...snapshot.redo];
      history.revision = snapshot.revision;
      history.counter = snapshot.counter;
    }
    return history;
  }

  /**
   * Replays stored events onto `document` (the state the snapshot was taken at) and returns
   * the document they lead to. Each event applies its patch the way it did when it happened.
   */
  replay(document: unknown, events: readonly HistoryEvent[]): unknown {
    let current = document;
    for (const event of events) {
      if (event.type === 'seal') this.seal();
      else if (event.type === 'do') {
        current = applyPatch(current, event.change.ops).root;
        this.record(event.change, event.merged);
      } else {
        const change = event.type === 'undo' ? this.undo() : this.redo();
        if (change) current = applyPatch(current, event.type === 'undo' ? change.inverse : change.ops).root;
      }
    }
    return current;
  }
}
