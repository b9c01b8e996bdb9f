// Property-based fuzzing with fast-check: random JSON values and random mutations of the demo
// documents and the format 1.1 fixtures, through validation and through every widget. Validation never throws and gives
// every problem a path; no widget throws, hangs, or shows `undefined`, `NaN` or the like.
// The seed is fixed so that a failure can be replayed; fast-check prints it with the
// counterexample (pass it as `seed` and the printed `path` to `fc.assert` to replay one run).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDocument, type ValidationResult } from '@koop/schema';
import {
  deepText,
  DEMO_FILES,
  demoDocument,
  GARBAGE,
  openEverything,
  settle,
  WIDGET_TAGS,
  type Widget,
} from './support.js';
import { format11Documents } from '../fixtures/format-1-1.js';

const SEED = 20261123;

/** Every value validation returns must hold for any input. */
function expectWellFormed(result: ValidationResult): void {
  expect(result.valid).to.be.a('boolean');
  expect(result.problems).to.be.an('array');
  for (const problem of result.problems) {
    expect(problem.path, JSON.stringify(problem)).to.be.a('string');
    expect(problem.code).to.be.a('string').and.not.equal('');
    expect(['error', 'warning']).to.include(problem.severity);
    for (const lang of ['de', 'en'] as const) {
      expect(problem.message[lang], `${problem.code} in ${lang}`).to.be.a('string').and.not.equal('');
      expect(problem.message[lang]).not.to.contain('[object Object]');
    }
  }
  if (result.valid) {
    expect(result.document).to.exist;
    expect(result.problems.every((p) => p.severity === 'warning')).to.equal(true);
  } else expect(result.problems.some((p) => p.severity === 'error')).to.equal(true);
}

// ---- Mutations of a document ----

type Path = (string | number)[];

/** Every path in `value`, containers and leaves alike. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], out);
  return out;
}

const STRANGE_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  'NaN',
  'undefined',
  '-Infinity',
  '1e999',
  [],
  {},
  [null],
  { de: '' },
  { xx: 5 },
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '2026',
  '2026-02',
  '2026-06-30T25:61',
  '1969-12-31T23:59:59.999-12:00',
];

const MUTATIONS = [
  'delete',
  'replace',
  'duplicate',
  'remove-item',
  'empty',
  'swap-id',
  'date',
  'number',
] as const;
type Mutation = { kind: (typeof MUTATIONS)[number]; at: number; pick: number };

const mutationArb = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  at: fc.nat(),
  pick: fc.nat(),
});

function parentOf(doc: any, path: Path): { parent: any; key: string | number } | undefined {
  if (!path.length) return undefined;
  let parent = doc;
  for (const segment of path.slice(0, -1)) {
    parent = parent?.[segment];
    if (parent === null || typeof parent !== 'object') return undefined;
  }
  return { parent, key: path[path.length - 1] };
}

/** Applies one mutation to `doc` in place; `doc` is a fresh copy. */
function mutate(doc: any, { kind, at, pick }: Mutation): void {
  const paths = pathsOf(doc);
  const path = paths[at % paths.length];
  const place = parentOf(doc, path);
  if (!place) return;
  const { parent, key } = place;
  const value = parent[key];
  switch (kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case 'replace':
      parent[key] = structuredClone(STRANGE_VALUES[pick % STRANGE_VALUES.length]);
      return;
    case 'duplicate':
      if (Array.isArray(value) && value.length) value.push(structuredClone(value[pick % value.length]));
      else if (Array.isArray(parent)) parent.push(structuredClone(value));
      return;
    case 'remove-item':
      if (Array.isArray(value) && value.length) value.splice(pick % value.length, 1);
      return;
    case 'empty':
      parent[key] = Array.isArray(value) ? [] : value && typeof value === 'object' ? {} : '';
      return;
    case 'swap-id': {
      // Gives an item the id of another item of the same list (or of another list).
      const ids = paths.filter((p) => p[p.length - 1] === 'id');
      const from = ids[pick % Math.max(ids.length, 1)];
      const target = parentOf(doc, ids[at % Math.max(ids.length, 1)] ?? []);
      const source = from && parentOf(doc, from);
      if (target && source) target.parent.id = source.parent.id;
      return;
    }
    case 'date': {
      const dates = paths.filter((p) =>
        /date|since|until|start|end|updatedAt|^at$/i.test(String(p[p.length - 1])),
      );
      const target = parentOf(doc, dates[at % Math.max(dates.length, 1)] ?? []);
      const strange = STRANGE_VALUES.filter((v) => typeof v === 'string' && /^\d/.test(v));
      if (target) target.parent[target.key] = strange[pick % strange.length];
      return;
    }
    case 'number': {
      const numbers = paths.filter((p) => typeof parentOf(doc, p)?.parent[p[p.length - 1]] === 'number');
      const target = parentOf(doc, numbers[at % Math.max(numbers.length, 1)] ?? []);
      const strange = [0, -1, -1e9, 1e12, 1e308, 0.000001, -0.0001, 7.5];
      if (target) target.parent[target.key] = strange[pick % strange.length];
      return;
    }
  }
}

