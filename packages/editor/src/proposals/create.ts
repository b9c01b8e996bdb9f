// A change proposal from two versions of a document: the base a partner opened and what they
// made of it. The patch is written record by record (items of a list are matched by their id,
// items without one by their content), so that each change stands on its own: the office can
// take any of them, and each carries `test` operations for what it replaces and for the record
// it is in. Applied in order with any RFC 6902 tool, the whole patch turns the base into the
// edited document (up to the order of list items: new items go to the end, moves are not
// proposed).
import type { KoopDocument } from '@koop/schema';
import { PROPOSAL_VERSION, type KoopProposal, type ProposalOperation } from '@koop/schema/proposal.js';
import { deepEqual, toPointer, type Path } from '../patch.js';
import { fieldInfo, resolve, schemaAt, isRequired } from '../schema-form.js';

/** Fields only the office sets (on download, on applying proposals): never proposed. */
export const OFFICE_FIELDS: ReadonlySet<string> = new Set(['schemaVersion', 'updatedAt']);

type Item = Record<string, unknown>;

const isRecord = (value: unknown): value is Item =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

interface Removal {
  path: Path;
  ops: ProposalOperation[];
}

interface Out {
  changes: ProposalOperation[];
  appends: ProposalOperation[];
  removals: Removal[];
}

/** The kind of field at `path`, or undefined where the format says nothing. */
function kindAt(path: Path) {
  const schema = schemaAt(path);
  return schema ? fieldInfo(schema) : undefined;
}

/** The ids of `items` when every one has a string id and no two are the same. */
function idsOf(items: readonly unknown[]): string[] | undefined {
  const ids = items.map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined));
  if (ids.some((id) => id === undefined) || new Set(ids).size !== ids.length) return undefined;
  return ids as string[];
}

function diff(path: Path, before: unknown, after: unknown, anchor: ProposalOperation[], out: Out): void {
  if (deepEqual(before, after)) return;
  const pointer = toPointer(path);
  if (before === undefined) {
    out.changes.push(...anchor, { op: 'add', path: pointer, value: after });
    return;
  }
  if (after === undefined) {
    out.changes.push(
      ...anchor,
      { op: 'test', path: pointer, value: before },
      { op: 'remove', path: pointer },
    );
    return;
  }
  const info = path.length === 0 ? undefined : kindAt(path);
  if (isRecord(before) && isRecord(after) && (path.length === 0 || info?.kind === 'object')) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      if (!(path.length === 0 && OFFICE_FIELDS.has(key)))
        diff([...path, key], before[key], after[key], anchor, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && info?.kind === 'list') {
    diffList(path, before, after, anchor, out, info.itemSchema);
    return;
  }
  out.changes.push(
    ...anchor,
    { op: 'test', path: pointer, value: before },
    { op: 'replace', path: pointer, value: after },
  );
}

function diffList(
  path: Path,
  before: readonly unknown[],
  after: readonly unknown[],
  anchor: ProposalOperation[],
  out: Out,
  itemSchema = resolve({}),
): void {
  const beforeIds = isRequired(itemSchema, 'id') || path.length === 1 ? idsOf(before) : undefined;
  const afterIds = beforeIds && idsOf(after);
  const append = (item: unknown) =>
    out.appends.push(...anchor, { op: 'add', path: `${toPointer(path)}/-`, value: item });
  const remove = (index: number) => {
    const at = [...path, index];
    out.removals.push({
      path: at,
      ops: [
        ...anchor,
        { op: 'test', path: toPointer(at), value: before[index] },
        { op: 'remove', path: toPointer(at) },
      ],
    });
  };
  if (beforeIds && afterIds) {
    // Records with ids: matched by id, changed field by field.
    const position = new Map(beforeIds.map((id, i) => [id, i]));
    after.forEach((item, k) => {
      const i = position.get(afterIds[k]);
      if (i === undefined) append(item);
      else
        diff(
          [...path, i],
          before[i],
          item,
          [...anchor, { op: 'test', path: toPointer([...path, i, 'id']), value: beforeIds[i] }],
          out,
        );
    });
    const kept = new Set(afterIds);
    beforeIds.forEach((id, i) => kept.has(id) || remove(i));
    return;
  }
  // Items without ids: matched by content; what changed is replaced whole.
  const unmatched = after.map((_, k) => k);
  const gone: number[] = [];
  before.forEach((item, i) => {
    const k = unmatched.findIndex((candidate) => deepEqual(after[candidate], item));
    if (k >= 0) unmatched.splice(k, 1);
    else gone.push(i);
  });
  while (gone.length && unmatched.length) {
    const i = gone.shift()!;
    const at = toPointer([...path, i]);
    out.changes.push(
      ...anchor,
      { op: 'test', path: at, value: before[i] },
      { op: 'replace', path: at, value: after[unmatched.shift()!] },
    );
  }
  for (const k of unmatched) append(after[k]);
  for (const i of gone) remove(i);
}

/** Compares paths segment by segment, numbers as numbers. */
function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The patch from `base` to `edited`: changes inside records and fields first, then new items
 * (appended), then removed items from the last to the first, so that applying the patch in order
 * never shifts a position a later operation names.
 */
export function proposalPatch(base: unknown, edited: unknown): ProposalOperation[] {
  const out: Out = { changes: [], appends: [], removals: [] };
  diff([], base, edited, [], out);
  out.removals.sort((a, b) => comparePaths(b.path, a.path));
  return [...out.changes, ...out.appends, ...out.removals.flatMap((removal) => removal.ops)];
}

/** The JSON Canonicalization Scheme (RFC 8785) text of a JSON value: keys sorted, no spaces. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** `sha256:<hex>` of the document's canonical JSON (Web Crypto, in browsers and Node). */
export async function contentHash(document: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(document));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export interface ProposalAuthor {
  name: string;
  organisation: string;
  contact?: string;
}

/** A complete proposal: the patch from `base` to `edited`, who proposes it, and a note. */
export async function createProposal(options: {
  base: KoopDocument;
  edited: KoopDocument;
  proposer: ProposalAuthor;
  note?: string;
  url?: string;
  createdAt: string;
}): Promise<KoopProposal> {
  const { base, edited, proposer } = options;
  const cooperation: KoopProposal['cooperation'] = { name: base.cooperation?.name ?? '' };
  if (typeof base.cooperation?.website === 'string') cooperation.website = base.cooperation.website;
  const baseInfo: KoopProposal['base'] = { hash: await contentHash(base) };
  if (typeof base.updatedAt === 'string') baseInfo.updatedAt = base.updatedAt;
  if (options.url) baseInfo.url = options.url;
  const who: KoopProposal['proposer'] = {
    name: proposer.name.trim(),
    organisation: proposer.organisation.trim(),
  };
  if (proposer.contact?.trim()) who.contact = proposer.contact.trim();
  return {
    koopProposal: PROPOSAL_VERSION,
    cooperation,
    base: baseInfo,
    proposer: who,
    ...(options.note?.trim() ? { note: options.note.trim() } : {}),
    createdAt: options.createdAt,
    patch: proposalPatch(base, edited),
  };
}
