/**
 * The merge core: what an import would change in a document, and applying (a chosen part of)
 * it. DOM-free and pure: the editor's "Importieren…" dialog and `npm run import` share it.
 *
 * A record from the source matches a record of the document by an identifier they share
 * (format 1.1 `identifiers`), else by id (for lists without required ids, by what makes the
 * record: source, target and type of a relation, …). A matched record keeps its id (the
 * document's references point at it) and every field the source does not have (what a person
 * added by hand); the fields the source has overwrite the document's. Records of the document
 * the source does not have are kept, unless `removeMissing` is set: then those that came from
 * the same kind of source (they carry an identifier of its scheme) are removed. Running the same
 * source twice changes nothing the second time.
 */
import type { Cooperation, Identifier, KoopDocument } from '@koop/schema';
import type { ImportResult, ImportedRecords, ListName } from './types.js';

export type ChangeKind = 'added' | 'changed' | 'unchanged' | 'removed';

/** One item of the change list; `id` is stable within a plan, for a UI to untick it. */
export interface Change {
  id: string;
  list: ListName | 'cooperation';
  kind: ChangeKind;
  /** The record's id in the document (after the merge), or its composite key. */
  key: string;
  /** The document's record (changed, unchanged, removed). */
  before?: unknown;
  /** The merged record (added, changed, unchanged). */
  after?: unknown;
  /** Top-level fields that differ (changed). */
  fields?: string[];
  /** Ids of other changes this one needs (an added record it refers to). */
  requires?: string[];
}

export type ListSummary = Record<ChangeKind, number>;

export interface MergePlan {
  changes: Change[];
  summary: Partial<Record<ListName | 'cooperation', ListSummary>>;
}

export interface MergeOptions {
  /**
   * The `identifiers` scheme the importer writes (`ical-uid`, `jsonfeed`, `oparl` …). With
   * `removeMissing`, the document's records carrying it that the source lacks are removed.
   */
  scheme?: string;
  removeMissing?: boolean;
  /** The fields the source speaks for, per list (see `ImportResult.owns`). */
  owns?: ImportResult['owns'];
  /** What the source can speak about (see `ImportResult.covers`); without it, everything. */
  covers?: ImportResult['covers'];
}

/** The lists in the order they are merged; references point at earlier or the same lists. */
export const LIST_NAMES: readonly ListName[] = [
  'actors',
  'roles',
  'goals',
  'phases',
  'milestones',
  'relations',
  'assignments',
  'conflicts',
  'entries',
];

/** Reference fields per list: field name (dotted for nested) → the list it points into. */
const REFERENCES: Record<ListName, Record<string, ListName>> = {
  actors: { parent: 'actors' },
  relations: { source: 'actors', target: 'actors' },
  roles: {},
  assignments: { actor: 'actors', role: 'roles', in: 'actors' },
  conflicts: { actor: 'actors', roles: 'roles' },
  goals: { parent: 'goals', basedOn: 'goals', owners: 'actors' },
  phases: { funders: 'actors', followUp: 'phases' },
  milestones: { goals: 'goals', actors: 'actors', phase: 'phases' },
  entries: {
    partOf: 'entries',
    actors: 'actors',
    goals: 'goals',
    milestones: 'milestones',
    'how.body': 'actors',
  },
};

type Row = Record<string, unknown>;

/** A key independent of property order, for comparing JSON values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Row)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export const deepEqual = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

const identifierKey = (identifier: Identifier) => `${identifier.scheme}\u0000${identifier.value}`;

function identifiersOf(row: Row): Identifier[] {
  const list = row.identifiers;
  return Array.isArray(list)
    ? list.filter((i): i is Identifier => !!i && typeof i.scheme === 'string' && typeof i.value === 'string')
    : [];
}

/** What makes a record without id: its references and type. */
function compositeKey(list: ListName, row: Row): string {
  switch (list) {
    case 'relations':
      return `${String(row.source)}→${String(row.target)}:${String(row.type)}`;
    case 'assignments':
      return `${String(row.actor)}@${String(row.role)}@${String(row.in ?? '')}`;
    case 'conflicts':
      return `${String(row.actor)}:${canonical(row.roles)}`;
    default:
      return canonical(row);
  }
}

const recordId = (row: Row): string | undefined => (typeof row.id === 'string' ? row.id : undefined);
const keyOf = (list: ListName, row: Row) => recordId(row) ?? compositeKey(list, row);

