/**
 * TypeScript view of a koop document. `koop.schema.json` is the source of truth; these types
 * follow it field by field. Every list is optional: widgets treat a missing list as empty.
 */

/** A string in the document's language, or a map of language tags to strings. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/**
 * A partial date or a date-time (`YYYY-MM-DDThh:mm[:ss][Z|±hh:mm|±hhmm]`); without offset a
 * date-time is local time in `cooperation.timeZone` (format 1.1).
 */
export type DateOrDateTime = string;

/** The item's identifier in another system (OParl, IATI, Wikidata, a calendar …). */
export interface Identifier {
  /** Lower-case name of the system: `oparl`, `popolo`, `iati`, `open-sdg`, `wikidata`, `ical-uid`, `url`, … */
  scheme: string;
  value: string;
}

/** A sum of money. */
export interface Amount {
  value: number;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
}

export interface Period {
  start?: PartialDate;
  end?: PartialDate;
}

export interface Link {
  url: string;
  title?: LocalizedText;
}

export type CooperationType = 'network' | 'cooperation' | 'co-production';
export type ActorKind = 'organisation' | 'person' | 'group' | 'body';
export type Sector =
  | 'civil-society'
  | 'administration'
  | 'politics'
  | 'business'
  | 'science'
  | 'media'
  | 'funder'
  | 'intermediary';
export type Circle = 'core' | 'operative' | 'strategic' | 'supporter';
export type RelationType =
  | 'cooperation'
  | 'funding'
  | 'mandate'
  | 'membership'
  | 'information'
  | 'advice'
  | 'dependency'
  | 'conflict'
  | 'other';
/** How a relation runs (format 1.1); takes precedence over `directed`. */
export type RelationDirection = 'one-way' | 'mutual' | 'undirected';
export type RoleType =
  | 'expertise'
  | 'coordination'
  | 'network-interface'
  | 'interest-representation'
  | 'funder'
  | 'decision-mandate'
  | 'mediation'
  | 'carrier'
  | 'evaluation'
  | 'service-provider'
  | 'protest'
  | 'other';
export type Mandate = 'none' | 'advisory' | 'binding';
export type Staffing = 'paid' | 'volunteer';
export type ConflictStatus = 'open' | 'mitigated' | 'resolved';
export type GoalLevel = 'vision' | 'goal' | 'objective';
export type Perspective = 'shared' | 'civil-society' | 'administration' | 'business' | 'funder';
export type GoalStatus = 'planned' | 'on-track' | 'at-risk' | 'achieved' | 'dropped';
export type Measure = 'number' | 'percent' | 'ordinal' | 'qualitative';
export type Direction = 'increase' | 'decrease' | 'maintain';
export type PhaseType =
  'co-planning' | 'co-design' | 'co-implementation' | 'co-evaluation' | 'funding-period' | 'other';
export type MilestoneKind = 'content' | 'process' | 'reflection';
export type MilestoneStatus = 'planned' | 'reached' | 'delayed' | 'dropped';
export type EntryType =
  'decision' | 'meeting' | 'result' | 'evaluation' | 'announcement' | 'milestone' | 'personnel-change';
export type EntryStatus = 'scheduled' | 'held' | 'cancelled' | 'postponed';
export type ObservationFlag = 'provisional' | 'revised' | 'estimated' | 'break-in-series';
export type MeetingFormat = 'in-person' | 'online' | 'hybrid' | 'written';
export type DecisionProcedure = 'consensus' | 'majority' | 'systemic-consensing' | 'unanimity' | 'other';

export interface Cooperation {
  name: LocalizedText;
  shortName?: LocalizedText;
  summary?: LocalizedText;
  type?: CooperationType;
  period?: Period;
  website?: string;
  area?: LocalizedText;
  /** IANA time zone, e.g. `Europe/Berlin` (the default from format 1.1 on). */
  timeZone?: string;
}

export interface Actor {
  id: string;
  identifiers?: Identifier[];
  name: LocalizedText;
  shortName?: LocalizedText;
  kind?: ActorKind;
  sector?: Sector;
  circle?: Circle;
  description?: LocalizedText;
  url?: string;
  location?: { label?: LocalizedText; lat?: number; lon?: number };
  parent?: string;
  since?: PartialDate;
  until?: PartialDate;
  /** Format 1.2: what the actor offers, for whom and where. */
  offers?: Offer[];
}

export type OfferKind =
  'counselling' | 'course' | 'group' | 'event' | 'care' | 'leisure' | 'service' | 'other';
export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/** Open on `days` from `from` to `until` (HH:MM, local time in the cooperation's zone; past midnight when `until` < `from`). */
export interface OpeningTime {
  days: Weekday[];
  from: string;
  until: string;
  note?: LocalizedText;
}

export interface Contact {
  name?: LocalizedText;
  email?: string;
  /** As people write it ("0341 - 24 19 274"); linked as `tel:`. */
  phone?: string;
  url?: string;
}

/** Format 1.2: one offer of an actor (counselling, a course, a group …). */
export interface Offer {
  /** Unique among all offers of the document. */
  id: string;
  identifiers?: Identifier[];
  title: LocalizedText;
  description?: LocalizedText;
  kind?: OfferKind;
  /** Ids of `targetGroups`. */
  targetGroups?: string[];
  /** Ids of `districts`. */
  districts?: string[];
  location?: { label?: LocalizedText; lat?: number; lon?: number };
  times?: OpeningTime[];
  contact?: Contact;
  url?: string;
  since?: PartialDate;
  until?: PartialDate;
}

