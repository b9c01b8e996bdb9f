import type {
  Assignment,
  Conflict,
  ConflictStatus,
  Entry,
  EntryType,
  Goal,
  GoalStatus,
  Indicator,
  KoopDocument,
  Sector,
} from '@koop/schema';
import { networkDocument, partnerDocument } from '../../test/fixtures/network-document.js';
import { directoryDocument, manyOffers } from '../../test/fixtures/directory-document.js';
import { timelineDocument, timelineTestDocument } from '../../test/fixtures/timeline-document.js';
import { largeDocument as largeRolesFixture, rolesDocument } from '../../test/role-matrix/documents.js';
import {
  councilDocument,
  fundingNetworkDocument,
  historicalRolesDocument,
  sustainabilityDocument,
} from '../../test/fixtures/format-1-1.js';

/**
 * Small documents the stories generate instead of shipping files: each shows one state of a
 * widget. The mock server (`mock-fetch.ts`) serves them at `/mock/doc/<name>.json`.
 */

/** A small valid document: a vision, two goals, one indicator. */
export function smallDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-04-30',
    lang: 'de',
    notice: 'Beispieldaten für die Komponentenbibliothek.',
    cooperation: { name: 'Stadtteilbündnis West', type: 'cooperation' },
    actors: [
      { id: 'buendnis', name: 'Bürgerbündnis West', sector: 'civil-society' },
      { id: 'amt', name: 'Amt für Stadtentwicklung', sector: 'administration' },
    ],
    goals: [
      {
        id: 'vision',
        title: 'Ein Stadtteil für alle',
        level: 'vision',
        perspective: 'shared',
        status: 'on-track',
      },
      {
        id: 'gruen',
        title: 'Mehr Grün im Quartier',
        level: 'goal',
        parent: 'vision',
        perspective: 'shared',
        owners: ['buendnis', 'amt'],
        status: 'at-risk',
        indicators: [
          {
            name: 'Neu gepflanzte Bäume',
            unit: 'Bäume',
            measure: 'number',
            direction: 'increase',
            baseline: { date: '2023-01', value: 0 },
            target: { date: '2026-12', value: 120 },
            observations: [
              { date: '2024-01', value: 18 },
              { date: '2025-01', value: 35 },
            ],
          },
        ],
      },
      {
        id: 'treff',
        title: 'Offener Nachbarschaftstreff',
        level: 'goal',
        parent: 'vision',
        status: 'achieved',
      },
    ],
  };
}

/** A valid document with a cooperation but no goals at all. */
export function emptyDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-03-01',
    lang: 'de',
    cooperation: { name: 'Neue Kooperation', type: 'cooperation' },
  };
}

/** Broken in several places at once, so the message lists several JSON paths. */
export function invalidDocument(): unknown {
  return {
    schemaVersion: '1.0',
    updatedAt: 'gestern',
    cooperation: { name: 'Kaputtes Beispiel', type: 'verein' },
    goals: [{ id: 'ziel eins', title: 42, status: 'vielleicht' }, { title: 'Ohne Kennung' }],
  };
}

/** Written for a future major version of the format this kit does not understand yet. */
export function newerVersionDocument(): unknown {
  return {
    schemaVersion: '2.0',
    cooperation: { name: 'Aus der Zukunft' },
    goals: [{ id: 'g', title: 'Ein Ziel im neuen Format', metrics: [] }],
  };
}

/** Valid, but naming goals, actors and milestones that do not exist: shown with data warnings. */
export function warningsDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-02-15',
    lang: 'de',
    cooperation: { name: 'Quartiersnetz Süd', type: 'network' },
    actors: [{ id: 'verein', name: 'Nachbarschaftsverein Süd', sector: 'civil-society' }],
    goals: [
      { id: 'vision', title: 'Ein lebendiges Quartier', level: 'vision', status: 'on-track' },
      {
        id: 'treffpunkt',
        title: 'Offener Treffpunkt',
        level: 'goal',
        parent: 'gibt-es-nicht',
        owners: ['verein', 'unbekannt'],
        status: 'planned',
      },
    ],
    milestones: [{ id: 'm1', title: 'Eröffnung', planned: '2025-09', goals: ['fehlt'] }],
  };
}

