// The proposal model without the UI: the patch a proposal carries, finding its changes again in
// a document that moved on, conflicts, and what a hostile file cannot do.
import { expect } from '@open-wc/testing';
import type { KoopDocument } from '@koop/schema';
import { validateProposal } from '@koop/schema/proposal.js';
import { applyPatch, deepEqual, deepFreeze, fromPointer } from '../../packages/editor/src/patch.js';
import {
  changesOf,
  reviewChanges,
  locate,
  type Decision,
  type ReviewProposal,
} from '../../packages/editor/src/proposals/changes.js';
import {
  canonicalJson,
  contentHash,
  createProposal,
  proposalPatch,
} from '../../packages/editor/src/proposals/create.js';
import { readProposal } from '../../packages/editor/src/proposals/read.js';

const proposer = { name: 'Aylin Demir', organisation: 'Nachbarschaftsverein Nordviertel e.V.' };
const clone = <T>(value: T): T => structuredClone(value) as T;

async function coProduction(): Promise<any> {
  return deepFreeze(await (await fetch('/demo/data/ko-produktion.json')).json());
}

async function loaded(
  base: KoopDocument,
  edited: KoopDocument,
  current: KoopDocument,
  uid = 1,
): Promise<ReviewProposal> {
  const proposal = await createProposal({ base, edited, proposer, createdAt: '2026-07-02T10:00+02:00' });
  const read = await readProposal(JSON.stringify(proposal), current);
  if (!read.ok) throw new Error(JSON.stringify(read.refusal));
  return { uid, fileName: `p${uid}.json`, ...read };
}

describe('change proposals: the patch', () => {
  it('turns the base into the edited document, each change with tests of what it replaces and of its record', async () => {
    const base = await coProduction();
    const edited = clone(base);
    edited.actors[9].description = 'Neu beschrieben.';
    delete edited.actors[9].circle;
    edited.actors[3].shortName = 'Immobilien';
    edited.cooperation.area = { de: 'Nordviertel', en: 'Nordviertel' };
    edited.relations[0] = { ...edited.relations[0], type: 'advice' };
    edited.goals[0].indicators ??= [];
    edited.relations.splice(2, 1);
    edited.milestones.splice(1, 1);
    edited.milestones.splice(3, 1);
    edited.entries.push({ id: 'e-neu', date: '2026-05-14', type: 'meeting', title: 'Treffen' });
    const goalWithObservations = edited.goals.findIndex((g: any) => g.indicators?.[0]?.observations?.length);
    edited.goals[goalWithObservations].indicators[0].observations.push({ date: '2026-06', value: 7 });
    const patch = proposalPatch(base, edited);
    const applied = applyPatch(base, patch as never).root;
    expect(deepEqual(applied, edited)).to.equal(true);

    const changes = changesOf(patch)!;
    for (const { tests, op } of changes) {
      if (op.op !== 'add')
        expect(
          tests.some((t) => t.path === op.path),
          op.path,
        ).to.equal(true);
      const path = fromPointer(op.path);
      // Inside an item of a list with ids: the item's id is tested first.
      if (
        typeof path[1] === 'number' &&
        path.length > 2 &&
        ['actors', 'goals', 'milestones'].includes(String(path[0]))
      )
        expect(
          tests.some((t) => t.path === `/${path[0]}/${path[1]}/id`),
          op.path,
        ).to.equal(true);
    }
    // Schema version and date are the office's: never in a proposal.
    const touched = changes.map(({ op }) => op.path.split('/')[1]);
    expect(touched).not.to.include('updatedAt');
    expect(touched).not.to.include('schemaVersion');
  });

  it('hashes the canonical form, so key order and white space do not change the hash', async () => {
    expect(canonicalJson({ b: [1, { d: 'x', c: null }], a: 'ü' })).to.equal(
      '{"a":"ü","b":[1,{"c":null,"d":"x"}]}',
    );
    const base = await coProduction();
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverse)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverse(v)]),
            )
          : value;
    const reordered = JSON.parse(JSON.stringify(reverse(base), null, 4));
    expect(Object.keys(reordered)[0]).to.equal(Object.keys(base).at(-1));
    expect(await contentHash(reordered)).to.equal(await contentHash(base));
    expect(await contentHash({ ...base, license: 'other' })).not.to.equal(await contentHash(base));
    // A known value: SHA-256 of {} is the digest of the two characters "{}".
    expect(await contentHash({})).to.equal(
      'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
  });
});

