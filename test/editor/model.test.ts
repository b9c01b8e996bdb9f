import { expect } from '@open-wc/testing';
import {
  applyPatch,
  composePatches,
  deepEqual,
  deepFreeze,
  fieldInfo,
  fieldPathOf,
  History,
  schemaAt,
  serialize,
  setOperations,
  slug,
  uniqueId,
  updatedAtFor,
  type Operation,
} from '@koop/editor';
import { demoDocument } from '../support/helpers.js';

describe('editor model: JSON Patch with shared structure', () => {
  it('changes only the objects on the path; everything stays frozen', async () => {
    const doc = deepFreeze(await demoDocument()) as any;
    const { root } = applyPatch(doc, [{ op: 'replace', path: '/actors/1/name', value: 'Neu' }]) as any;
    expect(root.actors[1].name).to.equal('Neu');
    expect(doc.actors[1].name).not.to.equal('Neu');
    expect(root.actors[0]).to.equal(doc.actors[0]);
    expect(root.goals).to.equal(doc.goals);
    expect(Object.isFrozen(root) && Object.isFrozen(root.actors) && Object.isFrozen(root.actors[1])).to.equal(
      true,
    );
    // A replaced member keeps its place among its siblings.
    expect(Object.keys(root.actors[1])).to.deep.equal(Object.keys(doc.actors[1]));
  });

  it('undoes every operation with the patch it returns', async () => {
    const doc = deepFreeze(await demoDocument()) as any;
    const ops: Operation[] = [
      { op: 'add', path: '/actors/-', value: { id: 'neu', name: 'Neu' } },
      { op: 'add', path: '/actors/0/shortName', value: 'K' },
      { op: 'remove', path: '/goals/2' },
      { op: 'move', from: '/milestones/0', path: '/milestones/3' },
      { op: 'replace', path: '/cooperation/name', value: { de: 'A', en: 'B' } },
      { op: 'test', path: '/schemaVersion', value: '1.0' },
    ];
    const { root, inverse } = applyPatch(doc, ops);
    expect(deepEqual(root, doc)).to.equal(false);
    expect(applyPatch(root, inverse).root).to.deep.equal(doc);
    expect(() => applyPatch(doc, [{ op: 'test', path: '/schemaVersion', value: '2.0' }])).to.throw();
  });

  it('sets a value with the fewest operations, creating and removing the objects on the way', async () => {
    const doc = deepFreeze({
      schemaVersion: '1.0',
      cooperation: { name: 'X' },
      goals: [{ id: 'g', title: 'G', indicators: [{ name: 'I' }] }],
    });
    const keep = (path: readonly unknown[]) => typeof path[path.length - 1] === 'number' || path.length < 2;
    const add = setOperations(doc, ['goals', 0, 'indicators', 0, 'target', 'value'], 5, keep);
    expect(add).to.deep.equal([{ op: 'add', path: '/goals/0/indicators/0/target', value: { value: 5 } }]);
    const withTarget = applyPatch(doc, add).root;
    expect(
      setOperations(withTarget, ['goals', 0, 'indicators', 0, 'target', 'value'], 5, keep),
    ).to.deep.equal([]);
    // Removing the last field of the target removes the target; the indicator (a list item) stays.
    expect(
      setOperations(withTarget, ['goals', 0, 'indicators', 0, 'target', 'value'], undefined, keep),
    ).to.deep.equal([{ op: 'remove', path: '/goals/0/indicators/0/target' }]);
  });

  it('merges typing in one field into one step that undoes to where it began', () => {
    const doc = deepFreeze({ a: 'x' });
    let current: unknown = doc;
    const history = new History();
    for (const [index, value] of ['xy', 'xyz', undefined, 'q'].entries()) {
      const ops = setOperations(current, ['a'], value);
      const { root, inverse } = applyPatch(current, ops);
      current = root;
      history.record({ ops, inverse, action: 'set', path: ['a'], key: '/a', time: 1000 + index * 100 });
    }
    expect(current).to.deep.equal({ a: 'q' });
    const step = history.undo()!;
    expect(history.canUndo).to.equal(false);
    expect(applyPatch(current, step.inverse).root).to.deep.equal({ a: 'x' });
    expect(step.ops).to.deep.equal([{ op: 'replace', path: '/a', value: 'q' }]);
    // A pause or another field starts a new step.
    history.redo();
    history.record({ ops: [], inverse: [], action: 'set', path: ['a'], key: '/a', time: 99_999 });
    expect(history.snapshot().undo).to.have.length(2);
    expect(
      composePatches([{ op: 'add', path: '/b', value: 1 }], [{ op: 'remove', path: '/b' }]),
    ).to.deep.equal([]);
  });

  it('replays stored events to the same document and history', () => {
    const doc = deepFreeze({ list: ['a'] });
    const live = new History();
    const events: any[] = [];
    let current: unknown = doc;
    const step = (ops: Operation[], key?: string) => {
      const { root, inverse } = applyPatch(current, ops);
      current = root;
      const incoming = { ops, inverse, action: 'set' as const, path: [], key, time: Date.now() };
      const { merged } = live.record(incoming);
      events.push({ type: 'do', change: incoming, merged });
    };
    step([{ op: 'add', path: '/list/-', value: 'b' }]);
    step([{ op: 'add', path: '/t', value: 'h' }], '/t');
    step([{ op: 'replace', path: '/t', value: 'hi' }], '/t');
    current = applyPatch(current, live.undo()!.inverse).root;
    events.push({ type: 'undo' });
    const replayed = new History();
    expect(replayed.replay(doc, events)).to.deep.equal(current);
    expect(replayed.snapshot()).to.deep.equal(live.snapshot());
  });
});

