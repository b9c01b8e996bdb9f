/**
 * Values computed again only when their inputs change: each slot keeps its last inputs
 * (compared one by one with `===`) and the value made from them.
 */
export class Memo {
  private readonly slots = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  /** The value of `slot`: the last one while `deps` equal the last call's, else `make()`. */
  get<T>(slot: string, deps: readonly unknown[], make: () => T): T {
    const hit = this.slots.get(slot);
    if (hit && hit.deps.length === deps.length && hit.deps.every((dep, k) => dep === deps[k]))
      return hit.value as T;
    const value = make();
    this.slots.set(slot, { deps, value });
    return value;
  }

  /** Stores a value made elsewhere (e.g. in slices), to be found by `get` with the same deps. */
  set<T>(slot: string, deps: readonly unknown[], value: T): T {
    this.slots.set(slot, { deps, value });
    return value;
  }

  /** Forgets every value. */
  clear(): void {
    this.slots.clear();
  }
}
