import type { Actor } from '@koop/schema';

export interface KoopActorSelectDetail {
  /** Id of the selected actor; null when the selection was cleared. */
  id: string | null;
  actor?: Actor;
}

/** Fired when the selected actor changes (click, keyboard, the details' links). */
export class KoopActorSelectEvent extends CustomEvent<KoopActorSelectDetail> {
  static readonly type = 'koop-actor-select';
  constructor(detail: KoopActorSelectDetail) {
    super(KoopActorSelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'koop-actor-select': KoopActorSelectEvent;
  }
}
