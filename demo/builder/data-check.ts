// The data check: runs the full validation on a document read by `readDocumentText` (from
// @koop/core) and says in plain words what is wrong and where: the same check, places and words
// as the widgets and `npm run validate` (all in @koop/schema). Pure, so it can be tested alone.
import { validateDocument, type Problem } from '@koop/schema';
import type { Lang } from '@koop/kit/snippet.js';

export interface ListedProblem {
  /** The JSON path, e.g. `goals[2].indicators[0].target.value`. */
  path: string;
  /** For errors: the widgets cannot show the document at all (else they show it with a notice). */
  fatal?: true;
  /** Where that is, in words: `Ziele › 3. Ziel „…“ › Indikatoren › …`. */
  where: string;
  message: string;
}

export interface CheckReport {
  errors: ListedProblem[];
  warnings: ListedProblem[];
}

/**
 * Every problem of a parsed document, in one pass, errors and warnings apart, in `lang`: the
 * same check the widgets and `npm run validate` apply.
 */
export function checkValue(value: unknown, lang: Lang): CheckReport {
  const { problems } = validateDocument(value);
  const listed = (problem: Problem): ListedProblem => ({
    path: problem.path,
    ...(problem.fatal ? { fatal: problem.fatal } : {}),
    where: problem.location[lang],
    message: problem.message[lang],
  });
  return {
    errors: problems.filter((p) => p.severity === 'error').map(listed),
    warnings: problems.filter((p) => p.severity === 'warning').map(listed),
  };
}
