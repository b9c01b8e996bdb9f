import { checkDocument, type Finding } from './check.js';
import { explainFindings, type Problem } from './explain.js';
import type { KoopDocument } from './types.js';

export interface ValidationResult {
  /** True when there is no error (warnings allowed). */
  valid: boolean;
  /** The input, typed, when valid. Unknown fields are kept as they are. */
  document?: KoopDocument;
  problems: Problem[];
}

/**
 * Validates any JSON value as a koop document (see `checkDocument`) and puts every problem
 * into German and English words. Never throws; every problem carries its JSON path.
 */
export function validateDocument(input: unknown): ValidationResult {
  const { valid, document, findings } = checkDocument(input);
  return { valid, document, problems: explainFindings(findings) };
}

export type { Finding };
