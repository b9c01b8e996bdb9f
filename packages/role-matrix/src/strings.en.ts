import { LABELS_EN } from '@koop/schema';
import type { RoleMatrixStrings } from './strings.js';

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const en: RoleMatrixStrings = {
  heading: 'Roles and role conflicts',
  actor: 'Actor',
  summary: (actors, roles, conflicts) =>
    `${count(actors, 'actor', 'actors')}, ${count(roles, 'role', 'roles')}, ${count(conflicts, 'role conflict', 'role conflicts')}`,
  asOf: (date) => `As of ${date}`,
  lastHeld: (date) => `As of ${date}, the last day on which roles were held`,
  allPeriods: 'All periods',
  view: 'View',
  conflictsOnly: 'Conflicts only',
  sortBy: 'Sort by',
  sort: { sector: 'Sector', actor: 'Actor', roles: 'Number of roles' },
  date: 'As of',
  sectors: LABELS_EN.sectors,
  mandate: { none: 'no mandate', advisory: 'advisory', binding: 'binding decisions' },
  staffing: { paid: 'paid', volunteer: 'volunteer' },
  conflictStatus: {
    ...LABELS_EN.conflictStatus,
    unnamed: 'not named by the partners',
    unknown: 'not given',
  },
  since: (date) => `since ${date}`,
  until: (date) => `until ${date}`,
  holds: 'holds the role',
  inBody: (body) => `held in: ${body}`,
  notHeld: 'not held on this day',
  neverHeld: 'never held',
  cellConflicts: (n) => (n === 1 ? 'Conflict' : `${n} conflicts`),
  rowConflicts: (n) => (n === 1 ? 'Role conflict' : `${n} role conflicts`),
  historyHint: 'Show who held the role',
  scrollHint:
    'The table has more columns to the right: scroll sideways (swipe, Shift and mouse wheel, or arrow keys in the table).',
  shownBelow: 'Shown below.',
  noRoles: 'The document has no role catalogue.',
  nobody: 'Nobody holds a role at this time.',
  more: (next, remaining) => `Show ${next} more actors (of ${remaining} remaining)`,
  noConflicts: 'No role conflicts in this view.',
};
