import type { Relation, RelationDirection } from './types.js';

/**
 * How a relation runs: its `direction` (format 1.1), else one-way when `directed` is true
 * (format 1.0), else undirected.
 */
export function relationDirection(relation: Pick<Relation, 'direction' | 'directed'>): RelationDirection {
  return relation.direction ?? (relation.directed === true ? 'one-way' : 'undirected');
}
