import { LABELS_DE, type OfferKind, type Sector, type Weekday } from '@koop/schema';
import { LocalizedStrings } from '@koop/core';

export interface DirectoryStrings {
  heading: string;
  filters: string;
  search: string;
  searchHint: string;
  targetGroup: string;
  sector: string;
  district: string;
  kind: string;
  openNow: string;
  openNowHint: string;
  all: string;
  resetFilters: string;
  count: (actors: number, offers: number, totalOffers: number) => string;
  noActors: string;
  noMatches: string;
  view: string;
  cards: string;
  list: string;
  index: string;
  /** The A–Z index's button for a letter: where it jumps. */
  letter: (letter: string) => string;
  /** The letter of names that start with no letter. */
  otherLetter: string;
  more: (next: number, remaining: number) => string;
  offers: string;
  noOffers: string;
  details: string;
  detailsOf: (name: string) => string;
  times: string;
  openAt: (days: string, from: string, until: string) => string;
  isOpen: string;
  contact: string;
  email: string;
  phone: string;
  website: string;
  place: string;
  period: string;
  since: (date: string) => string;
  until: (date: string) => string;
  roles: string;
  relations: string;
  entries: string;
  permalink: string;
  permalinkOffer: string;
  sectors: Readonly<Record<Sector | 'none', string>>;
  kinds: Readonly<Record<OfferKind, string>>;
  days: Readonly<Record<Weekday, string>>;
  relationTypes: Readonly<Record<string, string>>;
  planning: string;
  planningHint: string;
  planningTable: string;
  /** The corner of the table: rows are target groups, columns districts. */
  planningCorner: string;
  total: string;
  gap: string;
  /** The bar chart's caption (its bars are labelled with their counts). */
  chart: string;
  gaps: (list: string) => string;
  noGaps: string;
  noCatalogue: string;
  download: string;
  downloadCsv: string;
  csvHeaders: readonly string[];
}

const de: DirectoryStrings = {
  heading: 'Akteure und Angebote',
  filters: 'Angebote filtern',
  search: 'Suche nach Akteur oder Angebot',
  searchHint: 'Alle eingegebenen Wörter müssen vorkommen; Umlaute und Akzente zählen nicht.',
  targetGroup: 'Zielgruppe',
  sector: 'Sektor',
  district: 'Stadtteil',
  kind: 'Art des Angebots',
  openNow: 'Jetzt geöffnet',
  openNowHint: 'Nur Angebote mit Öffnungszeiten',
  all: 'Alle',
  resetFilters: 'Filter zurücksetzen',
  count: (actors, offers, total) =>
    `${actors === 1 ? 'Ein Akteur' : `${actors} Akteure`}, ${offers === total ? `${total} Angebote` : `${offers} von ${total} Angeboten`}`,
  noActors: 'Noch keine Akteure.',
  noMatches: 'Keine Angebote passen zu diesen Filtern.',
  view: 'Ansicht',
  cards: 'Karten',
  list: 'Liste',
  index: 'Akteure von A bis Z',
  letter: (letter) => `Akteure mit ${letter}`,
  otherLetter: 'andere Zeichen',
  more: (next, remaining) => `Weitere laden (${next} von ${remaining} verbleibenden Angeboten)`,
  offers: 'Angebote',
  noOffers: 'Keine Angebote eingetragen.',
  details: 'Details',
  detailsOf: (name) => `Details zu ${name}`,
  times: 'Öffnungszeiten',
  openAt: (days, from, until) => `${days} ${from}–${until} Uhr`,
  isOpen: 'jetzt geöffnet',
  contact: 'Kontakt',
  email: 'E-Mail',
  phone: 'Telefon',
  website: 'Website',
  place: 'Ort',
  period: 'Zeitraum',
  since: (date) => `seit ${date}`,
  until: (date) => `bis ${date}`,
  roles: 'Rollen in der Kooperation',
  relations: 'Beziehungen',
  entries: 'In der Chronik',
  permalink: 'Link zu diesem Akteur',
  permalinkOffer: 'Link zu diesem Angebot',
  sectors: LABELS_DE.sectors,
  // As in the format's labels (@koop/schema ENUM_LABELS), which widgets do not load.
  kinds: {
    counselling: 'Beratung',
    course: 'Kurs',
    group: 'Gruppe, Treff',
    event: 'Veranstaltung',
    care: 'Betreuung',
    leisure: 'Freizeit',
    service: 'Dienstleistung',
    other: 'anderes Angebot',
  },
  days: { mo: 'Mo', tu: 'Di', we: 'Mi', th: 'Do', fr: 'Fr', sa: 'Sa', su: 'So' },
  relationTypes: LABELS_DE.relationTypes,
  planning: 'Auswertung für die Planung',
  planningHint:
    'Angebote je Zielgruppe und Stadtteil (mit den Filtern außer Zielgruppe und Stadtteil). Eine 0 zeigt eine Lücke: dort gibt es für diese Zielgruppe kein Angebot.',
  planningTable: 'Angebote je Zielgruppe und Stadtteil',
  planningCorner: 'Zielgruppe \\ Stadtteil',
  total: 'Zusammen',
  gap: 'Lücke',
  chart: 'Angebote je Zielgruppe (in jedem Stadtteil)',
  gaps: (list) => `Lücken (kein Angebot): ${list}`,
  noGaps: 'Keine Lücken: jede Zielgruppe hat in jedem Stadtteil ein Angebot.',
  noCatalogue: 'Für die Auswertung braucht das Dokument Zielgruppen und Stadtteile.',
  download: 'Angezeigte Angebote herunterladen:',
  downloadCsv: 'Tabelle (CSV)',
  csvHeaders: [
    'Akteur',
    'Sektor',
    'Angebot',
    'Art',
    'Zielgruppen',
    'Stadtteile',
    'Ort',
    'Öffnungszeiten',
    'E-Mail',
    'Telefon',
    'Website',
    'Seit',
    'Bis',
  ],
};

export const directoryStrings = new LocalizedStrings<DirectoryStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
