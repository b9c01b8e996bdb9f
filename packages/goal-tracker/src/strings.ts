import {
  LABELS_DE,
  type GoalLevel,
  type GoalStatus,
  type MilestoneStatus,
  type ObservationFlag,
  type Forecast,
  type Perspective,
} from '@koop/schema';
import { LocalizedStrings } from '@koop/core';

export interface GoalTrackerStrings {
  heading: string;
  summary: (count: number, byStatus: string) => string;
  statusCount: (count: number, status: string) => string;
  noGoals: string;
  goalNotFound: (id: string) => string;
  expandAll: string;
  collapseAll: string;
  /** The toggle that shares a goal with the other widgets of a `<koop-data>`. */
  showLinked: string;
  status: Record<GoalStatus, string>;
  statusUnknown: string;
  level: Record<GoalLevel, string>;
  perspective: Record<Perspective, string>;
  perspectiveLabel: string;
  owners: string;
  reason: string;
  bringsTogether: string;
  sharedIn: string;
  indicators: string;
  baseline: string;
  target: string;
  /** The label of an indicator's targets other than the one progress refers to. */
  otherTargets: string;
  latest: string;
  progress: (percent: string) => string;
  forecast: Record<Forecast, string>;
  projection: (value: string, date: string) => string;
  showTable: string;
  hideTable: string;
  tableCaption: (name: string) => string;
  date: string;
  value: string;
  note: string;
  source: string;
  kindBaseline: string;
  kindTarget: string;
  kindObservation: string;
  /** The value of an observation with `value: null`. */
  gap: string;
  flag: Record<ObservationFlag, string>;
  milestones: string;
  milestoneStatus: Record<MilestoneStatus, string>;
  subgoals: (count: number) => string;
  showMore: (next: number, remaining: number) => string;
  noData: string;
}

const de: GoalTrackerStrings = {
  heading: 'Ziele',
  summary: (count, byStatus) =>
    `${count === 1 ? '1 Ziel' : `${count} Ziele`}${byStatus ? `: ${byStatus}` : ''}`,
  statusCount: (count, status) => `${count} ${status}`,
  noGoals: 'Für diese Kooperation sind noch keine Ziele eingetragen.',
  goalNotFound: (id) => `Das Ziel „${id}“ gibt es in diesem Dokument nicht.`,
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  showLinked: 'Zugehöriges auf dieser Seite hervorheben',
  status: LABELS_DE.goalStatus,
  statusUnknown: 'ohne Status',
  level: { vision: 'Vision', goal: 'Ziel', objective: 'Teilziel' },
  perspective: {
    shared: 'Gemeinsames Ziel',
    'civil-society': 'Ziel der Zivilgesellschaft',
    administration: 'Ziel der Verwaltung',
    business: 'Ziel der Wirtschaft',
    funder: 'Ziel der Fördernden',
  },
  perspectiveLabel: 'Perspektive',
  owners: 'Verantwortlich',
  reason: 'Begründung',
  bringsTogether: 'Führt zusammen',
  sharedIn: 'Eingeflossen in',
  indicators: 'Indikatoren',
  baseline: 'Ausgangswert',
  target: 'Zielwert',
  otherTargets: 'Weitere Zielwerte',
  latest: 'Aktuell',
  progress: (percent) => `${percent} des Wegs zum Zielwert`,
  forecast: {
    reached: 'Zielwert erreicht',
    'on-track': 'Prognose: Zielwert wird erreicht',
    'at-risk': 'Gefährdet: Zielwert wird nach dem bisherigen Verlauf verfehlt',
    missed: 'Zieldatum verstrichen, Zielwert nicht erreicht',
    unknown: '',
  },
  projection: (value, date) => `Prognose für ${date}: ${value}`,
  showTable: 'Daten als Tabelle',
  hideTable: 'Tabelle ausblenden',
  tableCaption: (name) => `Werte des Indikators „${name}“`,
  date: 'Datum',
  value: 'Wert',
  note: 'Anmerkung',
  source: 'Quelle',
  kindBaseline: 'Ausgangswert',
  kindTarget: 'Zielwert',
  gap: 'keine Angabe (Lücke)',
  flag: {
    provisional: 'vorläufig',
    revised: 'revidiert',
    estimated: 'geschätzt',
    'break-in-series': 'Zeitreihenbruch',
  },
  kindObservation: 'Messung',
  milestones: 'Meilensteine',
  milestoneStatus: { planned: 'geplant', reached: 'erreicht', delayed: 'verzögert', dropped: 'entfallen' },
  subgoals: (count) => (count === 1 ? '1 Unterziel' : `${count} Unterziele`),
  showMore: (next, remaining) => `${next} weitere Ziele anzeigen (noch ${remaining})`,
  noData: 'Noch keine Messwerte.',
};

export const goalTrackerStrings = new LocalizedStrings<GoalTrackerStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
