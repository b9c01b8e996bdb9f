import type { PanelStrings } from './panels.js';

export const en: PanelStrings = {
  statusLabel: 'Status',
  details: (actor) => `Role conflict: ${actor}`,
  mitigation: 'Agreed mitigation',
  noMitigation: 'None agreed yet.',
  period: 'Period',
  source: 'Source',
  explicit: 'Named by the partners.',
  alsoRule: 'Matches the rule:',
  rule: 'Found by the rule:',
  ruleFallback: 'The partners consider these roles incompatible.',
  guide: (section) => `co-production guide, “${section}”`,
  close: 'Close',
  history: (role) => `History: ${role}`,
  vacancy: (after, before) => `Vacant between ${after} and ${before}`,
  current: 'current',
  problems: (n) => (n === 1 ? '1 note on roles and conflicts:' : `${n} notes on roles and conflicts:`),
};