describe('editor model: saving', () => {
  it('writes keys in the format’s order, unknown fields after them, language keys sorted', () => {
    const text = serialize({
      future: 1,
      cooperation: { summary: { en: 'E', de: 'D' }, name: 'X', extra: true },
      schemaVersion: '1.0',
      actors: [{ name: 'A', id: 'a' }],
    });
    expect(text).to.equal(
      '{\n  "schemaVersion": "1.0",\n  "cooperation": {\n    "name": "X",\n    "summary": {\n      "de": "D",\n      "en": "E"\n    },\n    "extra": true\n  },\n  "actors": [\n    {\n      "id": "a",\n      "name": "A"\n    }\n  ],\n  "future": 1\n}\n',
    );
  });

  it('saves the demo documents with every value kept, the same bytes each time', async () => {
    for (const file of ['equal-strategien', 'ko-produktion'] as const) {
      const doc = await demoDocument(file);
      const text = serialize(doc);
      expect(JSON.parse(text)).to.deep.equal(doc);
      expect(serialize(JSON.parse(text))).to.equal(text);
    }
  });

  it('dates a save as precisely as the document was dated', () => {
    const now = new Date(2026, 5, 30, 9, 5);
    expect(updatedAtFor('2024-01-01', now)).to.equal('2026-06-30');
    expect(updatedAtFor(undefined, now)).to.match(/^2026-06-30T09:05[+-]\d{2}:\d{2}$/);
    expect(updatedAtFor('2024-01-01T10:00Z', now)).to.match(/^2026-06-30T09:05/);
  });

  it('makes ids from names, unique in their list', () => {
    expect(slug('Bürgerstiftung Musterstadt e. V.')).to.equal('buergerstiftung-musterstadt-e-v');
    expect(slug('Åmål – Café')).to.equal('amal-cafe');
    expect(uniqueId('Stadt', new Set(['stadt', 'stadt-2']), 'akteur')).to.equal('stadt-3');
    expect(uniqueId('***', new Set(), 'Akteur')).to.equal('akteur');
  });
});