/** Format 1.2: an item of the `targetGroups` or `districts` catalogue. */
export interface CatalogueItem {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

export interface Relation {
  id?: string;
  identifiers?: Identifier[];
  source: string;
  target: string;
  /** `other`: any other kind, named in `label`. */
  type: RelationType;
  /** Format 1.0: true for one way, from source to target. */
  directed?: boolean;
  direction?: RelationDirection;
  label?: LocalizedText;
  description?: LocalizedText;
  /** For funding relations: the sum granted. */
  amount?: Amount;
  since?: PartialDate;
  until?: PartialDate;
}

export interface Role {
  id: string;
  name: LocalizedText;
  type?: RoleType;
  description?: LocalizedText;
}

export interface Assignment {
  id?: string;
  actor: string;
  role: string;
  /** The body (an actor id) in which the role is held. */
  in?: string;
  holder?: LocalizedText;
  mandate?: Mandate;
  staffing?: Staffing;
  since?: PartialDate;
  until?: PartialDate;
  note?: LocalizedText;
}

export interface Conflict {
  id?: string;
  actor: string;
  roles: string[];
  description?: LocalizedText;
  status?: ConflictStatus;
  mitigation?: LocalizedText;
  since?: PartialDate;
}

export interface ConflictRule {
  id?: string;
  roles: [string, string];
  description?: LocalizedText;
}

/** A number for number, percent and ordinal indicators; a text for qualitative ones. */
export type IndicatorValue = number | LocalizedText;

export interface DatedValue {
  date?: PartialDate;
  value: IndicatorValue;
}

/** One of several dated targets. */
export interface Target {
  date: PartialDate;
  value: IndicatorValue;
  note?: LocalizedText;
}

export interface Observation {
  date: PartialDate;
  /** null: no value for this date, a gap in the series. */
  value: IndicatorValue | null;
  flags?: ObservationFlag[];
  note?: LocalizedText;
  source?: LocalizedText;
  sourceUrl?: string;
}

export interface Indicator {
  id?: string;
  identifiers?: Identifier[];
  name: LocalizedText;
  description?: LocalizedText;
  unit?: LocalizedText;
  measure?: Measure;
  direction?: Direction;
  scale?: LocalizedText[];
  /** Decimal places to show (0–6); without it, values as precise as written. */
  decimals?: number;
  baseline?: DatedValue;
  target?: DatedValue;
  /** Several dated targets; `target`, if given, counts as one of them. */
  targets?: Target[];
  observations?: Observation[];
}

export interface Goal {
  id: string;
  identifiers?: Identifier[];
  title: LocalizedText;
  description?: LocalizedText;
  level?: GoalLevel;
  parent?: string;
  perspective?: Perspective;
  basedOn?: string[];
  owners?: string[];
  status?: GoalStatus;
  statusReason?: LocalizedText;
  period?: Period;
  indicators?: Indicator[];
}

export interface Phase {
  id: string;
  name: LocalizedText;
  type?: PhaseType;
  start?: PartialDate;
  end?: PartialDate;
  description?: LocalizedText;
  funders?: string[];
  /** For funding periods: the sum granted. */
  amount?: Amount;
  followUp?: string;
}

export interface Milestone {
  id: string;
  identifiers?: Identifier[];
  title: LocalizedText;
  description?: LocalizedText;
  kind?: MilestoneKind;
  planned?: PartialDate;
  actual?: PartialDate;
  status?: MilestoneStatus;
  goals?: string[];
  actors?: string[];
  phase?: string;
  questions?: LocalizedText[];
}

export interface Entry {
  id: string;
  identifiers?: Identifier[];
  /** When it happened or begins. */
  date: DateOrDateTime;
  /** When it ends. */
  end?: DateOrDateTime;
  type: EntryType;
  status?: EntryStatus;
  /** The entry this one is part of (an agenda item's meeting). */
  partOf?: string;
  title: LocalizedText;
  summary?: LocalizedText;
  actors?: string[];
  goals?: string[];
  milestones?: string[];
  how?: {
    format?: MeetingFormat;
    location?: LocalizedText;
    body?: string;
    procedure?: DecisionProcedure;
    outcome?: LocalizedText;
    binding?: boolean;
  };
  results?: LocalizedText;
  links?: Link[];
}

export interface KoopDocument {
  schemaVersion: string;
  updatedAt?: string;
  lang?: string;
  license?: string;
  notice?: LocalizedText;
  publisher?: { name: LocalizedText; url?: string; email?: string };
  cooperation: Cooperation;
  actors?: Actor[];
  relations?: Relation[];
  roles?: Role[];
  assignments?: Assignment[];
  conflicts?: Conflict[];
  conflictRules?: ConflictRule[];
  defaultConflictRules?: boolean;
  goals?: Goal[];
  phases?: Phase[];
  milestones?: Milestone[];
  entries?: Entry[];
  /** Format 1.2: the target groups offers name. */
  targetGroups?: CatalogueItem[];
  /** Format 1.2: the districts offers are in. */
  districts?: CatalogueItem[];
}
