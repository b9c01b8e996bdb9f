import type { Bilingual } from './messages.js';

const l = (de: string, en: string): Bilingual => ({ de, en });

/**
 * The words the widgets show for the values of every enumeration of the format, so a message
 * about a wrong value names the choices as a reader knows them ("geplant, im Plan, …") rather
 * than as codes. Keyed by the field's path without list positions (`goals.status`).
 */
export const ENUM_LABELS: Record<string, Record<string, Bilingual>> = {
  'cooperation.type': {
    network: l('Netzwerk', 'network'),
    cooperation: l('Kooperation', 'cooperation'),
    'co-production': l('Ko-Produktion', 'co-production'),
  },
  'actors.kind': {
    organisation: l('Organisation', 'organisation'),
    person: l('Person', 'person'),
    group: l('Gruppe', 'group'),
    body: l('Gremium', 'body'),
  },
  'actors.sector': {
    'civil-society': l('Zivilgesellschaft', 'civil society'),
    administration: l('Verwaltung', 'administration'),
    politics: l('Politik', 'politics'),
    business: l('Wirtschaft', 'business'),
    science: l('Wissenschaft', 'science'),
    media: l('Medien', 'media'),
    funder: l('Fördermittelgebende', 'funders'),
    intermediary: l('Intermediäre', 'intermediaries'),
  },
  'actors.offers.kind': {
    counselling: l('Beratung', 'counselling'),
    course: l('Kurs', 'course'),
    group: l('Gruppe, Treff', 'group'),
    event: l('Veranstaltung', 'event'),
    care: l('Betreuung', 'care'),
    leisure: l('Freizeit', 'leisure'),
    service: l('Dienstleistung', 'service'),
    other: l('anderes Angebot', 'other offer'),
  },
  'actors.offers.times.days': {
    mo: l('Montag', 'Monday'),
    tu: l('Dienstag', 'Tuesday'),
    we: l('Mittwoch', 'Wednesday'),
    th: l('Donnerstag', 'Thursday'),
    fr: l('Freitag', 'Friday'),
    sa: l('Samstag', 'Saturday'),
    su: l('Sonntag', 'Sunday'),
  },
  'actors.circle': {
    core: l('Kernkreis', 'core circle'),
    operative: l('operativer Kreis', 'operative circle'),
    strategic: l('strategischer Kreis', 'strategic circle'),
    supporter: l('Unterstützerkreis', 'supporters'),
  },
  'relations.type': {
    cooperation: l('Kooperation', 'cooperation'),
    funding: l('Förderung', 'funding'),
    mandate: l('Auftrag', 'mandate'),
    membership: l('Mitgliedschaft', 'membership'),
    information: l('Information', 'information'),
    advice: l('Beratung', 'advice'),
    dependency: l('Abhängigkeit', 'dependency'),
    conflict: l('Konflikt', 'conflict'),
    other: l('Andere Beziehung', 'other relation'),
  },
  'relations.direction': {
    'one-way': l('in eine Richtung (von → zu)', 'one way (from → to)'),
    mutual: l('gegenseitig', 'mutual'),
    undirected: l('ohne Richtung', 'undirected'),
  },
  'roles.type': {
    expertise: l('Expertise', 'expertise'),
    coordination: l('Koordination', 'coordination'),
    'network-interface': l('Schnittstelle ins Netzwerk', 'network interface'),
    'interest-representation': l('Interessenvertretung', 'interest representation'),
    funder: l('Förderung', 'funding'),
    'decision-mandate': l('Entscheidungsmandat', 'decision mandate'),
    mediation: l('Moderation', 'mediation'),
    carrier: l('Trägerschaft', 'carrier'),
    evaluation: l('Evaluation', 'evaluation'),
    'service-provider': l('Dienstleistung', 'service provider'),
    protest: l('Protest', 'protest'),
    other: l('andere Rolle', 'other role'),
  },
  'assignments.mandate': {
    none: l('ohne Mandat', 'no mandate'),
    advisory: l('beratend', 'advisory'),
    binding: l('entscheidet verbindlich', 'binding decisions'),
  },
  'assignments.staffing': { paid: l('hauptamtlich', 'paid'), volunteer: l('ehrenamtlich', 'volunteer') },
  'conflicts.status': {
    open: l('offen', 'open'),
    mitigated: l('entschärft', 'mitigated'),
    resolved: l('gelöst', 'resolved'),
  },
  'goals.indicators.measure': {
    number: l('Zahl', 'number'),
    percent: l('Prozent', 'percent'),
    ordinal: l('Stufen', 'levels'),
    qualitative: l('beschreibend', 'descriptive'),
  },
  'goals.indicators.direction': {
    increase: l('steigen', 'increase'),
    decrease: l('sinken', 'decrease'),
    maintain: l('halten', 'maintain'),
  },
  'goals.indicators.observations.flags': {
    provisional: l('vorläufig', 'provisional'),
    revised: l('revidiert', 'revised'),
    estimated: l('geschätzt', 'estimated'),
    'break-in-series': l('Zeitreihenbruch', 'break in series'),
  },
  'goals.level': {
    vision: l('Vision', 'vision'),
    goal: l('Ziel', 'goal'),
    objective: l('Teilziel', 'objective'),
  },
  'goals.perspective': {
    shared: l('Gemeinsames Ziel', 'shared goal'),
    'civil-society': l('Ziel der Zivilgesellschaft', 'civil society goal'),
    administration: l('Ziel der Verwaltung', 'administration goal'),
    business: l('Ziel der Wirtschaft', 'business goal'),
    funder: l('Ziel der Fördernden', 'funder goal'),
  },
  'goals.status': {
    planned: l('geplant', 'planned'),
    'on-track': l('im Plan', 'on track'),
    'at-risk': l('gefährdet', 'at risk'),
    achieved: l('erreicht', 'achieved'),
    dropped: l('aufgegeben', 'dropped'),
  },
  'phases.type': {
    'co-planning': l('Ko-Planung', 'co-planning'),
    'co-design': l('Ko-Design', 'co-design'),
    'co-implementation': l('Ko-Implementierung', 'co-implementation'),
    'co-evaluation': l('Ko-Evaluation', 'co-evaluation'),
    'funding-period': l('Förderzeitraum', 'funding period'),
    other: l('andere Phase', 'other phase'),
  },
  'milestones.kind': {
    content: l('inhaltlich', 'content'),
    process: l('Prozess', 'process'),
    reflection: l('Reflexionspunkt', 'reflection point'),
  },
  'milestones.status': {
    planned: l('geplant', 'planned'),
    reached: l('erreicht', 'reached'),
    delayed: l('verzögert', 'delayed'),
    dropped: l('entfallen', 'dropped'),
  },
  'entries.type': {
    decision: l('Beschluss', 'decision'),
    meeting: l('Sitzung', 'meeting'),
    result: l('Ergebnis', 'result'),
    evaluation: l('Auswertung', 'evaluation'),
    announcement: l('Ankündigung', 'announcement'),
    milestone: l('Meilenstein', 'milestone'),
    'personnel-change': l('Personalwechsel', 'personnel change'),
  },
  'entries.status': {
    scheduled: l('geplant', 'scheduled'),
    held: l('stattgefunden', 'held'),
    cancelled: l('abgesagt', 'cancelled'),
    postponed: l('verschoben', 'postponed'),
  },
  'entries.how.format': {
    'in-person': l('Präsenz', 'in person'),
    online: l('online', 'online'),
    hybrid: l('hybrid', 'hybrid'),
    written: l('schriftlich', 'in writing'),
  },
  'entries.how.procedure': {
    consensus: l('Konsens', 'consensus'),
    majority: l('Mehrheitsentscheid', 'majority vote'),
    'systemic-consensing': l('Systemisches Konsensieren', 'systemic consensing'),
    unanimity: l('einstimmig', 'unanimous'),
    other: l('anderes Verfahren', 'other procedure'),
  },
};

/** The labels of the values allowed at `path` (a JSON path), if that is an enumeration's field. */
export function enumLabels(path: string): Record<string, Bilingual> | undefined {
  return ENUM_LABELS[path.replace(/\[\d+\]/g, '')];
}