describe('change proposals: review against a document that moved on', () => {
  it('detects every stale change by its test, and finds records that moved by their id', async () => {
    const base = await coProduction();
    const edited = clone(base);
    edited.actors[9].description = 'Vorschlag: neue Beschreibung.';
    edited.actors[9].url = 'https://verein.example.org';
    edited.actors[12].description = 'Vorschlag für die Stiftung.';
    edited.goals[1].status = 'at-risk';
    // Meanwhile the office changed two of those values and put a new actor first.
    const current = clone(base);
    current.actors[9].description = 'Die Geschäftsstelle hat das schon geändert.';
    current.goals[1].status = 'achieved';
    current.actors.unshift({ id: 'neu', name: 'Neuer Akteur' });
    deepFreeze(current);
    const proposal = await loaded(base, edited, current);
    expect(proposal.sameBase).to.equal(false);
    const reviewed = reviewChanges(current, [proposal], new Map());
    const byPath = Object.fromEntries(reviewed.map((r) => [r.change.op.path, r]));
    const stale = byPath['/actors/9/description'].located;
    expect(stale.status).to.equal('conflict');
    if (stale.status === 'conflict') {
      expect(stale.at).to.deep.equal(['actors', 10, 'description']);
      expect(stale.expected).to.equal(base.actors[9].description);
      expect(stale.current).to.equal('Die Geschäftsstelle hat das schon geändert.');
    }
    expect(byPath['/goals/1/status'].located.status).to.equal('conflict');
    // Unchanged since: fine, at the actor's new position.
    expect(byPath['/actors/9/url'].located).to.deep.include({ status: 'ok', path: ['actors', 10, 'url'] });
    expect(byPath['/actors/12/description'].located).to.deep.include({
      status: 'ok',
      path: ['actors', 13, 'description'],
    });
    // Every stale change is found by exactly the test operation that guards it.
    for (const item of reviewed.filter((r) => r.located.status === 'conflict')) {
      const test = item.change.tests.find((t) => t.path === item.change.op.path)!;
      expect(deepEqual(test.value, (item.located as { expected: unknown }).expected)).to.equal(true);
    }
  });

  it('shows the second of two proposals that change the same value as a conflict, until the first is rejected', async () => {
    const base = await coProduction();
    const first = clone(base);
    first.actors[9].description = 'Erster Vorschlag.';
    const second = clone(base);
    second.actors[9].description = 'Zweiter Vorschlag.';
    const a = await loaded(base, first, base, 1);
    const b = await loaded(base, second, base, 2);
    let reviewed = reviewChanges(base, [a, b], new Map());
    expect(reviewed.map((r) => r.located.status)).to.deep.equal(['ok', 'conflict']);
    expect(reviewed[1].overlaps).to.equal('1.1');
    expect((reviewed[1].located as { current: unknown }).current).to.equal('Erster Vorschlag.');
    reviewed = reviewChanges(base, [a, b], new Map<string, Decision>([['1.1', { choice: 'reject' }]]));
    expect(reviewed.map((r) => r.located.status)).to.deep.equal(['ok', 'ok']);
  });

  it('says when a change is already in the document or its record is gone', async () => {
    const base = await coProduction();
    const edited = clone(base);
    edited.actors[9].description = 'Schon da.';
    edited.actors[12].description = 'Stiftung neu.';
    const current = clone(base);
    current.actors[9].description = 'Schon da.';
    current.actors.splice(12, 1);
    const proposal = await loaded(base, edited, deepFreeze(current));
    const [done, gone] = proposal.changes.map((change) => locate(current, change));
    expect(done.status).to.equal('already');
    expect(gone.status).to.equal('gone');
  });
});

