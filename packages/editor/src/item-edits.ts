// Editing the items of the document's lists, and the fields whose changes reach beyond their
// own value: a new item's id follows its name, an id renamed renames every reference, an item
// that something refers to is removed only after saying what; focus and the announcement follow
// each step.
import { koopSchema, walkSchema, type KoopDocument } from '@koop/schema';
import { fieldId } from './field-base.js';
import type { ChangeAction } from './history.js';
import { uniqueId } from './ids.js';
import { itemName, textIn, type TopList } from './lists.js';
import { applyPatch, getAt, setOperations, toPointer, type Operation, type Path } from './patch.js';
import { isRequired, resolve } from './schema-form.js';
import type { PendingRemove, View } from './sections.js';
import type { EditorStrings } from './strings.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Objects that stay when their last field is removed: list items, the document, the cooperation. */
const keepEmpty = (path: Path) =>
  path.length === 0 ||
  typeof path[path.length - 1] === 'number' ||
  (path.length === 1 && path[0] === 'cooperation');

export function listItems(doc: KoopDocument | undefined, list: string): unknown[] {
  const items = (doc as unknown as Record<string, unknown> | undefined)?.[list];
  return Array.isArray(items) ? items : [];
}

export function idsOf(doc: KoopDocument | undefined, list: string): Set<string> {
  return new Set(
    listItems(doc, list).flatMap((item) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : [])),
  );
}

/** Whether items of a top-level list need an id (the format requires one). */
export function needsId(list: string): boolean {
  const items = resolve(koopSchema.properties?.[list] ?? {}).items;
  return items ? isRequired(items, 'id') : false;
}

/** An optional id is shown only where there is one: relations and the like need none. */
export function hidesId(list: string, item: unknown): boolean {
  return !needsId(list) && !(isRecord(item) && 'id' in item);
}

/** Every place that refers to the item `id` of `list`. */
export function referencesTo(doc: KoopDocument | undefined, list: string, id: string): Path[] {
  const refs = walkSchema(koopSchema, doc)
    .refs.filter((ref) => ref.list === list && ref.id === id)
    .map((ref) => ref.path);
  // Conflict rules name roles without the schema saying so (they may also name role types).
  if (list === 'roles')
    listItems(doc, 'conflictRules').forEach((rule, i) => {
      const roles = isRecord(rule) && Array.isArray(rule.roles) ? rule.roles : [];
      roles.forEach((role, k) => role === id && refs.push(['conflictRules', i, 'roles', k]));
    });
  return refs;
}

/** What editing items needs of the editor. */
export interface ItemEditsHost {
  document(): KoopDocument | undefined;
  lang(): 'de' | 'en';
  strings(): EditorStrings;
  /** Applies `ops` as one step of the history. */
  change(ops: Operation[], action: ChangeAction, path: Path, key?: string): void;
  /** Ends the current undo step. */
  seal(): void;
  announce(message: string): void;
  view(): View;
  show(view: View): void;
  /** Focus goes to the element with this id after the next update. */
  focusLater(id: string): void;
  update(): void;
}

export class ItemEdits {
  /** The item whose id still follows its name (new in this form). */
  fresh?: { list: string; id: string };
  /** The removal waiting for the reader to confirm it. */
  pendingRemove?: PendingRemove;
  /** What the last removal removed, while its form is open (with a button to undo it). */
  lastRemoved?: string;

  constructor(private readonly host: ItemEditsHost) {}

  private get doc(): KoopDocument | undefined {
    return this.host.document();
  }

  private get lang(): 'de' | 'en' {
    return this.host.lang();
  }

  private get strings(): EditorStrings {
    return this.host.strings();
  }

  /** The form is closed: a new item's id no longer follows its name. */
  closeForm(): void {
    this.fresh = undefined;
    this.lastRemoved = undefined;
  }

