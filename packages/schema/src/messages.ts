import { parseCalendarDate } from './dates.js';
import { ENUM_LABELS } from './labels.js';

export type Bilingual = { de: string; en: string };
type Params = Record<string, unknown>;
type Language = keyof Bilingual;

const list = (values: unknown): string =>
  (Array.isArray(values) ? values : [values]).map((v) => JSON.stringify(v)).join(', ');

/** The allowed values as the widgets name them (`params.labels`, by value), else as codes. */
const choices = (p: Params, lang: Language): string => {
  const labels = p.labels as Record<string, Bilingual> | undefined;
  const allowed = Array.isArray(p.allowed) ? p.allowed : [];
  return labels && allowed.every((value) => labels[String(value)])
    ? allowed.map((value) => labels[String(value)][lang]).join(', ')
    : list(p.allowed);
};

/** A name from the document (a text or a map of languages) in `lang`, else `fallback`. */
const nameIn = (name: unknown, lang: Language, fallback: unknown): string => {
  if (typeof name === 'string' && name) return name;
  if (name && typeof name === 'object') {
    const texts = name as Record<string, unknown>;
    const text = [texts[lang], texts.de, texts.en, ...Object.values(texts)].find(
      (value) => typeof value === 'string' && value,
    );
    if (text) return text as string;
  }
  return String(fallback ?? '');
};

/** A partial date as precise as it is: "Dezember 2024", "31.12.2023", "2024". */
const dateIn = (value: unknown, lang: Language): string => {
  const date = parseCalendarDate(value);
  if (!date) return String(value ?? '');
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'day'
      ? { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(
    Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1),
  );
};

const label = (field: string, value: unknown, lang: Language): string =>
  ENUM_LABELS[field]?.[String(value)]?.[lang] ?? String(value ?? '');

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
    de: `hat keinen erlaubten Wert; erlaubt: ${choices(p, 'de')}`,
    en: `is not an allowed value; allowed: ${choices(p, 'en')}`,
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
    de: `Zielwert und Ausgangswert passen nicht zur Richtung „${label('goals.indicators.direction', p.direction, 'de')}“`,
    en: `target and baseline do not fit the direction "${label('goals.indicators.direction', p.direction, 'en')}"`,
  }),
  'role-not-held': (p) => ({
    de: `${nameIn(p.actorName, 'de', p.actor)} hat die Rolle „${nameIn(p.roleName, 'de', p.role)}“ laut Rollenbesetzung nie inne.`,
    en: `${nameIn(p.actorName, 'en', p.actor)} never holds the role “${nameIn(p.roleName, 'en', p.role)}” according to the assignments.`,
  }),
  'role-ended': (p) => ({
    de: `${nameIn(p.actorName, 'de', p.actor)} hat die Rolle „${nameIn(p.roleName, 'de', p.role)}“ nicht mehr inne (bis ${dateIn(p.until, 'de')}), der Konflikt gilt aber als „${p.status === undefined ? 'nicht angegeben' : label('conflicts.status', p.status, 'de')}“. Status auf „gelöst“ setzen oder die Rollenbesetzung ergänzen.`,
    en: `${nameIn(p.actorName, 'en', p.actor)} no longer holds the role “${nameIn(p.roleName, 'en', p.role)}” (until ${dateIn(p.until, 'en')}), yet the conflict is still “${p.status === undefined ? 'not given' : label('conflicts.status', p.status, 'en')}”. Set its status to “resolved” or complete the assignments.`,
  }),
  'unknown-rule-role': (p) => ({
    de: `„${p.term}“ ist weder eine Rolle des Katalogs noch ein bekannter Rollentyp; die Regel greift so nie.`,
    en: `“${p.term}” is neither a role of the catalogue nor a well-known role type; the rule never applies.`,
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
  targetGroups: { de: 'der Katalog der Zielgruppen', en: 'the catalogue of target groups' },
  districts: { de: 'der Katalog der Stadtteile', en: 'the catalogue of districts' },
};

export function describeProblem(code: string, params: Params): Bilingual {
  return (MESSAGES[code] ?? MESSAGES.anyOf)(params);
}
