import type { Finding } from './check.js';
import { explainFindings, type Problem } from './explain.js';
import { walkSchema } from './json-schema.js';
import { describeLocation } from './location.js';
import { formatPath } from './path.js';
import { proposalSchema } from './proposal-schema.generated.js';
import type { LocalizedText } from './types.js';

// The change-proposal format, its own entry point (`@koop/schema/proposal.js`): the widgets and
// koop.js, which export the document format, do not carry it.
export { proposalSchema };

/**
 * A change proposal: what a partner proposes to change in a published koop document, for the
 * coordination office to review (`proposal.schema.json` is the source of truth).
 */
export interface KoopProposal {
  $schema?: string;
  /** Version of the proposal format, e.g. `1.0`. */
  koopProposal: string;
  cooperation: { name: LocalizedText; website?: string };
  base: { updatedAt?: string; hash: string; url?: string };
  proposer: { name: string; organisation: string; contact?: string };
  note?: string;
  createdAt?: string;
  /** RFC 6902: each change is one add, replace or remove with the tests right before it. */
  patch: ProposalOperation[];
}

export type ProposalOperation =
  | { op: 'test'; path: string; value: unknown }
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

/** The proposal format version this release writes and reads in full. */
export const PROPOSAL_VERSION = '1.0';

export interface ProposalValidation {
  valid: boolean;
  /** The input, typed, when valid. */
  proposal?: KoopProposal;
  /** Errors only: a proposal is either usable or not. */
  problems: Problem[];
}

/**
 * Validates any JSON value as a change proposal against `proposal.schema.json`, with the same
 * eval-free interpreter as documents. A newer major version is refused with one error. Never
 * throws. (Whether its paths fit the document it is applied to is the reviewer's check.)
 */
export function validateProposal(input: unknown): ProposalValidation {
  const version = (input as { koopProposal?: unknown } | null)?.koopProposal;
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version)) {
    const major = Number(version.split('.')[0]);
    // Its message lives here, not among the document's, which the widgets load.
    if (major > Number(PROPOSAL_VERSION.split('.')[0])) {
      const params = { version, supported: PROPOSAL_VERSION };
      const message = {
        de: `Der Vorschlag verwendet das Vorschlagsformat ${version}; diese Version von Koop kennt nur ${PROPOSAL_VERSION}.x. Bitte Koop aktualisieren.`,
        en: `The proposal uses proposal format ${version}; this version of Koop only knows ${PROPOSAL_VERSION}.x. Please update Koop.`,
      };
      return {
        valid: false,
        problems: [
          {
            severity: 'error',
            path: 'koopProposal',
            code: 'proposal-version-newer',
            params,
            message,
            location: {
              de: describeLocation('koopProposal', input, 'de'),
              en: describeLocation('koopProposal', input, 'en'),
            },
          },
        ],
      };
    }
  }
  const findings: Finding[] = walkSchema(proposalSchema, input).errors.map(
    ({ path, code, params, hint }) => ({
      severity: 'error',
      path: formatPath(path),
      code,
      params,
      ...(hint ? { hint } : {}),
    }),
  );
  const problems = explainFindings(findings, input);
  return problems.length
    ? { valid: false, problems }
    : { valid: true, proposal: input as KoopProposal, problems };
}