const STATUSES: GoalStatus[] = ['on-track', 'at-risk', 'achieved', 'planned', 'dropped'];

function generatedIndicator(goal: number, which: number): Indicator {
  const baseline = (goal * 7 + which * 3) % 20;
  const target = baseline + 40 + (goal % 5) * 10;
  return {
    name: which === 0 ? `Teilnehmende (Ziel ${goal + 1})` : `Angebote (Ziel ${goal + 1})`,
    unit: which === 0 ? 'Personen' : 'Angebote',
    measure: 'number',
    direction: 'increase',
    baseline: { date: '2020-01', value: baseline },
    target: { date: '2026-12', value: target },
    observations: Array.from({ length: 5 }, (_, k) => ({
      date: `${2021 + k}-01`,
      value: baseline + Math.round(((target - baseline) * (k + 1) * (1 + ((goal + which) % 3))) / 12),
    })),
  };
}

/** `count` goals (a fifth of them top-level goals, the rest objectives), each with two indicators. */
export function largeDocument(count = 200): KoopDocument {
  const topLevel = Math.max(1, Math.round(count / 5));
  const goals: Goal[] = Array.from({ length: count }, (_, i) => {
    const top = i < topLevel;
    return {
      id: `ziel-${i + 1}`,
      title: top ? `Handlungsfeld ${i + 1}` : `Maßnahme ${i + 1}`,
      level: top ? 'goal' : 'objective',
      ...(top ? {} : { parent: `ziel-${((i - topLevel) % topLevel) + 1}` }),
      perspective: top ? 'shared' : i % 2 ? 'civil-society' : 'administration',
      status: STATUSES[i % STATUSES.length],
      indicators: [generatedIndicator(i, 0), generatedIndicator(i, 1)],
    };
  });
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-06-30',
    lang: 'de',
    cooperation: { name: `Großes Netzwerk mit ${count} Zielen`, type: 'network' },
    goals,
  };
}

