// The editor's document is immutable data: every object and array in it is frozen, and a change
// makes new objects only along the paths it touches (structural sharing). Changes are JSON Patch
// operations (RFC 6902), so a history of them can also be handed on as a change proposal.

/** A path inside the document: property names and array indices. */
export type Path = readonly (string | number)[];

export type Operation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'move'; from: string; path: string }
  | { op: 'test'; path: string; value: unknown };

type Container = Record<string, unknown> | unknown[];

/** Freezes `value` and everything in it that is not frozen yet (shared parts already are). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** `['goals', 0, 'title']` → `/goals/0/title` (RFC 6901). */
export function toPointer(path: Path): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** `/goals/0/title` → `['goals', 0, 'title']`; digit-only segments become numbers. */
export function fromPointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment;
    });
}

/** The value at `path`, or undefined. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

export function has(root: unknown, path: Path): boolean {
  if (!path.length) return true;
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return false;
  const key = path[path.length - 1];
  return Array.isArray(parent) ? typeof key === 'number' && key < parent.length : Object.hasOwn(parent, key);
}

/** A copy of `root` with `update` applied to the container at `path`; the rest is shared. */
function updateContainer(root: unknown, path: Path, update: (container: Container) => void): unknown {
  if (!path.length) {
    const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Container;
    update(copy);
    return Object.freeze(copy);
  }
  const [head, ...rest] = path;
  if (root === null || typeof root !== 'object') throw new PatchError(`no container at ${String(head)}`);
  const copy = (Array.isArray(root) ? [...root] : { ...root }) as Record<string | number, unknown>;
  if (!Object.hasOwn(copy, head)) throw new PatchError(`nothing at ${String(head)}`);
  copy[head] = updateContainer(copy[head], rest, update);
  return Object.freeze(copy);
}

export class PatchError extends Error {}

function arrayIndex(container: unknown[], segment: string | number, forAdd: boolean): number {
  const index = segment === '-' && forAdd ? container.length : Number(segment);
  const limit = forAdd ? container.length : container.length - 1;
  if (!Number.isInteger(index) || index < 0 || index > limit)
    throw new PatchError(`index ${segment} out of range`);
  return index;
}

function addAt(root: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return deepFreeze(value);
  const key = path[path.length - 1];
  return updateContainer(root, path.slice(0, -1), (container) => {
    if (Array.isArray(container)) container.splice(arrayIndex(container, key, true), 0, deepFreeze(value));
    else container[key] = deepFreeze(value);
  });
}

function removeAt(root: unknown, path: Path): unknown {
  if (!has(root, path)) throw new PatchError(`nothing to remove at ${toPointer(path)}`);
  const key = path[path.length - 1];
  return updateContainer(root, path.slice(0, -1), (container) => {
    if (Array.isArray(container)) container.splice(arrayIndex(container, key, false), 1);
    else delete container[key];
  });
}

const isEqual = (a: unknown, b: unknown): boolean => deepEqual(a, b);

/** Structural equality of two JSON values (key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Names that reach an object's prototype in JavaScript: never a step of a path. */
export const UNSAFE_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Applies one operation; returns the new root and the operation that undoes it. */
export function applyOperation(root: unknown, operation: Operation): { root: unknown; inverse: Operation[] } {
  const path = fromPointer(operation.path);
  const from = operation.op === 'move' ? fromPointer(operation.from) : [];
  if ([...path, ...from].some((segment) => typeof segment === 'string' && UNSAFE_NAMES.has(segment)))
    throw new PatchError(`unsafe path ${operation.path}`);
  switch (operation.op) {
    case 'add': {
      const parent = getAt(root, path.slice(0, -1));
      const key = path[path.length - 1];
      if (Array.isArray(parent)) {
        const index = arrayIndex(parent, key, true);
        const at = toPointer([...path.slice(0, -1), index]);
        return { root: addAt(root, path, operation.value), inverse: [{ op: 'remove', path: at }] };
      }
      if (path.length && has(root, path)) {
        const old = getAt(root, path);
        return {
          root: addAt(root, path, operation.value),
          inverse: [{ op: 'replace', path: operation.path, value: old }],
        };
      }
      return { root: addAt(root, path, operation.value), inverse: [{ op: 'remove', path: operation.path }] };
    }
    case 'remove': {
      const old = getAt(root, path);
      return { root: removeAt(root, path), inverse: [{ op: 'add', path: operation.path, value: old }] };
    }
    case 'replace': {
      if (!has(root, path)) throw new PatchError(`nothing to replace at ${operation.path}`);
      const old = getAt(root, path);
      // In place, so a member keeps its position among its siblings.
      const key = path[path.length - 1];
      const next = path.length
        ? updateContainer(root, path.slice(0, -1), (container) => {
            (container as Record<string | number, unknown>)[key] = deepFreeze(operation.value);
          })
        : deepFreeze(operation.value);
      return { root: next, inverse: [{ op: 'replace', path: operation.path, value: old }] };
    }
    case 'move': {
      const value = getAt(root, from);
      const removed = removeAt(root, from);
      return {
        root: addAt(removed, path, value),
        inverse: [{ op: 'move', from: operation.path, path: operation.from }],
      };
    }
    case 'test': {
      if (!isEqual(getAt(root, path), operation.value))
        throw new PatchError(`test failed at ${operation.path}`);
      return { root, inverse: [] };
    }
  }
}