/** The demo documents (format 1.0) and the format 1.1 fixtures. */
const SOURCES = [...DEMO_FILES, ...Object.keys(format11Documents)];

const mutationsArb = fc.record({
  file: fc.constantFrom(...SOURCES),
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
});

const sources: Record<string, unknown> = {};
async function mutated({ file, mutations }: { file: string; mutations: Mutation[] }) {
  const doc = structuredClone(sources[file]) as any;
  for (const mutation of mutations) mutate(doc, mutation);
  return doc;
}

// ---- Uncaught errors ----

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  uncaught.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);

/** Rejects when `promise` takes longer than `ms`: a widget that hangs fails instead of stalling. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Words of GARBAGE that the document itself contains may be shown: they are its text. */
function garbageIn(text: string, doc: unknown): string[] {
  const json = JSON.stringify(doc);
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(GARBAGE.source, 'g')))
    if (!json.includes(match[0])) found.add(match[0]);
  return [...found];
}

describe('fuzzing (fast-check)', function () {
  this.timeout(60_000);

  before(async () => {
    for (const file of DEMO_FILES) sources[file] = await demoDocument(file);
    for (const [name, make] of Object.entries(format11Documents)) sources[name] = make();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught.length = 0;
  });
  afterEach(() => {
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  it('validation never throws on any value and gives every problem a path', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
          maxDepth: 4,
        }),
        (value) => {
          expectWellFormed(validateDocument(value));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('validation never throws on JSON shaped almost like a document', () => {
    const field = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...STRANGE_VALUES));
    const almost = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant('1.0'), fc.constant('1.9'), fc.constant('2.0'), field),
        cooperation: fc.oneof(fc.record({ name: field }, { requiredKeys: [] }), field),
        actors: fc.oneof(
          fc.array(fc.record({ id: field, name: field, url: field }, { requiredKeys: [] })),
          field,
        ),
        goals: fc.oneof(
          fc.array(
            fc.record(
              { id: field, title: field, status: field, parent: field, indicators: field },
              { requiredKeys: [] },
            ),
          ),
          field,
        ),
        entries: fc.oneof(
          fc.array(fc.record({ id: field, date: field, type: field, title: field }, { requiredKeys: [] })),
          field,
        ),
        milestones: field,
        relations: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(almost, (value) => {
        expectWellFormed(validateDocument(value));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('validation never throws on mutated demo documents, and each problem names a path that exists', async () => {
    await fc.assert(
      fc.asyncProperty(mutationsArb, async (input) => {
        const doc = await mutated(input);
        const result = validateDocument(doc);
        expectWellFormed(result);
        for (const problem of result.problems.filter((p) => p.severity === 'error' && p.path)) {
          // The path names the place in the document: its first segment is a top-level field.
          const head = problem.path.split(/[.[]/)[0];
          expect(head === '' || head in doc || problem.code === 'required', problem.path).to.equal(true);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  for (const tag of WIDGET_TAGS) {
    it(`${tag} renders every mutated demo document without throwing, hanging or showing garbage`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        await fc.assert(
          fc.asyncProperty(mutationsArb, async (input) => {
            const doc = await mutated(input);
            const widget = document.createElement(tag) as Widget;
            widget.data = doc;
            host.append(widget);
            try {
              await within(settle(widget, 4000), 4500, `${tag}: first render`);
              const problems: string[] = [];
              await within(
                openEverything(widget, (step) => {
                  for (const word of garbageIn(deepText(widget.shadowRoot!), doc))
                    problems.push(`${step}: shows "${word}"`);
                }),
                8000,
                `${tag}: opening everything`,
              );
              expect(problems).to.deep.equal([]);
              expect(uncaught).to.deep.equal([]);
            } finally {
              widget.remove();
            }
          }),
          { seed: SEED, numRuns: 25 },
        );
      } finally {
        host.remove();
      }
    });
  }
});
