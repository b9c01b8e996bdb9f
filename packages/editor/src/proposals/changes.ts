// Reviewing proposals: each change is found again in the current document (its record by id, or
// by content where items have none, so changes the office made meanwhile do not shift it), its
// `test` operations are checked there, and it is tried on the document as it would be after the
// changes before it, with the same data check as everywhere. Nothing here changes a document:
// `reviewChanges` says what each change would do, `applyReview` makes the reviewed document.
import {
  formatPath,
  parsePath,
  validateDocument,
  type Entry,
  type KoopDocument,
  type Problem,
} from '@koop/schema';
import type { KoopProposal, ProposalOperation } from '@koop/schema/proposal.js';
import {
  applyPatch,
  deepEqual,
  fromPointer,
  getAt,
  has,
  toPointer,
  type Operation,
  type Path,
} from '../patch.js';

type TestOperation = Extract<ProposalOperation, { op: 'test' }>;
type ChangeOperation = Exclude<ProposalOperation, { op: 'test' }>;

/** One change of a proposal: an add, replace or remove, and the tests right before it. */
export interface ProposedChange {
  /** Its number within the proposal, from 1. */
  number: number;
  tests: TestOperation[];
  op: ChangeOperation;
}

/**
 * The changes of a patch, or undefined when it does not divide into changes (tests at its end
 * that no change follows).
 */
export function changesOf(patch: readonly ProposalOperation[]): ProposedChange[] | undefined {
  const changes: ProposedChange[] = [];
  let tests: TestOperation[] = [];
  for (const operation of patch) {
    if (operation.op === 'test') tests.push(operation);
    else {
      changes.push({ number: changes.length + 1, tests, op: operation });
      tests = [];
    }
  }
  return tests.length ? undefined : changes;
}

/** Where a change stands against a document. */
export type Located =
  /** Its tests hold: `ops` apply it (paths moved to where its records are now). */
  | { status: 'ok'; path: Path; ops: Operation[]; current: unknown }
  /** The document already has what it proposes. */
  | { status: 'already'; path: Path; current: unknown }
  /** A value it expected is different now; `forced` applies it all the same. */
  | { status: 'conflict'; path: Path; at: Path; expected: unknown; current: unknown; forced: Operation[] }
  /** The record or field it is about is not there any more. */
  | { status: 'gone'; path: Path };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const startsWith = (path: Path, prefix: Path) =>
  prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);

/** Finds `change` in `document`; never throws. */
export function locate(document: unknown, change: ProposedChange): Located {
  const target = fromPointer(change.op.path);
  const tests = change.tests.map((test) => ({ test, path: fromPointer(test.path) }));
  // Each list position on the way to the target, moved to where its record is now.
  const resolved: (string | number)[] = [];
  const anchors = new Set<(typeof tests)[number]>();
  for (let depth = 0; depth < target.length; depth++) {
    const segment = target[depth];
    if (typeof segment !== 'number') {
      resolved.push(segment);
      continue;
    }
    const list = getAt(document, resolved);
    if (!Array.isArray(list)) return { status: 'gone', path: target };
    const itemPath = target.slice(0, depth + 1);
    const byId = tests.find(
      (t) => t.path.length === depth + 2 && t.path[depth + 1] === 'id' && startsWith(t.path, itemPath),
    );
    const byContent = tests.find((t) => t.path.length === depth + 1 && startsWith(t.path, itemPath));
    let index = segment;
    if (byId) {
      anchors.add(byId);
      const matches = (item: unknown) => isRecord(item) && item.id === byId.test.value;
      index = matches(list[segment]) ? segment : list.findIndex(matches);
    } else if (byContent) {
      anchors.add(byContent);
      const matches = (item: unknown) => deepEqual(item, byContent.test.value);
      index = matches(list[segment]) ? segment : list.findIndex(matches);
      // A removal of an item that is gone already has nothing left to do.
      if (index < 0 && change.op.op === 'remove' && depth === target.length - 1)
        return { status: 'already', path: target, current: undefined };
    }
    if (index < 0) return { status: 'gone', path: target };
    resolved.push(index);
  }
  const move = (path: Path): Path =>
    path.map((segment, i) => (i < resolved.length && typeof segment === 'number' ? resolved[i] : segment));
  const path = resolved as Path;
  const pointer = toPointer(path);
  const parent = getAt(document, path.slice(0, -1));
  const last = path[path.length - 1];
  const op = change.op;

  if (op.op === 'add') {
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : last;
      if (typeof index !== 'number' || index > parent.length) return { status: 'gone', path };
    } else if (!isRecord(parent)) return { status: 'gone', path };
  } else if (!has(document, path)) {
    return op.op === 'remove' ? { status: 'already', path, current: undefined } : { status: 'gone', path };
  }
  const current = op.op === 'add' && Array.isArray(parent) ? undefined : getAt(document, path);
  const ops: Operation[] = [];
  for (const entry of tests) {
    const { test } = entry;
    const at = move(entry.path);
    const now = getAt(document, at);
    if (!anchors.has(entry) && !deepEqual(now, test.value)) {
      if (op.op === 'remove' && startsWith(at, path) && current === undefined)
        return { status: 'already', path, current };
      if (op.op === 'replace' && deepEqual(current, op.value)) return { status: 'already', path, current };
      const forced: Operation[] = [
        op.op === 'remove'
          ? { op: 'remove', path: pointer }
          : ({
              op: has(document, path) || Array.isArray(parent) ? op.op : 'add',
              path: pointer,
              value: op.value,
            } as Operation),
      ];
      return { status: 'conflict', path, at, expected: test.value, current: now, forced };
    }
    ops.push({ op: 'test', path: toPointer(at), value: test.value });
  }
  if (op.op === 'add' && !Array.isArray(parent) && has(document, path)) {
    if (deepEqual(current, op.value)) return { status: 'already', path, current };
    return {
      status: 'conflict',
      path,
      at: path,
      expected: undefined,
      current,
      forced: [{ op: 'replace', path: pointer, value: op.value }],
    };
  }
  if (op.op === 'replace' && deepEqual(current, op.value)) return { status: 'already', path, current };
  ops.push(
    op.op === 'remove'
      ? { op: 'remove', path: pointer }
      : ({ op: op.op, path: pointer, value: op.value } as Operation),
  );
  return { status: 'ok', path, ops, current };
}

