// The data check's problems, placed: each at the field that shows the value it is about, each
// item's count for the lists, and where it is in plain words for the summary.
import { parsePath, type KoopDocument, type Problem } from '@koop/schema';
import { fieldLabel } from './labels.js';
import { itemName } from './lists.js';
import { getAt, toPointer, type Path } from './patch.js';
import { fieldPathOf } from './schema-form.js';
import type { EditorStrings } from './strings.js';

/** A problem with its path as segments and the path of the field that shows it. */
export interface PlacedProblem extends Problem {
  segments: Path;
  field: Path;
}

export interface ProblemIndex {
  all: PlacedProblem[];
  errors: number;
  warnings: number;
  /** By the JSON Pointer of the field. */
  byField: Map<string, PlacedProblem[]>;
  /** By the JSON Pointer of a top-level list item (`/actors/3`), how many problems it has. */
  byItem: Map<string, number>;
  /** By top-level field, how many problems its section has. */
  bySection: Map<string, number>;
}

export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const index: ProblemIndex = {
    all: [],
    errors: 0,
    warnings: 0,
    byField: new Map(),
    byItem: new Map(),
    bySection: new Map(),
  };
  for (const problem of problems) {
    const segments = parsePath(problem.path);
    const placed: PlacedProblem = { ...problem, segments, field: fieldPathOf(segments) };
    index.all.push(placed);
    if (problem.severity === 'error') index.errors++;
    else index.warnings++;
    const key = toPointer(placed.field);
    index.byField.set(key, [...(index.byField.get(key) ?? []), placed]);
    const section = typeof segments[0] === 'string' ? segments[0] : '';
    index.bySection.set(section, (index.bySection.get(section) ?? 0) + 1);
    if (typeof segments[1] === 'number') {
      const item = toPointer(segments.slice(0, 2));
      index.byItem.set(item, (index.byItem.get(item) ?? 0) + 1);
    }
  }
  return index;
}

/** Codes whose message is a sentence of its own, not a statement about the field it follows. */
const SENTENCES = new Set([
  'duplicate-id',
  'direction-mismatch',
  'schema-version-newer',
  'schema-version-minor',
  'propertyName',
  'additionalProperty',
  'role-not-held',
  'role-ended',
  'unknown-rule-role',
]);

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** A problem in plain words at its field: "Zielwert fehlt.", "Beginn muss ein Datum … sein." */
export function problemMessage(s: EditorStrings, lang: 'de' | 'en', problem: Problem, label: string): string {
  if (problem.code === 'required') return s.isMissing(label);
  const message = problem.message[lang];
  return sentence(SENTENCES.has(problem.code) ? message : `${label} ${message}`);
}

const ordinal = (n: number, lang: 'de' | 'en') =>
  lang === 'de'
    ? `${n}.`
    : `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);

/**
 * Where a path points, with the names of the items on the way:
 * `Ziele › 3. Ziel „Teilhabe“ › Indikatoren › 1. Indikator „Besuche“ › Zielwert`.
 */
export function describeWhere(
  s: EditorStrings,
  lang: 'de' | 'en',
  document: KoopDocument,
  path: Path,
): string {
  if (!path.length) return s.documentAsWhole;
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number') {
      const list = String(path[i - 1]);
      const name = itemName(document, list, getAt(document, path.slice(0, i + 1)), lang);
      const noun = s.items[list] ?? (lang === 'de' ? 'Eintrag' : 'item');
      parts.push(
        `${ordinal(segment + 1, lang)} ${noun}${name ? (lang === 'de' ? ` „${shorten(name)}“` : ` “${shorten(name)}”`) : ''}`,
      );
    } else {
      // `target` then `target.value` are both "Zielwert": said once.
      const label = fieldLabel(s, path.slice(0, i + 1));
      if (parts.at(-1) !== label) parts.push(label);
    }
  }
  return parts.join(' › ');
}
