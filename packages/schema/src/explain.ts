import type { Finding } from './check.js';
import { hints } from './hints.generated.js';
import { enumLabels } from './labels.js';
import { describeLocation } from './location.js';
import { describeProblem, type Bilingual } from './messages.js';

/** A finding put into words. */
export interface Problem extends Finding {
  message: Bilingual;
  /**
   * Where it is, in the words of the widgets and with the names of the items on the way
   * ("Ziele › 3. Ziel „Teilhabe“ › Status"); `path` says the same for a program.
   */
  location: Bilingual;
}

/**
 * German and English messages and locations for findings of `checkDocument` on `document` (the
 * value checked; without it, locations name no items).
 */
export function explainFindings(findings: readonly Finding[], document?: unknown): Problem[] {
  return findings.map((finding) => {
    const labels = finding.code === 'enum' ? enumLabels(finding.path) : undefined;
    const params = labels ? { ...finding.params, labels } : finding.params;
    return {
      ...finding,
      message: (finding.hint && hints[finding.hint]) || describeProblem(finding.code, params),
      location: {
        de: describeLocation(finding.path, document, 'de'),
        en: describeLocation(finding.path, document, 'en'),
      },
    };
  });
}
