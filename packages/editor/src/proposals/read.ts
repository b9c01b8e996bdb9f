// Opening a proposal file for review. A proposal comes from outside the office, so it is read as
// untrusted input: too large, no JSON, not a proposal, paths the format does not have, keys that
// could reach an object's prototype, huge values, or another cooperation's proposal are refused
// whole, with a reason, before any of it touches a document.
import { readDocumentText } from '@koop/core/read.js';
import { koopSchema, type JsonSchema, type KoopDocument } from '@koop/schema';
import { validateProposal, type KoopProposal } from '@koop/schema/proposal.js';
import { fromPointer, UNSAFE_NAMES, type Path } from '../patch.js';
import { resolve } from '../schema-form.js';
import { changesOf, type ProposedChange } from './changes.js';
import { canonicalJson, contentHash, OFFICE_FIELDS } from './create.js';

/** A proposal file larger than this is refused (a proposal is a few kilobytes). */
export const MAX_PROPOSAL_BYTES = 1024 * 1024;
/** One operation's value larger than this (as JSON) is refused. */
export const MAX_VALUE_BYTES = 100 * 1024;
/** Values nested deeper than this are refused. */
export const MAX_DEPTH = 32;
/** Never a key or a path segment of a proposal. */
const FORBIDDEN_NAMES = UNSAFE_NAMES;

export type Refusal =
  | { code: 'empty' | 'not-json-text' | 'dangling-tests' | 'too-deep' }
  | { code: 'too-large'; bytes: number }
  | { code: 'json'; line?: number; column?: number }
  | { code: 'is-document' }
  | { code: 'not-a-proposal'; problems: { path: string; message: { de: string; en: string } }[] }
  | { code: 'forbidden-name'; name: string; where: string }
  | { code: 'office-field'; change: number; path: string }
  | { code: 'outside'; change: number; path: string }
  | { code: 'not-in-document'; change: number; path: string }
  | { code: 'untested'; change: number; path: string }
  | { code: 'huge-value'; change: number; bytes: number }
  | { code: 'other-cooperation'; theirs: unknown; ours: unknown };

export type ReadProposal =
  | { ok: true; proposal: KoopProposal; changes: ProposedChange[]; sameBase: boolean }
  | { ok: false; refusal: Refusal; value?: unknown };

/** The first key named like a prototype property, with where it is, or undefined. */
function forbiddenKey(value: unknown, where: string, depth = 0): Refusal | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) return { code: 'too-deep' };
  for (const key of Object.keys(value)) {
    const at = Array.isArray(value) ? `${where}[${key}]` : `${where}${where ? '.' : ''}${key}`;
    if (FORBIDDEN_NAMES.has(key)) return { code: 'forbidden-name', name: key, where: at };
    const found = forbiddenKey((value as Record<string, unknown>)[key], at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The branch of a schema that holds a value of the kind the next path segment steps into. */
function containerBranch(schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  const resolved = resolve(schema);
  const branches = resolved.anyOf ? resolved.anyOf.map(resolve) : [resolved];
  return branches.find((branch) =>
    typeof segment === 'number' || segment === '-'
      ? branch.type === 'array' || branch.items !== undefined
      : branch.type === 'object' ||
        branch.properties !== undefined ||
        branch.additionalProperties !== undefined,
  );
}

/** Whether the format has a place at `path` (`-`, the end of a list, only last). */
export function inFormat(path: Path): boolean {
  let schema: JsonSchema | undefined = koopSchema;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const branch: JsonSchema | undefined = schema && containerBranch(schema, segment);
    if (!branch) return false;
    if (typeof segment === 'number' || segment === '-') {
      if (segment === '-' && i !== path.length - 1) return false;
      schema = branch.items;
    } else if (branch.properties?.[segment]) {
      schema = branch.properties[segment];
    } else if (
      typeof branch.additionalProperties === 'object' &&
      (!branch.propertyNames?.pattern || new RegExp(branch.propertyNames.pattern, 'u').test(segment))
    ) {
      schema = branch.additionalProperties;
    } else return false;
  }
  return true;
}

/**
 * Whether a change names a list position that the document does not have and gives nothing to
 * find its record by (no test of the item or its id): a path outside the document. (A record
 * that is tested but gone was deleted since; the review shows that.)
 */
function pointsNowhere(document: KoopDocument, change: ProposedChange): boolean {
  const path = fromPointer(change.op.path);
  let node: unknown = document;
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth];
    if (typeof segment === 'number') {
      const item = path.slice(0, depth + 1);
      const anchored = change.tests.some((test) => {
        const tested = fromPointer(test.path);
        return (
          item.every((s, i) => tested[i] === s) &&
          (tested.length === depth + 1 || (tested.length === depth + 2 && tested[depth + 1] === 'id'))
        );
      });
      if (anchored) return false;
      if (
        !Array.isArray(node) ||
        segment >= node.length + (depth === path.length - 1 && change.op.op === 'add' ? 1 : 0)
      )
        return true;
    }
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return false;
}

