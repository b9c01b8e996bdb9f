import type { Goal, GoalStatus, Indicator, KoopDocument } from '@koop/schema';

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

/** The documents `/mock/doc/<name>.json` answers with. */
export const mockDocuments: Record<string, () => unknown> = {
  small: smallDocument,
  empty: emptyDocument,
  invalid: invalidDocument,
  'newer-version': newerVersionDocument,
  warnings: warningsDocument,
  large: () => largeDocument(200),
  hostile: hostileDocument,
};