/** Markup, script and a `javascript:` link in every text field: all of it must appear as text. */
export function hostileDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-01-31',
    lang: 'de',
    notice: '<script>alert("notice")</script>',
    cooperation: { name: '<img src=x onerror=alert(1)>', type: 'cooperation' },
    actors: [{ id: 'a', name: '<b onmouseover=alert(1)>Fett</b>', sector: 'civil-society' }],
    goals: [
      {
        id: 'g',
        title: '<img src=x onerror=alert(1)>',
        description: '"><svg onload=alert(1)>',
        statusReason: '{{constructor.constructor("alert(1)")()}}',
        owners: ['a'],
        level: 'goal',
        status: 'at-risk',
        indicators: [
          {
            name: '<iframe src=javascript:alert(1)>',
            measure: 'number',
            direction: 'increase',
            unit: '<u>Einheiten</u>',
            baseline: { date: '2023-01', value: 1 },
            target: { date: '2026-01', value: 10 },
            observations: [
              {
                date: '2024-01',
                value: 4,
                note: '<a href="javascript:alert(1)">Notiz</a>',
                source: 'javascript:-Link',
                sourceUrl: 'javascript:alert(1)',
              },
            ],
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Transparency feed (`entries`)

/** The record of a small cooperation: eight entries of every kind, in document order (oldest first). */
export function feedDocument(): KoopDocument {
  return {
    ...smallDocument(),
    updatedAt: '2025-06-30',
    actors: [
      { id: 'buendnis', name: 'Bürgerbündnis West', sector: 'civil-society' },
      { id: 'amt', name: 'Amt für Stadtentwicklung', sector: 'administration' },
      { id: 'lenkungskreis', name: 'Lenkungskreis West', kind: 'body' },
    ],
    milestones: [
      {
        id: 'pflanzplan',
        title: 'Pflanzplan beschlossen',
        kind: 'content',
        goals: ['gruen'],
        status: 'reached',
      },
      { id: 'treff-offen', title: 'Treff eröffnet', kind: 'content', goals: ['treff'], status: 'reached' },
    ],
    entries: [
      {
        id: 'auftakt',
        date: '2025-01-15T18:00+01:00',
        type: 'meeting',
        title: 'Auftaktwerkstatt im Stadtteilbüro',
        summary: 'Bündnis und Amt sammeln Ideen für mehr Grün im Quartier.',
        actors: ['buendnis', 'amt'],
        goals: ['gruen'],
        how: { format: 'in-person', location: 'Stadtteilbüro West' },
      },
      {
        id: 'lenkungskreis',
        date: '2025-02-03',
        type: 'decision',
        title: 'Lenkungskreis gegründet',
        summary: 'Je zwei Personen aus Bündnis und Amt entscheiden gemeinsam.',
        actors: ['buendnis', 'amt'],
        goals: ['vision'],
        how: { body: 'lenkungskreis', procedure: 'consensus', binding: true },
      },
      {
        id: 'pflanzplan',
        date: '2025-03-12T17:30+01:00',
        type: 'decision',
        title: 'Pflanzplan für 40 Bäume beschlossen',
        summary: 'Standorte, Baumarten und Patenschaften für die erste Pflanzrunde.',
        actors: ['lenkungskreis', 'buendnis', 'amt'],
        goals: ['gruen'],
        milestones: ['pflanzplan'],
        how: {
          format: 'hybrid',
          body: 'lenkungskreis',
          procedure: 'majority',
          outcome: 'angenommen mit 3 zu 1 Stimmen',
          binding: true,
        },
        links: [{ url: 'https://example.org/pflanzplan.pdf', title: 'Pflanzplan (PDF)' }],
      },
      {
        id: 'wechsel',
        date: '2025-04-01',
        type: 'personnel-change',
        title: 'Neue Ansprechperson im Amt',
        actors: ['amt'],
      },
      {
        id: 'pflanzung',
        date: '2025-04-26',
        type: 'result',
        title: 'Erste 18 Bäume gepflanzt',
        actors: ['buendnis'],
        goals: ['gruen'],
        results: '18 Bäume, 25 Patenschaften',
      },
      {
        id: 'treff',
        date: '2025-05-10',
        type: 'milestone',
        title: 'Nachbarschaftstreff eröffnet',
        actors: ['buendnis', 'amt'],
        goals: ['treff'],
        milestones: ['treff-offen'],
      },
      {
        id: 'bilanz',
        date: '2025-06-04T17:00+02:00',
        type: 'evaluation',
        title: 'Halbjahresbilanz des Bündnisses',
        summary: 'Was gelingt, was hakt: die Zusammenarbeit nach sechs Monaten.',
        actors: ['lenkungskreis'],
        goals: ['gruen', 'treff'],
        how: { format: 'online' },
      },
      {
        id: 'fest-angekuendigt',
        date: '2025-06-20',
        type: 'announcement',
        title: 'Sommerfest am 12. Juli',
        actors: ['buendnis'],
        goals: ['treff'],
      },
    ],
  };
}

/** The entry that arrives with the refresh in `feedWithNewEntry()`. */
export const NEW_ENTRY_TITLE = 'Zweite Pflanzrunde beschlossen';

/** `feedDocument()` a little later: the same, with one more entry. */
export function feedWithNewEntry(): KoopDocument {
  const document = feedDocument();
  document.updatedAt = '2025-07-03';
  document.entries!.push({
    id: 'pflanzrunde-2',
    date: '2025-07-02T18:00+02:00',
    type: 'decision',
    title: NEW_ENTRY_TITLE,
    summary: 'Weitere 30 Bäume im Herbst, diesmal auch in der Hauptstraße.',
    actors: ['lenkungskreis'],
    goals: ['gruen'],
    how: { body: 'lenkungskreis', procedure: 'consensus', binding: true },
  });
  return document;
}

/** A cooperation with goals whose record has not begun: `entries` is empty. */
export function noEntriesDocument(): KoopDocument {
  return { ...smallDocument(), entries: [] };
}

/** A valid document except for its entries, each broken in a different way. */
export function invalidEntriesDocument(): unknown {
  const document = feedDocument() as unknown as { entries: Record<string, unknown>[] };
  const entries = document.entries;
  entries[0].type = 'gerücht';
  delete entries[1].date;
  entries[2].date = '12.03.2025';
  entries[3].title = 42;
  entries[4].id = 'eintrag\nmit zeilenumbruch';
  entries[5].links = [{ title: 'Link ohne Adresse' }];
  return document;
}

const TOPICS = [
  'Sitzung des Lenkungskreises',
  'Beschluss zum Haushalt',
  'Bericht aus der Arbeitsgruppe',
  'Auswertung der Umfrage',
  'Ankündigung der Sprechstunde',
  'Meilenstein im Bauprojekt',
  'Wechsel in der Koordination',
];
const ENTRY_TYPES: EntryType[] = [
  'meeting',
  'decision',
  'result',
  'evaluation',
  'announcement',
  'milestone',
  'personnel-change',
];
const SECTORS: Sector[] = ['civil-society', 'administration', 'business', 'funder'];
const DAY = 86_400_000;

/**
 * A record with `count` entries, four a day back from 2026-06-30, in document order (oldest
 * first): `Eintrag <n>` is the n-th, so the newest is `Eintrag <count>`. Deterministic.
 */
export function largeFeedDocument(count = 10_000): KoopDocument {
  const actorCount = 12;
  const goalCount = 8;
  const newest = Date.UTC(2026, 5, 30);
  const entries: Entry[] = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const type = ENTRY_TYPES[i % ENTRY_TYPES.length];
    const goal = (i % goalCount) + 1;
    return {
      id: `eintrag-${n}`,
      date: new Date(newest - Math.floor((count - n) / 4) * DAY).toISOString().slice(0, 10),
      type,
      title: `Eintrag ${n}: ${TOPICS[i % TOPICS.length]}`,
      summary: `Zusammenfassung von Eintrag ${n} im Handlungsfeld ${goal}.`,
      actors: [`akteur-${(i % actorCount) + 1}`, `akteur-${((i + 5) % actorCount) + 1}`],
      goals: [`feld-${goal}`],
      ...(type === 'decision'
        ? { how: { body: 'gremium', procedure: 'consensus' as const, binding: i % 2 === 0 } }
        : {}),
    };
  });
  return {
    schemaVersion: '1.0',
    updatedAt: '2026-06-30',
    lang: 'de',
    cooperation: { name: `Großes Netzwerk mit ${count} Einträgen`, type: 'network' },
    actors: [
      ...Array.from({ length: actorCount }, (_, i) => ({
        id: `akteur-${i + 1}`,
        name: `Partner ${i + 1}`,
        sector: SECTORS[i % SECTORS.length],
      })),
      { id: 'gremium', name: 'Netzwerkrat', kind: 'body' as const },
    ],
    goals: Array.from({ length: goalCount }, (_, i) => ({
      id: `feld-${i + 1}`,
      title: `Handlungsfeld ${i + 1}`,
      level: 'goal' as const,
    })),
    entries,
  };
}

/** A word of 300 letters without a break opportunity: it must wrap, not overflow. */
export const LONG_WORD = 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung'
  .repeat(5)
  .slice(0, 300);

/**
 * Markup, script, template syntax and dangerous links in every text of the record. All of it
 * must appear as text; the only links are the safe one and the permalinks.
 */
export function hostileFeedDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-01-31',
    lang: 'de',
    notice: '<script>alert("notice")</script>',
    cooperation: { name: '<img src=x onerror=alert(1)>', type: 'cooperation' },
    actors: [
      { id: 'a', name: '<b onmouseover=alert(1)>Fett</b>', sector: 'civil-society' },
      { id: 'gremium', name: '<u>Gremium</u>', kind: 'body' },
    ],
    goals: [{ id: 'g', title: '<script>alert("ziel")</script>', level: 'goal' }],
    milestones: [{ id: 'm', title: '<iframe src=javascript:alert(1)>' }],
    entries: [
      {
        id: 'markup',
        date: '2025-01-20',
        type: 'decision',
        title: '<img src=x onerror=alert(1)>',
        summary: '"><svg onload=alert(1)>',
        actors: ['a'],
        goals: ['g'],
        milestones: ['m'],
        how: {
          location: '<object data=x></object>',
          body: 'gremium',
          procedure: 'majority',
          outcome: '{{constructor.constructor("alert(1)")()}}',
          binding: true,
        },
        results: '<a href="javascript:alert(1)">Ergebnis</a>',
        links: [
          { url: 'javascript:alert(1)', title: 'javascript:-Link' },
          { url: 'JaVaScRiPt:alert(2)', title: 'JAVASCRIPT:-Link in gemischter Schreibung' },
          { url: 'java\tscript:alert(3)', title: 'javascript:-Link mit Tabulator' },
          { url: 'data:text/html,<script>alert(4)</script>', title: 'data:-Link' },
          { url: 'javascript:alert(5)' },
          { url: 'https://example.org/protokoll.pdf', title: 'Protokoll (PDF)' },
        ],
      },
      {
        id: 'langes-wort',
        date: '2025-01-10',
        type: 'announcement',
        title: LONG_WORD,
        summary: `${LONG_WORD} ${LONG_WORD}`,
      },
      {
        id: 'anfuehrungszeichen',
        date: '2024-12-02',
        type: 'meeting',
        title: 'Sitzung mit <b>Markup</b> & "Anführungszeichen" </article>',
        summary: '</li></ul><embed src=x>',
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Milestone timeline (`phases`, `milestones`)

/**
 * The timeline's edge cases (use with `today="2025-06-15"`): overlapping phases, a funding
 * cliff, every kind and status, year-only and month-only dates, a milestone outside all phases,
 * an undated milestone and phase. The same document the timeline's unit tests use.
 */
export const timelineEdgeDocument = timelineTestDocument;

/** A generated cooperation over ten years: 1,000 milestones in 20 phases (4 funding periods). */
export const largeTimelineDocument = (): KoopDocument => timelineDocument(1000, 20, 10);

/** A valid timeline document except for its phases and milestones, each broken in a different way. */
export function invalidMilestonesDocument(): unknown {
  const document = timelineTestDocument() as unknown as {
    phases: Record<string, unknown>[];
    milestones: Record<string, unknown>[];
  };
  const { phases, milestones } = document;
  phases[0].type = 'förderung';
  phases[1].start = 'Frühjahr 2024';
  milestones[0].kind = 'wichtig';
  milestones[1].status = 'vielleicht';
  milestones[2].planned = '20.11.2024';
  milestones[3].title = 42;
  delete milestones[4].id;
  milestones[5].goals = 'g-raum';
  return document;
}

/**
 * Markup, script and template syntax in every text the timeline shows (phase and funding period
 * names, milestone titles, descriptions, questions, goals, actors, the undated list), and a word
 * of 300 letters: all of it must appear as text, and the long word must wrap.
 */
export function hostileTimelineDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-01-31',
    lang: 'de',
    cooperation: { name: '<img src=x onerror=alert(1)>', type: 'cooperation', period: { start: '2024-01' } },
    actors: [{ id: 'a', name: '<b onmouseover=alert(1)>Fett</b>', sector: 'civil-society' }],
    goals: [{ id: 'g', title: '<iframe src=javascript:alert(1)>' }],
    phases: [
      {
        id: 'p',
        name: '<script>alert("phase")</script>',
        type: 'co-design',
        start: '2024-01',
        end: '2024-12',
      },
      {
        id: 'f',
        name: '"><svg onload=alert(1)>',
        type: 'funding-period',
        start: '2024-01-01',
        end: '2024-12-31',
        funders: ['a'],
      },
    ],
    milestones: [
      {
        id: 'markup',
        title: '<img src=x onerror=alert(1)>',
        description: '<script>alert("beschreibung")</script>',
        kind: 'reflection',
        planned: '2024-06-01',
        actual: '2024-06-12',
        status: 'reached',
        goals: ['g'],
        actors: ['a'],
        questions: ['<svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}'],
      },
      {
        id: 'anfuehrungszeichen',
        title: 'Sitzung mit <b>Markup</b> & "Anführungszeichen" </text></svg>',
        kind: 'process',
        planned: '2025-01-15',
        status: 'planned',
        actors: ['a'],
      },
      { id: 'langes-wort', title: LONG_WORD, kind: 'content', planned: '2025-03', status: 'planned' },
      { id: 'ohne-datum', title: '<u>Ohne Datum</u>', kind: 'content', status: 'planned' },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Role matrix (`roles`, `assignments`, `conflicts`, `conflictRules`)

/**
 * The role matrix's test document (dated 2022-06-30): explicit conflicts, a document rule, the
 * default rules, a change of holder with a vacancy, and two contradictions in the data
 * (`conflicts[1].roles[1]`: a role the actor never holds; `conflictRules[1].roles[1]`: an
 * unknown role). The same document the matrix's unit tests use.
 */
export const rolesContradictionsDocument = rolesDocument;

/** 200 actors × 30 roles, every actor with four roles and a change of holder: rules fire throughout. */
export const largeRolesDocument = (): KoopDocument => largeRolesFixture(200, 30);

/**
 * Roles that never pull against each other (no two of their types form a default rule), no
 * `conflicts[]` or `conflictRules[]`, and the default rules switched off as well.
 */
export function noConflictsDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-05-31',
    lang: 'de',
    notice: 'Beispieldaten für die Komponentenbibliothek.',
    cooperation: { name: 'Repair-Café-Netzwerk Süd', type: 'network' },
    defaultConflictRules: false,
    actors: [
      { id: 'cafe', name: 'Repair-Café Südstadt', sector: 'civil-society' },
      { id: 'laden', name: 'Fahrradladen Speiche', sector: 'business' },
      { id: 'umweltamt', name: 'Umweltamt', sector: 'administration' },
      { id: 'stiftung', name: 'Umweltstiftung Süd', sector: 'funder' },
    ],
    roles: [
      { id: 'r-wissen', name: 'Reparaturwissen', type: 'expertise' },
      { id: 'r-koord', name: 'Koordination der Termine', type: 'coordination' },
      { id: 'r-netz', name: 'Kontakt zur Nachbarschaft', type: 'network-interface' },
      { id: 'r-geld', name: 'Förderung', type: 'funder' },
      { id: 'r-raum', name: 'Räume und Werkzeug', type: 'service-provider' },
    ],
    assignments: [
      { actor: 'cafe', role: 'r-wissen', mandate: 'advisory', staffing: 'volunteer', since: '2022-03' },
      {
        actor: 'cafe',
        role: 'r-koord',
        holder: 'Sam Beispiel (fiktiv)',
        mandate: 'advisory',
        staffing: 'volunteer',
        since: '2022-03',
      },
      { actor: 'cafe', role: 'r-netz', mandate: 'none', staffing: 'volunteer', since: '2022-03' },
      { actor: 'laden', role: 'r-wissen', mandate: 'advisory', staffing: 'paid', since: '2023-01' },
      { actor: 'laden', role: 'r-raum', mandate: 'none', staffing: 'paid', since: '2023-01' },
      { actor: 'umweltamt', role: 'r-raum', mandate: 'binding', staffing: 'paid', since: '2022-03' },
      { actor: 'umweltamt', role: 'r-netz', mandate: 'advisory', staffing: 'paid', since: '2024-01' },
      {
        actor: 'stiftung',
        role: 'r-geld',
        mandate: 'binding',
        staffing: 'paid',
        since: '2022-01-01',
        until: '2026-12-31',
      },
    ],
  };
}

/**
 * `count` actors, each holding three roles whose types the default rules set against each
 * other (two rule conflicts per actor, one for every fourth); every third actor has also named
 * a conflict, open, mitigated or resolved in turn. Deterministic.
 */
export function manyConflictsDocument(count = 40): KoopDocument {
  const catalogue = [
    { id: 'r-geld', name: 'Förderung', type: 'funder' },
    { id: 'r-int', name: 'Interessenvertretung', type: 'interest-representation' },
    { id: 'r-eval', name: 'Evaluation', type: 'evaluation' },
    { id: 'r-koord', name: 'Koordination', type: 'coordination' },
    { id: 'r-prot', name: 'Protest', type: 'protest' },
    { id: 'r-stimme', name: 'Stimme im Gremium', type: 'decision-mandate' },
    { id: 'r-mod', name: 'Moderation', type: 'mediation' },
    { id: 'r-wissen', name: 'Fachwissen', type: 'expertise' },
  ] as const;
  // Three roles each; the default rules find two conflicts in the first three, one in the last.
  const patterns = [
    ['r-geld', 'r-int', 'r-eval'],
    ['r-koord', 'r-prot', 'r-stimme'],
    ['r-mod', 'r-int', 'r-stimme'],
    ['r-stimme', 'r-eval', 'r-wissen'],
  ];
  const statuses: ConflictStatus[] = ['open', 'mitigated', 'resolved'];
  const actors = Array.from({ length: count }, (_, i) => ({
    id: `akteur-${i + 1}`,
    name: `Partner ${i + 1}`,
    sector: SECTORS[i % SECTORS.length],
  }));
  const assignments: Assignment[] = actors.flatMap((actor, i) =>
    patterns[i % patterns.length].map((role, k) => ({
      actor: actor.id,
      role,
      mandate: k === 2 ? ('binding' as const) : ('advisory' as const),
      staffing: (i + k) % 2 ? ('volunteer' as const) : ('paid' as const),
      since: `${2020 + (i % 4)}-0${k + 1}`,
    })),
  );
  const conflicts: Conflict[] = actors
    .filter((_, i) => i % 3 === 0)
    .map((actor, n) => {
      const i = n * 3;
      const [a, b] = patterns[i % patterns.length];
      return {
        actor: actor.id,
        roles: [a, b],
        status: statuses[n % statuses.length],
        description: `Von ${actor.name} selbst benannt.`,
        ...(n % statuses.length ? { mitigation: 'Abstimmung offengelegt.' } : {}),
      };
    });
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-06-30',
    lang: 'de',
    cooperation: { name: `Netzwerk mit ${count} Partnern`, type: 'network' },
    actors,
    roles: catalogue.map((role) => ({ ...role })),
    assignments,
    conflicts,
  };
}

/** The role matrix's test document with its assignments and one conflict broken in different ways. */
export function invalidAssignmentsDocument(): unknown {
  const document = rolesDocument() as unknown as {
    assignments: Record<string, unknown>[];
    conflicts: Record<string, unknown>[];
  };
  const { assignments, conflicts } = document;
  assignments[0].mandate = 'immer';
  assignments[1].staffing = 'bezahlt';
  assignments[2].since = 'Frühjahr 2020';
  delete assignments[3].role;
  conflicts[0].status = 'vielleicht';
  return document;
}

/**
 * Markup, script and template syntax in every text the matrix shows (actors, role names,
 * holders, notes, conflict descriptions and mitigations, rule descriptions, the notice), and a
 * word of 300 letters: all of it must appear as text.
 */
export function hostileRolesDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-01-31',
    lang: 'de',
    notice: '<script>alert("notice")</script>',
    cooperation: { name: '<img src=x onerror=alert(1)>', type: 'cooperation' },
    actors: [
      { id: 'a', name: '<b onmouseover=alert(1)>Fett</b>', sector: 'civil-society' },
      { id: 'b', name: LONG_WORD, sector: 'funder' },
    ],
    roles: [
      { id: 'r-geld', name: '<iframe src=javascript:alert(1)>', type: 'funder' },
      { id: 'r-int', name: '"><svg onload=alert(1)>', type: 'interest-representation' },
      { id: 'r-eval', name: '<u>Evaluation</u>', type: 'evaluation' },
    ],
    assignments: [
      {
        actor: 'a',
        role: 'r-geld',
        holder: '<a href="javascript:alert(1)">Person</a>',
        mandate: 'binding',
        staffing: 'paid',
        since: '2024-01',
        note: '{{constructor.constructor("alert(1)")()}}',
      },
      { actor: 'a', role: 'r-int', holder: '<object data=x></object>', since: '2024-01' },
      { actor: 'b', role: 'r-geld', holder: LONG_WORD, since: '2024-01' },
      { actor: 'b', role: 'r-eval', since: '2024-06' },
    ],
    conflicts: [
      {
        actor: 'a',
        roles: ['r-geld', 'r-int'],
        status: 'open',
        description: '<script>alert("beschreibung")</script>',
        mitigation: '<embed src=x>',
      },
    ],
    // The partners' rule for the pair they named comes before the default rule for it.
    conflictRules: [{ roles: ['r-geld', 'r-int'], description: '<img src=x onerror=alert("regel")>' }],
  };
}