describe('change proposals: refused files', () => {
  const read = async (value: unknown, document?: KoopDocument) =>
    readProposal(
      typeof value === 'string' ? value : JSON.stringify(value),
      document ?? (await coProduction()),
    );

  async function valid(): Promise<any> {
    const base = await coProduction();
    const edited = clone(base);
    edited.actors[9].description = 'Neu.';
    return createProposal({ base, edited, proposer, createdAt: '2026-07-02T10:00+02:00' });
  }

  it('refuses paths outside the format, prototype names, office fields, huge values and missing tests', async () => {
    const proposal = await valid();
    expect(validateProposal(proposal).valid).to.equal(true);
    const withPatch = (patch: unknown[]) => ({ ...proposal, patch });
    const cases: [unknown, string][] = [
      [withPatch([{ op: 'add', path: '/unknown', value: 1 }]), 'outside'],
      [withPatch([{ op: 'add', path: '/actors/0/secret', value: 1 }]), 'outside'],
      [withPatch([{ op: 'add', path: '/actors/-/name', value: 'x' }]), 'outside'],
      [withPatch([{ op: 'add', path: '/cooperation/name/de/x', value: 'x' }]), 'outside'],
      [withPatch([{ op: 'add', path: '/actors/999/shortName', value: 'x' }]), 'not-in-document'],
      [withPatch([{ op: 'add', path: '/goals/0/indicators/99/unit', value: 'x' }]), 'not-in-document'],
      [withPatch([{ op: 'add', path: '/__proto__/polluted', value: true }]), 'forbidden-name'],
      [withPatch([{ op: 'add', path: '/actors/0/constructor', value: 1 }]), 'forbidden-name'],
      [withPatch([{ op: 'add', path: '/actors/0/prototype', value: 1 }]), 'forbidden-name'],
      [
        withPatch([
          { op: 'add', path: '/entries/-', value: JSON.parse('{"__proto__": {"polluted": true}}') },
        ]),
        'forbidden-name',
      ],
      [
        withPatch([
          { op: 'add', path: '/entries/-', value: { constructor: { prototype: { polluted: true } } } },
        ]),
        'forbidden-name',
      ],
      [
        withPatch([
          { op: 'test', path: '/updatedAt', value: 'x' },
          { op: 'replace', path: '/updatedAt', value: 'y' },
        ]),
        'office-field',
      ],
      [
        withPatch([{ op: 'add', path: '/entries/-', value: { id: 'x', title: 'x'.repeat(200_000) } }]),
        'huge-value',
      ],
      [withPatch([{ op: 'replace', path: '/actors/0/name', value: 'x' }]), 'untested'],
      [withPatch([{ op: 'test', path: '/actors/0/id', value: 'stadt' }]), 'dangling-tests'],
      [withPatch([{ op: 'move', from: '/actors/0', path: '/actors/1' }]), 'not-a-proposal'],
      [{ ...proposal, koopProposal: '2.0' }, 'not-a-proposal'],
      [{ ...proposal, proposer: { name: '' } }, 'not-a-proposal'],
      [{ ...proposal, cooperation: { name: 'Eine ganz andere Kooperation' } }, 'other-cooperation'],
      ['{"koopProposal": "1.0", ', 'json'],
      ['', 'empty'],
      ['<!doctype html><p>Fehler</p>', 'not-json-text'],
      [`{"a":${'['.repeat(40)}${']'.repeat(40)}}`, 'too-deep'],
      [' '.repeat(1024 * 1024 + 1), 'too-large'],
      [await coProduction(), 'is-document'],
    ];
    for (const [value, code] of cases) {
      const result = await read(value);
      expect(result.ok, `${code}: ${JSON.stringify(value).slice(0, 80)}`).to.equal(false);
      if (!result.ok) expect(result.refusal.code, JSON.stringify(value).slice(0, 120)).to.equal(code);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    // The editor's JSON Patch itself never steps into a prototype, whoever calls it.
    const doc = await coProduction();
    for (const path of [
      '/__proto__/polluted',
      '/actors/0/constructor/prototype/polluted',
      '/cooperation/__proto__',
    ])
      expect(() => applyPatch(doc, [{ op: 'add', path, value: true }]), path).to.throw(/unsafe path/);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const newer = await read({ ...proposal, koopProposal: '2.0' });
    if (!newer.ok && newer.refusal.code === 'not-a-proposal')
      expect(newer.refusal.problems[0].message.de).to.contain('Vorschlagsformat 2.0');
  });
});
