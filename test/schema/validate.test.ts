import { expect } from '@open-wc/testing';
import {
  dateRange,
  ENUM_LABELS,
  formatPath,
  koopSchema,
  safeUrl,
  validateDocument,
  type JsonSchema,
  type Problem,
} from '@koop/schema';
import { goalsDocument } from '../fixtures/documents.js';

const at = (problems: Problem[], path: string) => problems.filter((p) => p.path === path);
/** What kind of problem it is: code, severity and whether it stops the widgets. */
const kind = (p: Problem) => `${p.code} ${p.severity}${p.fatal ? ' fatal' : ''}`;

describe('validateDocument', () => {
  it('accepts a complete document and returns it unchanged', () => {
    const doc = goalsDocument();
    const result = validateDocument(doc);
    expect(result.valid).to.equal(true);
    expect(result.problems).to.deep.equal([]);
    expect(result.document).to.equal(doc);
  });

  it('keeps unknown fields (forward compatibility)', () => {
    const doc = { ...goalsDocument(), futureField: { any: 'thing' } };
    const result = validateDocument(doc);
    expect(result.valid).to.equal(true);
    expect((result.document as unknown as { futureField: unknown }).futureField).to.deep.equal({
      any: 'thing',
    });
  });

  it('reports every schema problem with its JSON path and messages in German and English', () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.goals[3].indicators[0].target.value = true;
    doc.goals[1].status = 'fertig';
    delete doc.goals[2].title;
    doc.actors[0].name = { de: 7 };
    const { valid, problems } = validateDocument(doc);
    expect(valid).to.equal(false);
    expect(problems.map((p) => p.path)).to.have.members([
      'goals[3].indicators[0].target.value',
      'goals[1].status',
      'goals[2].title',
      'actors[0].name.de',
    ]);
    const status = at(problems, 'goals[1].status')[0];
    expect(status.message.de).to.contain('erlaubt');
    expect(status.message.en).to.contain('allowed');
    expect(at(problems, 'goals[2].title')[0].message.de).to.equal('fehlt (Pflichtfeld)');
    expect(at(problems, 'goals[2].title')[0].message.en).to.equal('is missing (required)');
    expect(at(problems, 'actors[0].name.de')[0].message.en).to.equal('must be a text, but is a number');
    expect(problems.every((p) => p.severity === 'error' && p.fatal)).to.equal(true);
  });

  it('explains malformed dates and ids in words an editor understands', () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.milestones[0].planned = '03/2003';
    doc.actors[1].id = 'Sozial\namt';
    const { problems } = validateDocument(doc);
    expect(at(problems, 'milestones[0].planned')[0].message.de).to.contain('JJJJ-MM-TT');
    expect(at(problems, 'actors[1].id')[0].message.en).to.contain('identifier');
  });

  it('rejects values that are not documents at all, without throwing', () => {
    for (const value of [null, 42, 'text', [], true, {}]) {
      const result = validateDocument(value);
      expect(result.valid, JSON.stringify(value)).to.equal(false);
      expect(result.problems.length).to.be.greaterThan(0);
    }
    expect(at(validateDocument({}).problems, 'schemaVersion')[0].code).to.equal('required');
  });

  it('gives a clear message for a newer major schema version', () => {
    const result = validateDocument({ ...goalsDocument(), schemaVersion: '2.0' });
    expect(result.valid).to.equal(false);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0].code).to.equal('schema-version-newer');
    expect(result.problems[0].message.de).to.contain('2.0');
    expect(result.problems[0].message.de).to.contain('aktualisieren');
  });

  it('reads a newer minor version with a warning', () => {
    const result = validateDocument({ ...goalsDocument(), schemaVersion: '1.7' });
    expect(result.valid).to.equal(true);
    expect(result.problems.map((p) => p.code)).to.deep.equal(['schema-version-minor']);
  });

  it('warns about duplicate ids and self references; a reference to nothing is an error the widgets live with', () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.actors.push({ id: 'ini', name: 'Doppelt' });
    doc.goals[1].owners = ['ini', 'nobody'];
    doc.goals[0].parent = 'vision';
    doc.milestones[0].goals = ['shared', 'missing-goal'];
    const { valid, document, problems } = validateDocument(doc);
    // Not to be published like this, but the widgets still show it (with a notice).
    expect(valid).to.equal(false);
    expect(document).to.equal(doc);
    expect(at(problems, 'actors[2].id')[0].code).to.equal('duplicate-id');
    expect(at(problems, 'actors[2].id')[0].message.de).to.contain('actors[0]');
    expect(at(problems, 'goals[1].owners[1]')[0].code).to.equal('unknown-reference');
    expect(at(problems, 'goals[1].owners[1]')[0].message.en).to.contain('"nobody"');
    expect(at(problems, 'goals[0].parent')[0].code).to.equal('self-reference');
    expect(at(problems, 'milestones[0].goals[1]')[0].code).to.equal('unknown-reference');
    expect([...new Set(problems.map(kind))]).to.have.members([
      'duplicate-id warning',
      'unknown-reference error',
      'self-reference warning',
    ]);
  });

  it('reports everything in one pass: format errors, references to nothing and impossible dates together', () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.goals[1].status = 'fertig';
    delete doc.goals[2].title;
    doc.goals[1].owners = ['nobody'];
    doc.milestones[0].planned = '2026-02-30';
    const { valid, document, problems } = validateDocument(doc);
    expect(valid).to.equal(false);
    expect(document, 'the format is broken: the widgets cannot show it').to.equal(undefined);
    expect(problems.map((p) => `${p.path} ${kind(p)}`)).to.have.members([
      'goals[1].status enum error fatal',
      'goals[2].title required error fatal',
      'goals[1].owners[0] unknown-reference error',
      'milestones[0].planned invalid-date warning',
    ]);
  });

  it('names the allowed values as the widgets do, and every place in words', () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.goals[1].status = 'fertig';
    const [status] = validateDocument(doc).problems;
    expect(status.message.de).to.equal(
      'hat keinen erlaubten Wert; erlaubt: geplant, im Plan, gefährdet, erreicht, aufgegeben',
    );
    expect(status.message.en).to.equal(
      'is not an allowed value; allowed: planned, on track, at risk, achieved, dropped',
    );
    expect(status.params.allowed).to.include('on-track');
    expect(status.location.de).to.match(/^Ziele › 2\. Ziel „.+“ › Status$/);
    expect(status.location.en).to.match(/^Goals › 2nd goal “.+” › Status$/);
  });

  it('has words for every value of every enumeration of the schema', () => {
    const enums: string[] = [];
    const seen = new Set<JsonSchema>();
    const visit = (schema: JsonSchema, path: string) => {
      if (seen.has(schema)) return;
      seen.add(schema);
      if (schema.$ref) visit(koopSchema.$defs![schema.$ref.replace('#/$defs/', '')], path);
      if (schema.enum) {
        enums.push(path);
        expect(Object.keys(ENUM_LABELS[path] ?? {}), path).to.have.members(schema.enum as string[]);
      }
      for (const [name, child] of Object.entries(schema.properties ?? {}))
        visit(child, path ? `${path}.${name}` : name);
      if (schema.items) visit(schema.items, path);
      for (const branch of schema.anyOf ?? []) visit(branch, path);
      seen.delete(schema);
    };
    visit(koopSchema, '');
    expect(enums).to.have.members(Object.keys(ENUM_LABELS));
  });

  it('warns about dates out of order, impossible dates and parent cycles', () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.cooperation.period = { start: '2005-01', end: '2004' };
    doc.phases = [{ id: 'p', name: 'Phase', start: '2004-02-30' }];
    doc.goals[1].parent = 'dropped';
    doc.goals[4].parent = 'cs';
    const { problems } = validateDocument(doc);
    expect(at(problems, 'cooperation.period.end')[0].code).to.equal('date-order');
    expect(at(problems, 'phases[0].start')[0].code).to.equal('invalid-date');
    expect(problems.some((p) => p.code === 'parent-cycle')).to.equal(true);
  });

  it('warns about links with forbidden protocols and non-numeric values of measurable indicators', () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.cooperation.website = 'JaVaScRiPt:alert(1)';
    doc.goals[3].indicators[0].observations[0].sourceUrl = 'java\tscript:alert(1)';
    doc.goals[3].indicators[1].observations[0].value = 'viel';
    const { problems } = validateDocument(doc);
    expect(at(problems, 'cooperation.website')[0].code).to.equal('unsafe-url');
    expect(at(problems, 'goals[3].indicators[0].observations[0].sourceUrl')[0].code).to.equal('unsafe-url');
    expect(at(problems, 'goals[3].indicators[1].observations[0].value')[0].code).to.equal('numeric-value');
  });
});

