// Keeping the work, as a reactive controller: every change written to the browser's storage (the
// save state the toolbar shows), a snapshot in a quiet moment after many changes, and the
// browser's question before leaving a page whose document has changes not downloaded.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HistoryEvent } from './history.js';
import { COMPACT_AFTER, SessionStore, type SessionMeta } from './storage.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What saving needs of the editor. */
export interface AutosaveHost {
  element: ReactiveControllerHost;
  /** The name the work is saved under. */
  key(): string;
  /** Whether the document has changes that have not been downloaded. */
  hasChanges(): boolean;
  leaveWarning(): string;
}

export class AutosaveController implements ReactiveController {
  state: SaveState = 'idle';
  private pending = 0;
  private compactTimer?: ReturnType<typeof setTimeout>;
  private current?: SessionStore;

  constructor(private readonly host: AutosaveHost) {
    host.element.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** The store, opened the first time it is needed. */
  get store(): SessionStore {
    return (this.current ??= new SessionStore(this.host.key()));
  }

  /** Opens the store anew (for restoring: the key may have been set after the first use). */
  reopen(): SessionStore {
    return (this.current = new SessionStore(this.host.key()));
  }

  /** Whether the store has been opened. */
  get opened(): boolean {
    return this.current !== undefined;
  }

  /** Whether writes are still under way. */
  get writing(): boolean {
    return this.pending > 0;
  }

  write(pending: Promise<void>): void {
    this.pending++;
    this.state = 'saving';
    pending.then(
      () => {
        this.pending--;
        if (!this.pending && this.state !== 'failed') this.state = 'saved';
        this.host.element.requestUpdate();
      },
      () => {
        this.pending--;
        this.state = 'failed';
        this.host.element.requestUpdate();
      },
    );
  }

  /**
   * Writes one history event (or only the metadata); after many, `snapshot` (one snapshot
   * instead of a long log to replay) once nothing has changed for a moment.
   */
  append(
    event: HistoryEvent | undefined,
    meta: SessionMeta,
    snapshot: () => Promise<void> | undefined,
  ): void {
    const store = this.current;
    if (!store) return;
    this.write(store.append(event, meta));
    if (store.logged >= COMPACT_AFTER) {
      clearTimeout(this.compactTimer);
      this.compactTimer = setTimeout(() => {
        const pending = snapshot();
        if (pending) this.write(pending);
      }, 2000);
    }
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.host.hasChanges()) return;
    event.preventDefault();
    event.returnValue = this.host.leaveWarning();
  };
}
