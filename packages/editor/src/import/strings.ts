// The words of the "Importieren …" dialog. German is built in; English loads when needed. Both
// load with the dialog, so an editor that never imports does not carry them.
import { LocalizedStrings } from '@koop/core';

export type ChangeKindWord = 'added' | 'changed' | 'removed';

export interface ImportStrings {
  heading: string;
  intro: string;
  format: string;
  file: string;
  files: string;
  fileHint: (extensions: string) => string;
  url: string;
  urlOr: string;
  urlHint: string;
  apiUrlHint: string;
  options: string;
  removeMissing: string;
  removeMissingHint: string;
  read: string;
  chooseSource: string;
  chooseUrl: string;
  badUrl: string;
  running: (source: string) => string;
  progress: (done: number, total: number | undefined) => string;
  cancelRun: string;
  cancelled: string;
  failedHeading: string;
  failedIntro: string;
  warningsHeading: string;
  error: string;
  warning: string;
  at: (where: string) => string;
  readFailed: (source: string, reason: string) => string;
  http: (status: number) => string;
  unreachable: string;
  otherHost: (host: string) => string;
  planHeading: (source: string) => string;
  planIntro: string;
  noChanges: (unchanged: number) => string;
  groupSummary: (counts: Record<ChangeKindWord | 'unchanged', number>) => string;
  kind: Record<ChangeKindWord, string>;
  all: string;
  none: string;
  fields: (names: string[]) => string;
  needs: (what: string) => string;
  cooperation: string;
  tally: (ticked: number, total: number) => string;
  apply: string;
  back: string;
  nothingTicked: string;
  documentChanged: string;
  applied: (count: number, skipped: number) => string;
}

const de: ImportStrings = {
  heading: 'Importieren',
  intro:
    'Daten aus einer Datei oder von einer Adresse übernehmen. Vor dem Übernehmen zeigt die Liste, was sich ändert; einzelne Änderungen lassen sich abwählen. Ein zweiter Import derselben Quelle ändert nichts.',
  format: 'Format',
  file: 'Datei',
  files: 'Dateien (eine oder mehrere)',
  fileHint: (extensions) => `Dateien mit der Endung ${extensions}.`,
  url: 'Adresse (URL)',
  urlOr: 'Oder Adresse (URL)',
  urlHint: 'Es wird nur diese Adresse abgerufen.',
  apiUrlHint: 'Abgerufen werden nur Adressen desselben Servers.',
  options: 'Einstellungen',
  removeMissing: 'Einträge entfernen, die die Quelle nicht mehr enthält',
  removeMissingHint:
    'Nur Einträge, die aus einer Quelle dieses Formats stammen; von Hand angelegte bleiben erhalten.',
  read: 'Änderungen anzeigen',
  chooseSource: 'Bitte eine Datei wählen oder eine Adresse angeben.',
  chooseUrl: 'Bitte eine Adresse angeben.',
  badUrl: 'Die Adresse muss mit https:// oder http:// beginnen.',
  running: (source) => `Lese ${source} …`,
  progress: (done, total) => (total === undefined ? `${done} gelesen` : `${done} von ${total} gelesen`),
  cancelRun: 'Import abbrechen',
  cancelled: 'Import abgebrochen. Es wurde nichts übernommen.',
  failedHeading: 'Die Quelle kann so nicht importiert werden',
  failedIntro: 'Es wurde nichts übernommen. Bitte die Quelle an diesen Stellen korrigieren:',
  warningsHeading: 'Hinweise zur Quelle',
  error: 'Fehler',
  warning: 'Hinweis',
  at: (where) => `(${where})`,
  readFailed: (source, reason) => `${source} konnte nicht gelesen werden: ${reason}`,
  http: (status) => `Der Server antwortet mit Status ${status}.`,
  unreachable: 'Die Adresse ist nicht erreichbar oder leitet weiter; Weiterleitungen werden nicht verfolgt.',
  otherHost: (host) => `Eine Adresse außerhalb von ${host} wird nicht abgerufen.`,
  planHeading: (source) => `Änderungen aus ${source}`,
  planIntro: 'Abgewählte Änderungen werden nicht übernommen. Alles zusammen lässt sich rückgängig machen.',
  noChanges: (unchanged) =>
    `Keine Änderungen: Das Dokument enthält schon alles aus der Quelle (${unchanged} unverändert).`,
  groupSummary: (c) =>
    `${c.added} neu, ${c.changed} geändert, ${c.removed} entfernt, ${c.unchanged} unverändert`,
  kind: { added: 'Neu', changed: 'Geändert', removed: 'Entfernt' },
  all: 'Alle',
  none: 'Keine',
  fields: (names) => `Felder: ${names.join(', ')}`,
  needs: (what) => `Braucht: ${what}`,
  cooperation: 'Kooperation',
  tally: (ticked, total) => `${ticked} von ${total} Änderungen ausgewählt.`,
  apply: 'Übernehmen',
  back: 'Zurück',
  nothingTicked: 'Keine Änderung ausgewählt.',
  documentChanged: 'Das Dokument hat sich geändert; die Liste ist neu berechnet.',
  applied: (count, skipped) =>
    `${count === 1 ? '1 Änderung' : `${count} Änderungen`} übernommen${
      skipped ? `; ${skipped} nicht, weil sie Abgewähltes brauchen` : ''
    }.`,
};

export const importStrings = new LocalizedStrings<ImportStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
