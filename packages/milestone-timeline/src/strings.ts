import type { MilestoneKind, MilestoneStatus, PhaseType } from '@koop/schema';
import { LocalizedStrings } from '@koop/core';
import type { DelayUnit } from './timeline-index.js';
import type { GroupBy, Zoom } from './layout.js';

export interface TimelineStrings {
  heading: string;
  summary: (milestones: number, phases: number, byStatus: string) => string;
  empty: string;
  kind: Record<MilestoneKind | 'none', string>;
  status: Record<MilestoneStatus | 'none', string>;
  phaseType: Record<PhaseType, string>;
  zoom: Record<Zoom, string>;
  zoomLabel: string;
  panLabel: string;
  earlier: string;
  later: string;
  today: string;
  asList: string;
  axis: (count: number) => string;
  shown: (from: string, to: string) => string;
  planned: string;
  actual: string;
  delay: (amount: number, unit: DelayUnit) => string;
  phase: string;
  outsidePhases: string;
  goals: string;
  actors: string;
  questions: string;
  guideQuestions: string[];
  guideNote: string;
  hint: string;
  selected: (title: string) => string;
  legend: string;
  delayLegend: string;
  undated: string;
  undatedIntro: string;
  cliff: string;
  cliffText: (name: string, date: string) => string;
  cliffMilestones: string;
  cliffRoles: string;
  cliffMark: (name: string, date: string) => string;
  until: (date: string) => string;
  range: (from: string, to: string) => string;
  funders: string;
  /** The sum granted for a funding period (`amount`). */
  amount: string;
  none: Record<GroupBy, string>;
  phasesHeading: string;
  milestones: string;
  more: (next: number, remaining: number) => string;
}

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const de: TimelineStrings = {
  heading: 'Zeitplan und Meilensteine',
  summary: (m, p, byStatus) =>
    `${count(m, 'Meilenstein', 'Meilensteine')}${byStatus ? ` (${byStatus})` : ''}, ${count(p, 'Phase', 'Phasen')}`,
  empty: 'Für diese Kooperation sind noch keine Phasen oder Meilensteine eingetragen.',
  kind: {
    content: 'Inhaltlicher Meilenstein',
    process: 'Prozess-Meilenstein',
    reflection: 'Reflexionspunkt',
    none: 'Meilenstein',
  },
  status: {
    planned: 'geplant',
    reached: 'erreicht',
    delayed: 'verzögert',
    dropped: 'entfallen',
    none: 'ohne Status',
  },
  phaseType: {
    'co-planning': 'Ko-Planung',
    'co-design': 'Ko-Design',
    'co-implementation': 'Ko-Implementierung',
    'co-evaluation': 'Ko-Evaluation',
    'funding-period': 'Förderzeitraum',
    other: 'Phase',
  },
  zoom: { years: 'Jahre', quarters: 'Quartale', months: 'Monate' },
  zoomLabel: 'Maßstab',
  panLabel: 'Verschieben',
  earlier: 'Früher',
  later: 'Später',
  today: 'Heute',
  asList: 'Als Liste',
  axis: (n) =>
    `Zeitachse, ${count(n, 'Meilenstein', 'Meilensteine')}. Pfeiltasten: nächster Meilenstein, Plus und Minus: Maßstab`,
  shown: (from, to) => `Angezeigt: ${from} bis ${to}`,
  planned: 'Geplant',
  actual: 'Tatsächlich',
  delay: (n, unit) => {
    if (n === 0) return 'wie geplant';
    const a = Math.abs(n);
    const word =
      unit === 'day'
        ? count(a, 'Tag', 'Tage')
        : unit === 'month'
          ? count(a, 'Monat', 'Monate')
          : count(a, 'Jahr', 'Jahre');
    return `${word} ${n > 0 ? 'später' : 'früher'}`;
  },
  phase: 'Phase',
  outsidePhases: 'außerhalb aller Phasen',
  goals: 'Ziele',
  actors: 'Verantwortlich',
  questions: 'Fragen für den Reflexionspunkt',
  guideQuestions: [
    'Werden die Ziele noch gemeinsam getragen?',
    'Sind wir den Zielen näher gekommen?',
    'Passen die Strukturen noch zu den Ressourcen?',
  ],
  guideNote: 'Leitfragen des Handlungsleitfadens (im Dokument sind keine eigenen Fragen eingetragen).',
  hint: 'Einen Meilenstein anklicken oder mit der Eingabetaste auswählen, um Einzelheiten zu sehen.',
  selected: (title) => `Einzelheiten zu „${title}“ unter der Zeitachse.`,
  legend: 'Legende',
  delayLegend: 'gestrichelt: geplanter Termin, Linie bis zum tatsächlichen',
  undated: 'Ohne Datum',
  undatedIntro: 'Diese Einträge haben kein Datum und fehlen deshalb auf der Zeitachse:',
  cliff: 'Förderende ohne Anschlussfinanzierung',
  cliffText: (name, date) => `„${name}“ endet am ${date}. Eine Anschlussförderung ist nicht eingetragen.`,
  cliffMilestones: 'Danach liegen diese Meilensteine:',
  cliffRoles: 'Bezahlte Rollen über das Förderende hinaus:',
  cliffMark: (name, date) => `Förderende ohne Anschluss: ${name}, ${date}`,
  until: (date) => `bis ${date}`,
  range: (from, to) => `${from} bis ${to}`,
  funders: 'Gefördert von',
  amount: 'Fördersumme',
  none: { phase: 'Ohne Phase', goal: 'Ohne Ziel', actor: 'Ohne Beteiligte' },
  phasesHeading: 'Phasen und Förderzeiträume',
  milestones: 'Meilensteine in zeitlicher Reihenfolge',
  more: (next, remaining) => `${next} weitere Meilensteine anzeigen (noch ${remaining})`,
};

export const timelineStrings = new LocalizedStrings<TimelineStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
