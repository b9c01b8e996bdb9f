// The editor's words. German is built in; English loads the first time it is needed.
import { LocalizedStrings } from '@koop/core';

export type WidgetTag =
  | 'koop-goal-tracker'
  | 'koop-milestone-timeline'
  | 'koop-partner-map'
  | 'koop-role-matrix'
  | 'koop-transparency-feed';

export type OpenFailure =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'json'
  | 'invalid-url'
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-a-document';

export interface EditorStrings {
  heading: string;
  /** Field labels by field name, or by the end of its path (`target.value`, `relations.source`). */
  fields: Record<string, string>;
  /** Help below a field, by the same keys. */
  hints: Record<string, string>;
  /** One item of a list, by the list's field name (`Akteur`). */
  items: Record<string, string>;
  /** Labels of enumerations no widget names, by the same keys as fields. */
  enums: Record<string, Record<string, string>>;
  documentSection: string;
  sections: string;

  // Start
  startHeading: string;
  startIntro: string;
  startBlank: string;
  startBlankHint: string;
  startTemplate: string;
  startTemplateHint: string;
  startUrl: string;
  urlLabel: string;
  urlOpen: string;
  startFile: string;
  fileLabel: string;
  fileHint: string;
  dropHere: string;
  startRestore: (name: string, time: string) => string;
  startRestoreHint: string;
  opening: string;
  openFailed: (failure: OpenFailure, detail?: string) => string;
  replaceWarning: string;
  cancel: string;
  /** The toolbar's button that opens the import dialog. */
  importButton: string;
  backToDocument: string;

  // Toolbar
  toolbar: string;
  newOrOpen: string;
  undo: string;
  redo: string;
  undoWhat: (what: string) => string;
  redoWhat: (what: string) => string;
  nothingToUndo: string;
  nothingToRedo: string;
  download: string;
  copySnippet: string;
  saving: string;
  saved: string;
  saveFailed: string;
  notDownloaded: string;
  downloaded: string;
  restored: (time: string) => string;
  undone: (what: string) => string;
  redone: (what: string) => string;
  /** What a change did, for the undo button and announcements. */
  change: (action: string, where: string) => string;
  leaveWarning: string;

  // Lists
  listOf: (list: string) => string;
  add: (item: string) => string;
  duplicate: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  edit: string;
  search: string;
  filter: string;
  filterAll: string;
  onlyProblems: string;
  shown: (shown: number, total: number) => string;
  showMore: (count: number) => string;
  noItems: (list: string) => string;
  noMatches: string;
  unnamed: (item: string, position: number) => string;
  removed: (what: string) => string;
  added: (what: string) => string;
  moved: (what: string, position: number) => string;
  itemHeading: (item: string, name: string) => string;
  backToList: (list: string) => string;
  position: (position: number, total: number) => string;

  // Delete
  confirmRemove: (what: string) => string;
  referencesHeading: (count: number) => string;
  referencesIntro: string;
  removeAnyway: string;
  noReferences: string;

  // Fields
  required: string;
  optional: string;
  notGiven: string;
  choose: string;
  missingChoice: (id: string) => string;
  language: (tag: string) => string;
  addLanguage: string;
  addLanguageLabel: string;
  year: string;
  month: string;
  day: string;
  time: string;
  months: string[];
  dateRaw: string;
  addReference: (item: string) => string;
  removeReference: (name: string) => string;
  noneChosen: string;
  roleTypeGroup: string;
  roleGroup: string;
  first: string;
  second: string;
  idHint: string;
  idFollows: string;
  numberHint: string;
  yes: string;
  no: string;
  addText: (item: string) => string;
  defaultRules: string;
  defaultRulesIntro: string;

  // Problems
  problemsHeading: (errors: number, warnings: number) => string;
  problemCount: (count: number) => string;
  noProblems: string;
  problemsIntro: string;
  errorsLabel: string;
  warningsLabel: string;
  isMissing: (field: string) => string;
  documentAsWhole: string;
  errorPrefix: string;
  warningPrefix: string;

