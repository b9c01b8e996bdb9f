import {
  LABELS_DE,
  type DecisionProcedure,
  type EntryStatus,
  type EntryType,
  type MeetingFormat,
} from '@koop/schema';
import { LocalizedStrings } from '@koop/core';

export interface FeedStrings {
  heading: string;
  filters: string;
  search: string;
  searchHint: string;
  type: string;
  /** How the entry types are operated: one tab stop, arrow keys within. */
  typesHint: string;
  actor: string;
  goal: string;
  year: string;
  all: string;
  resetFilters: string;
  count: (shown: number, total: number) => string;
  noEntries: string;
  noMatches: string;
  more: (next: number, remaining: number) => string;
  types: Record<EntryType, string>;
  status: Record<EntryStatus, string>;
  /** The list of an entry's parts (`partOf`): a meeting's agenda, another entry's parts. */
  parts: (type: EntryType) => string;
  /** The line of an entry listed apart from the entry it is part of. */
  partOf: string;
  who: string;
  why: string;
  how: string;
  results: string;
  moves: string;
  links: string;
  formats: Record<MeetingFormat, string>;
  procedures: Record<DecisionProcedure, string>;
  body: string;
  outcome: string;
  binding: string;
  notBinding: string;
  permalink: string;
  isNew: string;
  newEntries: (count: number, titles: string) => string;
  download: string;
  downloadJson: string;
  downloadAtom: string;
  downloadIcal: string;
}

const de: FeedStrings = {
  heading: 'Chronik der Zusammenarbeit',
  filters: 'Einträge filtern',
  search: 'Suche in Titel und Zusammenfassung',
  searchHint: 'Alle eingegebenen Wörter müssen vorkommen.',
  type: 'Art',
  typesHint: 'Pfeiltasten: zur nächsten Art; Leertaste: an- oder abwählen.',
  actor: 'Beteiligte',
  goal: 'Ziel',
  year: 'Jahr',
  all: 'Alle',
  resetFilters: 'Filter zurücksetzen',
  count: (shown, total) => (shown === total ? `${total} Einträge` : `${shown} von ${total} Einträgen`),
  noEntries: 'Noch keine Einträge.',
  noMatches: 'Keine Einträge passen zu diesen Filtern.',
  more: (next, remaining) => `Weitere laden (${next} von ${remaining} verbleibenden)`,
  types: LABELS_DE.entryTypes,
  who: 'Wer',
  why: 'Mit welchem Ziel',
  how: 'In welcher Weise',
  results: 'Ergebnisse',
  moves: 'Bewegt die Meilensteine',
  links: 'Dokumente',
  formats: { 'in-person': 'Präsenz', online: 'online', hybrid: 'hybrid', written: 'schriftlich' },
  procedures: {
    consensus: 'Konsens',
    majority: 'Mehrheitsentscheid',
    'systemic-consensing': 'Systemisches Konsensieren',
    unanimity: 'einstimmig',
    other: 'anderes Verfahren',
  },
  body: 'Gremium',
  outcome: 'Ergebnis',
  binding: 'verbindlich',
  notBinding: 'nicht verbindlich',
  permalink: 'Link zu diesem Eintrag',
  status: LABELS_DE.entryStatus,
  parts: (type) => (type === 'meeting' ? 'Tagesordnung' : 'Dazu gehört'),
  partOf: 'Teil von',
  isNew: 'Neu',
  newEntries: (count, titles) => `${count === 1 ? 'Ein neuer Eintrag' : `${count} neue Einträge`}: ${titles}`,
  download: 'Angezeigte Einträge herunterladen:',
  downloadJson: 'JSON Feed',
  downloadAtom: 'Atom-Feed',
  downloadIcal: 'Kalender (iCalendar)',
};

export const feedStrings = new LocalizedStrings<FeedStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
