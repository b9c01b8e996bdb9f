import type { LoadError } from './events.js';
import type { UiLanguage } from './i18n.js';

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
    case 'version':
      return 'Das Dokument verwendet eine neuere Version des Formats.';
    case 'invalid':
      return 'Das Dokument entspricht nicht dem Koop-Format.';
  }
};

const reasonEn = (error: LoadError): string => {
  switch (error.kind) {
    case 'network':
      return 'The server could not be reached (network error).';
    case 'timeout':
      return 'The server did not answer in time (timeout).';
    case 'http':
      return error.status === 404
        ? 'The document was not found (HTTP 404).'
        : `The server answered with an error (HTTP ${error.status}).`;
    case 'empty':
      return 'The document is empty.';
    case 'not-json':
      return 'A web page (HTML) came back instead of JSON data – is the address right?';
    case 'json':
      return 'The document is not valid JSON.';
    case 'too-large':
      return 'The document is too large (over 10 MB).';
    case 'version':
      return 'The document uses a newer version of the format.';
    case 'invalid':
      return 'The document does not follow the Koop format.';
  }
};

export const coreStrings: Record<UiLanguage, CoreStrings> = {
  de: {
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
  },
  en: {
    noSource: 'No document given. Please set the src attribute to the address of a Koop JSON file.',
    loading: 'Loading data …',
    loaded: (name) => `Data loaded: ${name}`,
    errorTitle: 'The data cannot be shown.',
    errorReason: reasonEn,
    problemsHeading: (count) => (count === 1 ? '1 problem:' : `${count} problems:`),
    moreProblems: (count) => `… and ${count} more.`,
    retry: 'Try again',
    staleNotice: (reason) => `Refresh failed: ${reason} Showing the last valid data.`,
    warningsSummary: (count) => (count === 1 ? '1 note on the data' : `${count} notes on the data`),
    updatedAt: (date) => `As of ${date}`,
    documentRoot: '(document)',
  },
};