/** Rewrites the references of `row` through `ids` (per target list: imported id → document id). */
function remap(list: ListName, row: Row, ids: Map<ListName, Map<string, string>>): Row {
  let result = row;
  for (const [field, target] of Object.entries(REFERENCES[list])) {
    const map = ids.get(target);
    if (!map?.size) continue;
    const path = field.split('.');
    const holder = path.length === 2 ? (result[path[0]] as Row | undefined) : result;
    const name = path[path.length - 1];
    if (!holder || typeof holder !== 'object' || !(name in holder)) continue;
    const value = holder[name];
    const mapped = Array.isArray(value)
      ? value.map((v) => (typeof v === 'string' ? (map.get(v) ?? v) : v))
      : typeof value === 'string'
        ? (map.get(value) ?? value)
        : value;
    if (deepEqual(mapped, value)) continue;
    if (path.length === 2) result = { ...result, [path[0]]: { ...holder, [name]: mapped } };
    else result = { ...result, [name]: mapped };
  }
  return result;
}

/** The ids of `row`'s references, per list. */
function referencesOf(list: ListName, row: Row): [ListName, string][] {
  const found: [ListName, string][] = [];
  for (const [field, target] of Object.entries(REFERENCES[list])) {
    const path = field.split('.');
    const holder = path.length === 2 ? (row[path[0]] as Row | undefined) : row;
    const value = holder && typeof holder === 'object' ? holder[path[path.length - 1]] : undefined;
    for (const v of Array.isArray(value) ? value : [value])
      if (typeof v === 'string') found.push([target, v]);
  }
  return found;
}

/** The union of both lists of identifiers, the document's first. */
function unionIdentifiers(before: Identifier[], after: Identifier[]): Identifier[] {
  const seen = new Set(before.map(identifierKey));
  return [...before, ...after.filter((i) => !seen.has(identifierKey(i)) && seen.add(identifierKey(i)))];
}

/** Sets or (when `value` is undefined) removes a field, dotted for one level of nesting. */
function setField(row: Row, field: string, value: unknown): void {
  const [head, name] = field.split('.');
  if (name === undefined) {
    if (value === undefined) delete row[head];
    else row[head] = value;
    return;
  }
  const inner: Row = { ...((row[head] as Row | undefined) ?? {}) };
  if (value === undefined) delete inner[name];
  else inner[name] = value;
  if (Object.keys(inner).length) row[head] = inner;
  else delete row[head];
}

function getField(row: Row, field: string): unknown {
  const [head, name] = field.split('.');
  const value = row[head];
  return name === undefined ? value : value && typeof value === 'object' ? (value as Row)[name] : undefined;
}

/**
 * A nested list merged item by item (`owns` names it with `[]`, e.g. a goal's `indicators[]`):
 * an item of the source matching one of the document's (a shared identifier, else the same id)
 * has the source's fields laid over it; the source's others are added; the document's others
 * (what a person added) stay.
 */
function mergeItems(before: unknown, imported: unknown): unknown {
  if (!Array.isArray(imported)) return before;
  const result = (Array.isArray(before) ? before : []).map((item: unknown) => item as Row);
  for (const item of imported as Row[]) {
    const keys = new Set(identifiersOf(item).map(identifierKey));
    const index = result.findIndex(
      (row) =>
        identifiersOf(row).some((i) => keys.has(identifierKey(i))) ||
        (!keys.size && recordId(row) !== undefined && recordId(row) === recordId(item)),
    );
    if (index < 0) result.push(item);
    else
      result[index] = {
        ...result[index],
        ...item,
        ...('id' in result[index] ? { id: result[index].id } : {}),
      };
  }
  return result;
}

/** The document's record with what the source says laid over it. */
function mergeRecord(before: Row, imported: Row, owns: string[] | undefined): Row {
  let merged: Row;
  if (owns) {
    merged = { ...before };
    for (const field of owns) {
      if (field.endsWith('[]')) {
        const name = field.slice(0, -2);
        merged[name] = mergeItems(before[name], imported[name]);
      } else setField(merged, field, getField(imported, field));
    }
  } else merged = { ...before, ...imported };
  if ('id' in before) merged.id = before.id;
  const identifiers = unionIdentifiers(identifiersOf(before), identifiersOf(imported));
  if (identifiers.length) merged.identifiers = identifiers;
  return merged;
}

function changedFields(before: Row, after: Row): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !deepEqual(before[name], after[name]));
}

