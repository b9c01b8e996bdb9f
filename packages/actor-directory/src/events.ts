import type { Actor } from '@koop/schema';

export interface KoopDirectorySelectDetail {
  /** Id of the actor whose details the reader opened; null when they were closed. */
  id: string | null;
  actor?: Actor;
}

/** Fired when the reader opens or closes an actor's details in the directory. */
export class KoopDirectorySelectEvent extends CustomEvent<KoopDirectorySelectDetail> {
  static readonly type = 'koop-directory-select';
  constructor(detail: KoopDirectorySelectDetail) {
    super(KoopDirectorySelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'koop-directory-select': KoopDirectorySelectEvent;
  }
}
