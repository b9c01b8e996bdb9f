import { LABELS_DE, type ConflictStatus, type Mandate, type Sector, type Staffing } from '@koop/schema';
import { LocalizedStrings } from '@koop/core';

export type SortKey = 'sector' | 'actor' | 'roles';

export interface RoleMatrixStrings {
  heading: string;
  actor: string;
  summary: (actors: number, roles: number, conflicts: number) => string;
  asOf: (date: string) => string;
  /** The default day, when nobody held a role on the document's date: the last day someone did. */
  lastHeld: (date: string) => string;
  allPeriods: string;
  view: string;
  conflictsOnly: string;
  sortBy: string;
  sort: Record<SortKey, string>;
  date: string;
  sectors: Record<Sector | 'none', string>;
  mandate: Record<Mandate, string>;
  staffing: Record<Staffing, string>;
  /** A conflict's status; `unnamed`: found by a rule, `unknown`: named without a status. */
  conflictStatus: Record<ConflictStatus | 'unnamed' | 'unknown', string>;
  since: (date: string) => string;
  until: (date: string) => string;
  holds: string;
  /** Where a role is held (`assignments[].in`): the body's name. */
  inBody: (body: string) => string;
  notHeld: string;
  neverHeld: string;
  cellConflicts: (count: number) => string;
  rowConflicts: (count: number) => string;
  historyHint: string;
  /** Below a table wider than its box. */
  scrollHint: string;
  shownBelow: string;
  noRoles: string;
  nobody: string;
  noConflicts: string;
  more: (next: number, remaining: number) => string;
}

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const de: RoleMatrixStrings = {
  heading: 'Rollen und Rollenkonflikte',
  actor: 'Akteur',
  summary: (actors, roles, conflicts) =>
    `${count(actors, 'Akteur', 'Akteure')}, ${count(roles, 'Rolle', 'Rollen')}, ${count(conflicts, 'Rollenkonflikt', 'Rollenkonflikte')}`,
  asOf: (date) => `Stand: ${date}`,
  lastHeld: (date) => `Stand: ${date}, der letzte Tag, an dem Rollen besetzt waren`,
  allPeriods: 'Alle Zeiträume',
  view: 'Ansicht',
  conflictsOnly: 'Nur Konflikte',
  sortBy: 'Sortieren nach',
  sort: { sector: 'Bereich', actor: 'Akteur', roles: 'Anzahl der Rollen' },
  date: 'Stand am',
  sectors: LABELS_DE.sectors,
  mandate: { none: 'ohne Mandat', advisory: 'beratend', binding: 'entscheidet verbindlich' },
  staffing: { paid: 'hauptamtlich', volunteer: 'ehrenamtlich' },
  conflictStatus: {
    ...LABELS_DE.conflictStatus,
    unnamed: 'von den Partnern nicht benannt',
    unknown: 'nicht angegeben',
  },
  since: (date) => `seit ${date}`,
  until: (date) => `bis ${date}`,
  holds: 'hat die Rolle inne',
  inBody: (body) => `ausgeübt in: ${body}`,
  notHeld: 'an diesem Tag nicht inne',
  neverHeld: 'nie inne',
  cellConflicts: (n) => (n === 1 ? 'Konflikt' : `${n} Konflikte`),
  rowConflicts: (n) => (n === 1 ? 'Rollenkonflikt' : `${n} Rollenkonflikte`),
  historyHint: 'Verlauf der Besetzung anzeigen',
  scrollHint:
    'Die Tabelle hat weitere Spalten rechts: seitlich scrollen (Wischen, Umschalt und Mausrad oder Pfeiltasten in der Tabelle).',
  shownBelow: 'Angezeigt unterhalb.',
  noRoles: 'Das Dokument enthält keinen Rollenkatalog.',
  nobody: 'Zu diesem Zeitpunkt hat niemand eine Rolle inne.',
  more: (next, remaining) => `Weitere ${next} Akteure anzeigen (von ${remaining} verbleibenden)`,
  noConflicts: 'Keine Rollenkonflikte in dieser Ansicht.',
};

export const roleMatrixStrings = new LocalizedStrings<RoleMatrixStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
