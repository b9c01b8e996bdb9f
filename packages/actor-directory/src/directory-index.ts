import {
  documentTimeZone,
  zoneOffset,
  type Actor,
  type CatalogueItem,
  type KoopDocument,
  type LocalizedText,
  type Offer,
  type OfferKind,
  type OpeningTime,
  type Sector,
  type Weekday,
} from '@koop/schema';
import { localize } from '@koop/core';
import type { DirectoryStrings } from './strings.js';

/** The kinds of offer in the order filters and tables list them. */
export const OFFER_KIND_ORDER: readonly OfferKind[] = [
  'counselling',
  'course',
  'group',
  'event',
  'care',
  'leisure',
  'service',
  'other',
];
/** Weekdays as `Date.getUTCDay()` counts them (Sunday first). */
const WEEKDAYS: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

export interface OfferItem {
  offer: Offer;
  actor: ActorItem;
  /** Title, description and location in every language, and the actor's names: lower case, without diacritics. */
  searchText: string;
}

export interface ActorItem {
  actor: Actor;
  /** Its offers in document order (the first of duplicate ids). */
  offers: OfferItem[];
  /** The letter of the A–Z index: the name's first letter without diacritics, `#` for others. */
  letter: string;
  searchText: string;
}

/** Everything the directory needs from a document, computed once per document. */
export interface DirectoryIndex {
  /** Sorted by name (the document's language). */
  actors: ActorItem[];
  offers: OfferItem[];
  actorsById: Map<string, ActorItem>;
  offersById: Map<string, OfferItem>;
  targetGroups: Map<string, CatalogueItem>;
  districts: Map<string, CatalogueItem>;
  timeZone?: string;
  /** Filter choices: only what occurs (sectors of actors, kinds of offers), in the vocabulary's order. */
  sectors: Sector[];
  kinds: OfferKind[];
  /** The letters of the A–Z index that have an actor. */
  letters: string[];
  /** Every actor with all its offers: the list without a filter. */
  all: ListedActor[];
}