describe('formatPath', () => {
  it('writes paths the way JavaScript would address them', () => {
    expect(formatPath(['goals', 3, 'indicators', 0, 'target', 'value'])).to.equal(
      'goals[3].indicators[0].target.value',
    );
    expect(formatPath(['cooperation', 'name', 'de-CH'])).to.equal('cooperation.name["de-CH"]');
    expect(formatPath([])).to.equal('');
  });
});

describe('safeUrl', () => {
  it('allows https, http, mailto and relative URLs', () => {
    for (const url of [
      'https://example.org/a?b#c',
      'http://example.org',
      'mailto:info@example.org',
      '/doc.pdf',
      'doc.pdf',
      '#top',
      '?q=1',
    ]) {
      expect(safeUrl(url), url).to.be.a('string');
    }
  });

  it('refuses script and data URLs however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
      '   ',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
  });

  it('treats HTML entities as text, not as the characters they name', () => {
    // setAttribute does not decode entities, so this is a harmless relative path.
    expect(safeUrl('javascript&colon;alert(1)')).to.equal('javascript&colon;alert(1)');
  });

  it('resolves relative URLs against a base when given', () => {
    expect(safeUrl('bericht.pdf', 'https://stadt.example/daten/koop.json')).to.equal(
      'https://stadt.example/daten/bericht.pdf',
    );
  });
});

describe('dateRange', () => {
  it('spans the whole year, month or day a partial date names, in UTC', () => {
    expect(dateRange('2004')).to.deep.equal([Date.UTC(2004, 0, 1), Date.UTC(2005, 0, 1) - 1]);
    expect(dateRange('2004-02')).to.deep.equal([Date.UTC(2004, 1, 1), Date.UTC(2004, 2, 1) - 1]);
    expect(dateRange('2004-02-29')).to.deep.equal([Date.UTC(2004, 1, 29), Date.UTC(2004, 2, 1) - 1]);
    expect(dateRange('2003-02-29')).to.equal(undefined);
    expect(dateRange('2004-13')).to.equal(undefined);
  });
});
