import type { RoleConflict } from './conflicts.js';

export interface KoopConflictSelectDetail {
  actor: string;
  /** Set when a cell (actor × role) was selected, unset for a whole row. */
  role?: string;
  /** The conflicts now shown in the details panel. */
  conflicts: RoleConflict[];
}

/** Fired when the reader opens the details of a row's or a cell's role conflicts. */
export class KoopConflictSelectEvent extends CustomEvent<KoopConflictSelectDetail> {
  static readonly type = 'koop-conflict-select';
  constructor(detail: KoopConflictSelectDetail) {
    super(KoopConflictSelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'koop-conflict-select': KoopConflictSelectEvent;
  }
}
