import {
  documentTimeZone,
  ENTRY_TYPE_ORDER,
  instant,
  localDate,
  type Actor,
  type Entry,
  type EntryType,
  type Goal,
  type KoopDocument,
  type Milestone,
} from '@koop/schema';
import { localize, type KoopSelection } from '@koop/core';

export interface FeedItem {
  entry: Entry;
  /** UTC ms of the entry's date; entries without a readable date sort last. */
  time: number;
  year: number;
  /** `YYYY-MM`, the month group (in the cooperation's time zone); `YYYY` for an entry dated by year. */
  month: string;
  /** The entry it is part of (`partOf`: an agenda item's meeting), when that resolves without a cycle. */
  parent?: FeedItem;
  /** Title and summary in every language, lower case, without diacritics. */
  searchText: string;
}

/** Everything the feed needs from a document, computed once per document. */
export interface FeedIndex {
  /** Newest first; on the same day, later in the document first. */
  items: FeedItem[];
  byId: Map<string, FeedItem>;
  /** The parts of each entry (`partOf`), in document order. */
  children: Map<string, FeedItem[]>;
  /** The zone times are read and shown in (see `documentTimeZone`). */
  timeZone?: string;
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
  const timeZone = documentTimeZone(document);
  for (const entry of document.entries ?? []) {
    if (byId.has(entry.id)) continue; // the first of duplicate ids wins
    const day = localDate(entry.date, timeZone);
    const item: FeedItem = {
      entry,
      time: (day ? instant(entry.date, timeZone) : undefined) ?? -Infinity,
      year: day ? Number(day.slice(0, 4)) : 0,
      month: day?.slice(0, 7) ?? '',
      searchText: searchable(`${allTexts(entry.title)} ${allTexts(entry.summary)}`),
    };
    byId.set(entry.id, item);
    items.push(item);
    types.add(entry.type);
    entry.actors?.forEach((id) => actorIds.add(id));
    if (entry.how?.body) actorIds.add(entry.how.body);
    entry.goals?.forEach((id) => goalIds.add(id));
  }
  const children = new Map<string, FeedItem[]>();
  for (const item of items) {
    const parent = item.entry.partOf === undefined ? undefined : byId.get(item.entry.partOf);
    if (!parent || inCycle(item, parent, byId)) continue;
    item.parent = parent;
    const list = children.get(parent.entry.id);
    if (list) list.push(item);
    else children.set(parent.entry.id, [item]);
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
    children,
    timeZone,
    actors,
    goals,
    milestones: firstById(document.milestones),
    types: ENTRY_TYPE_ORDER.filter((type) => types.has(type)),
    actorIds: [...actorIds].filter((id) => actors.has(id)).sort(byName(actors)),
    goalIds: [...goalIds].filter((id) => goals.has(id)).sort(byName(goals)),
    years: [...new Set(items.map((item) => item.year).filter((year) => year > 0))].sort((a, b) => b - a),
  };
  indexes.set(document, index);
  return index;
}

/** Whether following `partOf` up from `parent` comes back to `item` (the validator warns). */
function inCycle(item: FeedItem, parent: FeedItem, byId: Map<string, FeedItem>): boolean {
  const seen = new Set<FeedItem>();
  for (let up: FeedItem | undefined = parent; up && !seen.has(up); up = byId.get(up.entry.partOf ?? '')) {
    if (up === item) return true;
    seen.add(up);
  }
  return false;
}

/**
 * The items to list at the top level: every one whose `partOf` entry is not among `items`
 * itself; the others are listed under that entry. Order and paging follow this list.
 */
export function topLevel(items: FeedItem[]): FeedItem[] {
  const shown = new Set(items);
  return items.filter((item) => !item.parent || !shown.has(item.parent));
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