  // Preview
  preview: string;
  previewChoice: string;
  previewAuto: string;
  previewAll: string;
  previewInvalid: string;
  widgets: Record<WidgetTag, string>;

  // Snippet
  snippetHeading: string;
  snippetIntro: string;
  snippetUrl: string;
  snippetUrlHint: string;
  snippetCode: string;
  snippetCopy: string;
  snippetCopied: string;
  snippetCopyFailed: string;
  close: string;
}

const de: EditorStrings = {
  heading: 'Daten bearbeiten',
  fields: {
    schemaVersion: 'Formatversion',
    updatedAt: 'Stand',
    lang: 'Hauptsprache der Texte',
    license: 'Lizenz der Daten',
    notice: 'Hinweis unter jedem Widget',
    publisher: 'Herausgeber',
    cooperation: 'Kooperation',
    'cooperation.name': 'Name der Kooperation',
    actors: 'Akteure',
    relations: 'Beziehungen',
    roles: 'Rollen',
    assignments: 'Rollenbesetzung',
    conflicts: 'Rollenkonflikte',
    conflictRules: 'Eigene Konfliktregeln',
    defaultConflictRules: 'Standard-Konfliktregeln des Leitfadens anwenden',
    goals: 'Ziele',
    phases: 'Phasen',
    milestones: 'Meilensteine',
    entries: 'Chronik',
    id: 'Kennung',
    name: 'Name',
    shortName: 'Kurzname',
    title: 'Titel',
    summary: 'Zusammenfassung',
    description: 'Beschreibung',
    type: 'Art',
    kind: 'Art',
    period: 'Zeitraum',
    start: 'Beginn',
    end: 'Ende',
    since: 'Seit',
    until: 'Bis',
    website: 'Website',
    url: 'Adresse (URL)',
    email: 'E-Mail',
    area: 'Gebiet',
    sector: 'Sektor',
    circle: 'Kreis',
    location: 'Ort',
    label: 'Bezeichnung',
    'location.label': 'Name des Orts',
    lat: 'Breitengrad',
    lon: 'Längengrad',
    parent: 'Teil von',
    'goals.parent': 'Übergeordnetes Ziel',
    'relations.source': 'Von (Akteur)',
    'relations.target': 'Zu (Akteur)',
    directed: 'Gerichtet (von → zu)',
    actor: 'Akteur',
    role: 'Rolle',
    'conflicts.roles': 'Rollen, die in Konflikt stehen',
    'conflictRules.roles': 'Rollenpaar',
    holder: 'Person',
    mandate: 'Mandat',
    staffing: 'Besetzung',
    note: 'Anmerkung',
    status: 'Status',
    mitigation: 'Vereinbarter Umgang',
    level: 'Ebene',
    perspective: 'Perspektive',
    basedOn: 'Führt zusammen (Ziele der einzelnen Seiten)',
    owners: 'Verantwortlich',
    statusReason: 'Begründung des Status',
    indicators: 'Indikatoren',
    unit: 'Einheit',
    measure: 'Messart',
    direction: 'Richtung des Fortschritts',
    scale: 'Stufen der Skala',
    baseline: 'Ausgangswert',
    'baseline.value': 'Ausgangswert',
    'baseline.date': 'Datum des Ausgangswerts',
    target: 'Zielwert',
    'target.value': 'Zielwert',
    'target.date': 'Zieldatum',
    observations: 'Messwerte',
    value: 'Wert',
    date: 'Datum',
    source: 'Quelle',
    sourceUrl: 'Adresse der Quelle',
    funders: 'Förderer',
    followUp: 'Anschlussphase',
    planned: 'Geplant für',
    actual: 'Tatsächlich erreicht am',
    phase: 'Phase',
    'milestones.goals': 'Ziele, zu denen er gehört',
    'milestones.actors': 'Beteiligte Akteure',
    questions: 'Reflexionsfragen',
    'entries.actors': 'Wer (beteiligte Akteure)',
    'entries.goals': 'Mit welchem Ziel',
    'entries.milestones': 'Bewegt die Meilensteine',
    'entries.date': 'Datum',
    how: 'In welcher Weise',
    format: 'Format',
    'how.location': 'Ort',
    body: 'Gremium',
    procedure: 'Entscheidungsverfahren',
    outcome: 'Ergebnis der Abstimmung',
    binding: 'Verbindlich',
    results: 'Ergebnisse',
    links: 'Dokumente und Links',
    'links.title': 'Titel des Links',
    // Format 1.1
    timeZone: 'Zeitzone',
    identifiers: 'Kennungen in anderen Systemen',
    scheme: 'System',
    'identifiers.value': 'Kennung dort',
    'relations.direction': 'Richtung der Beziehung',
    amount: 'Betrag',
    'amount.value': 'Summe',
    currency: 'Währung',
    in: 'Ausgeübt in (Gremium)',
    decimals: 'Nachkommastellen',
    targets: 'Weitere Zielwerte',
    'targets.value': 'Zielwert',
    'targets.date': 'Zieldatum',
    flags: 'Hinweise zum Wert',
    'entries.end': 'Ende',
    'entries.status': 'Stand',
    partOf: 'Teil von (Eintrag)',
  },
  hints: {
    lang: 'Ein Sprachkürzel wie „de“ oder „en“.',
    license: 'Zum Beispiel „CC-BY-4.0“ oder die Adresse der Lizenz.',
    notice: 'Zum Beispiel: „Beispieldaten“ oder die Quelle der Angaben.',
    url: 'Eine Adresse mit https://, http://, mailto: oder tel:, oder relativ zur Seite.',
    lat: 'Dezimalzahl zwischen −90 und 90, z. B. 51,9607.',
    lon: 'Dezimalzahl zwischen −180 und 180, z. B. 7,6261.',
    'conflictRules.roles': 'Zwei Rollen aus dem Rollenkatalog oder zwei allgemeine Rollenarten.',
    'conflicts.roles': 'Mindestens zwei Rollen, die dieser Akteur zugleich innehat.',
    basedOn: 'Für ein gemeinsames Ziel: die Ziele von Zivilgesellschaft, Verwaltung … die es zusammenführt.',
    scale: 'Für Stufen-Indikatoren: die Bezeichnungen der Werte 0, 1, 2 …',
    'target.value': 'Eine Zahl; bei qualitativen Indikatoren ein Text.',
    'baseline.value': 'Eine Zahl; bei qualitativen Indikatoren ein Text.',
    value: 'Eine Zahl; bei qualitativen Indikatoren ein Text.',
    'entries.date': 'Jahr, Monat oder Tag, auf Wunsch mit Uhrzeit (Ortszeit der Kooperation).',
    timeZone: 'Zum Beispiel „Europe/Berlin“ (so gilt es, wenn nichts angegeben ist).',
    scheme: 'Zum Beispiel „oparl“, „iati“, „wikidata“, „ical-uid“ oder „url“.',
    currency: 'Ein Währungscode wie „EUR“.',
    decimals: 'Wie viele Nachkommastellen die Werte zeigen, z. B. 1.',
    flags:
      'provisional (vorläufig), revised (revidiert), estimated (geschätzt) oder break-in-series (Zeitreihenbruch).',
    defaultConflictRules:
      'Die Regeln des Leitfadens „Ko-Produktion“ erkennen Rollen, die sich widersprechen, z. B. fördern und zugleich bewerten.',
  },
  items: {
    actors: 'Akteur',
    relations: 'Beziehung',
    roles: 'Rolle',
    assignments: 'Rollenzuordnung',
    conflicts: 'Rollenkonflikt',
    conflictRules: 'Konfliktregel',
    goals: 'Ziel',
    phases: 'Phase',
    milestones: 'Meilenstein',
    entries: 'Eintrag',
    indicators: 'Indikator',
    observations: 'Messwert',
    links: 'Link',
    scale: 'Stufe',
    questions: 'Frage',
    identifiers: 'Kennung',
    targets: 'Zielwert',
    flags: 'Hinweis',
  },
  enums: {
    'cooperation.type': {
      network: 'Netzwerk (lockerer Austausch)',
      cooperation: 'Kooperation (gemeinsame Ziele)',
      'co-production': 'Ko-Produktion (Zivilgesellschaft und Verwaltung erbringen gemeinsam eine Leistung)',
    },
    'roles.type': {
      expertise: 'Fachliche Expertise',
      coordination: 'Koordination',
      'network-interface': 'Schnittstelle zu weiteren Netzwerken',
      'interest-representation': 'Interessenvertretung',
      funder: 'Geldgeber:in',
      'decision-mandate': 'Entscheidungsbefugnis',
      mediation: 'Vermittlung und Moderation',
      carrier: 'Trägerschaft',
      evaluation: 'Evaluation',
      'service-provider': 'Dienstleistung',
      protest: 'Protest',
      other: 'Andere',
    },
    measure: {
      number: 'Zahl',
      percent: 'Prozent',
      ordinal: 'Stufen (Skala)',
      qualitative: 'Qualitativ (Text)',
    },
    direction: {
      increase: 'steigen',
      decrease: 'sinken',
      maintain: 'halten',
    },
    'relations.direction': {
      'one-way': 'in eine Richtung (von → zu)',
      mutual: 'gegenseitig',
      undirected: 'ohne Richtung',
    },
  },
  documentSection: 'Kooperation und Dokument',
  sections: 'Bereiche',

  startHeading: 'Womit möchten Sie beginnen?',
  startIntro:
    'Alles bleibt in Ihrem Browser: Nichts wird hochgeladen. Ihre Arbeit wird nach jeder Änderung im Browser gespeichert; die fertige Datei laden Sie herunter.',
  startBlank: 'Leeres Dokument',
  startBlankHint: 'Nur der Name der Kooperation; alles Weitere fügen Sie hinzu.',
  startTemplate: 'Vorlage Ko-Produktion',
  startTemplateHint:
    'Nach dem Leitfaden „Ko-Produktion“: Rollenkatalog, die Phasen Ko-Planung bis Ko-Evaluation und die Standard-Konfliktregeln.',
  startUrl: 'Von einer Adresse laden',
  urlLabel: 'Adresse der Koop-Datei (JSON)',
  urlOpen: 'Laden',
  startFile: 'Datei öffnen',
  fileLabel: 'Koop-Datei auswählen',
  fileHint: 'Eine Datei im JSON-Format. Sie wird nur hier im Browser gelesen.',
  dropHere: '… oder die Datei hierher ziehen.',
  startRestore: (name, time) => `Weiterarbeiten an „${name}“ (zuletzt geändert ${time})`,
  startRestoreHint: 'Die Arbeit, die noch nicht heruntergeladen wurde, ist im Browser gespeichert.',
  opening: 'Wird geöffnet …',
  openFailed: (failure, detail) =>
    ({
      empty: 'Die Datei ist leer.',
      'too-large': 'Die Datei ist zu groß (mehr als 10 MB).',
      'not-json': 'Statt Koop-Daten (JSON) kam eine Webseite (HTML).',
      json: `Die Datei ist kein gültiges JSON${detail ? ` (${detail})` : ''}.`,
      'invalid-url': 'Das ist keine gültige Internetadresse (https:// oder http://).',
      network: 'Die Adresse war nicht erreichbar.',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
      http: `Der Server hat mit einem Fehler geantwortet (HTTP ${detail}).`,
      'not-a-document': 'Die Datei enthält kein Koop-Dokument (ein JSON-Objekt mit „cooperation“).',
    })[failure],
  replaceWarning:
    'Ihre bisherige Arbeit wurde noch nicht heruntergeladen. Sie bleibt im Browser gespeichert und lässt sich hier wieder öffnen.',
  cancel: 'Abbrechen',
  importButton: 'Importieren …',
  backToDocument: 'Zurück zum Dokument',

  toolbar: 'Werkzeuge',
  newOrOpen: 'Neu oder öffnen …',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  undoWhat: (what) => `Rückgängig: ${what}`,
  redoWhat: (what) => `Wiederholen: ${what}`,
  nothingToUndo: 'Nichts rückgängig zu machen',
  nothingToRedo: 'Nichts zu wiederholen',
  download: 'Herunterladen (JSON)',
  copySnippet: 'Einbettungscode …',
  saving: 'Wird im Browser gespeichert …',
  saved: 'Im Browser gespeichert',
  saveFailed:
    'Speichern im Browser nicht möglich (z. B. im privaten Modus). Bitte laden Sie die Datei regelmäßig herunter.',
  notDownloaded: 'Änderungen noch nicht heruntergeladen',
  downloaded: 'Heruntergeladen',
  restored: (time) => `Ihre Arbeit vom ${time} ist wiederhergestellt.`,
  undone: (what) => `Rückgängig gemacht: ${what}`,
  redone: (what) => `Wiederholt: ${what}`,
  change: (action, where) =>
    `${where} ${
      {
        set: 'geändert',
        add: 'hinzugefügt',
        duplicate: 'dupliziert',
        remove: 'gelöscht',
        move: 'verschoben',
        'rename-id': 'umbenannt',
      }[action] ?? 'geändert'
    }`,
  leaveWarning: 'Änderungen wurden noch nicht heruntergeladen.',

  listOf: (list) => `Liste: ${list}`,
  add: (item) => `${item} hinzufügen`,
  duplicate: 'Duplizieren',
  moveUp: 'Nach oben',
  moveDown: 'Nach unten',
  remove: 'Löschen',
  edit: 'Bearbeiten',
  search: 'Suchen',
  filter: 'Filtern nach',
  filterAll: 'alle',
  onlyProblems: 'Nur mit Problemen',
  shown: (shown, total) => (shown === total ? `${total} Einträge` : `${shown} von ${total} Einträgen`),
  showMore: (count) => `${count} weitere anzeigen`,
  noItems: (list) => `Noch keine ${list}.`,
  noMatches: 'Nichts passt zu Suche und Filter.',
  unnamed: (item, position) => `${item} ${position} (ohne Namen)`,
  removed: (what) => `${what} gelöscht.`,
  added: (what) => `${what} hinzugefügt.`,
  moved: (what, position) => `${what} ist jetzt an Stelle ${position}.`,
  itemHeading: (item, name) => `${item}: ${name}`,
  backToList: (list) => `Zurück zur Liste ${list}`,
  position: (position, total) => `${position} von ${total}`,

  confirmRemove: (what) => `${what} löschen?`,
  referencesHeading: (count) =>
    count === 1 ? 'Darauf verweist noch 1 Stelle:' : `Darauf verweisen noch ${count} Stellen:`,
  referencesIntro:
    'Diese Verweise zeigen nach dem Löschen ins Leere und werden als Hinweise angezeigt, bis Sie sie ändern. Mit „Rückgängig“ lässt sich das Löschen zurücknehmen.',
  removeAnyway: 'Trotzdem löschen',
  noReferences: 'Nichts verweist darauf.',

  required: 'Pflichtfeld',
  optional: 'optional',
  notGiven: '– nicht angegeben –',
  choose: '– bitte wählen –',
  missingChoice: (id) => `„${id}“ (gibt es nicht)`,
  language: (tag) =>
    ({ de: 'Deutsch', en: 'Englisch', fr: 'Französisch', tr: 'Türkisch', ar: 'Arabisch', pl: 'Polnisch' })[
      tag
    ] ?? tag,
  addLanguage: 'Sprache hinzufügen',
  addLanguageLabel: 'Sprachkürzel der weiteren Sprache',
  year: 'Jahr',
  month: 'Monat',
  day: 'Tag',
  time: 'Uhrzeit (optional)',
  months: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  dateRaw: 'Wert in der Datei',
  addReference: (item) => `${item} hinzufügen`,
  removeReference: (name) => `„${name}“ entfernen`,
  noneChosen: 'Noch keine gewählt.',
  roleTypeGroup: 'Allgemeine Rollenarten',
  roleGroup: 'Rollen dieser Kooperation',
  first: 'Erste',
  second: 'Zweite',
  idHint:
    'Wird aus dem Namen gebildet und bleibt danach gleich, weil Verweise und Links sie verwenden. Beim Ändern werden alle Verweise mitgeändert.',
  idFollows: 'Folgt dem Namen, solange dieser Eintrag neu ist.',
  numberHint: 'Eine Zahl, z. B. 12 oder 3,5.',
  yes: 'ja',
  no: 'nein',
  addText: (item) => `${item} hinzufügen`,
  defaultRules: 'Standard-Konfliktregeln',
  defaultRulesIntro: 'Diese Regeln gelten zusätzlich zu Ihren eigenen, solange das Feld oben angekreuzt ist:',

  problemsHeading: (errors, warnings) =>
    [
      errors && (errors === 1 ? '1 Fehler' : `${errors} Fehler`),
      warnings && (warnings === 1 ? '1 Hinweis' : `${warnings} Hinweise`),
    ]
      .filter(Boolean)
      .join(', '),
  problemCount: (count) => (count === 1 ? '1 Problem' : `${count} Probleme`),
  noProblems: 'Keine Probleme: Die Daten können veröffentlicht werden.',
  problemsIntro: 'Mit Fehlern zeigen die Widgets die Daten nicht an. Jeder Eintrag führt zur Stelle:',
  errorsLabel: 'Fehler',
  warningsLabel: 'Hinweise',
  isMissing: (field) => `${field} fehlt.`,
  documentAsWhole: 'Dokument als Ganzes',
  errorPrefix: 'Fehler:',
  warningPrefix: 'Hinweis:',

  preview: 'Vorschau',
  previewChoice: 'Vorschau zeigen',
  previewAuto: 'Passend zum Bereich',
  previewAll: 'Alle Widgets',
  previewInvalid: 'Solange die Daten Fehler enthalten, zeigen die Widgets stattdessen die Fehler an.',
  widgets: {
    'koop-goal-tracker': 'Ziele und Fortschritt',
    'koop-milestone-timeline': 'Zeitstrahl',
    'koop-partner-map': 'Partnerkarte',
    'koop-role-matrix': 'Rollen und Rollenkonflikte',
    'koop-transparency-feed': 'Transparenz-Feed',
  },

  snippetHeading: 'Einbettungscode',
  snippetIntro:
    'Laden Sie die Datei in die Dateiverwaltung Ihres CMS hoch und tragen Sie hier ihre Adresse ein. Den Code fügen Sie als HTML-Baustein in die Seite ein.',
  snippetUrl: 'Adresse der hochgeladenen Datei',
  snippetUrlHint: 'Zum Beispiel https://www.musterstadt.de/fileadmin/koop/kooperation.json',
  snippetCode: 'HTML-Code für die Seite',
  snippetCopy: 'Code kopieren',
  snippetCopied: 'Kopiert.',
  snippetCopyFailed: 'Kopieren nicht möglich: Bitte den Code markieren und kopieren.',
  close: 'Schließen',
};

export const editorStrings = new LocalizedStrings<EditorStrings>(de, {
  en: () => import('./strings.en.js').then((module) => module.en),
});