  /** Whether the id at `path` still follows the item's name. */
  followsName(path: Path): boolean {
    return Boolean(
      this.fresh &&
      path.length === 3 &&
      path[0] === this.fresh.list &&
      getAt(this.doc, path) === this.fresh.id,
    );
  }

  cancelRemove(): void {
    this.pendingRemove = undefined;
    this.host.focusLater('item-remove');
    this.host.update();
  }

  set(path: Path, value: unknown, typing = false): void {
    if (!this.doc) return;
    const ops = setOperations(this.doc, path, value, keepEmpty);
    // A new item's id follows its name while its form is open and nothing refers to it.
    const [list, index, field] = path;
    const fresh = this.fresh;
    if (
      fresh &&
      fresh.list === list &&
      typeof index === 'number' &&
      (field === 'name' || field === 'title') &&
      path.length <= 4
    ) {
      const item = listItems(this.doc, fresh.list)[index];
      if (isRecord(item) && item.id === fresh.id) {
        const next = applyPatch(this.doc, ops).root as KoopDocument;
        const name = textIn(getAt(next, [list, index, field]), this.lang, next.lang);
        const taken = idsOf(this.doc, fresh.list);
        taken.delete(fresh.id);
        const id = uniqueId(name, taken, this.strings.items[fresh.list] ?? fresh.list);
        if (id !== fresh.id && !referencesTo(this.doc, fresh.list, fresh.id).length) {
          ops.push({ op: 'replace', path: toPointer([list, index, 'id']), value: id });
          this.fresh = { list: fresh.list, id };
        }
      }
    }
    this.host.change(ops, 'set', path, typing ? toPointer(path) : undefined);
  }

  renameId(path: Path, id: string): void {
    if (!this.doc) return;
    const old = getAt(this.doc, path);
    const list = String(path[0]);
    const ops: Operation[] = [{ op: 'replace', path: toPointer(path), value: id }];
    if (typeof old === 'string')
      for (const ref of referencesTo(this.doc, list, old))
        ops.push({ op: 'replace', path: toPointer(ref), value: id });
    this.fresh = undefined;
    this.host.seal();
    this.host.change(ops, 'rename-id', path);
  }

  addItem(listPath: Path, item: unknown): void {
    if (!this.doc) return;
    const top = listPath.length === 1;
    const list = String(listPath[0]);
    let value = item;
    if (top && needsId(list)) {
      const id = uniqueId(this.strings.items[list] ?? list, idsOf(this.doc, list), list);
      value = { id };
      this.fresh = { list, id };
    }
    const existing = getAt(this.doc, listPath);
    const count = Array.isArray(existing) ? existing.length : 0;
    const ops: Operation[] = Array.isArray(existing)
      ? [{ op: 'add', path: `${toPointer(listPath)}/-`, value }]
      : setOperations(this.doc, listPath, [value], keepEmpty);
    this.host.seal();
    const itemPath = [...listPath, count];
    this.host.change(ops, 'add', itemPath);
    this.host.seal();
    const noun = this.strings.items[String(listPath[listPath.length - 1])] ?? '';
    this.host.announce(this.strings.added(`${noun} ${count + 1}`));
    if (top) {
      this.host.show({ section: list as TopList, index: count });
      this.host.focusLater(this.firstFieldId(list as TopList, count));
    } else {
      this.host.focusLater(fieldId(itemPath));
    }
  }

  /** The id of the first field of an item's form (where focus goes for a new item). */
  private firstFieldId(list: TopList, index: number): string {
    const schema = resolve(resolve(koopSchema.properties![list]).items!);
    const first = Object.keys(schema.properties ?? {}).find((name) => name !== 'id') ?? 'id';
    return fieldId([list, index, first]);
  }

