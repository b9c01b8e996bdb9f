import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkDocument, validateDocument } from '@koop/schema';
import { demoDocument } from '../support/helpers.js';

/** Freezes a value and everything in it, as an editor with immutable data does. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A copy of `doc` with `list[index]` replaced: every other item is the same (frozen) object. */
function withItem(doc: any, list: string, index: number, item: unknown) {
  const items = [...doc[list]];
  items[index] = item;
  return deepFreeze({ ...doc, [list]: items });
}

/** What a fresh check of the same content finds (nothing remembered: a new, unfrozen copy). */
const fresh = (doc: unknown) => validateDocument(JSON.parse(JSON.stringify(doc)));

describe('validation of frozen documents with shared structure', () => {
  it('finds exactly what a fresh check finds after each edit, also where items moved', async () => {
    const doc = deepFreeze(await demoDocument());
    expect(validateDocument(doc)).to.deep.equal(fresh(doc));

    const broken = withItem(doc, 'actors', 3, { ...doc.actors![3], name: 5 });
    expect(validateDocument(broken).valid).to.equal(false);
    expect(validateDocument(broken)).to.deep.equal(fresh(broken));

    // A dangling reference (an error), then an item inserted before it: it moves along. (The
    // demo document's own finding, a role conflict whose role ended, stays where it is.)
    const own = validateDocument(doc).problems.map((p) => p.path);
    const dangling = withItem(doc, 'relations', 2, { ...doc.relations![2], target: 'niemand' });
    expect(validateDocument(dangling).problems.map((p) => p.path)).to.deep.equal([
      'relations[2].target',
      ...own,
    ]);
    const shifted = deepFreeze({
      ...dangling,
      relations: [{ source: 'x', target: 'y', type: 'funding' }, ...dangling.relations],
    });
    expect(validateDocument(shifted)).to.deep.equal(fresh(shifted));
    expect(validateDocument(shifted).problems.map((p) => p.path)).to.include('relations[3].target');

    // Ids belong to the list they stand in now: a duplicate appears and goes again.
    const duplicate = withItem(doc, 'actors', 1, { ...doc.actors![1], id: doc.actors![0].id });
    expect(validateDocument(duplicate)).to.deep.equal(fresh(duplicate));
    expect(validateDocument(doc)).to.deep.equal(fresh(doc));
  });

  it('never remembers what is not frozen: a value changed in place is checked again', async () => {
    const doc = (await demoDocument()) as any;
    expect(checkDocument(doc).valid).to.equal(true);
    doc.actors[0].name = 7;
    expect(checkDocument(doc).valid).to.equal(false);
    // Frozen on the outside, open inside: still checked afresh.
    const outer = Object.freeze({ ...doc, actors: Object.freeze([...doc.actors]) });
    expect(checkDocument(outer).valid).to.equal(false);
    doc.actors[0].name = 'Wieder gut';
    expect(checkDocument(outer).valid).to.equal(true);
  });

  it('agrees with a fresh check after any sequence of edits', async function () {
    this.timeout(20_000);
    const base = deepFreeze(await demoDocument());
    const lists = ['actors', 'relations', 'goals', 'milestones', 'entries'] as const;
    const edit = fc.record({
      list: fc.constantFrom(...lists),
      index: fc.nat(),
      kind: fc.constantFrom('rename', 'break', 'remove', 'insert', 'retarget'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let doc: any = base;
        for (const { list, index, kind } of edits) {
          const items: any[] = doc[list];
          const i = index % items.length;
          const item = items[i];
          const next = [...items];
          if (kind === 'rename') next[i] = { ...item, [item.title ? 'title' : 'name']: `neu ${i}` };
          if (kind === 'break') next[i] = { ...item, id: 'kein gültiges id' };
          if (kind === 'remove' && items.length > 1) next.splice(i, 1);
          if (kind === 'insert') next.splice(i, 0, items[(i + 1) % items.length]);
          if (kind === 'retarget') next[i] = { ...item, owners: ['unbekannt'], target: 'unbekannt' };
          doc = deepFreeze({ ...doc, [list]: next });
          expect(validateDocument(doc)).to.deep.equal(fresh(doc));
        }
      }),
      { numRuns: 60 },
    );
  });
});