/** Applies operations in order (all or nothing); returns the new root and the undoing patch. */
export function applyPatch(
  root: unknown,
  operations: readonly Operation[],
): { root: unknown; inverse: Operation[] } {
  let current = root;
  const inverse: Operation[] = [];
  for (const operation of operations) {
    const step = applyOperation(current, operation);
    current = step.root;
    inverse.unshift(...step.inverse);
  }
  return { root: current, inverse };
}

/**
 * The operations that set `path` to `value` (`undefined`: remove it): a replace, an add, or an
 * add of the missing objects on the way (`baseline.value` in an indicator without a baseline).
 * Removing the last field of an object that `keepEmpty` does not name removes the object.
 */
export function setOperations(
  root: unknown,
  path: Path,
  value: unknown,
  keepEmpty = (_: Path) => true,
): Operation[] {
  if (value === undefined) {
    if (!has(root, path)) return [];
    // Walk up while the parent would be left empty and may go.
    let target = path;
    while (target.length > 1) {
      const parentPath = target.slice(0, -1);
      const parent = getAt(root, parentPath);
      if (Array.isArray(parent) || Object.keys(parent as object).length > 1 || keepEmpty(parentPath)) break;
      target = parentPath;
    }
    return [{ op: 'remove', path: toPointer(target) }];
  }
  if (has(root, path)) {
    return isEqual(getAt(root, path), value) ? [] : [{ op: 'replace', path: toPointer(path), value }];
  }
  // The first missing step gets an object holding the rest.
  let depth = 0;
  while (depth < path.length - 1 && has(root, path.slice(0, depth + 1))) depth++;
  let nested: unknown = value;
  for (let i = path.length - 1; i > depth; i--) nested = { [path[i]]: nested };
  return [{ op: 'add', path: toPointer(path.slice(0, depth + 1)), value: nested }];
}

/**
 * Two patches as one, simplified where a later operation overwrites an earlier one on the same
 * path (typing a word is one change, not one per letter).
 */
export function composePatches(first: readonly Operation[], second: readonly Operation[]): Operation[] {
  const result = [...first];
  for (const next of second) {
    const previous = result[result.length - 1];
    if (
      previous &&
      previous.op !== 'move' &&
      previous.op !== 'test' &&
      next.op !== 'move' &&
      next.op !== 'test' &&
      previous.path === next.path
    ) {
      const merged = mergeOperations(previous, next);
      if (merged !== undefined) {
        result.pop();
        if (merged) result.push(merged);
        continue;
      }
    }
    result.push(next);
  }
  return result;
}

type ValueOperation = Extract<Operation, { op: 'add' | 'remove' | 'replace' }>;

/** One operation doing what `a` then `b` do on the same path; null: nothing; undefined: cannot. */
function mergeOperations(a: ValueOperation, b: ValueOperation): Operation | null | undefined {
  // Arrays shift on add and remove; only object members and plain replaces merge safely.
  const arrayIndexPath = /\/(0|[1-9]\d*|-)$/.test(a.path);
  if (b.op === 'replace' && a.op !== 'remove') return { ...a, value: b.value };
  if (arrayIndexPath) return undefined;
  if (a.op === 'add' && b.op === 'remove') return null;
  if (a.op === 'replace' && b.op === 'remove') return b;
  if (a.op === 'remove' && b.op === 'add') return { op: 'replace', path: a.path, value: b.value };
  return undefined;
}
