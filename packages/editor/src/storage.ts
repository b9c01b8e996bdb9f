// Autosave in IndexedDB. A session is stored as a snapshot (the document and its history at one
// point) plus a log of every change since, each written in its own small transaction right
// after the change; restoring replays the log onto the snapshot. So a keystroke in a document of
// several megabytes writes a few hundred bytes, not the whole document.
import type { HistoryEvent, HistorySnapshot } from './history.js';

export interface SessionMeta {
  /** The cooperation's name when last changed, for the start screen. */
  name: string;
  /** File name to save under. */
  fileName: string;
  /** The revision last downloaded (or opened): the document has changes when it is at another. */
  cleanRevision: number;
  /** When the session last changed (ms since the epoch). */
  changedAt: number;
  /** Set while the session is a change proposal: where its base document is kept. */
  proposal?: ProposalMeta;
}

export interface ProposalMeta {
  /** The name under which the base document is kept aside. */
  base: string;
  /** Where the base document was opened from. */
  url?: string;
}

export interface StoredSession {
  document: unknown;
  history: HistorySnapshot;
  meta: SessionMeta;
  events: HistoryEvent[];
}

interface Snapshot {
  document: unknown;
  history: HistorySnapshot;
  meta: SessionMeta;
}

interface LogRecord {
  event?: HistoryEvent;
  meta: SessionMeta;
}

const DATABASE = 'koop-editor';
const STORE = 'records';
/** After this many logged changes, the next quiet moment writes a new snapshot. */
export const COMPACT_AFTER = 200;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
  });
}

let opening: Promise<IDBDatabase> | undefined;
function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DATABASE, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** The sessions of one editor (`key`): the current one, and the one before it. */
export class SessionStore {
  private sequence = 0;
  /** Changes logged since the last snapshot. */
  logged = 0;

  constructor(private readonly key: string) {}

  private prefix(slot: 'current' | 'previous') {
    return `${this.key}/${slot}`;
  }

  private logRange(slot: 'current' | 'previous') {
    return IDBKeyRange.bound(`${this.prefix(slot)}/log/`, `${this.prefix(slot)}/log/\uffff`);
  }

  /** The stored session in `slot`, if any. */
  async load(slot: 'current' | 'previous' = 'current'): Promise<StoredSession | undefined> {
    const db = await database();
    const transaction = db.transaction(STORE, 'readonly');
    const store = transaction.objectStore(STORE);
    const snapshot = (await request(store.get(`${this.prefix(slot)}/snapshot`))) as Snapshot | undefined;
    const keys = (await request(store.getAllKeys(this.logRange(slot)))) as string[];
    const records = (await request(store.getAll(this.logRange(slot)))) as LogRecord[];
    if (!snapshot) return undefined;
    if (slot === 'current') {
      const last = keys[keys.length - 1];
      this.sequence = last ? Number(last.slice(last.lastIndexOf('/') + 1)) + 1 : 0;
      this.logged = records.length;
    }
    return {
      document: snapshot.document,
      history: snapshot.history,
      meta: records.length ? records[records.length - 1].meta : snapshot.meta,
      events: records.flatMap((record) => (record.event ? [record.event] : [])),
    };
  }

  /** Writes a snapshot of the current session and forgets its log. */
  async snapshot(document: unknown, history: HistorySnapshot, meta: SessionMeta): Promise<void> {
    const db = await database();
    const transaction = db.transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    store.delete(this.logRange('current'));
    store.put({ document, history, meta } satisfies Snapshot, `${this.prefix('current')}/snapshot`);
    this.logged = 0;
    await done(transaction);
  }

  /** Appends one change (or only new metadata) to the current session's log. */
  async append(event: HistoryEvent | undefined, meta: SessionMeta): Promise<void> {
    const db = await database();
    const transaction = db.transaction(STORE, 'readwrite');
    const key = `${this.prefix('current')}/log/${String(this.sequence++).padStart(12, '0')}`;
    transaction.objectStore(STORE).put({ event, meta } satisfies LogRecord, key);
    this.logged++;
    await done(transaction);
  }

  /** Keeps the current session as the previous one (nothing the user did is lost). */
  async keepAsPrevious(session: Snapshot): Promise<void> {
    const db = await database();
    const transaction = db.transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    store.delete(this.logRange('previous'));
    store.put(session, `${this.prefix('previous')}/snapshot`);
    await done(transaction);
  }

  /** Keeps `value` beside the sessions under `name` (the base document of a change proposal). */
  async putAside(name: string, value: unknown): Promise<void> {
    const db = await database();
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(value, `${this.key}/aside/${name}`);
    await done(transaction);
  }

  async getAside(name: string): Promise<unknown> {
    const db = await database();
    return request(db.transaction(STORE, 'readonly').objectStore(STORE).get(`${this.key}/aside/${name}`));
  }

  /** Forgets every value kept aside whose name is not in `keep`. */
  async pruneAside(keep: readonly string[]): Promise<void> {
    const db = await database();
    const transaction = db.transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    const prefix = `${this.key}/aside/`;
    const keys = (await request(store.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))) as string[];
    for (const key of keys) if (!keep.includes(key.slice(prefix.length))) store.delete(key);
    await done(transaction);
  }

  /** Forgets the previous session (it has become the current one). */
  async forgetPrevious(): Promise<void> {
    const db = await database();
    const transaction = db.transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    store.delete(this.logRange('previous'));
    store.delete(`${this.prefix('previous')}/snapshot`);
    await done(transaction);
  }
}
