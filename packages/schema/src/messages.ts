export type Bilingual = { de: string; en: string };
type Params = Record<string, unknown>;

const list = (values: unknown): string =>
  (Array.isArray(values) ? values : [values]).map((v) => JSON.stringify(v)).join(', ');

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { de: 'ein Text', en: 'a text' },
  number: { de: 'eine Zahl', en: 'a number' },
  integer: { de: 'eine ganze Zahl', en: 'a whole number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  object: { de: 'ein Objekt { … }', en: 'an object { … }' },
  array: { de: 'eine Liste [ … ]', en: 'a list [ … ]' },
  null: { de: 'null', en: 'null' },
};

const typeNames = (types: unknown, lang: 'de' | 'en'): string =>
  (Array.isArray(types) ? types : [types])
    .map((type) => TYPE_NAMES[String(type)]?.[lang] ?? String(type))
    .join(lang === 'de' ? ' oder ' : ' or ');

/** Bilingual sentences for every problem code the validator reports. */
const MESSAGES: Record<string, (p: Params) => Bilingual> = {
  type: (p) => ({
    de: `muss ${typeNames(p.expected, 'de')} sein, ist aber ${typeNames(p.actual, 'de')}`,
    en: `must be ${typeNames(p.expected, 'en')}, but is ${typeNames(p.actual, 'en')}`,
  }),
  required: () => ({ de: 'fehlt (Pflichtfeld)', en: 'is missing (required)' }),
  enum: (p) => ({
    de: `hat keinen erlaubten Wert; erlaubt: ${list(p.allowed)}`,
    en: `is not an allowed value; allowed: ${list(p.allowed)}`,
  }),
  const: (p) => ({ de: `muss ${list(p.expected)} sein`, en: `must be ${list(p.expected)}` }),
  pattern: () => ({ de: 'hat nicht das erwartete Format', en: 'does not have the expected format' }),
  anyOf: () => ({ de: 'hat nicht die erwartete Form', en: 'does not have the expected form' }),
  minLength: (p) => ({
    de: `muss mindestens ${p.limit} Zeichen lang sein`,
    en: `must be at least ${p.limit} characters long`,
  }),
  maxLength: (p) => ({
    de: `darf höchstens ${p.limit} Zeichen lang sein`,
    en: `must be at most ${p.limit} characters long`,
  }),
  minimum: (p) => ({ de: `muss mindestens ${p.limit} sein`, en: `must be at least ${p.limit}` }),
  maximum: (p) => ({ de: `darf höchstens ${p.limit} sein`, en: `must be at most ${p.limit}` }),
  minItems: (p) => ({
    de: `muss mindestens ${p.limit} Einträge haben`,
    en: `must have at least ${p.limit} items`,
  }),
  maxItems: (p) => ({
    de: `darf höchstens ${p.limit} Einträge haben`,
    en: `must have at most ${p.limit} items`,
  }),
  minProperties: () => ({ de: 'darf nicht leer sein', en: 'must not be empty' }),
  propertyName: (p) => ({
    de: `„${p.name}“ ist kein gültiges Sprachkürzel`,
    en: `"${p.name}" is not a valid language tag`,
  }),
  additionalProperty: (p) => ({
    de: `„${p.name}“ ist hier nicht erlaubt`,
    en: `"${p.name}" is not allowed here`,
  }),
  'duplicate-id': (p) => ({
    de: `Kennung „${p.id}“ kommt mehrfach vor (zuerst bei ${p.first}); nur der erste Eintrag wird verwendet`,
    en: `id "${p.id}" occurs more than once (first at ${p.first}); only the first item is used`,
  }),
  'unknown-reference': (p) => ({
    de: `verweist auf „${p.id}“, aber ${COLLECTION_NAMES[String(p.collection)]?.de ?? p.collection} enthält keinen Eintrag mit dieser Kennung`,
    en: `refers to "${p.id}", but ${COLLECTION_NAMES[String(p.collection)]?.en ?? p.collection} has no item with that id`,
  }),
  'self-reference': () => ({ de: 'verweist auf sich selbst', en: 'refers to itself' }),
  'parent-cycle': (p) => ({
    de: `bildet einen Kreis über „${p.id}“; die Hierarchie wird dort abgeschnitten`,
    en: `forms a cycle through "${p.id}"; the hierarchy is cut there`,
  }),
  'date-order': (p) => ({
    de: `(${p.end}) liegt vor dem Beginn (${p.start})`,
    en: `(${p.end}) is before the start (${p.start})`,
  }),
  'invalid-date': () => ({
    de: 'ist kein Kalenderdatum (z. B. 31. Februar)',
    en: 'is not a calendar date (e.g. 31 February)',
  }),
  'unsafe-url': () => ({
    de: 'ist kein erlaubter Link (nur https:, http:, mailto:, tel: oder relativ) und wird als Text gezeigt',
    en: 'is not an allowed link (only https:, http:, mailto:, tel: or relative) and is shown as text',
  }),
  'schemeless-url': () => ({
    de: 'sieht aus wie eine Webadresse ohne https:// und wird als Text gezeigt; bitte mit https:// beginnen',
    en: 'looks like a web address without https:// and is shown as text; please start it with https://',
  }),
  'unknown-time-zone': () => ({
    de: 'ist keine bekannte Zeitzone; Zeiten werden in Europe/Berlin gezeigt',
    en: 'is not a known time zone; times are shown in Europe/Berlin',
  }),
  'numeric-value': () => ({
    de: 'muss bei messbaren Indikatoren eine Zahl sein',
    en: 'must be a number for measurable indicators',
  }),
  'direction-mismatch': (p) => ({
    de: `Zielwert und Ausgangswert passen nicht zur Richtung „${p.direction}“`,
    en: `target and baseline do not fit the direction "${p.direction}"`,
  }),
  'schema-version-newer': (p) => ({
    de: `Das Dokument verwendet Schema-Version ${p.version}; diese Version von Koop kennt nur ${p.supported}.x. Bitte Koop aktualisieren.`,
    en: `The document uses schema version ${p.version}; this version of Koop only knows ${p.supported}.x. Please update Koop.`,
  }),
  'schema-version-minor': (p) => ({
    de: `Schema-Version ${p.version} ist neuer als ${p.supported}; neue Felder werden ignoriert`,
    en: `schema version ${p.version} is newer than ${p.supported}; new fields are ignored`,
  }),
};

const COLLECTION_NAMES: Record<string, Bilingual> = {
  actors: { de: 'die Liste der Akteure', en: 'the list of actors' },
  roles: { de: 'der Rollenkatalog', en: 'the role catalogue' },
  goals: { de: 'die Liste der Ziele', en: 'the list of goals' },
  phases: { de: 'die Liste der Phasen', en: 'the list of phases' },
  milestones: { de: 'die Liste der Meilensteine', en: 'the list of milestones' },
  entries: { de: 'die Liste der Einträge', en: 'the list of entries' },
};

export function describeProblem(code: string, params: Params): Bilingual {
  return (MESSAGES[code] ?? MESSAGES.anyOf)(params);
}