// ---------------------------------------------------------------------------------------------

/** A proposal opened for review. */
export interface ReviewProposal {
  /** Stays the same while the review is open (numbers shift when one is taken out). */
  uid: number;
  fileName: string;
  proposal: KoopProposal;
  changes: ProposedChange[];
  /** Whether it was made on exactly the document being reviewed. */
  sameBase: boolean;
}

export type Choice = 'open' | 'accept' | 'reject';

export interface Decision {
  choice: Choice;
  /** Why it was rejected, for the answer to the proposer. */
  reason?: string;
}

export interface ReviewedChange {
  /** `<proposal uid>.<change number>`. */
  key: string;
  proposal: ReviewProposal;
  change: ProposedChange;
  located: Located;
  decision: Decision;
  /** The document before this change (with the changes before it that are not rejected). */
  before: KoopDocument;
  /** The document with it (as `before` when it does nothing). */
  after: KoopDocument;
  /** The earlier change (of another proposal) that last changed the value this one is about. */
  overlaps?: string;
  /** What the data check finds that it did not before this change: shown at the change. */
  problems: Problem[];
  /** Whether accepting it keeps the document usable (no new error, its record still there). */
  acceptable: boolean;
}

export const changeKey = (proposal: ReviewProposal, change: ProposedChange) =>
  `${proposal.uid}.${change.number}`;

const OPEN: Decision = { choice: 'open' };

/** What a change's operations do to the document, or nothing when it is gone or already done. */
function operationsOf(located: Located, choice: Choice): Operation[] | undefined {
  if (located.status === 'ok') return located.ops;
  if (located.status === 'conflict' && choice === 'accept') return located.forced;
  return undefined;
}

/** Whether one pointer is the other or inside it. */
const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/** A problem's identity, with list positions after `removed` moved up by one. */
function problemKey(problem: Problem, removed?: Path): string | undefined {
  let segments: (string | number)[] = parsePath(problem.path);
  if (removed && startsWith(segments, removed.slice(0, -1))) {
    const depth = removed.length - 1;
    const index = segments[depth];
    const removedIndex = removed[depth] as number;
    if (typeof index === 'number' && index === removedIndex && segments.length > depth) return undefined;
    if (typeof index === 'number' && index > removedIndex)
      segments = [...segments.slice(0, depth), index - 1, ...segments.slice(depth + 1)];
  }
  return `${problem.severity}|${formatPath(segments)}|${problem.code}`;
}

