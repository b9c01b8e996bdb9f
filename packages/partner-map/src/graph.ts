import {
  dateRange,
  relationDirection,
  type Actor,
  type Assignment,
  type KoopDocument,
  type Relation,
  type RelationDirection,
  type Role,
} from '@koop/schema';
import { pushTo } from './layout.js';

/** A relation whose two actors exist, by actor index. */
export interface Link {
  relation: Relation;
  s: number;
  t: number;
  /** One-way from `s` to `t`, mutual or undirected. */
  direction: RelationDirection;
  /** Valid from … to (UTC ms; ±Infinity when open). */
  from: number;
  to: number;
}

/** Everything the map needs from a document, computed once per document. */
export interface NetworkIndex {
  /** Actors in document order (the first of duplicate ids wins). */
  actors: Actor[];
  byId: Map<string, number>;
  /** Relations between two different known actors, in document order. */
  links: Link[];
  /** Index of each actor's parent actor, or -1. */
  parent: Int32Array;
  /** Validity of each actor: [from, to] in UTC ms. */
  from: Float64Array;
  to: Float64Array;
  /** Roles held by each actor (by index). */
  roles: Map<number, { assignment: Assignment; role?: Role }[]>;
  /** Days on which the network changes (`YYYY-MM-DD`, sorted): for the time slider. */
  changes: string[];
  /** Number of actors with latitude and longitude. */
  located: number;
}

const indexes = new WeakMap<KoopDocument, NetworkIndex>();

const span = (since: unknown, until: unknown): [number, number] => [
  dateRange(since)?.[0] ?? -Infinity,
  dateRange(until)?.[1] ?? Infinity,
];

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Whether the actor has latitude and longitude. */
export const located = (actor: Actor) =>
  Number.isFinite(actor.location?.lat) && Number.isFinite(actor.location?.lon);

export function networkIndex(document: KoopDocument): NetworkIndex {
  let index = indexes.get(document);
  if (index) return index;
  const actors: Actor[] = [];
  const byId = new Map<string, number>();
  for (const actor of document.actors ?? []) {
    if (actor && typeof actor === 'object' && !byId.has(actor.id)) {
      byId.set(actor.id, actors.length);
      actors.push(actor);
    }
  }
  const n = actors.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const parent = new Int32Array(n).fill(-1);
  const changes = new Set<number>();
  const note = (a: number, b: number) => {
    if (Number.isFinite(a)) changes.add(a);
    if (Number.isFinite(b)) changes.add(b + 1);
  };
  let count = 0;
  actors.forEach((actor, i) => {
    [from[i], to[i]] = span(actor.since, actor.until);
    note(from[i], to[i]);
    const p = byId.get(actor.parent as string);
    if (p !== undefined && p !== i) parent[i] = p;
    if (located(actor)) count++;
  });
  const links: Link[] = [];
  for (const relation of document.relations ?? []) {
    const s = byId.get(relation?.source);
    const t = byId.get(relation?.target);
    if (s === undefined || t === undefined || s === t) continue;
    const [a, b] = span(relation.since, relation.until);
    note(a, b);
    links.push({ relation, s, t, from: a, to: b, direction: relationDirection(relation) });
  }
  const roleById = new Map((document.roles ?? []).map((role) => [role.id, role]));
  const roles = new Map<number, { assignment: Assignment; role?: Role }[]>();
  for (const assignment of document.assignments ?? []) {
    const i = byId.get(assignment?.actor);
    if (i === undefined) continue;
    pushTo(roles, i, { assignment, role: roleById.get(assignment.role) });
  }
  index = {
    actors,
    byId,
    links,
    parent,
    from,
    to,
    roles,
    changes: [...changes].sort((a, b) => a - b).map(day),
    located: count,
  };
  indexes.set(document, index);
  return index;
}

/** Which actors and relations are in the picture: valid at `at`, within `depth` of `focus`. */
export interface Scope {
  actors: Uint8Array;
  /** Indices into `links`. */
  links: number[];
  /** The focus actor's index, or -1 (no focus, or unknown id). */
  focus: number;
}

/**
 * Actors and relations valid at some time within the period `at` names (a partial date); all when
 * `at` is empty. With a known `focus`, only actors at most `depth` relations away, and their
 * relations.
 */
export function scope(index: NetworkIndex, at?: string | null, focus?: string | null, depth = 1): Scope {
  const n = index.actors.length;
  const range = at ? dateRange(at) : undefined;
  const [a, b] = range ?? [-Infinity, Infinity];
  const actors = new Uint8Array(n);
  for (let i = 0; i < n; i++) actors[i] = index.from[i] <= b && index.to[i] >= a ? 1 : 0;
  let links: number[] = [];
  index.links.forEach((link, k) => {
    if (link.from <= b && link.to >= a && actors[link.s] && actors[link.t]) links.push(k);
  });
  const f = focus ? (index.byId.get(focus) ?? -1) : -1;
  if (f >= 0) {
    const distance = distances(n, index, links, f);
    for (let i = 0; i < n; i++) actors[i] = distance[i] <= depth ? 1 : 0;
    links = links.filter((k) => actors[index.links[k].s] && actors[index.links[k].t]);
  }
  return { actors, links, focus: f };
}

/**
 * Path distance (number of relations, in either direction) from `start` to every actor over the
 * given relations; `Infinity` for actors it cannot reach.
 */
export function distances(n: number, index: NetworkIndex, links: number[], start: number): Float64Array {
  const adjacent: number[][] = Array.from({ length: n }, () => []);
  for (const k of links) {
    const { s, t } = index.links[k];
    adjacent[s].push(t);
    adjacent[t].push(s);
  }
  const distance = new Float64Array(n).fill(Infinity);
  distance[start] = 0;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of adjacent[v]) {
      if (distance[w] === Infinity) {
        distance[w] = distance[v] + 1;
        queue.push(w);
      }
    }
  }
  return distance;
}
