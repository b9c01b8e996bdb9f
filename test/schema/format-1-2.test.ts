import { expect } from '@open-wc/testing';
import { validateDocument, type Problem } from '@koop/schema';
import { directoryDocument } from '../fixtures/directory-document.js';

const codes = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.code}`);
const doc = () => directoryDocument() as unknown as Record<string, any>;

describe('format 1.2: offers, target groups and districts', () => {
  it('accepts the directory fixture without a problem', () => {
    expect(codes(validateDocument(directoryDocument()).problems)).to.deep.equal([]);
  });

  it('reports a target group or district no catalogue has, at its path, in both languages', () => {
    const d = doc();
    d.actors[0].offers[0].targetGroups = ['jugend', 'kinder'];
    d.actors[1].offers[0].districts = ['sued'];
    const result = validateDocument(d);
    expect(result.valid).to.equal(false);
    expect(result.document, 'still shown').to.exist;
    expect(codes(result.problems)).to.deep.equal([
      'actors[0].offers[0].targetGroups[1]: unknown-reference',
      'actors[1].offers[0].districts[0]: unknown-reference',
    ]);
    const [group, district] = result.problems;
    expect(group.message.de).to.contain('„kinder“').and.contain('Katalog der Zielgruppen');
    expect(group.message.en).to.contain('catalogue of target groups');
    expect(district.message.de).to.contain('Katalog der Stadtteile');
    expect(group.location.de).to.equal(
      'Akteure › 1. Akteur „Nachbarschaftsverein Nordviertel e.V.“ › Angebote › 1. Angebot „Hausaufgabenhilfe“ › Zielgruppen › 2. Zielgruppe',
    );
    expect(district.location.en).to.contain('Offers › 1st offer “Social counselling”');
  });

  it('refers to a catalogue without one as unknown (a document without targetGroups)', () => {
    const d = doc();
    delete d.targetGroups;
    expect(codes(validateDocument(d).problems).filter((c) => c.includes('targetGroups'))).to.have.length(6);
  });

  it('keeps offer ids unique across actors, apart from actor ids', () => {
    const d = doc();
    d.actors[2].offers[1].id = 'hausaufgaben';
    // An offer may share its id with an actor: they are different lists.
    d.actors[1].offers[0].id = 'verein';
    expect(codes(validateDocument(d).problems)).to.deep.equal(['actors[2].offers[1].id: duplicate-id']);
    expect(validateDocument(d).problems[0].message.en).to.contain('first at actors[0].offers[0]');
  });

  it('checks opening hours, contact and the catalogues as the format says', () => {
    const d = doc();
    d.actors[0].offers[0].times = [
      { days: ['mo'], from: '9:00', until: '25:00' },
      { days: [], from: '10:00', until: '11:00' },
    ];
    d.actors[0].offers[0].contact.phone = 'ruf an';
    d.actors[0].offers[1].kind = 'party';
    d.districts.push({ id: 'west' });
    const result = validateDocument(d);
    expect(result.document, 'fatal: breaks the format').to.equal(undefined);
    expect(codes(result.problems)).to.include.members([
      'actors[0].offers[0].times[0].from: pattern',
      'actors[0].offers[0].times[0].until: pattern',
      'actors[0].offers[0].times[1].days: minItems',
      'actors[0].offers[0].contact.phone: pattern',
      'actors[0].offers[1].kind: enum',
      'districts[3].label: required',
    ]);
    const time = result.problems.find((p) => p.path === 'actors[0].offers[0].times[0].from')!;
    expect(time.message.de).to.contain('Uhrzeit');
    const kind = result.problems.find((p) => p.path === 'actors[0].offers[1].kind')!;
    expect(kind.message.de).to.contain('Beratung, Kurs');
  });

  it('warns about an offer ending before it starts, and an unsafe link', () => {
    const d = doc();
    Object.assign(d.actors[0].offers[0], { since: '2025-01', until: '2024-12', url: 'javascript:alert(1)' });
    expect(codes(validateDocument(d).problems)).to.deep.equal([
      'actors[0].offers[0].url: unsafe-url',
      'actors[0].offers[0].until: date-order',
    ]);
  });
});
