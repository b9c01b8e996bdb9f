import { expect } from '@open-wc/testing';
import {
  documentTimeZone,
  instant,
  localDate,
  safeUrl,
  SCHEMA_VERSION,
  urlProblem,
  validateDocument,
  type KoopDocument,
  type Problem,
} from '@koop/schema';
import { goalsDocument } from '../fixtures/documents.js';
import { councilDocument, format11Documents } from '../fixtures/format-1-1.js';
import { demoDocument } from '../support/helpers.js';

const at = (problems: Problem[], path: string) => problems.filter((p) => p.path === path);
const codes = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.code}`);
/** A copy of the 1.0 test document, to change one thing in. */
const doc = () => goalsDocument() as unknown as Record<string, any>;

describe('format 1.1', () => {
  it('is read by this release (1.2); 1.0, 1.1 and 1.2 without a warning, 1.3 with one', () => {
    expect(SCHEMA_VERSION).to.equal('1.2');
    for (const version of ['1.0', '1.1', '1.2'])
      expect(validateDocument({ ...goalsDocument(), schemaVersion: version }).problems).to.deep.equal([]);
    const newer = validateDocument({ ...goalsDocument(), schemaVersion: '1.3' });
    expect(newer.valid).to.equal(true);
    expect(codes(newer.problems)).to.deep.equal(['schemaVersion: schema-version-minor']);
  });

  it('keeps every 1.0 demo document valid, with only the role finding its role matrix shows', async () => {
    for (const file of ['ko-produktion', 'equal-strategien'] as const) {
      const result = validateDocument(await demoDocument(file));
      expect(result.valid, file).to.equal(true);
      // Each demo shows a conflict whose role ended (the role matrix says so too).
      expect(
        codes(result.problems).map((code) => code.replace(/^conflicts\[\d\]\.roles\[\d\]/, 'conflict')),
        file,
      ).to.deep.equal(['conflict: role-ended']);
    }
  });

  it('accepts every 1.1 fixture without a problem', () => {
    for (const [name, make] of Object.entries(format11Documents))
      expect(codes(validateDocument(make()).problems), name).to.deep.equal([]);
  });
});

describe('ids of format 1.1', () => {
  it('may be URLs, UIDs and texts with slashes, apostrophes, spaces and umlauts', () => {
    const d = doc();
    const ids = [
      'https://oparl.example.org/bodies/1/persons/17',
      "person/ma'ayan",
      'Bürgerverein Nordost e.V.',
      '040000008200E00074C5B7101A82E008@example.org',
      '😀'.repeat(500),
    ];
    d.actors.push(...ids.map((id) => ({ id, name: id.slice(0, 20) })));
    d.goals[1].owners = ids;
    expect(codes(validateDocument(d).problems)).to.deep.equal([]);
  });

  it('are refused when empty, longer than 500 characters, or with control characters', () => {
    for (const id of ['', 'x'.repeat(501), 'a\nb', 'tab\there', 'nul\u0000', 'c1\u0085', '\ud800']) {
      const d = doc();
      d.actors[0].id = id;
      const { valid, problems } = validateDocument(d);
      expect(valid, JSON.stringify(id)).to.equal(false);
      expect(at(problems, 'actors[0].id')[0].message.en).to.contain('control characters');
    }
  });

  it('take identifiers of other systems on actors, relations, goals, indicators, milestones and entries', () => {
    const d = doc();
    const identifiers = [{ scheme: 'oparl', value: 'https://oparl.example.org/x' }];
    for (const item of [d.actors[0], d.goals[3], d.goals[3].indicators[0], d.milestones[0]])
      item.identifiers = identifiers;
    d.relations = [{ source: 'ini', target: 'amt', type: 'cooperation', identifiers }];
    d.entries = [{ id: 'e', date: '2004', type: 'meeting', title: 'T', identifiers }];
    expect(codes(validateDocument(d).problems)).to.deep.equal([]);
    d.actors[0].identifiers = [{ scheme: 'OParl', value: 'x' }, { scheme: 'url' }];
    expect(codes(validateDocument(d).problems)).to.have.members([
      'actors[0].identifiers[0].scheme: pattern',
      'actors[0].identifiers[1].value: required',
    ]);
  });
});

describe('time in format 1.1', () => {
  it('takes entry dates as year, month, day or date-time, with or without a colon in the offset', () => {
    const d = doc();
    d.entries = ['2004', '2004-03', '2004-03-24', '2020-10-14T11:00', '2020-10-14T11:00-0700'].map(
      (date, i) => ({ id: `e${i}`, date, type: 'meeting', title: 'T' }),
    );
    d.updatedAt = '2020-10-14T11:00+0200';
    expect(codes(validateDocument(d).problems)).to.deep.equal([]);
    d.entries[0].date = '2004-3';
    expect(at(validateDocument(d).problems, 'entries[0].date')[0].message.de).to.contain('JJJJ-MM');
  });

  it('checks end, status, partOf and the time zone', () => {
    const d = doc();
    d.cooperation.timeZone = 'Mars/Olympus_Mons';
    d.entries = [
      { id: 'a', date: '2020-10-14T17:00', end: '2020-10-13', type: 'meeting', title: 'A', partOf: 'b' },
      { id: 'b', date: '2020-10-14', type: 'meeting', title: 'B', partOf: 'a', status: 'cancelled' },
      { id: 'c', date: '2020-10-14', type: 'meeting', title: 'C', partOf: 'nowhere' },
    ];
    const { valid, document, problems } = validateDocument(d);
    // A reference to nothing is an error (not to be published) the widgets live with.
    expect(valid).to.equal(false);
    expect(document).to.equal(d);
    expect(codes(problems)).to.have.members([
      'cooperation.timeZone: unknown-time-zone',
      'entries[0].end: date-order',
      'entries[0].partOf: parent-cycle',
      'entries[2].partOf: unknown-reference',
    ]);
    d.entries[1].status = 'abgesagt';
    d.cooperation.timeZone = 'Europe Berlin';
    // One pass: the format errors together with everything else.
    expect(codes(validateDocument(d).problems)).to.have.members([
      'entries[1].status: enum',
      'cooperation.timeZone: pattern',
      'entries[0].end: date-order',
      'entries[0].partOf: parent-cycle',
      'entries[2].partOf: unknown-reference',
    ]);
  });

  it('reads a local time in the cooperation’s zone, an offset as written, and 1.0 documents as before', () => {
    // 17:00 in Berlin in summer time is 15:00 UTC; in winter 16:00.
    expect(instant('2020-10-14T17:00', 'Europe/Berlin')).to.equal(Date.UTC(2020, 9, 14, 15));
    expect(instant('2020-12-14T17:00', 'Europe/Berlin')).to.equal(Date.UTC(2020, 11, 14, 16));
    expect(instant('2020-10-14T17:00', 'America/New_York')).to.equal(Date.UTC(2020, 9, 14, 21));
    expect(instant('2020-10-20T09:00-0700')).to.equal(Date.UTC(2020, 9, 20, 16));
    expect(instant('2020-10-20T09:00-07:00', 'Europe/Berlin')).to.equal(Date.UTC(2020, 9, 20, 16));
    expect(instant('2020-10-14T17:00')).to.equal(Date.UTC(2020, 9, 14, 17));
    // The hour skipped when summer time starts, and the hour that comes twice when it ends.
    expect(instant('2021-03-28T02:30', 'Europe/Berlin')).to.equal(Date.UTC(2021, 2, 28, 1, 30));
    expect(instant('2021-10-31T02:30', 'Europe/Berlin')).to.be.oneOf([
      Date.UTC(2021, 9, 31, 0, 30),
      Date.UTC(2021, 9, 31, 1, 30),
    ]);
    expect(instant('2004-02-30T10:00')).to.equal(undefined);
    // The day a time falls on in the zone.
    expect(localDate('2020-10-14T23:30Z', 'Europe/Berlin')).to.equal('2020-10-15');
    expect(localDate('2020-10-14T23:30', 'Europe/Berlin')).to.equal('2020-10-14');
    expect(localDate('2020-10-14T23:30Z')).to.equal('2020-10-14');
    expect(localDate('2004-03', 'Europe/Berlin')).to.equal('2004-03');
  });

  it('gives 1.1 documents the zone they name or Europe/Berlin, and 1.0 documents without one none', () => {
    const council = councilDocument();
    expect(documentTimeZone(council)).to.equal('Europe/Berlin');
    council.cooperation.timeZone = 'America/New_York';
    expect(documentTimeZone(council)).to.equal('America/New_York');
    delete council.cooperation.timeZone;
    expect(documentTimeZone(council)).to.equal('Europe/Berlin');
    const old = goalsDocument() as KoopDocument;
    expect(documentTimeZone(old)).to.equal(undefined);
    old.cooperation.timeZone = 'Europe/Vienna';
    expect(documentTimeZone(old)).to.equal('Europe/Vienna');
    old.cooperation.timeZone = 'Mars/Olympus';
    expect(documentTimeZone(old)).to.equal('Europe/Berlin');
  });
});

describe('indicators of format 1.1', () => {
  it('take several targets, gaps (null), flags and decimals', () => {
    const d = doc();
    const indicator = d.goals[3].indicators[0];
    indicator.targets = [
      { date: '2030', value: 30, note: 'Strategie' },
      { date: '2050', value: 60 },
    ];
    indicator.decimals = 1;
    indicator.observations.push(
      { date: '2004-03', value: null },
      { date: '2004-06', value: 40, flags: ['provisional', 'break-in-series'] },
    );
    expect(codes(validateDocument(d).problems)).to.deep.equal([]);
  });

  it('refuse undated targets, unknown flags and fractional or negative decimals', () => {
    const d = doc();
    const indicator = d.goals[3].indicators[0];
    indicator.targets = [{ value: 30 }];
    indicator.decimals = 1.5;
    indicator.observations[0].flags = ['vorläufig'];
    expect(codes(validateDocument(d).problems)).to.have.members([
      'goals[3].indicators[0].targets[0].date: required',
      'goals[3].indicators[0].decimals: type',
      'goals[3].indicators[0].observations[0].flags[0]: enum',
    ]);
  });

  it('warn about a text among the targets of a measurable indicator and a target against the direction', () => {
    const d = doc();
    const indicator = d.goals[3].indicators[0];
    indicator.targets = [
      { date: '2030', value: 'viel' },
      { date: '2040', value: 5 },
    ];
    expect(codes(validateDocument(d).problems)).to.have.members([
      'goals[3].indicators[0].targets[0].value: numeric-value',
      'goals[3].indicators[0].direction: direction-mismatch',
    ]);
  });
});

describe('relations, assignments and amounts of format 1.1', () => {
  it('take the type other with a label, mutual relations, the body of an assignment and amounts', () => {
    const d = doc();
    d.relations = [
      { source: 'ini', target: 'amt', type: 'other', label: 'kennt sich', direction: 'mutual' },
      { source: 'amt', target: 'ini', type: 'funding', amount: { value: 4999.5, currency: 'EUR' } },
    ];
    d.roles = [{ id: 'r', name: 'Mitglied' }];
    d.assignments = [{ actor: 'ini', role: 'r', in: 'amt' }];
    d.phases = [
      { id: 'p', name: 'Förderung', type: 'funding-period', amount: { value: 1, currency: 'CHF' } },
    ];
    expect(codes(validateDocument(d).problems)).to.deep.equal([]);
    d.assignments[0].in = 'gremium';
    d.relations[0].direction = 'both';
    d.phases[0].amount = { value: -1, currency: 'eur' };
    const { problems } = validateDocument(d);
    // One pass: the reference to nothing beside the format errors.
    expect(codes(problems)).to.have.members([
      'relations[0].direction: enum',
      'phases[0].amount.value: minimum',
      'phases[0].amount.currency: pattern',
      'assignments[0].in: unknown-reference',
    ]);
    expect(at(problems, 'phases[0].amount.currency')[0].message.en).to.contain('EUR');
    delete d.relations[0].direction;
    d.phases[0].amount = { value: 1, currency: 'EUR' };
    expect(codes(validateDocument(d).problems)).to.deep.equal(['assignments[0].in: unknown-reference']);
  });
});

describe('links of format 1.1', () => {
  it('allow tel: links', () => {
    expect(safeUrl('tel:+49-721-5550100')).to.equal('tel:+49-721-5550100');
    const d = doc();
    d.cooperation.website = 'tel:+49-721-5550100';
    expect(codes(validateDocument(d).problems)).to.deep.equal([]);
  });

  it('warn about web addresses without scheme, with the path, and do not link them', () => {
    for (const url of ['www.example.org', 'www.example.org/', 'example.org/seite', 'stadt.example.de?x=1']) {
      expect(urlProblem(url), url).to.equal('schemeless-url');
      expect(safeUrl(url), url).to.equal(undefined);
    }
    const d = doc();
    d.cooperation.website = 'www.nordstadt.example/beteiligung';
    const { valid, problems } = validateDocument(d);
    expect(valid).to.equal(true);
    expect(codes(problems)).to.deep.equal(['cooperation.website: schemeless-url']);
    expect(problems[0].message.de).to.contain('https://');
  });

  it('keep linking relative files and folders, fragments and other sites', () => {
    for (const url of [
      'bericht.pdf',
      'daten/2025.json',
      './www.example.org',
      '/seite',
      '#top',
      '//example.org/x',
    ])
      expect(urlProblem(url), url).to.equal(undefined);
  });
});
