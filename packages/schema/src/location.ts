import type { Bilingual } from './messages.js';
import { parsePath } from './path.js';

type Language = keyof Bilingual;

// Where a JSON path points, in the words of the widgets: what a reader or an editor sees on the
// page ("Ziele › 3. Ziel „Teilhabe“ › Indikatoren"), not how a program addresses it.

const f = (de: string, en: string): Bilingual => ({ de, en });

/** Names of the document's fields, as the editor knows them from the widgets. */
const FIELDS: Record<string, Bilingual> = {
  schemaVersion: f('Formatversion', 'Format version'),
  updatedAt: f('Stand', 'Last updated'),
  lang: f('Sprache', 'Language'),
  license: f('Lizenz', 'Licence'),
  notice: f('Hinweis', 'Notice'),
  publisher: f('Herausgeber', 'Publisher'),
  cooperation: f('Kooperation', 'Cooperation'),
  actors: f('Akteure', 'Actors'),
  relations: f('Beziehungen', 'Relations'),
  roles: f('Rollen', 'Roles'),
  assignments: f('Rollenzuordnungen', 'Role assignments'),
  conflicts: f('Rollenkonflikte', 'Role conflicts'),
  conflictRules: f('Konfliktregeln', 'Conflict rules'),
  defaultConflictRules: f('Standard-Konfliktregeln', 'Default conflict rules'),
  goals: f('Ziele', 'Goals'),
  phases: f('Phasen', 'Phases'),
  milestones: f('Meilensteine', 'Milestones'),
  entries: f('Einträge', 'Entries'),
  id: f('Kennung', 'Id'),
  name: f('Name', 'Name'),
  shortName: f('Kurzname', 'Short name'),
  title: f('Titel', 'Title'),
  summary: f('Zusammenfassung', 'Summary'),
  description: f('Beschreibung', 'Description'),
  type: f('Art', 'Type'),
  kind: f('Art', 'Kind'),
  period: f('Zeitraum', 'Period'),
  start: f('Beginn', 'Start'),
  end: f('Ende', 'End'),
  since: f('Seit', 'Since'),
  until: f('Bis', 'Until'),
  website: f('Website', 'Website'),
  url: f('Adresse (URL)', 'Address (URL)'),
  email: f('E-Mail', 'Email'),
  area: f('Gebiet', 'Area'),
  sector: f('Sektor', 'Sector'),
  circle: f('Kreis', 'Circle'),
  location: f('Ort', 'Location'),
  label: f('Bezeichnung', 'Label'),
  lat: f('Breitengrad', 'Latitude'),
  lon: f('Längengrad', 'Longitude'),
  parent: f('Übergeordnet', 'Parent'),
  source: f('Quelle', 'Source'),
  target: f('Zielwert', 'Target'),
  directed: f('Gerichtet', 'Directed'),
  actor: f('Akteur', 'Actor'),
  role: f('Rolle', 'Role'),
  holder: f('Person', 'Holder'),
  mandate: f('Mandat', 'Mandate'),
  staffing: f('Besetzung', 'Staffing'),
  note: f('Anmerkung', 'Note'),
  status: f('Status', 'Status'),
  mitigation: f('Umgang damit', 'Mitigation'),
  level: f('Ebene', 'Level'),
  perspective: f('Perspektive', 'Perspective'),
  basedOn: f('Beruht auf', 'Based on'),
  owners: f('Verantwortliche', 'Owners'),
  statusReason: f('Begründung des Status', 'Reason for the status'),
  indicators: f('Indikatoren', 'Indicators'),
  unit: f('Einheit', 'Unit'),
  measure: f('Messart', 'Measure'),
  direction: f('Richtung', 'Direction'),
  scale: f('Skala', 'Scale'),
  baseline: f('Ausgangswert', 'Baseline'),
  observations: f('Messwerte', 'Observations'),
  value: f('Wert', 'Value'),
  date: f('Datum', 'Date'),
  sourceUrl: f('Adresse der Quelle', 'Source address'),
  funders: f('Förderer', 'Funders'),
  followUp: f('Anschluss', 'Follow-up'),
  planned: f('Geplant', 'Planned'),
  actual: f('Tatsächlich', 'Actual'),
  phase: f('Phase', 'Phase'),
  questions: f('Reflexionsfragen', 'Reflection questions'),
  how: f('Wie', 'How'),
  format: f('Format', 'Format'),
  body: f('Gremium', 'Body'),
  procedure: f('Verfahren', 'Procedure'),
  outcome: f('Ergebnis', 'Outcome'),
  binding: f('Verbindlich', 'Binding'),
  results: f('Ergebnisse', 'Results'),
  links: f('Links', 'Links'),
  targetGroups: f('Zielgruppen', 'Target groups'),
  districts: f('Stadtteile', 'Districts'),
  offers: f('Angebote', 'Offers'),
  times: f('Öffnungszeiten', 'Opening hours'),
  days: f('Wochentage', 'Weekdays'),
  from: f('Von', 'From'),
  contact: f('Kontakt', 'Contact'),
  phone: f('Telefon', 'Phone'),
};

