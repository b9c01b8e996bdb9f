// The words of proposing and reviewing changes. German is built in; English loads when needed.
import { LocalizedStrings } from '@koop/core';
import type { Refusal } from './read.js';

export type ChangeAction = 'changed' | 'added' | 'removed' | 'new-item' | 'removed-item';
export type ChangeStatus = 'ok' | 'already' | 'conflict' | 'gone';

export interface AnswerContent {
  proposer: string;
  date: string;
  cooperation: string;
  accepted: string[];
  rejected: { what: string; reason: string }[];
  open: string[];
}

export interface ProposalStrings {
  // Start
  proposeHeading: string;
  proposeIntro: string;
  proposeUrlLabel: string;
  proposeOpen: string;
  proposeFileLabel: string;
  reviewHeading: string;
  reviewIntro: string;
  reviewFilesLabel: string;
  reviewFilesHint: string;
  reviewOpenDocument: string;
  // Propose mode
  proposeBanner: (name: string, stand: string) => string;
  proposeDownload: string;
  reviewButton: string;
  dialogHeading: string;
  dialogIntro: string;
  changeCount: (count: number) => string;
  noChanges: string;
  proposerName: string;
  proposerOrganisation: string;
  proposerContact: string;
  proposerContactHint: string;
  proposalNote: string;
  proposalNoteHint: string;
  download: string;
  downloaded: string;
  nameMissing: string;
  organisationMissing: string;
  fileName: string;
  noCrypto: string;
  // Review
  reviewTitle: (name: string) => string;
  reviewScreenIntro: string;
  addProposals: string;
  addProposalsHint: string;
  dropHere: string;
  noProposals: string;
  noDocument: string;
  documentOpened: (name: string) => string;
  refused: (file: string, reason: string) => string;
  refusal: (refusal: Refusal) => string;
  proposalBy: (name: string, organisation: string) => string;
  proposalMade: (date: string) => string;
  contact: string;
  note: string;
  baseSame: string;
  baseOther: (stand: string) => string;
  acceptAll: string;
  rejectAll: string;
  closeProposal: string;
  actions: Record<ChangeAction, string>;
  before: string;
  after: string;
  current: string;
  expected: string;
  notGiven: string;
  status: Record<ChangeStatus, string>;
  conflictWith: (who: string) => string;
  decision: (what: string) => string;
  open: string;
  accept: string;
  reject: string;
  keepCurrent: string;
  takeProposed: string;
  reason: (who: string) => string;
  checkOk: string;
  checkProblems: string;
  blocked: string;
  deleted: string;
  inserted: string;
  tally: (accepted: number, rejected: number, open: number) => string;
  addEntry: string;
  entryTitle: (names: string) => string;
  /** The start of the entry's id. */
  entryId: string;
  apply: string;
  applyNothing: string;
  applyInvalid: string;
  applied: (count: number) => string;
  appliedNone: string;
  answersHeading: string;
  answersIntro: string;
  answerFor: (who: string) => string;
  answer: (content: AnswerContent) => string;
  answerDownload: string;
  answerCopy: string;
  copied: string;
  copyFailed: string;
  answerFileName: string;
  backToDocument: string;
  cancelReview: string;
  changeNumber: (id: string) => string;
}

const bytes = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

