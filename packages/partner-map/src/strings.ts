import { LABELS_DE, type ActorKind, type Circle, type RelationType, type Sector } from '@koop/schema';
import { LocalizedStrings } from '@koop/core';

export type MapLayout = 'force' | 'sectors' | 'geo';

export interface PartnerMapStrings {
  heading: string;
  summary: (actors: number, relations: number) => string;
  relations: (count: number) => string;
  noActors: string;
  sector: Record<Sector | 'none', string>;
  kind: Record<ActorKind, string>;
  circle: Record<Circle, string>;
  type: Record<RelationType | 'parent', string>;
  layout: Record<MapLayout, string>;
  layoutLabel: string;
  asList: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  view: string;
  saveSvg: string;
  savePng: string;
  legend: string;
  directed: string;
  sectors: string;
  types: string;
  size: { relations: string; circle: string };
  map: string;
  keys: string;
  steps: (count: number) => string;
  selected: (name: string, relations: string) => string;
  arranging: string;
  noCoordinates: string;
  withoutPlace: string;
  missingPlaces: (count: number) => string;
  focusNotFound: (id: string) => string;
  ego: (name: string, depth: number) => string;
  time: string;
  allTimes: string;
  invalidDate: (value: string) => string;
  allHidden: string;
}

const de: PartnerMapStrings = {
  heading: 'Akteure und Beziehungen',
  summary: (actors, relations) =>
    `${actors === 1 ? '1 Akteur' : `${actors} Akteure`}, ${de.relations(relations)}`,
  relations: (count) => (count === 1 ? '1 Beziehung' : `${count} Beziehungen`),
  noActors: 'Für diese Kooperation sind noch keine Akteure eingetragen.',
  // The shared labels; "none" is lower case here, as it stands inside sentences.
  sector: { ...LABELS_DE.sectors, none: 'ohne Sektor' },
  kind: { organisation: 'Organisation', person: 'Person', group: 'Gruppe', body: 'Gremium' },
  circle: {
    core: 'Kernkreis',
    operative: 'operativer Kreis',
    strategic: 'strategischer Kreis',
    supporter: 'Unterstützerkreis',
  },
  type: { ...LABELS_DE.relationTypes, parent: 'gehört zu' },
  layout: { force: 'Netz', sectors: 'Nach Sektoren', geo: 'Nach Orten' },
  layoutLabel: 'Anordnung',
  asList: 'Als Liste',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Ganz zeigen',
  view: 'Ansicht',
  saveSvg: 'Als SVG speichern',
  savePng: 'Als PNG speichern',
  directed: 'Pfeile zeigen die Richtung gerichteter Beziehungen.',
  legend: 'Legende und Filter',
  sectors: 'Sektoren',
  types: 'Beziehungen',
  size: {
    relations: 'Größe: Zahl der Beziehungen',
    circle: 'Größe: Kreis (Kern, operativ, strategisch, unterstützend)',
  },
  map: 'Netzwerkkarte',
  keys: 'Mit Tab in die Karte; Pfeiltasten springen zum nächsten Akteur in der Richtung, Enter wählt ihn aus, Escape hebt die Auswahl auf, + und − zoomen.',
  steps: (count) => (count === 1 ? '1 Schritt' : `${count} Schritte`),
  selected: (name, relations) => `Ausgewählt: ${name}, ${relations}`,
  arranging: 'Die Karte wird angeordnet …',
  noCoordinates: 'Kein Akteur hat Koordinaten; die Karte zeigt das Netz.',
  withoutPlace: 'Ohne Ortsangabe',
  missingPlaces: (count) =>
    `${count === 1 ? '1 Akteur hat' : `${count} Akteure haben`} keine Koordinaten und ${count === 1 ? 'steht' : 'stehen'} unter der Karte.`,
  focusNotFound: (id) =>
    `Den Akteur „${id}“ gibt es in diesem Dokument nicht; die Karte zeigt das ganze Netz.`,
  ego: (name, depth) => `Netz um ${name}: Akteure bis ${de.steps(depth)} entfernt`,
  time: 'Zeitpunkt',
  allTimes: 'alle Zeitpunkte',
  invalidDate: (value) => `„${value}“ ist kein gültiges Datum; die Karte zeigt alle Zeitpunkte.`,
  allHidden: 'Alle Akteure sind ausgeblendet. Die Legende blendet sie wieder ein.',
};

export const partnerMapStrings = new LocalizedStrings<PartnerMapStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