const RELATION_ENDS: Record<string, Bilingual> = {
  source: f('Von (Akteur)', 'From (actor)'),
  target: f('Zu (Akteur)', 'To (actor)'),
};

/** What one item of a list is called, by the list's field name. */
const ITEMS: Record<string, Bilingual> = {
  actors: f('Akteur', 'actor'),
  relations: f('Beziehung', 'relation'),
  roles: f('Rolle', 'role'),
  assignments: f('Zuordnung', 'assignment'),
  conflicts: f('Konflikt', 'conflict'),
  conflictRules: f('Regel', 'rule'),
  goals: f('Ziel', 'goal'),
  phases: f('Phase', 'phase'),
  milestones: f('Meilenstein', 'milestone'),
  entries: f('Eintrag', 'entry'),
  indicators: f('Indikator', 'indicator'),
  observations: f('Messwert', 'observation'),
  links: f('Link', 'link'),
  scale: f('Stufe', 'level'),
  questions: f('Frage', 'question'),
  targetGroups: f('Zielgruppe', 'target group'),
  districts: f('Stadtteil', 'district'),
  offers: f('Angebot', 'offer'),
  times: f('Öffnungszeit', 'opening time'),
  days: f('Wochentag', 'weekday'),
};

const ordinal = (n: number, lang: Language) =>
  lang === 'de'
    ? `${n}.`
    : `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** The item's own name, so the editor finds it in the file: title, name, else its id. */
function itemName(item: unknown, lang: Language): string {
  if (!item || typeof item !== 'object') return '';
  const record = item as Record<string, unknown>;
  for (const key of ['title', 'name', 'label']) {
    const text = record[key];
    if (typeof text === 'string' && text.trim()) return text.trim();
    if (text && typeof text === 'object') {
      const localized = (text as Record<string, unknown>)[lang] ?? Object.values(text)[0];
      if (typeof localized === 'string' && localized.trim()) return localized.trim();
    }
  }
  return typeof record.id === 'string' ? record.id : '';
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * Where a JSON path points, in words and with the names of the items on the way, e.g.
 * `Ziele › 3. Ziel „Teilhabe“ › Indikatoren › 1. Indikator „Besuche“ › Zielwert › Wert`.
 */
export function describeLocation(path: string, document: unknown, lang: Language): string {
  if (!path) return lang === 'de' ? 'Dokument als Ganzes' : 'The document as a whole';
  const parts: string[] = [];
  let node: unknown = document;
  let field = '';
  for (const segment of parsePath(path)) {
    const child =
      node && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      const noun = ITEMS[field]?.[lang] ?? (lang === 'de' ? 'Eintrag' : 'item');
      const name = itemName(child, lang);
      const quoted = name ? (lang === 'de' ? ` „${shorten(name)}“` : ` “${shorten(name)}”`) : '';
      parts.push(`${ordinal(segment + 1, lang)} ${noun}${quoted}`);
    } else {
      // A relation's ends are actors, not values; unknown fields and language tags keep their name.
      const words = (field === 'relations' && RELATION_ENDS[segment]) || FIELDS[segment];
      parts.push(words?.[lang] ?? (lang === 'de' ? `„${segment}“` : `“${segment}”`));
      field = segment;
    }
    node = child;
  }
  return parts.join(' › ');
}