const de: ProposalStrings = {
  proposeHeading: 'Änderung vorschlagen',
  proposeIntro:
    'Für Partner der Kooperation: Öffnen Sie die veröffentlichte Datei, ändern Sie Ihre Angaben und laden Sie einen Änderungsvorschlag herunter. Die Geschäftsstelle prüft ihn und übernimmt, was passt.',
  proposeUrlLabel: 'Adresse der veröffentlichten Koop-Datei',
  proposeOpen: 'Vorschlag beginnen',
  proposeFileLabel: 'Veröffentlichte Datei auswählen',
  reviewHeading: 'Vorschläge prüfen',
  reviewIntro:
    'Für die Geschäftsstelle: das aktuelle Dokument und einen oder mehrere Änderungsvorschläge öffnen und jede Änderung annehmen oder ablehnen.',
  reviewFilesLabel: 'Dokument und Vorschläge auswählen',
  reviewFilesHint:
    'Mehrere Dateien auf einmal, auch zusammen hierher gezogen; das Dokument wird am Inhalt erkannt.',
  reviewOpenDocument: 'Vorschläge zum geöffneten Dokument prüfen',

  proposeBanner: (name, stand) =>
    `Änderungsvorschlag zu „${name}“ (Stand ${stand}): Was Sie ändern, geht als Vorschlag an die Geschäftsstelle. Das veröffentlichte Dokument bleibt, wie es ist.`,
  proposeDownload: 'Vorschlag herunterladen …',
  reviewButton: 'Vorschläge prüfen …',
  dialogHeading: 'Vorschlag herunterladen',
  dialogIntro:
    'Die Datei enthält nur Ihre Änderungen und wer sie vorschlägt. Senden Sie sie an die Geschäftsstelle.',
  changeCount: (count) =>
    count === 1 ? 'Ihr Vorschlag enthält 1 Änderung:' : `Ihr Vorschlag enthält ${count} Änderungen:`,
  noChanges: 'Noch keine Änderungen: Ändern Sie zuerst etwas in den Formularen.',
  proposerName: 'Ihr Name',
  proposerOrganisation: 'Ihre Organisation',
  proposerContact: 'Kontakt für Rückfragen (optional)',
  proposerContactHint: 'E-Mail-Adresse oder Telefonnummer; damit die Geschäftsstelle antworten kann.',
  proposalNote: 'Anmerkung an die Geschäftsstelle (optional)',
  proposalNoteHint: 'Zum Beispiel, warum sich etwas geändert hat.',
  download: 'Vorschlag herunterladen',
  downloaded: 'Vorschlag heruntergeladen. Senden Sie die Datei an die Geschäftsstelle.',
  nameMissing: 'Ihr Name fehlt.',
  organisationMissing: 'Ihre Organisation fehlt.',
  fileName: 'vorschlag',
  noCrypto:
    'Diese Seite ist nicht über eine sichere Verbindung (https) geöffnet; so lässt sich kein Vorschlag erstellen.',

  reviewTitle: (name) => `Vorschläge prüfen: ${name}`,
  reviewScreenIntro:
    'Nehmen Sie jede Änderung an oder lehnen Sie sie ab, einzeln oder den ganzen Vorschlag. Das Dokument ändert sich erst mit „Übernehmen“; auch das lässt sich rückgängig machen.',
  addProposals: 'Vorschläge hinzufügen',
  addProposalsHint: 'Eine oder mehrere Vorschlagsdateien (JSON); sie werden nur hier im Browser gelesen.',
  dropHere: '… oder die Dateien hierher ziehen.',
  noProposals: 'Noch kein Vorschlag geöffnet.',
  noDocument:
    'Unter den Dateien war kein Koop-Dokument. Wählen Sie das aktuelle Dokument zusammen mit den Vorschlägen aus.',
  documentOpened: (name) => `Dokument „${name}“ geöffnet.`,
  refused: (file, reason) => `${file} wurde nicht geöffnet: ${reason}`,
  refusal: (r) => {
    switch (r.code) {
      case 'empty':
        return 'Die Datei ist leer.';
      case 'not-json-text':
        return 'Die Datei ist kein JSON (sondern z. B. eine Webseite).';
      case 'json':
        return `Die Datei ist kein gültiges JSON${r.line ? ` (Zeile ${r.line}, Spalte ${r.column})` : ''}.`;
      case 'too-large':
        return `Die Datei ist zu groß für einen Vorschlag (${bytes(r.bytes)}; höchstens 1 MB).`;
      case 'too-deep':
        return 'Die Datei ist zu tief verschachtelt für einen Vorschlag.';
      case 'is-document':
        return 'Das ist ein Koop-Dokument, kein Änderungsvorschlag.';
      case 'not-a-proposal':
        return `Das ist kein Änderungsvorschlag: ${r.problems
          .slice(0, 5)
          .map((p) => `${p.path || '(Datei)'} ${p.message.de}`)
          .join('; ')}${r.problems.length > 5 ? ' …' : ''}.`;
      case 'dangling-tests':
        return 'Der Vorschlag endet mit Prüfungen, auf die keine Änderung folgt.';
      case 'forbidden-name':
        return `Der Vorschlag enthält den unzulässigen Namen „${r.name}“ (bei ${r.where}).`;
      case 'office-field':
        return `Änderung ${r.change} betrifft ${r.path}: Formatversion und Stand setzt nur die Geschäftsstelle.`;
      case 'outside':
        return `Änderung ${r.change} zielt auf ${r.path}, eine Stelle, die es im Koop-Format nicht gibt.`;
      case 'not-in-document':
        return `Änderung ${r.change} zielt auf ${r.path}, eine Stelle, die es im Dokument nicht gibt.`;
      case 'untested':
        return `Änderung ${r.change} ersetzt oder löscht ${r.path}, ohne den bisherigen Wert zu prüfen (test).`;
      case 'huge-value':
        return `Änderung ${r.change} enthält einen zu großen Wert (${bytes(r.bytes)}; höchstens 100 KB).`;
      case 'other-cooperation':
        return `Der Vorschlag gehört zu einer anderen Kooperation („${typeof r.theirs === 'string' ? r.theirs : JSON.stringify(r.theirs)}“).`;
    }
  },
  proposalBy: (name, organisation) => `Vorschlag von ${name} (${organisation})`,
  proposalMade: (date) => `erstellt am ${date}`,
  contact: 'Kontakt:',
  note: 'Anmerkung:',
  baseSame: 'Beruht auf dem aktuellen Stand des Dokuments.',
  baseOther: (stand) =>
    `Beruht auf einem anderen Stand (${stand}). Jede Änderung wird einzeln geprüft; wo sich der Wert inzwischen geändert hat, steht ein Konflikt.`,
  acceptAll: 'Alle annehmen',
  rejectAll: 'Alle ablehnen',
  closeProposal: 'Vorschlag schließen',
  actions: {
    changed: 'geändert',
    added: 'ergänzt',
    removed: 'entfernt',
    'new-item': 'neu hinzugefügt',
    'removed-item': 'gelöscht',
  },
  before: 'Bisher',
  after: 'Vorschlag',
  current: 'Jetzt im Dokument',
  expected: 'Als der Vorschlag entstand',
  notGiven: '– nicht angegeben –',
  status: {
    ok: 'Passt zum aktuellen Stand.',
    already: 'Steht schon so im Dokument: nichts zu tun.',
    conflict: 'Konflikt: Der Wert hat sich geändert, seit der Vorschlag entstand. Wählen Sie, welcher gilt.',
    gone: 'Nicht mehr anwendbar: Den Eintrag oder das Feld gibt es so nicht mehr.',
  },
  conflictWith: (who) => `Konflikt: ${who} ändert denselben Wert. Wählen Sie, welcher gilt.`,
  decision: (what) => `Entscheidung: ${what}`,
  open: 'Offen',
  accept: 'Annehmen',
  reject: 'Ablehnen',
  keepCurrent: 'Jetzigen Wert behalten (ablehnen)',
  takeProposed: 'Vorgeschlagenen Wert übernehmen',
  reason: (who) => `Begründung für ${who} (optional)`,
  checkOk: 'Datenprüfung: keine neuen Probleme.',
  checkProblems: 'Datenprüfung mit dieser Änderung:',
  blocked: 'Kann nicht angenommen werden, weil die Daten damit Fehler hätten.',
  deleted: 'gelöscht:',
  inserted: 'eingefügt:',
  tally: (accepted, rejected, open) => `${accepted} angenommen, ${rejected} abgelehnt, ${open} offen`,
  addEntry: 'In der Chronik festhalten, wessen Vorschläge übernommen wurden',
  entryTitle: (names) => `Änderungen übernommen: Vorschläge von ${names}`,
  entryId: 'aenderungen-uebernommen',
  apply: 'Übernehmen',
  applyNothing: 'Nehmen Sie zuerst mindestens eine Änderung an.',
  applyInvalid: 'Übernehmen nicht möglich: Das Ergebnis hätte Fehler.',
  applied: (count) =>
    count === 1
      ? '1 Änderung übernommen. Laden Sie das Dokument herunter, um es zu veröffentlichen.'
      : `${count} Änderungen übernommen. Laden Sie das Dokument herunter, um es zu veröffentlichen.`,
  appliedNone: 'Nichts übernommen.',
  answersHeading: 'Antworten an die Vorschlagenden',
  answersIntro: 'Senden Sie jede Antwort als Datei oder kopieren Sie den Text in eine E-Mail.',
  answerFor: (who) => `Antwort an ${who}`,
  answer: (c) =>
    [
      `Antwort auf Ihren Änderungsvorschlag vom ${c.date} zu „${c.cooperation}“`,
      '',
      `Guten Tag ${c.proposer},`,
      '',
      'vielen Dank für Ihren Vorschlag.',
      ...(c.accepted.length ? ['', 'Übernommen:', list(c.accepted)] : []),
      ...(c.rejected.length
        ? [
            '',
            'Nicht übernommen:',
            list(c.rejected.map((r) => (r.reason ? `${r.what} – Begründung: ${r.reason}` : r.what))),
          ]
        : []),
      ...(c.open.length ? ['', 'Noch offen:', list(c.open)] : []),
      '',
      'Mit freundlichen Grüßen',
      'Ihre Geschäftsstelle',
      '',
    ].join('\n'),
  answerDownload: 'Antwort herunterladen (Text)',
  answerCopy: 'Antwort kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Kopieren nicht möglich: Bitte den Text markieren und kopieren.',
  answerFileName: 'antwort',
  backToDocument: 'Zum Dokument',
  cancelReview: 'Zurück zum Dokument, ohne zu übernehmen',
  changeNumber: (id) => `Änderung ${id}`,
};

export const proposalStrings = new LocalizedStrings<ProposalStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
