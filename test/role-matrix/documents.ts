import type { KoopDocument } from '@koop/schema';
import { ROLE_TYPES as TYPES } from '@koop/role-matrix';
import { SECTORS } from '../fixtures/network-document.js';

/**
 * A small, fully controlled document for the rule engine and the widget. As of its `updatedAt`
 * (2022-06-30):
 * - ini: protest ended 2021-06 (explicit conflict 0, resolved), decision mandate and interests held;
 * - amt: decision mandate and coordination (two holders, a vacancy 2022-07…09): document rule 0;
 *   explicit conflict 1 names evaluation, which amt never holds (a data problem);
 * - stiftung: funder until 2023, interests from 2024 (never both; explicit conflict 2 is open);
 * - uni: evaluation since 2021 and funder in 2022: default rule funder × evaluation;
 * - mod: mediation; its interests ended in 2019 (no overlap);
 * - solo: coordination and protest in April 2021 only (no sector).
 */
export function rolesDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2022-06-30',
    lang: 'de',
    cooperation: { name: { de: 'Testverbund', en: 'Test network' }, type: 'co-production' },
    actors: [
      { id: 'ini', name: 'Bürgerinitiative Nord', shortName: 'Initiative', sector: 'civil-society' },
      { id: 'amt', name: 'Sozialamt', sector: 'administration' },
      { id: 'stiftung', name: 'Stiftung Musterstadt', sector: 'funder' },
      { id: 'uni', name: 'Hochschule', sector: 'science' },
      { id: 'mod', name: 'Moderationsbüro', sector: 'intermediary' },
      { id: 'solo', name: 'Einzelperson' },
      { id: 'idle', name: 'Ohne Rolle', sector: 'business' },
    ],
    roles: [
      { id: 'r-prot', name: 'Protest', type: 'protest' },
      { id: 'r-koord', name: 'Koordination', type: 'coordination' },
      { id: 'r-geld', name: { de: 'Geldgeber', en: 'Funder' }, type: 'funder' },
      { id: 'r-int', name: 'Interessenvertretung', type: 'interest-representation' },
      { id: 'r-eval', name: 'Evaluation', type: 'evaluation' },
      { id: 'r-stimme', name: 'Stimme im Gremium', type: 'decision-mandate' },
      { id: 'r-mod', name: 'Moderation', type: 'mediation' },
    ],
    assignments: [
      {
        actor: 'ini',
        role: 'r-prot',
        mandate: 'none',
        staffing: 'volunteer',
        since: '2020-01',
        until: '2021-06',
      },
      {
        actor: 'ini',
        role: 'r-stimme',
        holder: 'Zwei Delegierte',
        mandate: 'binding',
        staffing: 'volunteer',
        since: '2021-01',
      },
      { actor: 'ini', role: 'r-int', mandate: 'binding', staffing: 'volunteer', since: '2020' },
      { actor: 'amt', role: 'r-stimme', mandate: 'binding', staffing: 'paid', since: '2020-03' },
      {
        actor: 'amt',
        role: 'r-koord',
        holder: 'Anna Beispiel',
        mandate: 'advisory',
        staffing: 'paid',
        since: '2020-01',
        until: '2022-06',
        note: 'Wechselte in ein anderes Amt.',
      },
      {
        actor: 'amt',
        role: 'r-koord',
        holder: 'Ben Muster',
        mandate: 'advisory',
        staffing: 'paid',
        since: '2022-10',
      },
      {
        actor: 'stiftung',
        role: 'r-geld',
        mandate: 'binding',
        staffing: 'paid',
        since: '2020-01-01',
        until: '2023-12-31',
      },
      { actor: 'stiftung', role: 'r-int', mandate: 'advisory', staffing: 'paid', since: '2024-01' },
      { actor: 'uni', role: 'r-eval', mandate: 'advisory', staffing: 'paid', since: '2021' },
      {
        actor: 'uni',
        role: 'r-geld',
        mandate: 'binding',
        staffing: 'paid',
        since: '2022-01',
        until: '2022-12',
      },
      { actor: 'mod', role: 'r-mod', mandate: 'advisory', staffing: 'paid', since: '2020' },
      { actor: 'mod', role: 'r-int', since: '2019', until: '2019-12' },
      { actor: 'solo', role: 'r-koord', staffing: 'volunteer', since: '2021-03', until: '2021-05' },
      { actor: 'solo', role: 'r-prot', since: '2021-04', until: '2021-04' },
    ],
    conflicts: [
      {
        id: 'k-ini',
        actor: 'ini',
        roles: ['r-prot', 'r-stimme'],
        since: '2021-01',
        status: 'resolved',
        description: 'Protest und Stimme im Gremium zugleich.',
        mitigation: 'Aufgeteilt in Plenum und Aktionsgruppe.',
      },
      { id: 'k-amt', actor: 'amt', roles: ['r-stimme', 'r-eval'], status: 'open' },
      {
        id: 'k-stiftung',
        actor: 'stiftung',
        roles: ['r-geld', 'r-int'],
        since: '2020',
        status: 'open',
        description: 'Förderung und Interessen.',
      },
    ],
    conflictRules: [
      {
        id: 'regel-koord-stimme',
        roles: ['r-koord', 'r-stimme'],
        description: { de: 'Die Koordination stimmt nicht mit.', en: 'Coordination does not vote.' },
      },
      { roles: ['funder', 'gibtsnicht'] },
    ],
  };
}

/**
 * `actors` × `roles`: every actor holds four roles, one of them with a change of holder, so
 * rules find conflicts throughout; every tenth actor has an explicit conflict.
 */
export function largeDocument(actors = 200, roles = 30): KoopDocument {
  const doc: KoopDocument = {
    schemaVersion: '1.0',
    updatedAt: '2024-06-30',
    lang: 'de',
    cooperation: { name: 'Großer Verbund' },
    actors: [],
    roles: [],
    assignments: [],
    conflicts: [],
  };
  for (let r = 0; r < roles; r++)
    doc.roles!.push({
      id: `r${r}`,
      name: `Rolle ${r + 1} mit längerem Namen`,
      type: TYPES[r % TYPES.length],
    });
  for (let a = 0; a < actors; a++) {
    doc.actors!.push({ id: `a${a}`, name: `Akteur ${a + 1}`, sector: SECTORS[a % SECTORS.length] });
    for (let k = 0; k < 4; k++) {
      const role = `r${(a * 7 + k * 5) % roles}`;
      const year = 2018 + ((a + k) % 6);
      if (k === 0) {
        doc.assignments!.push(
          {
            actor: `a${a}`,
            role,
            holder: `Person ${a}-1`,
            mandate: 'advisory',
            staffing: 'paid',
            since: `${year}-01`,
            until: `${year + 1}-06`,
          },
          {
            actor: `a${a}`,
            role,
            holder: `Person ${a}-2`,
            mandate: 'binding',
            staffing: 'paid',
            since: `${year + 1}-09`,
          },
        );
      } else {
        doc.assignments!.push({
          actor: `a${a}`,
          role,
          mandate: k % 2 ? 'binding' : 'none',
          staffing: k % 2 ? 'volunteer' : 'paid',
          since: `${year}-03`,
          ...(k === 3 ? { until: `${year + 4}-12` } : {}),
        });
      }
    }
    if (a % 10 === 0)
      doc.conflicts!.push({
        actor: `a${a}`,
        roles: [`r${(a * 7) % roles}`, `r${(a * 7 + 5) % roles}`],
        status: (['open', 'mitigated', 'resolved'] as const)[a % 3],
        description: `Konflikt von Akteur ${a + 1}`,
      });
  }
  return doc;
}