/** Lower case without diacritics, so "muller" finds "Müller" and "arztehaus" "Ärztehaus". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const allTexts = (...texts: (LocalizedText | undefined)[]): string =>
  texts
    .map((text) =>
      text === undefined ? '' : typeof text === 'string' ? text : Object.values(text).join(' '),
    )
    .join(' ');

const firstById = <T extends { id: string }>(list: T[] | undefined) => {
  const map = new Map<string, T>();
  for (const item of list ?? []) if (item && !map.has(item.id)) map.set(item.id, item);
  return map;
};

const indexes = new WeakMap<KoopDocument, DirectoryIndex>();

export function directoryIndex(document: KoopDocument, sectorOrder: readonly Sector[]): DirectoryIndex {
  let index = indexes.get(document);
  if (index) return index;
  const lang = document.lang ?? 'de';
  const actorsById = new Map<string, ActorItem>();
  const offersById = new Map<string, OfferItem>();
  const offers: OfferItem[] = [];
  const sectors = new Set<Sector>();
  const kinds = new Set<OfferKind>();
  for (const actor of document.actors ?? []) {
    if (actorsById.has(actor.id)) continue;
    const names = allTexts(actor.name, actor.shortName);
    const first = foldText(localize(actor.name, lang).trim()).charAt(0).toUpperCase();
    const item: ActorItem = {
      actor,
      offers: [],
      letter: /^[A-Z]$/.test(first) ? first : '#',
      searchText: foldText(`${names} ${allTexts(actor.description)}`),
    };
    actorsById.set(actor.id, item);
    if (actor.sector) sectors.add(actor.sector);
    for (const offer of actor.offers ?? []) {
      if (offersById.has(offer.id)) continue;
      const offerItem: OfferItem = {
        offer,
        actor: item,
        searchText: foldText(
          `${allTexts(offer.title, offer.description, offer.location?.label, offer.contact?.name)} ${names}`,
        ),
      };
      offersById.set(offer.id, offerItem);
      item.offers.push(offerItem);
      offers.push(offerItem);
      if (offer.kind) kinds.add(offer.kind);
    }
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sortName = new Map([...actorsById.values()].map((a) => [a, localize(a.actor.name, lang)]));
  const actors = [...actorsById.values()].sort((a, b) =>
    collator.compare(sortName.get(a)!, sortName.get(b)!),
  );
  index = {
    actors,
    offers: actors.flatMap((a) => a.offers),
    actorsById,
    offersById,
    targetGroups: firstById(document.targetGroups),
    districts: firstById(document.districts),
    timeZone: documentTimeZone(document),
    sectors: sectorOrder.filter((s) => sectors.has(s)),
    kinds: OFFER_KIND_ORDER.filter((k) => kinds.has(k)),
    letters: [...new Set(actors.map((a) => a.letter))],
    all: actors.map((item) => ({ item, offers: item.offers })),
  };
  indexes.set(document, index);
  return index;
}

/** Minutes since midnight of `HH:MM`. */
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The weekday and minute of the day at `time` in `timeZone` (the reader's own without one). */
export function wallTime(time: number, timeZone?: string): { day: Weekday; minute: number } {
  const local = new Date(
    timeZone ? time + zoneOffset(time, timeZone) : time - new Date(time).getTimezoneOffset() * 60_000,
  );
  return { day: WEEKDAYS[local.getUTCDay()], minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Whether one of `times` covers `at`; a time whose end is before its start runs past midnight. */
export function isOpen(
  times: readonly OpeningTime[] | undefined,
  at: { day: Weekday; minute: number },
): boolean {
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(at.day) + 6) % 7];
  return (times ?? []).some(({ days, from, until }) => {
    const start = minutes(from);
    const end = minutes(until);
    if (end > start) return days.includes(at.day) && at.minute >= start && at.minute < end;
    return (days.includes(at.day) && at.minute >= start) || (days.includes(yesterday) && at.minute < end);
  });
}

export interface DirectoryFilter {
  query: string;
  targetGroup: string;
  sector: string;
  district: string;
  kind: string;
  /** The moment "open now" is judged at; undefined: not filtered by opening hours. */
  openAt?: { day: Weekday; minute: number };
  /** A selection made in another widget: only these actors. */
  linkedActors?: ReadonlySet<string>;
}

/** Whether a filter on the offers themselves is set (the actors without offers then drop out). */
export const filtersOffers = (f: DirectoryFilter): boolean =>
  Boolean(f.targetGroup || f.district || f.kind || f.openAt);

export const isFiltered = (f: DirectoryFilter): boolean =>
  filtersOffers(f) || Boolean(f.sector || f.query.trim());

/** One actor as listed: the actor and those of its offers that pass the filter. */
export interface ListedActor {
  item: ActorItem;
  offers: OfferItem[];
}

/**
 * The actors that pass the filter, A–Z, each with its offers that pass. Every word of the query
 * must occur in the offer's texts or its actor's names; an actor whose own texts hold every word
 * is listed with all its (otherwise passing) offers. `skip` leaves out one filter (the planning
 * table counts across target groups and districts).
 */
export function filterDirectory(
  index: DirectoryIndex,
  filter: DirectoryFilter,
  skip?: 'place',
): ListedActor[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  const offerFilter = skip ? { ...filter, targetGroup: '', district: '' } : filter;
  const onOffers = filtersOffers(offerFilter);
  if (!onOffers && !words.length && !filter.sector && !filter.linkedActors) return index.all;
  const listed: ListedActor[] = [];
  for (const item of index.actors) {
    const actor = item.actor;
    if (filter.sector && actor.sector !== filter.sector) continue;
    if (filter.linkedActors && !filter.linkedActors.has(actor.id)) continue;
    const actorMatches = words.every((word) => item.searchText.includes(word));
    const offers = item.offers.filter(
      ({ offer, searchText }) =>
        (!offerFilter.targetGroup || offer.targetGroups?.includes(offerFilter.targetGroup)) &&
        (!offerFilter.district || offer.districts?.includes(offerFilter.district)) &&
        (!offerFilter.kind || offer.kind === offerFilter.kind) &&
        (!offerFilter.openAt || isOpen(offer.times, offerFilter.openAt)) &&
        (actorMatches || words.every((word) => searchText.includes(word))),
    );
    if (offers.length || (actorMatches && !onOffers)) listed.push({ item, offers });
  }
  return listed;
}

/** Offers per target group and district: what a planning department looks for, gaps included. */
export interface PlanningTable {
  groups: string[];
  districts: string[];
  /** `counts[g][d]`: offers for target group `groups[g]` in district `districts[d]`. */
  counts: number[][];
  /** Offers per target group, in any district. */
  totals: number[];
}

const tables = new WeakMap<readonly ListedActor[], PlanningTable>();

export function planningTable(index: DirectoryIndex, listed: readonly ListedActor[]): PlanningTable {
  let table = tables.get(listed);
  if (!table) tables.set(listed, (table = countOffers(index, listed)));
  return table;
}

/** Each offer once per target group and district it names (a repeated id counts once). */
function countOffers(index: DirectoryIndex, listed: readonly ListedActor[]): PlanningTable {
  const groups = [...index.targetGroups.keys()];
  const districts = [...index.districts.keys()];
  const groupAt = new Map(groups.map((id, i) => [id, i]));
  const districtAt = new Map(districts.map((id, i) => [id, i]));
  const counts = groups.map(() => districts.map(() => 0));
  const totals = groups.map(() => 0);
  const first = (ids: readonly string[], k: number) => ids.indexOf(ids[k]) === k;
  for (const { offers } of listed)
    for (const { offer } of offers) {
      const ids = offer.targetGroups ?? [];
      const places = offer.districts ?? [];
      for (let k = 0; k < ids.length; k++) {
        const g = groupAt.get(ids[k]);
        if (g === undefined || !first(ids, k)) continue;
        totals[g]++;
        for (let m = 0; m < places.length; m++) {
          const d = districtAt.get(places[m]);
          if (d !== undefined && first(places, m)) counts[g][d]++;
        }
      }
    }
  return { groups, districts, counts, totals };
}

/** Opening hours as one line: "Mo, Mi 14:00–17:00 Uhr; Fr 15:00–17:00 Uhr". */
export function timesText(times: readonly OpeningTime[] | undefined, strings: DirectoryStrings): string {
  return (times ?? [])
    .map((t) => strings.openAt(t.days.map((day) => strings.days[day]).join(', '), t.from, t.until))
    .join('; ');
}
