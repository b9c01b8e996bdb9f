import { dateRange, type Actor, type Assignment, type KoopDocument, type Role } from '@koop/schema';
import { computeConflicts, push, spanOf, within, type DataProblem, type RoleConflict } from './conflicts.js';

/** One actor's row: the assignments per role valid in the view, and its conflicts. */
export interface MatrixRow {
  actor: Actor;
  /** Role id → the actor's assignments of that role, earliest first. */
  cells: Map<string, Assignment[]>;
  conflicts: RoleConflict[];
}

export interface RoleMatrix {
  /** The day (or period) shown; undefined: all periods. */
  at?: string;
  /** Set when `at` is the last day roles were held, shown because nobody held one on the default day. */
  lastHeld?: boolean;
  /** The role catalogue, in document order (the columns). */
  roles: Role[];
  /** Actors that hold a role (or have a conflict) in the view, in document order. */
  rows: MatrixRow[];
  conflicts: RoleConflict[];
  problems: DataProblem[];
  /** `<actor> <role>` → the conflicts that cell is part of. */
  byCell: Map<string, RoleConflict[]>;
}

/** Joins a cell's actor and role id; ids hold no control characters, so the key splits back. */
export const KEY_SEPARATOR = '\u001f';
export const cellKey = (actor: string, role: string): string => `${actor}${KEY_SEPARATOR}${role}`;

/** Who holds which role (at `at`, or ever), with the conflicts of `computeConflicts`. */
export function roleMatrix(document: KoopDocument, at?: string): RoleMatrix {
  const range = at === undefined ? undefined : dateRange(at);
  const roles = new Map<string, Role>();
  for (const role of document.roles ?? []) if (!roles.has(role.id)) roles.set(role.id, role);
  const rows = new Map<string, MatrixRow>();
  for (const actor of document.actors ?? [])
    if (!rows.has(actor.id)) rows.set(actor.id, { actor, cells: new Map(), conflicts: [] });
  for (const assignment of document.assignments ?? []) {
    const row = rows.get(assignment.actor);
    if (row && roles.has(assignment.role) && within(spanOf(assignment), range))
      push(row.cells, assignment.role, assignment);
  }
  const { conflicts, problems } = computeConflicts(document, at);
  const byCell = new Map<string, RoleConflict[]>();
  for (const conflict of conflicts) {
    rows.get(conflict.actor)!.conflicts.push(conflict);
    for (const role of conflict.roles) push(byCell, cellKey(conflict.actor, role), conflict);
  }
  const shown = [...rows.values()].filter((row) => row.cells.size || row.conflicts.length);
  for (const row of shown)
    for (const list of row.cells.values()) list.sort((a, b) => spanOf(a).start - spanOf(b).start);
  return { at, roles: [...roles.values()], rows: shown, conflicts, problems, byCell };
}
