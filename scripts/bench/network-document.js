// A deterministic network of `actors` actors and `relations` relations for the map benchmark,
// and the same graph as vis-network data for the comparison.
import { RELATION_TYPES as TYPES } from '/dist/koop.js';

/** The sectors in the order of the schema. */
export const SECTORS = [
  'civil-society',
  'administration',
  'politics',
  'business',
  'science',
  'media',
  'funder',
  'intermediary',
];

function random(seed) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function networkDocument(actors = 500, relations = 1500) {
  const next = random(42);
  const list = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    name: `Akteur ${i + 1}`,
    sector: SECTORS[i % SECTORS.length],
    circle: ['core', 'operative', 'strategic', 'supporter'][i % 4],
  }));
  const seen = new Set();
  const edges = [];
  // A spanning chain keeps the graph connected; the rest prefers near neighbours (clusters).
  for (let i = 1; i < actors && edges.length < relations; i++) {
    const j = Math.floor(next() * i);
    seen.add(`${j}-${i}`);
    edges.push([j, i]);
  }
  while (edges.length < relations) {
    const a = Math.floor(next() * actors);
    const b = next() < 0.7 ? (a + 1 + Math.floor(next() * 20)) % actors : Math.floor(next() * actors);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push([a, b]);
  }
  return {
    schemaVersion: '1.0',
    cooperation: { name: `Netzwerk ${actors}/${relations}` },
    actors: list,
    relations: edges.map(([a, b], i) => ({
      source: `a${a}`,
      target: `a${b}`,
      type: TYPES[i % TYPES.length],
      directed: i % 3 === 0,
    })),
  };
}

export function visNetworkData(document) {
  return {
    nodes: document.actors.map((actor) => ({ id: actor.id, label: actor.name, group: actor.sector })),
    edges: document.relations.map((relation, i) => ({
      id: i,
      from: relation.source,
      to: relation.target,
      arrows: relation.directed ? 'to' : undefined,
      dashes: relation.type === 'conflict',
    })),
  };
}
