import type { Actor, Goal, KoopDocument, Milestone } from '@koop/schema';

/** Lookups the goal tracker needs, built once per document. */
export interface GoalIndex {
  goals: Map<string, Goal>;
  /** Goals without a (resolvable) parent, in document order. */
  roots: Goal[];
  children: Map<string, Goal[]>;
  actors: Map<string, Actor>;
  milestonesByGoal: Map<string, Milestone[]>;
  /** For a single-perspective goal: the shared goals that bring it in. */
  sharedIn: Map<string, Goal[]>;
}

const indexes = new WeakMap<KoopDocument, GoalIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function goalIndex(document: KoopDocument): GoalIndex {
  let index = indexes.get(document);
  if (index) return index;
  const goals = new Map<string, Goal>();
  // The first of duplicate ids wins, as the validator's warning says.
  for (const goal of document.goals ?? []) if (!goals.has(goal.id)) goals.set(goal.id, goal);
  const actors = new Map<string, Actor>();
  for (const actor of document.actors ?? []) if (!actors.has(actor.id)) actors.set(actor.id, actor);

  const children = new Map<string, Goal[]>();
  const roots: Goal[] = [];
  for (const goal of goals.values()) {
    if (goal.parent && goal.parent !== goal.id && goals.has(goal.parent) && !inCycle(goal, goals)) {
      push(children, goal.parent, goal);
    } else {
      roots.push(goal);
    }
  }
  const milestonesByGoal = new Map<string, Milestone[]>();
  for (const milestone of document.milestones ?? []) {
    for (const id of new Set(milestone.goals ?? [])) push(milestonesByGoal, id, milestone);
  }
  const sharedIn = new Map<string, Goal[]>();
  for (const goal of goals.values()) {
    for (const id of new Set(goal.basedOn ?? [])) if (id !== goal.id) push(sharedIn, id, goal);
  }
  index = { goals, roots, children, actors, milestonesByGoal, sharedIn };
  indexes.set(document, index);
  return index;
}

/** A goal whose parent chain returns to it would never be reached from a root: treat it as one. */
function inCycle(goal: Goal, goals: Map<string, Goal>): boolean {
  const seen = new Set<string>();
  let current: Goal | undefined = goal;
  while (current?.parent) {
    if (seen.has(current.id)) return false;
    seen.add(current.id);
    if (current.parent === goal.id) return true;
    current = goals.get(current.parent);
  }
  return false;
}
