import { LABELS_EN } from '@koop/schema';
import type { SummaryStrings } from './strings.js';

const months = (days: number) => Math.max(2, Math.round(days / 30.44));

export const en: SummaryStrings = {
  conditions: 'Conditions of collective impact',
  condition: {
    goals: 'Shared goals',
    indicators: 'Shared indicators and measurement',
    activities: 'Mutually reinforcing activities',
    communication: 'Continuous communication',
    backbone: 'Backbone (coordination)',
  },
  status: { ok: 'fine', attention: 'attention', none: 'no data' },
  type: { network: 'Network', cooperation: 'Cooperation', 'co-production': 'Co-production' },
  since: (date) => `since ${date}`,
  goals: (total) => (total === 1 ? '1 goal' : `${total} goals`),
  goalStatus: LABELS_EN.goalStatus,
  indicators: (total, measured) =>
    `${total === 1 ? '1 indicator' : `${total} indicators`}, ${measured} with a measured value`,
  onTrack: (count, of, percent) => `${count} of ${of} on track (${percent})`,
  atRisk: (count) => `${count} at risk or missed`,
  lastObserved: (date) => `last measured ${date}`,
  partners: (count, bySector) => `${count === 1 ? '1 partner' : `${count} partners`}: ${bySector}`,
  sector: LABELS_EN.sectors,
  milestones: (reached, total) => `${reached} of ${total} milestones reached`,
  late: (count) => `${count} delayed or overdue`,
  next: 'next',
  entries: (count) => (count === 1 ? '1 entry' : `${count} entries`),
  latest: 'latest',
  lastMeeting: (date) => `last meeting ${date}`,
  noMeeting: 'no meeting yet',
  rhythm: (days) =>
    days <= 10
      ? 'about weekly'
      : days <= 21
        ? 'about every two weeks'
        : days <= 45
          ? 'about monthly'
          : days >= 320 && days <= 410
            ? 'about yearly'
            : `about every ${months(days)} months`,
  coordination: 'Coordination',
  staffing: { paid: 'paid', volunteer: 'volunteer' },
  noCoordinator: 'coordination currently vacant',
  noCoordination: 'no coordination role entered',
  fundedUntil: (date) => `funded until ${date}`,
  fundedOpen: 'funded without an end date',
  notFunded: 'no current funding',
  cliff: (date) => `funding ends without follow-up funding on ${date}`,
};