function newProblems(
  before: readonly Problem[],
  after: readonly Problem[],
  ops: readonly Operation[],
): Problem[] {
  const removal = ops.find((op) => op.op === 'remove');
  const removed = removal ? fromPointer(removal.path) : undefined;
  const known = new Set(
    before.map((problem) =>
      problemKey(problem, removed && typeof removed.at(-1) === 'number' ? removed : undefined),
    ),
  );
  return after.filter((problem) => !known.has(problemKey(problem)));
}

/**
 * Every change of every proposal, in order, as it stands: each is checked against the document
 * with the changes before it applied that are accepted or still open (so of two proposals that
 * change the same value, the second is a conflict until the first is rejected).
 */
export function reviewChanges(
  document: KoopDocument,
  proposals: readonly ReviewProposal[],
  decisions: ReadonlyMap<string, Decision>,
): ReviewedChange[] {
  let current = document;
  let problems = validateDocument(current).problems;
  const touched = new Map<string, string>();
  const reviewed: ReviewedChange[] = [];
  for (const proposal of proposals)
    for (const change of proposal.changes) {
      const key = changeKey(proposal, change);
      const decision = decisions.get(key) ?? OPEN;
      const located = locate(current, change);
      const pointer = toPointer(located.path);
      let overlaps: string | undefined;
      const appends = located.path.at(-1) === '-';
      for (const [path, by] of touched)
        if (!appends && by.split('.')[0] !== String(proposal.uid) && related(path, pointer)) overlaps = by;
      const ops = operationsOf(located, decision.choice === 'open' ? 'accept' : decision.choice) ?? [];
      let after = current;
      let found: Problem[] = [];
      if (ops.length) {
        try {
          after = applyPatch(current, ops).root as KoopDocument;
          const afterProblems = validateDocument(after).problems;
          found = newProblems(problems, afterProblems, ops);
          const takes =
            decision.choice === 'accept' || (decision.choice === 'open' && located.status === 'ok');
          reviewed.push({
            key,
            proposal,
            change,
            located,
            decision,
            before: current,
            after,
            overlaps,
            problems: found,
            acceptable: !found.some((problem) => problem.severity === 'error'),
          });
          if (takes) {
            current = after;
            problems = afterProblems;
            if (!appends) touched.set(pointer, key);
          }
          continue;
        } catch {
          // The document changed under it in a way its operations do not fit: as if gone.
        }
      }
      reviewed.push({
        key,
        proposal,
        change,
        located: ops.length ? { status: 'gone', path: located.path } : located,
        decision,
        before: current,
        after: current,
        overlaps,
        problems: found,
        acceptable: located.status === 'already' || (located.status === 'conflict' && ops.length === 0),
      });
    }
  return reviewed;
}

export interface AppliedReview {
  document: KoopDocument;
  /** The operations that made it, as one step of the editor's history. */
  ops: Operation[];
  /** The accepted changes that are in it. */
  applied: ReviewedChange[];
  /** Accepted changes that could not be applied (their record gone, or they would add errors). */
  failed: ReviewedChange[];
  problems: Problem[];
}

/**
 * The document with the accepted changes, `updatedAt` set to `updatedAt` and, when `entry` gives
 * one, an entry of the public record saying which proposals were taken.
 */
export function applyReview(
  document: KoopDocument,
  reviewed: readonly ReviewedChange[],
  options: { updatedAt: string; entry?: (applied: ReviewedChange[]) => Entry | undefined },
): AppliedReview {
  let current = document;
  const ops: Operation[] = [];
  const applied: ReviewedChange[] = [];
  const failed: ReviewedChange[] = [];
  for (const item of reviewed) {
    if (item.decision.choice !== 'accept') continue;
    const located = locate(current, item.change);
    if (located.status === 'already') continue;
    const step = operationsOf(located, 'accept');
    if (!step || !item.acceptable) {
      failed.push(item);
      continue;
    }
    try {
      current = applyPatch(current, step).root as KoopDocument;
      ops.push(...step);
      applied.push(item);
    } catch {
      failed.push(item);
    }
  }
  const finish = (op: Operation) => {
    current = applyPatch(current, [op]).root as KoopDocument;
    ops.push(op);
  };
  if (applied.length) {
    finish({
      op: current.updatedAt === undefined ? 'add' : 'replace',
      path: '/updatedAt',
      value: options.updatedAt,
    });
    const entry = options.entry?.(applied);
    if (entry)
      finish(
        Array.isArray(current.entries)
          ? { op: 'add', path: '/entries/-', value: entry }
          : { op: 'add', path: '/entries', value: [entry] },
      );
  }
  return { document: current, ops, applied, failed, problems: validateDocument(current).problems };
}