// ---------------------------------------------------------------------------------------------
// Partner map (`actors`, `relations`)

/** A generated network of 500 actors and 1,500 relations (the partner map's benchmark size). */
export const largePartnerDocument = (): KoopDocument => networkDocument(500, 1500);

/** A valid document with a cooperation and goals but no actors at all. */
export function noActorsDocument(): KoopDocument {
  return { ...smallDocument(), actors: [] };
}

/** The partner map's test network with its relations broken in different ways. */
export function invalidRelationsDocument(): unknown {
  const document = partnerDocument() as unknown as { relations: Record<string, unknown>[] };
  const { relations } = document;
  relations[0].type = 'freundschaft';
  relations[1].since = 'Frühjahr 2020';
  delete relations[2].target;
  relations[3].directed = 'ja';
  return document;
}

/**
 * Markup, script and template syntax in every text the partner map shows (actor names, short
 * names, descriptions, places, relation labels, role names and holders, the notice), and a word
 * of 300 letters: all of it must appear as text.
 */
export function hostilePartnerDocument(): KoopDocument {
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-01-31',
    lang: 'de',
    notice: '<script>alert("notice")</script>',
    cooperation: { name: '<img src=x onerror=alert(1)>', type: 'network' },
    actors: [
      {
        id: 'a',
        name: '<b onmouseover=alert(1)>Fett</b>',
        sector: 'civil-society',
        description: '{{constructor.constructor("alert(1)")()}}',
        location: { label: '<object data=x></object>' },
      },
      { id: 'b', name: '<iframe src=javascript:alert(1)>', sector: 'funder' },
      { id: 'c', name: LONG_WORD, sector: 'administration', parent: 'a' },
    ],
    relations: [
      { source: 'b', target: 'a', type: 'funding', directed: true, label: '"><svg onload=alert(1)>' },
      { source: 'a', target: 'c', type: 'cooperation', label: '<u>Zusammenarbeit</u>' },
    ],
    roles: [{ id: 'r', name: '<embed src=x>', type: 'coordination' }],
    assignments: [{ actor: 'a', role: 'r', holder: '<a href="javascript:alert(1)">Person</a>' }],
  };
}

