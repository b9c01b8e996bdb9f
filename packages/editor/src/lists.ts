// The small part of the forms that the schema cannot say: how each list of the format is shown
// (what names an item, which fields stand beside the name, what can be filtered) and which
// widget previews it. Everything else comes from the schema (schema-form.ts).
import { localize, type SelectionKind } from '@koop/core';
import type { KoopDocument, LocalizedText } from '@koop/schema';
import type { WidgetTag } from './strings.js';

export type TopList =
  | 'actors'
  | 'relations'
  | 'roles'
  | 'assignments'
  | 'conflicts'
  | 'conflictRules'
  | 'goals'
  | 'phases'
  | 'milestones'
  | 'entries';

export interface ListConfig {
  list: TopList;
  /** Fields shown beside an item's name in the list. */
  columns: readonly string[];
  /** Enumerations the list can be filtered by. */
  filters: readonly string[];
  /** The widget that shows this list best (the preview's default for the section). */
  widget: WidgetTag;
  /** The kind of linked selection an item of this list is, so a selection in the preview opens it. */
  selection?: SelectionKind;
}

export const LISTS: readonly ListConfig[] = [
  {
    list: 'actors',
    columns: ['sector', 'kind'],
    filters: ['sector', 'circle', 'kind'],
    widget: 'koop-partner-map',
    selection: 'actor',
  },
  { list: 'relations', columns: ['type'], filters: ['type'], widget: 'koop-partner-map' },
  { list: 'roles', columns: ['type'], filters: ['type'], widget: 'koop-role-matrix' },
  {
    list: 'assignments',
    columns: ['since', 'until'],
    filters: ['mandate', 'staffing'],
    widget: 'koop-role-matrix',
  },
  { list: 'conflicts', columns: ['status'], filters: ['status'], widget: 'koop-role-matrix' },
  { list: 'conflictRules', columns: [], filters: [], widget: 'koop-role-matrix' },
  {
    list: 'goals',
    columns: ['level', 'status'],
    filters: ['level', 'perspective', 'status'],
    widget: 'koop-goal-tracker',
    selection: 'goal',
  },
  { list: 'phases', columns: ['type', 'start', 'end'], filters: ['type'], widget: 'koop-milestone-timeline' },
  {
    list: 'milestones',
    columns: ['planned', 'status'],
    filters: ['kind', 'status'],
    widget: 'koop-milestone-timeline',
    selection: 'milestone',
  },
  { list: 'entries', columns: ['date', 'type'], filters: ['type'], widget: 'koop-transparency-feed' },
];

export const listConfig = (list: string): ListConfig | undefined => LISTS.find((c) => c.list === list);

export const PREVIEW_WIDGETS: readonly WidgetTag[] = [
  'koop-goal-tracker',
  'koop-partner-map',
  'koop-role-matrix',
  'koop-milestone-timeline',
  'koop-transparency-feed',
];

/** The item of a linked selection: the list it is in. */
export const SELECTION_LISTS: Record<SelectionKind, TopList> = {
  actor: 'actors',
  goal: 'goals',
  milestone: 'milestones',
};

/** Fields written as several lines. */
export const MULTILINE = new Set([
  'summary',
  'description',
  'statusReason',
  'mitigation',
  'note',
  'results',
  'outcome',
  'notice',
]);

type Item = Record<string, unknown>;

/** The text of a localized value in `lang`. */
export const textIn = (value: unknown, lang: string, documentLang?: string): string =>
  localize(value as LocalizedText | undefined, lang, documentLang).trim();

/**
 * The name an item is known by in lists, headings and messages: its name or title; for items
 * that have none, what they connect (`Stadt → Verein`, `Verein: Koordination`).
 */
export function itemName(document: KoopDocument, list: string, item: unknown, lang: string): string {
  if (!item || typeof item !== 'object') return '';
  const record = item as Item;
  const text = (value: unknown) => textIn(value, lang, document.lang);
  const own = text(record.title) || text(record.name) || text(record.label);
  if (own) return own;
  const named = (collection: string, id: unknown) => {
    if (typeof id !== 'string') return '';
    const found = (document as unknown as Record<string, Item[] | undefined>)[collection]?.find(
      (i) => i.id === id,
    );
    return (found && (text(found.shortName) || text(found.name) || text(found.title))) || id;
  };
  switch (list) {
    case 'relations':
      if (record.source || record.target)
        return `${named('actors', record.source) || '?'} → ${named('actors', record.target) || '?'}`;
      break;
    case 'assignments':
      if (record.actor || record.role)
        return `${named('actors', record.actor) || '?'}: ${named('roles', record.role) || '?'}`;
      break;
    case 'conflicts':
      if (record.actor)
        return `${named('actors', record.actor)}: ${(Array.isArray(record.roles) ? record.roles : []).map((r) => named('roles', r)).join(' × ')}`;
      break;
    case 'conflictRules':
      if (Array.isArray(record.roles)) return record.roles.map((r) => named('roles', r)).join(' × ');
      break;
    case 'observations':
    case 'baseline':
      if (record.date !== undefined || record.value !== undefined)
        return [record.date, typeof record.value === 'number' ? record.value : text(record.value)]
          .filter((v) => v !== undefined && v !== '')
          .join(': ');
      break;
    case 'links':
      if (typeof record.url === 'string') return record.url;
      break;
  }
  return typeof record.id === 'string' ? record.id : '';
}
