import {
  instant,
  type Actor,
  type Entry,
  type EntryType,
  type Goal,
  type KoopDocument,
  type Milestone,
} from '@koop/schema';
import { localize, type KoopSelection } from '@koop/core';

export const ENTRY_TYPES: EntryType[] = [
  'decision',
  'meeting',
  'result',
  'evaluation',
  'announcement',
  'milestone',
  'personnel-change',
];

export interface FeedItem {
  entry: Entry;
  /** UTC ms of the entry's date; entries without a readable date sort last. */
  time: number;
  year: number;
  /** `YYYY-MM`, the month group. */
  month: string;
  /** Title and summary in every language, lower case, without diacritics. */
  searchText: string;
}

/** Everything the feed needs from a document, computed once per document. */
export interface FeedIndex {
  /** Newest first; on the same day, later in the document first. */
  items: FeedItem[];
  byId: Map<string, FeedItem>;
  actors: Map<string, Actor>;
  goals: Map<string, Goal>;
  milestones: Map<string, Milestone>;
  /** Filter choices: only what occurs in the entries. */
  types: EntryType[];
  actorIds: string[];
  goalIds: string[];
  years: number[];
}

/** Lower case without diacritics, so "muller" finds "Müller". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const allTexts = (text: Entry['title'] | undefined): string =>
  text === undefined ? '' : typeof text === 'string' ? text : Object.values(text).join(' ');

const indexes = new WeakMap<KoopDocument, FeedIndex>();

export function feedIndex(document: KoopDocument): FeedIndex {
  let index = indexes.get(document);
  if (index) return index;
  const byId = new Map<string, FeedItem>();
  const items: FeedItem[] = [];
  const actorIds = new Set<string>();
  const goalIds = new Set<string>();
  const types = new Set<EntryType>();
  for (const entry of document.entries ?? []) {
    if (byId.has(entry.id)) continue; // the first of duplicate ids wins
    const time = instant(entry.date) ?? -Infinity;
    const date = Number.isFinite(time) ? new Date(time) : undefined;
    const item: FeedItem = {
      entry,
      time,
      year: date?.getUTCFullYear() ?? 0,
      month: date ? date.toISOString().slice(0, 7) : '',
      searchText: searchable(`${allTexts(entry.title)} ${allTexts(entry.summary)}`),
    };
    byId.set(entry.id, item);
    items.push(item);
    types.add(entry.type);
    entry.actors?.forEach((id) => actorIds.add(id));
    if (entry.how?.body) actorIds.add(entry.how.body);
    entry.goals?.forEach((id) => goalIds.add(id));
  }
  // Stable sort of the reversed list: same-day entries keep "later in the document first".
  items.reverse().sort((a, b) => b.time - a.time);
  const firstById = <T extends { id: string }>(list: T[] | undefined) => {
    const map = new Map<string, T>();
    for (const item of list ?? []) if (!map.has(item.id)) map.set(item.id, item);
    return map;
  };
  const actors = firstById(document.actors);
  const goals = firstById(document.goals);
  const lang = document.lang ?? 'de';
  const byName =
    (map: Map<string, { name?: Entry['title']; title?: Entry['title'] }>) => (a: string, b: string) =>
      localize(map.get(a)?.name ?? map.get(a)?.title, lang).localeCompare(
        localize(map.get(b)?.name ?? map.get(b)?.title, lang),
      );
  index = {
    items,
    byId,
    actors,
    goals,
    milestones: firstById(document.milestones),
    types: ENTRY_TYPES.filter((type) => types.has(type)),
    actorIds: [...actorIds].filter((id) => actors.has(id)).sort(byName(actors)),
    goalIds: [...goalIds].filter((id) => goals.has(id)).sort(byName(goals)),
    years: [...new Set(items.map((item) => item.year).filter((year) => year > 0))].sort((a, b) => b - a),
  };
  indexes.set(document, index);
  return index;
}

export interface FeedFilter {
  types: ReadonlySet<string>;
  actor: string;
  goal: string;
  year: string;
  query: string;
  /** A selection shared by the other widgets of a `<koop-data>`: entries referring to it. */
  linked?: KoopSelection;
}

export const isFiltered = (filter: FeedFilter): boolean =>
  filter.types.size > 0 || Boolean(filter.actor || filter.goal || filter.year || filter.query.trim());

/** The items that pass every filter; all words of the query must occur in title or summary. */
export function filterItems(index: FeedIndex, filter: FeedFilter): FeedItem[] {
  const linked = filter.linked;
  if (!isFiltered(filter) && !linked) return index.items;
  const words = searchable(filter.query).split(/\s+/).filter(Boolean);
  const year = Number(filter.year);
  return index.items.filter(
    ({ entry, year: entryYear, searchText }) =>
      (filter.types.size === 0 || filter.types.has(entry.type)) &&
      (!filter.actor || entry.actors?.includes(filter.actor) || entry.how?.body === filter.actor) &&
      (!filter.goal || entry.goals?.includes(filter.goal)) &&
      (!linked ||
        entry[`${linked.kind}s` as 'actors']?.includes(linked.id) ||
        (linked.kind === 'actor' && entry.how?.body === linked.id)) &&
      (!year || entryYear === year) &&
      words.every((word) => searchText.includes(word)),
  );
}