describe('editor model: forms from the schema', () => {
  const kind = (path: (string | number)[]) => fieldInfo(schemaAt(path)!).kind;

  it('reads every field kind from the schema and its annotations', () => {
    expect(kind(['cooperation', 'name'])).to.equal('text');
    expect(kind(['actors', 0, 'id'])).to.equal('id');
    expect(kind(['actors', 0, 'parent'])).to.equal('ref');
    expect(fieldInfo(schemaAt(['actors', 0, 'parent'])!).refList).to.equal('actors');
    expect(kind(['goals', 0, 'owners'])).to.equal('refs');
    expect(kind(['conflictRules', 0, 'roles'])).to.equal('rolePair');
    expect(kind(['actors', 0, 'sector'])).to.equal('enum');
    expect(kind(['actors', 0, 'since'])).to.equal('date');
    expect(kind(['updatedAt'])).to.equal('dateTime');
    expect(kind(['entries', 0, 'date'])).to.equal('dateOrDateTime');
    expect(kind(['goals', 0, 'indicators', 0, 'observations', 0, 'value'])).to.equal('value');
    expect(kind(['actors', 0, 'url'])).to.equal('url');
    expect(kind(['actors', 0, 'location', 'lat'])).to.equal('number');
    expect(kind(['relations', 0, 'directed'])).to.equal('boolean');
    expect(kind(['goals', 0, 'indicators', 0, 'target', 'value'])).to.equal('value');
    expect(kind(['milestones', 0, 'questions'])).to.equal('texts');
    expect(kind(['goals', 0, 'period'])).to.equal('object');
    expect(kind(['goals', 0, 'indicators'])).to.equal('list');
  });

  it('places a problem at the field that shows its value', () => {
    expect(fieldPathOf(['actors', 3, 'name', 'de'])).to.deep.equal(['actors', 3, 'name']);
    expect(fieldPathOf(['goals', 1, 'owners', 2])).to.deep.equal(['goals', 1, 'owners']);
    expect(fieldPathOf(['goals', 1, 'indicators', 0, 'target', 'value'])).to.deep.equal([
      'goals',
      1,
      'indicators',
      0,
      'target',
      'value',
    ]);
    expect(fieldPathOf(['future', 'x'])).to.deep.equal(['future']);
  });
});

describe('editor model: autosave', () => {
  it('stores a snapshot and a log, and a new snapshot replaces the log', async () => {
    const { SessionStore } = await import('../../packages/editor/src/storage.js');
    const store = new SessionStore(`store-${Date.now()}`);
    const meta = { name: 'X', fileName: '', cleanRevision: 0, changedAt: 1 };
    const empty = new History().snapshot();
    await store.snapshot({ a: 1 }, empty, meta);
    const change = { ops: [], inverse: [], action: 'set' as const, path: [], time: 1, before: 0, after: 1 };
    await store.append({ type: 'do', change, merged: false }, { ...meta, changedAt: 2 });
    await store.append({ type: 'undo' }, { ...meta, changedAt: 3 });
    const logged = await store.load();
    expect(logged!.document).to.deep.equal({ a: 1 });
    expect(logged!.events.map((e) => e.type)).to.deep.equal(['do', 'undo']);
    expect(logged!.meta.changedAt).to.equal(3);
    await store.snapshot({ a: 2 }, empty, { ...meta, changedAt: 4 });
    const compacted = await store.load();
    expect(compacted!.document).to.deep.equal({ a: 2 });
    expect(compacted!.events).to.deep.equal([]);
    // The previous session is kept apart, and forgotten on request.
    await store.keepAsPrevious({ document: { a: 0 }, history: empty, meta });
    expect((await store.load('previous'))!.document).to.deep.equal({ a: 0 });
    expect((await store.load())!.document).to.deep.equal({ a: 2 });
    await store.forgetPrevious();
    expect(await store.load('previous')).to.equal(undefined);
  });
});
