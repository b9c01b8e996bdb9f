import { expect } from '@open-wc/testing';
import { checkDocument, validateDocument } from '@koop/schema';
import {
  cellKey,
  computeConflicts,
  DEFAULT_CONFLICT_RULES,
  ROLE_TYPES,
  roleHistory,
  roleMatrix,
  type RoleConflict,
} from '@koop/role-matrix';
import { largeDocument, rolesDocument } from './documents.js';
import { demoDocument as demo } from '../support/helpers.js';

const summary = (conflicts: RoleConflict[]) =>
  conflicts.map(
    (c) => `${c.source}:${c.actor}:${c.roles.join('+')}${c.rule ? `:${c.rule.id ?? c.rule.index}` : ''}`,
  );

describe('computeConflicts (rule engine)', () => {
  it('the fixtures are koop documents the widgets show; the small one carries its contradictions', () => {
    expect(checkDocument(rolesDocument()).document).to.exist;
    // The data check says what the matrix says, as of the document's date (2022-06-30).
    const small = validateDocument(rolesDocument());
    expect(small.problems.map((f) => `${f.path} ${f.code} ${f.severity}`)).to.deep.equal([
      'conflicts[1].roles[1] role-not-held warning',
      'conflictRules[1].roles[1] unknown-rule-role error',
    ]);
    expect(checkDocument(largeDocument(20, 12)).valid).to.equal(true);
  });

  it('finds a rule conflict where one actor holds both roles at the same time, with the shared period', () => {
    const { conflicts } = computeConflicts(rolesDocument(), '2022-06-30');
    const uni = conflicts.find((c) => c.actor === 'uni')!;
    expect(uni.source).to.equal('rule');
    expect(uni.roles).to.deep.equal(['r-geld', 'r-eval']);
    expect(uni.rule!.origin).to.equal('default');
    expect(uni.rule!.id).to.equal('koop:funder-evaluation');
    expect(uni.periods.map((p) => [p.since, p.until])).to.deep.equal([['2022-01', '2022-12']]);
  });

  it('finds no conflict when the periods do not overlap', () => {
    // stiftung: funder until 2023-12-31, interests from 2024-01; mod: interests ended before mediation began.
    const { conflicts } = computeConflicts(rolesDocument());
    expect(conflicts.filter((c) => c.source === 'rule' && (c.actor === 'stiftung' || c.actor === 'mod'))).to
      .be.empty;
  });

  it('treats a missing until as ongoing and joins the periods of successive holders', () => {
    const { conflicts } = computeConflicts(rolesDocument());
    const amt = conflicts.find((c) => c.actor === 'amt' && c.source === 'rule')!;
    expect(amt.rule!.origin).to.equal('document');
    expect(amt.rule!.index).to.equal(0);
    expect(amt.roles).to.deep.equal(['r-koord', 'r-stimme']);
    expect(amt.periods.map((p) => [p.since, p.until])).to.deep.equal([
      ['2020-03', '2022-06'],
      ['2022-10', undefined],
    ]);
    expect(amt.periods[1].end).to.equal(Infinity);
  });

  it('does not repeat a conflict the partners named, but records the rule that covers it', () => {
    const { conflicts } = computeConflicts(rolesDocument());
    const ini = conflicts.filter((c) => c.actor === 'ini');
    expect(ini).to.have.length(1);
    expect(ini[0].source).to.equal('explicit');
    expect(ini[0].index).to.equal(0);
    expect(ini[0].conflict!.status).to.equal('resolved');
    expect(ini[0].rule!.id).to.equal('koop:decision-protest');
    expect(ini[0].periods.map((p) => [p.since, p.until])).to.deep.equal([['2021-01', '2021-06']]);
  });

  it('applies no default rule when defaultConflictRules is false, the document rules still', () => {
    const doc = { ...rolesDocument(), defaultConflictRules: false };
    const all = computeConflicts(doc);
    expect(all.conflicts.some((c) => c.rule?.origin === 'default')).to.equal(false);
    expect(all.conflicts.find((c) => c.actor === 'uni')).to.equal(undefined);
    expect(all.conflicts.find((c) => c.actor === 'solo')).to.equal(undefined);
    expect(all.conflicts.find((c) => c.actor === 'ini')!.rule).to.equal(undefined);
    expect(summary(all.conflicts)).to.include('rule:amt:r-koord+r-stimme:regel-koord-stimme');
    const withDefaults = computeConflicts(rolesDocument());
    expect(summary(withDefaults.conflicts)).to.include('rule:solo:r-koord+r-prot:koop:coordination-protest');
  });

  it('lets a document rule win over a default rule for the same pair', async () => {
    const { conflicts } = computeConflicts(await demo('ko-produktion'));
    const stiftung = conflicts.find((c) => c.actor === 'stiftung')!;
    expect(stiftung.source).to.equal('explicit');
    expect(stiftung.rule!.origin).to.equal('document');
    expect(stiftung.rule!.id).to.equal('regel-geld-interessen');
  });

  it('reports an explicit conflict for a role the actor never holds as a data problem with its path', () => {
    const { problems, conflicts } = computeConflicts(rolesDocument(), '2022-06-30');
    expect(problems).to.deep.include({
      path: 'conflicts[1].roles[1]',
      code: 'role-not-held',
      actor: 'amt',
      role: 'r-eval',
    });
    // The partners' statement still shows.
    expect(conflicts.some((c) => c.key === 'c1')).to.equal(true);
  });

  it('reports an unresolved conflict for a role the actor no longer holds on the day shown', () => {
    const { problems, conflicts } = computeConflicts(rolesDocument(), '2025-01-01');
    expect(problems).to.deep.include({
      path: 'conflicts[2].roles[0]',
      code: 'role-ended',
      actor: 'stiftung',
      role: 'r-geld',
      until: '2023-12-31',
      status: 'open',
    });
    expect(conflicts.some((c) => c.key === 'c2')).to.equal(true);
  });

  it('lets a resolved conflict whose role ended disappear without a data problem', () => {
    const { problems, conflicts } = computeConflicts(rolesDocument(), '2022-06-30');
    expect(conflicts.some((c) => c.key === 'c0')).to.equal(false);
    expect(problems.some((p) => p.path.startsWith('conflicts[0]'))).to.equal(false);
  });

  it('hides explicit conflicts before the actor holds the roles or before they were named', () => {
    const early = computeConflicts(rolesDocument(), '2020-06-15');
    expect(early.conflicts.some((c) => c.key === 'c0')).to.equal(false); // named 2021-01, stimme from 2021-01
    expect(early.conflicts.some((c) => c.key === 'c2')).to.equal(false); // interests only from 2024
    expect(early.problems.filter((p) => p.code === 'role-ended')).to.deep.equal([]);
    const during = computeConflicts(rolesDocument(), '2021-03-01');
    expect(during.conflicts.find((c) => c.key === 'c0')!.conflict!.status).to.equal('resolved');
  });

  it('counts only assignments valid on the day shown, and every period without a day', () => {
    const april = computeConflicts(rolesDocument(), '2021-04-15').conflicts;
    expect(summary(april)).to.include('rule:solo:r-koord+r-prot:koop:coordination-protest');
    const may = computeConflicts(rolesDocument(), '2021-05-15').conflicts;
    expect(may.some((c) => c.actor === 'solo')).to.equal(false);
    const all = computeConflicts(rolesDocument()).conflicts;
    expect(all.map((c) => c.key)).to.include.members([
      'c0',
      'c1',
      'c2',
      'solo r-koord r-prot',
      'uni r-eval r-geld',
    ]);
  });

  it('reports a rule term that is neither a role id nor a well-known type', () => {
    const { problems } = computeConflicts(rolesDocument());
    expect(problems).to.deep.include({
      path: 'conflictRules[1].roles[1]',
      code: 'unknown-rule-role',
      term: 'gibtsnicht',
    });
    expect(problems.filter((p) => p.path.startsWith('conflictRules[0]'))).to.deep.equal([]);
  });

  it('ignores references the validator already reports, and survives empty documents', () => {
    const doc = rolesDocument();
    doc.assignments!.push({ actor: 'nobody', role: 'r-prot' }, { actor: 'ini', role: 'r-none' });
    doc.conflicts!.push(
      { actor: 'nobody', roles: ['r-prot', 'r-int'] },
      { actor: 'ini', roles: ['r-none', 'r-int'] },
    );
    const { problems } = computeConflicts(doc);
    expect(
      problems.filter((p) => p.path.startsWith('conflicts[3]') || p.path.startsWith('conflicts[4]')),
    ).to.deep.equal([]);
    expect(computeConflicts({ schemaVersion: '1.0', cooperation: { name: 'leer' } })).to.deep.equal({
      conflicts: [],
      problems: [],
    });
  });

  it('reads the co-production demo: as of its date two conflicts and the spokesperson role that ended', async () => {
    const doc = await demo('ko-produktion');
    const today = computeConflicts(doc, '2026-06-30');
    expect(summary(today.conflicts)).to.deep.equal([
      'explicit:stiftung:r-foerderung+r-interessen:regel-geld-interessen',
      'explicit:koordinatorin:r-koordination+r-interessen',
    ]);
    expect(today.problems).to.deep.equal([
      {
        path: 'conflicts[1].roles[1]',
        code: 'role-ended',
        actor: 'koordinatorin',
        role: 'r-interessen',
        until: '2024-12',
        status: 'mitigated',
      },
    ]);
    const all = computeConflicts(doc);
    expect(summary(all.conflicts)).to.deep.equal([
      'explicit:stiftung:r-foerderung+r-interessen:regel-geld-interessen',
      'explicit:koordinatorin:r-koordination+r-interessen:regel-stelle-sprecherin',
      'explicit:initiative:r-protest+r-stimme:koop:decision-protest',
    ]);
    expect(all.problems).to.deep.equal([]);
  });

  it('reads the EQUAL demo: the open conflict of the integration office, the ended expert role', async () => {
    const doc = await demo('equal-strategien');
    const { conflicts, problems } = computeConflicts(doc, '2005-06-30');
    expect(conflicts.map((c) => c.key)).to.deep.equal(['c0', 'c2']);
    expect(problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal(['conflicts[0].roles[0] role-ended']);
  });

  it('ships 5–7 default rules, each of two well-known types with a German and English reason', () => {
    expect(DEFAULT_CONFLICT_RULES.length).to.be.within(5, 7);
    const pairs = new Set<string>();
    for (const rule of DEFAULT_CONFLICT_RULES) {
      for (const type of rule.roles) expect(ROLE_TYPES).to.include(type);
      expect(rule.description.de.length).to.be.greaterThan(40);
      expect(rule.description.en.length).to.be.greaterThan(40);
      expect(rule.section).to.be.a('string').and.not.empty;
      pairs.add([...rule.roles].sort().join('+'));
    }
    expect(pairs.size).to.equal(DEFAULT_CONFLICT_RULES.length);
    expect(pairs).to.include('funder+interest-representation');
    expect(pairs).to.include('coordination+protest');
  });

  it('lists the holders of a role in order, with the vacancy between them', () => {
    const history = roleHistory(rolesDocument(), 'r-koord');
    expect(
      history.map((item) =>
        item.gap
          ? `gap ${item.gap.after}–${item.gap.before}`
          : (item.assignment.holder ?? item.assignment.actor),
      ),
    ).to.deep.equal(['Anna Beispiel', 'solo', 'gap 2022-06–2022-10', 'Ben Muster']);
  });

  it('builds the matrix of the day: rows of actors that hold roles, cells with their assignments', () => {
    const matrix = roleMatrix(rolesDocument(), '2022-06-30');
    expect(matrix.rows.map((r) => r.actor.id)).to.deep.equal(['ini', 'amt', 'stiftung', 'uni', 'mod']);
    expect(matrix.roles).to.have.length(7);
    expect(matrix.rows[1].cells.get('r-koord')!.map((a) => a.holder)).to.deep.equal(['Anna Beispiel']);
    expect(
      roleMatrix(rolesDocument())
        .rows[1].cells.get('r-koord')!
        .map((a) => a.holder),
    ).to.deep.equal(['Anna Beispiel', 'Ben Muster']);
    expect(
      matrix.byCell
        .get(cellKey('amt', 'r-stimme'))!
        .map((c) => c.key)
        .sort(),
    ).to.deep.equal(['amt r-koord r-stimme', 'c1']);
  });

  it('handles 200 actors × 30 roles (time logged, not asserted)', () => {
    const doc = largeDocument();
    const start = performance.now();
    const { conflicts } = computeConflicts(doc, '2024-06-30');
    const all = computeConflicts(doc);
    const time = performance.now() - start;
    console.log(
      `computeConflicts 200×30, twice: ${time.toFixed(1)} ms, ${conflicts.length} / ${all.conflicts.length} conflicts`,
    );
    expect(conflicts.length).to.be.greaterThan(10);
  });
});