/** Whether `proposal` was made for the cooperation `document` describes. */
export function sameCooperation(proposal: KoopProposal, document: KoopDocument): boolean {
  const ours = document.cooperation ?? ({} as KoopDocument['cooperation']);
  const theirs = proposal.cooperation;
  if (typeof theirs.website === 'string' && typeof ours.website === 'string')
    return theirs.website.replace(/\/$/, '') === ours.website.replace(/\/$/, '');
  if (canonicalJson(theirs.name) === canonicalJson(ours.name)) return true;
  const texts = (value: unknown) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value) : [];
  const names = new Set(texts(ours.name).map((text) => String(text).trim()));
  return texts(theirs.name).some((text) => names.has(String(text).trim()));
}

/** Reads the text of a proposal file for review against `document`; refuses what is unsafe. */
export async function readProposal(text: string, document: KoopDocument): Promise<ReadProposal> {
  if (text.length > MAX_PROPOSAL_BYTES)
    return { ok: false, refusal: { code: 'too-large', bytes: text.length } };
  const read = readDocumentText(text);
  if (!read.ok) {
    const failure = read.failure;
    if (failure.kind === 'json')
      return { ok: false, refusal: { code: 'json', line: failure.line, column: failure.column } };
    return { ok: false, refusal: { code: failure.kind === 'empty' ? 'empty' : 'not-json-text' } };
  }
  const value = read.value;
  const forbidden = forbiddenKey(value, '');
  if (forbidden) return { ok: false, refusal: forbidden };
  const looksLikeDocument =
    value !== null && typeof value === 'object' && 'cooperation' in value && !('koopProposal' in value);
  if (looksLikeDocument) return { ok: false, refusal: { code: 'is-document' }, value };
  const validation = validateProposal(value);
  if (!validation.valid)
    return {
      ok: false,
      refusal: {
        code: 'not-a-proposal',
        problems: validation.problems.map((problem) => ({ path: problem.path, message: problem.message })),
      },
    };
  const proposal = validation.proposal!;
  const changes = changesOf(proposal.patch);
  if (!changes) return { ok: false, refusal: { code: 'dangling-tests' } };
  for (const change of changes) {
    for (const operation of [...change.tests, change.op]) {
      const path = fromPointer(operation.path);
      const name = path.find((segment) => typeof segment === 'string' && FORBIDDEN_NAMES.has(segment));
      if (name !== undefined)
        return { ok: false, refusal: { code: 'forbidden-name', name: String(name), where: operation.path } };
      if (OFFICE_FIELDS.has(String(path[0])))
        return { ok: false, refusal: { code: 'office-field', change: change.number, path: operation.path } };
      const endsList = path.at(-1) === '-';
      if (!inFormat(path) || (endsList && (operation.op !== 'add' || operation !== change.op)))
        return { ok: false, refusal: { code: 'outside', change: change.number, path: operation.path } };
      if ('value' in operation) {
        const bytes = JSON.stringify(operation.value).length;
        if (bytes > MAX_VALUE_BYTES)
          return { ok: false, refusal: { code: 'huge-value', change: change.number, bytes } };
      }
    }
    const { op } = change;
    if (op.op !== 'add' && !change.tests.some((test) => test.path === op.path))
      return { ok: false, refusal: { code: 'untested', change: change.number, path: op.path } };
  }
  if (!sameCooperation(proposal, document))
    return {
      ok: false,
      refusal: {
        code: 'other-cooperation',
        theirs: proposal.cooperation.name,
        ours: document.cooperation?.name,
      },
    };
  for (const change of changes)
    if (pointsNowhere(document, change))
      return { ok: false, refusal: { code: 'not-in-document', change: change.number, path: change.op.path } };
  const sameBase = proposal.base.hash === (await contentHash(document));
  return { ok: true, proposal, changes, sameBase };
}