/** The documents `/mock/doc/<name>.json` answers with. */
export const mockDocuments: Record<string, () => unknown> = {
  small: smallDocument,
  empty: emptyDocument,
  invalid: invalidDocument,
  'newer-version': newerVersionDocument,
  warnings: warningsDocument,
  large: () => largeDocument(200),
  hostile: hostileDocument,
  feed: feedDocument,
  'feed-new-entry': feedWithNewEntry,
  'feed-none': noEntriesDocument,
  'feed-invalid': invalidEntriesDocument,
  'feed-large': () => largeFeedDocument(10_000),
  'feed-hostile': hostileFeedDocument,
  'timeline-edge': timelineEdgeDocument,
  'timeline-invalid': invalidMilestonesDocument,
  'timeline-large': largeTimelineDocument,
  'timeline-hostile': hostileTimelineDocument,
  'roles-contradictions': rolesContradictionsDocument,
  'roles-none': noConflictsDocument,
  'roles-many': () => manyConflictsDocument(40),
  'roles-large': largeRolesDocument,
  'roles-invalid': invalidAssignmentsDocument,
  'roles-hostile': hostileRolesDocument,
  'partners-large': largePartnerDocument,
  'partners-none': noActorsDocument,
  'partners-invalid': invalidRelationsDocument,
  'partners-hostile': hostilePartnerDocument,
  // Format 1.1, in the shapes of real sources (test/fixtures/format-1-1.ts).
  directory: directoryDocument,
  'directory-large': () => manyOffers(500, 10),
  'directory-none': () => ({ schemaVersion: '1.2', cooperation: { name: 'Chancenportal (leer)' } }),
  'directory-invalid': () => {
    const doc = directoryDocument() as unknown as { actors: { offers?: unknown[] }[] };
    doc.actors[0].offers = [
      { id: 'ohne-titel' },
      { id: 'zeit', title: 'Zeit', times: [{ days: ['mo'], from: '9 Uhr', until: '12:00' }] },
    ];
    return doc;
  },
  council: councilDocument,
  sustainability: sustainabilityDocument,
  'funding-network': fundingNetworkDocument,
  'historical-roles': historicalRolesDocument,
};
