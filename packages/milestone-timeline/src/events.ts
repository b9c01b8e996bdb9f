import type { Milestone } from '@koop/schema';

export interface KoopMilestoneSelectDetail {
  id: string;
  milestone: Milestone;
}

/** Fired when the reader selects a milestone (click, Enter or Space); its details are shown. */
export class KoopMilestoneSelectEvent extends CustomEvent<KoopMilestoneSelectDetail> {
  static readonly type = 'koop-milestone-select';
  constructor(detail: KoopMilestoneSelectDetail) {
    super(KoopMilestoneSelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'koop-milestone-select': KoopMilestoneSelectEvent;
  }
}