function uniqueId(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** A change of every imported record and, with `removeMissing`, of the records the source lost. */
export function planMerge(
  document: KoopDocument,
  records: ImportedRecords,
  options: MergeOptions = {},
): MergePlan {
  const changes: Change[] = [];
  const summary: MergePlan['summary'] = {};
  const count = (list: Change['list'], kind: ChangeKind) => {
    const entry = (summary[list] ??= { added: 0, changed: 0, unchanged: 0, removed: 0 });
    entry[kind]++;
  };
  const changeIds = new Set<string>();
  const push = (change: Omit<Change, 'id'>) => {
    const id = uniqueId(`${change.list}/${change.key}`, changeIds);
    changeIds.add(id);
    const full: Change = { ...change, id };
    changes.push(full);
    count(change.list, change.kind);
    return full;
  };

  if (records.cooperation && Object.keys(records.cooperation).length) {
    const before = (document.cooperation ?? {}) as unknown as Row;
    const after = { ...before, ...records.cooperation } as Row;
    const fields = changedFields(before, after);
    push({
      list: 'cooperation',
      kind: fields.length ? 'changed' : 'unchanged',
      key: 'cooperation',
      before,
      after,
      ...(fields.length ? { fields } : {}),
    });
  }

  // Imported id → document id per list, so imported references follow the matched records.
  const ids = new Map<ListName, Map<string, string>>();
  // Document id → change id of an added record, for `requires`.
  const addedBy = new Map<ListName, Map<string, string>>();
  const pending: { change: Change; list: ListName; row: Row }[] = [];

  for (const list of LIST_NAMES) {
    const incoming = records[list];
    if (!Array.isArray(incoming)) continue;
    const existing = ((document[list] ?? []) as unknown as Row[]).filter((r) => r && typeof r === 'object');
    const byIdentifier = new Map<string, number>();
    const byKey = new Map<string, number>();
    existing.forEach((row, index) => {
      for (const identifier of identifiersOf(row)) byIdentifier.set(identifierKey(identifier), index);
      byKey.set(keyOf(list, row), index);
    });
    const takenIds = new Set(existing.map(recordId).filter((id): id is string => !!id));
    const matched = new Set<number>();
    const listIds = new Map<string, string>();
    ids.set(list, listIds);
    const listAdded = new Map<string, string>();
    addedBy.set(list, listAdded);

    for (const raw of incoming as unknown as Row[]) {
      if (!raw || typeof raw !== 'object') continue;
      const own = identifiersOf(raw);
      let index = own.map((i) => byIdentifier.get(identifierKey(i))).find((i) => i !== undefined);
      if (index === undefined) {
        const candidate = byKey.get(keyOf(list, raw));
        // Same id, but the document's record is another thing of the same source: not a match.
        const schemes = new Map(own.map((i) => [i.scheme, i.value]));
        const clash =
          candidate !== undefined &&
          identifiersOf(existing[candidate]).some(
            (i) => schemes.has(i.scheme) && schemes.get(i.scheme) !== i.value,
          );
        if (candidate !== undefined && !clash && !matched.has(candidate)) index = candidate;
      }
      const importedId = recordId(raw);
      const row = remap(list, raw, ids);
      if (index !== undefined && !matched.has(index)) {
        matched.add(index);
        const before = existing[index];
        const after = mergeRecord(before, row, options.owns?.[list]);
        const beforeId = recordId(before);
        if (importedId && beforeId) listIds.set(importedId, beforeId);
        const fields = changedFields(before, after);
        const change = push({
          list,
          kind: fields.length ? 'changed' : 'unchanged',
          key: keyOf(list, before),
          before,
          after,
          ...(fields.length ? { fields } : {}),
        });
        pending.push({ change, list, row: after });
      } else {
        let after = row;
        if (importedId) {
          const id = uniqueId(importedId, takenIds);
          takenIds.add(id);
          if (id !== importedId) {
            listIds.set(importedId, id);
            after = { ...row, id };
          }
        }
        const change = push({ list, kind: 'added', key: keyOf(list, after), after });
        if (recordId(after)) listAdded.set(recordId(after)!, change.id);
        pending.push({ change, list, row: after });
      }
    }

    if (options.removeMissing && options.scheme) {
      existing.forEach((row, index) => {
        if (matched.has(index)) return;
        if (!identifiersOf(row).some((i) => i.scheme === options.scheme)) return;
        if (options.covers && !options.covers(list, row)) return;
        push({ list, kind: 'removed', key: keyOf(list, row), before: row });
      });
    }
  }

  // References to a record of the same list that came later are remapped now that all ids are known.
  for (const item of pending) {
    const row = remap(item.list, item.row, ids);
    if (row !== item.row) {
      item.change.after = row;
      if (item.change.kind !== 'added') {
        const fields = changedFields(item.change.before as Row, row);
        if (fields.length && item.change.kind === 'unchanged') {
          summary[item.list]!.unchanged--;
          summary[item.list]!.changed++;
          item.change.kind = 'changed';
        }
        if (fields.length) item.change.fields = fields;
      }
    }
    const requires = referencesOf(item.list, row)
      .map(([target, id]) => addedBy.get(target)?.get(id))
      .filter((id): id is string => !!id && id !== item.change.id);
    if (requires.length) item.change.requires = [...new Set(requires)];
  }
  return { changes, summary };
}

export interface ApplyResult {
  document: KoopDocument;
  /** Ids of changes that were left out because a change they need was not accepted. */
  skipped: string[];
}

/**
 * The document with the accepted changes of `plan` (all, without `accept`). An added record
 * whose reference needs another added record that is not accepted is left out too (`skipped`),
 * so the result never refers to what it does not have.
 */
export function applyMerge(
  document: KoopDocument,
  plan: MergePlan,
  accept?: Iterable<string> | ((change: Change) => boolean),
): ApplyResult {
  const chosen =
    accept === undefined
      ? () => true
      : typeof accept === 'function'
        ? accept
        : (
            (set: Set<string>) => (change: Change) =>
              set.has(change.id)
          )(new Set(accept));
  const accepted = new Set(plan.changes.filter((c) => c.kind !== 'unchanged' && chosen(c)).map((c) => c.id));
  const skipped: string[] = [];
  for (let again = true; again;) {
    again = false;
    for (const change of plan.changes) {
      if (!accepted.has(change.id) || !change.requires?.some((id) => !accepted.has(id))) continue;
      accepted.delete(change.id);
      skipped.push(change.id);
      again = true;
    }
  }

  let result = build(document, plan, accepted);
  // A record still referred to is not removed.
  const referred = new Set<string>();
  for (const list of LIST_NAMES)
    for (const row of (result[list] as Row[] | undefined) ?? [])
      for (const [target, id] of referencesOf(list, row)) referred.add(`${target}/${id}`);
  const kept = plan.changes.filter(
    (c) =>
      accepted.has(c.id) &&
      c.kind === 'removed' &&
      referred.has(`${c.list}/${recordId(c.before as Row) ?? ''}`),
  );
  if (kept.length) {
    for (const change of kept) {
      accepted.delete(change.id);
      skipped.push(change.id);
    }
    result = build(document, plan, accepted);
  }
  return { document: result as unknown as KoopDocument, skipped };
}

function build(document: KoopDocument, plan: MergePlan, accepted: Set<string>): Row {
  const result: Row = { ...document };
  for (const change of plan.changes) {
    if (!accepted.has(change.id)) continue;
    if (change.list === 'cooperation') {
      result.cooperation = change.after as Cooperation;
      continue;
    }
    const list = change.list;
    const rows = [...((result[list] as Row[] | undefined) ?? [])];
    if (change.kind === 'added') rows.push(change.after as Row);
    else {
      const index = rows.indexOf(change.before as Row);
      if (index < 0) continue;
      if (change.kind === 'removed') rows.splice(index, 1);
      else rows[index] = change.after as Row;
    }
    result[list] = rows;
  }
  return result;
}

/** Plans and applies every change at once: what the command line does. */
export function mergeRecords(
  document: KoopDocument,
  records: ImportedRecords,
  options: MergeOptions = {},
): { document: KoopDocument; plan: MergePlan } {
  const plan = planMerge(document, records, options);
  return { document: applyMerge(document, plan).document, plan };
}

/**
 * An empty document for an import without `--into`: the fields the source has for the
 * document and the cooperation (the file or URL's name if none), the lists it fills empty.
 */
export function newDocument(records: ImportedRecords, source: string): KoopDocument {
  const document = {
    schemaVersion: '1.1',
    ...records.document,
    cooperation: { name: source, ...records.cooperation },
  } as KoopDocument;
  for (const list of LIST_NAMES) if (Array.isArray(records[list])) (document as unknown as Row)[list] = [];
  return document;
}
