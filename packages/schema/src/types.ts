/**
 * TypeScript view of a koop document. `koop.schema.json` is the source of truth; these types
 * follow it field by field. Every list is optional: widgets treat a missing list as empty.
 */

/** A string in the document's language, or a map of language tags to strings. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

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
  'cooperation' | 'funding' | 'mandate' | 'membership' | 'information' | 'advice' | 'dependency' | 'conflict';
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
}

export interface Actor {
  id: string;
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
}

export interface Relation {
  id?: string;
  source: string;
  target: string;
  type: RelationType;
  directed?: boolean;
  label?: LocalizedText;
  description?: LocalizedText;
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

export interface Observation {
  date: PartialDate;
  value: IndicatorValue;
  note?: LocalizedText;
  source?: LocalizedText;
  sourceUrl?: string;
}

export interface Indicator {
  id?: string;
  name: LocalizedText;
  description?: LocalizedText;
  unit?: LocalizedText;
  measure?: Measure;
  direction?: Direction;
  scale?: LocalizedText[];
  baseline?: DatedValue;
  target?: DatedValue;
  observations?: Observation[];
}

export interface Goal {
  id: string;
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
  followUp?: string;
}

export interface Milestone {
  id: string;
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
  date: string;
  type: EntryType;
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
}
