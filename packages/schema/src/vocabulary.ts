import type {
  ConflictStatus,
  EntryStatus,
  EntryType,
  GoalStatus,
  MilestoneStatus,
  RelationType,
  Sector,
} from './types.js';

// One order and one set of words for the values the widgets, the builder and the stories show,
// so a sector or an entry type reads the same everywhere. The words of one language each are
// exported apart, so a page in German never loads the English ones.

/** The sectors in the order lists, groups and legends follow; `none`: an actor without one. */
export const SECTOR_ORDER: readonly Sector[] = [
  'civil-society',
  'administration',
  'politics',
  'funder',
  'business',
  'science',
  'intermediary',
  'media',
];

export const RELATION_TYPE_ORDER: readonly RelationType[] = [
  'cooperation',
  'funding',
  'mandate',
  'membership',
  'information',
  'advice',
  'dependency',
  'conflict',
  'other',
];

export const ENTRY_TYPE_ORDER: readonly EntryType[] = [
  'decision',
  'meeting',
  'result',
  'evaluation',
  'announcement',
  'milestone',
  'personnel-change',
];

/** Goal statuses in the order a summary counts them: what is under way first. */
export const GOAL_STATUS_ORDER: readonly GoalStatus[] = [
  'on-track',
  'at-risk',
  'achieved',
  'planned',
  'dropped',
];
export const MILESTONE_STATUS_ORDER: readonly MilestoneStatus[] = [
  'planned',
  'reached',
  'delayed',
  'dropped',
];
export const ENTRY_STATUS_ORDER: readonly EntryStatus[] = ['scheduled', 'held', 'cancelled', 'postponed'];
export const CONFLICT_STATUS_ORDER: readonly ConflictStatus[] = ['open', 'mitigated', 'resolved'];

/** The words of one language for the values of the vocabulary. */
export interface VocabularyLabels {
  /** As a heading, legend entry or option ("Zivilgesellschaft"). */
  sectors: Readonly<Record<Sector | 'none', string>>;
  relationTypes: Readonly<Record<RelationType, string>>;
  /** One entry's type ("Beschluss"), as its mark and as a filter option. */
  entryTypes: Readonly<Record<EntryType, string>>;
  /** Statuses read inside a line ("im Plan"), hence lower case in English. */
  goalStatus: Readonly<Record<GoalStatus, string>>;
  milestoneStatus: Readonly<Record<MilestoneStatus, string>>;
  entryStatus: Readonly<Record<EntryStatus, string>>;
  conflictStatus: Readonly<Record<ConflictStatus, string>>;
}

export const LABELS_DE: VocabularyLabels = {
  sectors: {
    'civil-society': 'Zivilgesellschaft',
    administration: 'Verwaltung',
    politics: 'Politik',
    funder: 'Fördermittelgebende',
    business: 'Wirtschaft',
    science: 'Wissenschaft',
    intermediary: 'Intermediäre',
    media: 'Medien',
    none: 'Ohne Sektor',
  },
  relationTypes: {
    cooperation: 'Kooperation',
    funding: 'Förderung',
    mandate: 'Auftrag',
    membership: 'Mitgliedschaft',
    information: 'Information',
    advice: 'Beratung',
    dependency: 'Abhängigkeit',
    conflict: 'Konflikt',
    other: 'Andere Beziehung',
  },
  entryTypes: {
    decision: 'Beschluss',
    meeting: 'Sitzung',
    result: 'Ergebnis',
    evaluation: 'Auswertung',
    announcement: 'Ankündigung',
    milestone: 'Meilenstein',
    'personnel-change': 'Personalwechsel',
  },
  goalStatus: {
    planned: 'geplant',
    'on-track': 'im Plan',
    'at-risk': 'gefährdet',
    achieved: 'erreicht',
    dropped: 'aufgegeben',
  },
  milestoneStatus: { planned: 'geplant', reached: 'erreicht', delayed: 'verzögert', dropped: 'entfallen' },
  entryStatus: {
    scheduled: 'geplant',
    held: 'stattgefunden',
    cancelled: 'abgesagt',
    postponed: 'verschoben',
  },
  conflictStatus: { open: 'offen', mitigated: 'entschärft', resolved: 'gelöst' },
};

export const LABELS_EN: VocabularyLabels = {
  sectors: {
    'civil-society': 'Civil society',
    administration: 'Administration',
    politics: 'Politics',
    funder: 'Funders',
    business: 'Business',
    science: 'Science',
    intermediary: 'Intermediaries',
    media: 'Media',
    none: 'No sector',
  },
  relationTypes: {
    cooperation: 'Cooperation',
    funding: 'Funding',
    mandate: 'Mandate',
    membership: 'Membership',
    information: 'Information',
    advice: 'Advice',
    dependency: 'Dependency',
    conflict: 'Conflict',
    other: 'Other relation',
  },
  entryTypes: {
    decision: 'Decision',
    meeting: 'Meeting',
    result: 'Result',
    evaluation: 'Evaluation',
    announcement: 'Announcement',
    milestone: 'Milestone',
    'personnel-change': 'Personnel change',
  },
  goalStatus: {
    planned: 'planned',
    'on-track': 'on track',
    'at-risk': 'at risk',
    achieved: 'achieved',
    dropped: 'dropped',
  },
  milestoneStatus: { planned: 'planned', reached: 'reached', delayed: 'delayed', dropped: 'dropped' },
  entryStatus: { scheduled: 'scheduled', held: 'held', cancelled: 'cancelled', postponed: 'postponed' },
  conflictStatus: { open: 'open', mitigated: 'mitigated', resolved: 'resolved' },
};