  duplicateItem(path: Path): void {
    if (!this.doc) return;
    const item = structuredClone(getAt(this.doc, path)) as unknown;
    const index = path[path.length - 1] as number;
    const list = String(path[0]);
    const top = path.length === 2;
    if (top && isRecord(item) && typeof item.id === 'string') {
      const name = itemName(this.doc, list, item, this.lang);
      item.id = uniqueId(name || item.id, idsOf(this.doc, list), list);
      this.fresh = { list, id: item.id as string };
    }
    const target = [...path.slice(0, -1), index + 1];
    this.host.seal();
    this.host.change([{ op: 'add', path: toPointer(target), value: item }], 'duplicate', target);
    this.host.seal();
    const noun = this.strings.items[String(path[path.length - 2])] ?? '';
    this.host.announce(this.strings.added(`${noun} ${index + 2}`));
    if (top) {
      this.host.show({ section: list as TopList, index: index + 1 });
      this.host.focusLater('item-heading');
    } else {
      this.host.focusLater(fieldId(target));
    }
  }

  moveItem(path: Path, delta: number): void {
    if (!this.doc) return;
    const index = path[path.length - 1] as number;
    const list = getAt(this.doc, path.slice(0, -1));
    const to = index + delta;
    if (!Array.isArray(list) || to < 0 || to >= list.length) return;
    const target = [...path.slice(0, -1), to];
    this.host.seal();
    this.host.change([{ op: 'move', from: toPointer(path), path: toPointer(target) }], 'move', target);
    this.host.seal();
    const name = path.length === 2 ? itemName(this.doc, String(path[0]), list[index], this.lang) : '';
    this.host.announce(
      this.strings.moved(name || `${this.strings.items[String(path[path.length - 2])] ?? ''}`, to + 1),
    );
    // Focus stays on the button pressed, on the item in its new place (the other one at an end).
    if (path.length === 2) this.host.show({ ...this.host.view(), index: to });
    const prefix = path.length === 2 ? 'item' : fieldId(target, 'a');
    const atEnd = delta < 0 ? to === 0 : to === list.length - 1;
    this.host.focusLater(`${prefix}-${delta < 0 !== atEnd ? 'up' : 'down'}`);
  }

  /** Deletes an item; for an actor, goal … that something refers to, after saying what. */
  requestRemove(path: Path): void {
    if (!this.doc) return;
    const item = getAt(this.doc, path);
    const list = String(path[path.length - 2]);
    const references =
      path.length === 2 && isRecord(item) && typeof item.id === 'string' && needsId(list)
        ? referencesTo(this.doc, list, item.id)
        : [];
    const what = this.itemTitle(path);
    if (references.length) {
      this.pendingRemove = { path, what, references };
      this.host.update();
      return;
    }
    this.removeItem(path, what);
  }

  private itemTitle(path: Path): string {
    const list = String(path[path.length - 2]);
    const index = path[path.length - 1] as number;
    const name = itemName(this.doc!, list, getAt(this.doc, path), this.lang);
    const noun = this.strings.items[list] ?? list;
    return name ? `${noun} „${name}“` : `${noun} ${index + 1}`;
  }

  removeItem(path: Path, what: string): void {
    const index = path[path.length - 1] as number;
    this.pendingRemove = undefined;
    this.host.seal();
    this.host.change([{ op: 'remove', path: toPointer(path) }], 'remove', path);
    this.host.seal();
    this.lastRemoved = this.strings.removed(what);
    this.host.announce(this.lastRemoved);
    if (path.length === 2) {
      const list = path[0] as TopList;
      const count = listItems(this.doc, list).length;
      this.host.show({ section: list, index: null });
      this.host.focusLater(count ? `item-${list}-${Math.min(index, count - 1)}` : `add-${list}`);
    } else {
      const listPath = path.slice(0, -1);
      const count = (getAt(this.doc, listPath) as unknown[] | undefined)?.length ?? 0;
      this.host.focusLater(
        count ? fieldId([...listPath, Math.min(index, count - 1)]) : `${fieldId(listPath)}-add`,
      );
    }
  }
}
