import type { Goal, KoopDocument, Milestone } from '@koop/schema';
import type { SelectionKind } from './events.js';
import type { KoopSelection, LinkedItems } from './linked-selection.js';

/** The document's list of items of `kind` (`actor` → `actors`, …). */
const listOf = (kind: SelectionKind) => `${kind}s` as 'actors' | 'goals' | 'milestones';

/**
 * What `selection` links to in `document`: an actor its goals (as owner) and milestones, a goal
 * its owners and milestones, a milestone its actors and goals. Undefined for an unknown id.
 */
export function linkedItems(document: KoopDocument, selection: KoopSelection): LinkedItems | undefined {
  const { kind, id } = selection;
  const item = document[listOf(kind)]?.find((candidate) => candidate.id === id);
  if (!item) return undefined;
  const sets = { actors: new Set<string>(), goals: new Set<string>(), milestones: new Set<string>() };
  sets[listOf(kind)].add(id);
  const goal = kind === 'goal' ? (item as Goal) : undefined;
  const milestone = kind === 'milestone' ? (item as Milestone) : undefined;
  for (const owner of goal?.owners ?? []) sets.actors.add(owner);
  for (const actor of milestone?.actors ?? []) sets.actors.add(actor);
  for (const linked of milestone?.goals ?? []) sets.goals.add(linked);
  if (kind === 'actor')
    for (const g of document.goals ?? []) if (g.owners?.includes(id)) sets.goals.add(g.id);
  if (kind !== 'milestone')
    for (const m of document.milestones ?? [])
      if (m[listOf(kind) as 'actors' | 'goals']?.includes(id)) sets.milestones.add(m.id);
  const name = 'name' in item ? (item.shortName ?? item.name) : item.title;
  return { kind, id, name, ...sets };
}
