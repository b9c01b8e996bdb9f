import type { LoadError, SelectionKind } from './events.js';
import { LocalizedStrings } from './i18n.js';

export interface CoreStrings {
  noSource: string;
  loading: string;
  loaded: (name: string) => string;
  errorTitle: string;
  errorReason: (error: LoadError) => string;
  problemsHeading: (count: number) => string;
  moreProblems: (count: number) => string;
  retry: string;
  staleNotice: (reason: string) => string;
  warningsSummary: (count: number) => string;
  updatedAt: (date: string) => string;
  documentRoot: string;
  /** The disclosure of the JSON paths beside a list of problems. */
  pathsSummary: string;
  /** The codes a field allows, as written in the file. */
  allowedCodes: (codes: string) => string;
  /** The notice of errors the widget could live with. */
  dataErrors: (count: number) => string;
  /** The status line of a selection made in another widget, e.g. `Akteur „Stadt X“`. */
  linked: (kind: SelectionKind, name: string) => string;
  clearLinked: string;
  /** The mark on items that match it. */
  linkedMark: string;
}

const reasonDe = (error: LoadError): string => {
  switch (error.kind) {
    case 'network':
      return 'Der Server war nicht erreichbar (Netzwerkfehler).';
    case 'timeout':
      return 'Der Server hat nicht rechtzeitig geantwortet (Zeitüberschreitung).';
    case 'http':
      return error.status === 404
        ? 'Das Dokument wurde nicht gefunden (HTTP 404).'
        : `Der Server hat mit einem Fehler geantwortet (HTTP ${error.status}).`;
    case 'empty':
      return 'Das Dokument ist leer.';
    case 'not-json':
      return 'Statt JSON-Daten kam eine Webseite (HTML) zurück – ist die Adresse richtig?';
    case 'json':
      return 'Das Dokument ist kein gültiges JSON.';
    case 'too-large':
      return 'Das Dokument ist zu groß (mehr als 10 MB).';
    case 'redirect':
      return 'Der Server leitet die Anfrage weiter, aber die Weiterleitung führt nicht zum Dokument (z. B. eine Umleitungsschleife).';
    case 'version':
      return 'Das Dokument verwendet eine neuere Version des Formats.';
    case 'invalid':
      return 'Das Dokument entspricht nicht dem Koop-Format.';
  }
};

const de: CoreStrings = {
  noSource: 'Kein Dokument angegeben. Bitte das Attribut src mit der Adresse einer Koop-JSON-Datei setzen.',
  loading: 'Daten werden geladen …',
  loaded: (name) => `Daten geladen: ${name}`,
  errorTitle: 'Die Daten können nicht angezeigt werden.',
  errorReason: reasonDe,
  problemsHeading: (count) => (count === 1 ? '1 Problem:' : `${count} Probleme:`),
  moreProblems: (count) => `… und ${count} weitere.`,
  retry: 'Erneut versuchen',
  staleNotice: (reason) =>
    `Aktualisierung fehlgeschlagen: ${reason} Angezeigt wird der letzte gültige Stand.`,
  warningsSummary: (count) => (count === 1 ? '1 Hinweis zu den Daten' : `${count} Hinweise zu den Daten`),
  updatedAt: (date) => `Stand: ${date}`,
  documentRoot: '(Dokument)',
  pathsSummary: 'Für die Datenpflege: Stellen in der Datei',
  allowedCodes: (codes) => `erlaubte Werte in der Datei: ${codes}`,
  dataErrors: (count) =>
    count === 1
      ? 'Die Daten enthalten einen Fehler; was er betrifft, fehlt in der Anzeige:'
      : `Die Daten enthalten ${count} Fehler; was sie betreffen, fehlt in der Anzeige:`,
  linked: (kind, name) =>
    `Verknüpfte Auswahl: ${{ actor: 'Akteur', goal: 'Ziel', milestone: 'Meilenstein' }[kind]} „${name}“`,
  clearLinked: 'Auswahl aufheben',
  linkedMark: 'Verknüpft',
};

export const coreStrings = new LocalizedStrings<CoreStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
