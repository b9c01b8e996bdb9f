import { checkDocument, type Finding } from './check.js';
import { explainFindings, type Problem } from './explain.js';
import { roleFindings, rolesDay } from './roles.js';
import type { KoopDocument } from './types.js';

export interface ValidationResult {
  /** True when there is no error (warnings allowed): the document may be published. */
  valid: boolean;
  /** The input, typed, when the widgets can show it (no fatal error). Unknown fields are kept. */
  document?: KoopDocument;
  problems: Problem[];
}

/**
 * The data check: validates any JSON value as a koop document (see `checkDocument`), adds what
 * the role matrix says about it on the day it shows by default (see `roleFindings`, `rolesDay`) and puts every
 * problem into German and English words, with its JSON path and its location in words. One
 * pass; never throws. The snippet builder, `npm run validate` and the editor use it.
 */
export function validateDocument(input: unknown): ValidationResult {
  const checked = checkDocument(input);
  const findings = [...checked.findings];
  const version = checked.findings.some((f) => f.code === 'schema-version-newer');
  if (input && typeof input === 'object' && !Array.isArray(input) && !version) {
    const document = input as KoopDocument;
    // What a broken value also fails is said once (as in `checkDocument`).
    const said = new Set(checked.findings.filter((f) => f.fatal).map((f) => f.path));
    findings.push(...roleFindings(document, rolesDay(document).day).filter((f) => !said.has(f.path)));
  }
  return {
    valid: findings.every((f) => f.severity === 'warning'),
    document: checked.document,
    problems: explainFindings(findings, input),
  };
}

export type { Finding };
