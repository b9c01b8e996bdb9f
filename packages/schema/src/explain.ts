import type { Finding } from './check.js';
import { hints } from './hints.generated.js';
import { describeProblem, type Bilingual } from './messages.js';

/** A finding put into words. */
export interface Problem extends Finding {
  message: Bilingual;
}

/** German and English messages for findings of `checkDocument`. */
export function explainFindings(findings: readonly Finding[]): Problem[] {
  return findings.map((finding) => ({
    ...finding,
    message: (finding.hint && hints[finding.hint]) || describeProblem(finding.code, finding.params),
  }));
}
