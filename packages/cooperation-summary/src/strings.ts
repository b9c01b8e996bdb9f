import { LABELS_DE, type CooperationType, type GoalStatus, type Sector, type Staffing } from '@koop/schema';
import { LocalizedStrings } from '@koop/core';
import type { Condition, ConditionStatus, Rhythm } from './summary.js';

export interface SummaryStrings {
  /** The list's name: what the five lines are. */
  conditions: string;
  condition: Record<Condition, string>;
  status: Record<ConditionStatus, string>;
  type: Record<CooperationType, string>;
  /** "seit März 2024", for a period without an end. */
  since: (date: string) => string;
  goals: (total: number) => string;
  goalStatus: Record<GoalStatus, string>;
  indicators: (total: number, measured: number) => string;
  onTrack: (count: number, of: number, percent: string) => string;
  atRisk: (count: number) => string;
  lastObserved: (date: string) => string;
  partners: (count: number, bySector: string) => string;
  sector: Record<Sector | 'none', string>;
  milestones: (reached: number, total: number) => string;
  late: (count: number) => string;
  /** Before the next milestone's title. */
  next: string;
  entries: (count: number) => string;
  /** Before the latest entry's title. */
  latest: string;
  lastMeeting: (date: string) => string;
  noMeeting: string;
  /** The usual time between meetings, in words ("etwa monatlich"); see `rhythmOf`. */
  rhythm: Record<Exclude<Rhythm, number>, string> & { months: (months: number) => string };
  coordination: string;
  staffing: Record<Staffing, string>;
  noCoordinator: string;
  noCoordination: string;
  fundedUntil: (date: string) => string;
  fundedOpen: string;
  notFunded: string;
  cliff: (date: string) => string;
}

const de: SummaryStrings = {
  conditions: 'Bedingungen gemeinsamen Wirkens',
  condition: {
    goals: 'Gemeinsame Ziele',
    indicators: 'Gemeinsame Indikatoren und Messung',
    activities: 'Sich verstärkende Aktivitäten',
    communication: 'Kontinuierliche Kommunikation',
    backbone: 'Koordination (Rückgrat)',
  },
  status: { ok: 'in Ordnung', attention: 'Achtung', none: 'keine Angaben' },
  type: { network: 'Netzwerk', cooperation: 'Kooperation', 'co-production': 'Ko-Produktion' },
  since: (date) => `seit ${date}`,
  goals: (total) => (total === 1 ? '1 Ziel' : `${total} Ziele`),
  goalStatus: LABELS_DE.goalStatus,
  indicators: (total, measured) =>
    `${total === 1 ? '1 Indikator' : `${total} Indikatoren`}, ${measured} mit Messwert`,
  onTrack: (count, of, percent) => `${count} von ${of} im Plan (${percent})`,
  atRisk: (count) => `${count} gefährdet oder verfehlt`,
  lastObserved: (date) => `letzte Messung ${date}`,
  partners: (count, bySector) => `${count === 1 ? '1 Partner' : `${count} Partner`}: ${bySector}`,
  sector: LABELS_DE.sectors,
  milestones: (reached, total) => `${reached} von ${total} Meilensteinen erreicht`,
  late: (count) => `${count} verzögert oder überfällig`,
  next: 'nächster',
  entries: (count) => (count === 1 ? '1 Eintrag' : `${count} Einträge`),
  latest: 'zuletzt',
  lastMeeting: (date) => `letzte Sitzung ${date}`,
  noMeeting: 'noch keine Sitzung',
  rhythm: {
    weekly: 'etwa wöchentlich',
    biweekly: 'etwa alle zwei Wochen',
    monthly: 'etwa monatlich',
    yearly: 'etwa jährlich',
    months: (months) => `etwa alle ${months} Monate`,
  },
  coordination: 'Koordination',
  staffing: { paid: 'hauptamtlich', volunteer: 'ehrenamtlich' },
  noCoordinator: 'Koordination derzeit nicht besetzt',
  noCoordination: 'keine Koordinationsrolle eingetragen',
  fundedUntil: (date) => `gefördert bis ${date}`,
  fundedOpen: 'gefördert ohne Enddatum',
  notFunded: 'keine laufende Förderung',
  cliff: (date) => `Förderende ohne Anschlussfinanzierung am ${date}`,
};

export const summaryStrings = new LocalizedStrings<SummaryStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
