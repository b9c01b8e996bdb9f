// What comes out of a review besides the document: the entry of the public record that says
// whose proposals were taken, and the answer to each proposer. The editor and `npm run review`
// make both with these functions.
import type { Entry, KoopDocument } from '@koop/schema';
import { uniqueId } from '../ids.js';
import { textIn } from '../lists.js';
import type { ReviewedChange, ReviewProposal } from './changes.js';
import type { ChangeWords } from './words.js';
import type { ProposalStrings } from './strings.js';

/** How many changes an entry's summary names before it says "…". */
const ENTRY_CHANGES = 12;

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (now: Date) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** `Aylin Demir (Nachbarschaftsverein Nordstadt e. V.)` for each proposal that had a change taken. */
export function proposersOf(applied: readonly ReviewedChange[]): string {
  const names = new Set(
    applied.map(
      ({ proposal: { proposal } }) => `${proposal.proposer.name} (${proposal.proposer.organisation})`,
    ),
  );
  return [...names].join(', ');
}

/**
 * The announcement "Änderungen übernommen: Vorschläge von …" for the changes in `applied`, with
 * the actors the proposers' organisations are in the document.
 */
export function proposalsEntry(
  p: ProposalStrings,
  lang: string,
  document: KoopDocument,
  applied: readonly ReviewedChange[],
  words: (change: ReviewedChange) => ChangeWords,
  now: Date,
): Entry {
  const day = isoDay(now);
  const taken = new Set((document.entries ?? []).map((entry) => entry.id));
  const summaries = applied.map((change) => words(change).summary);
  const organisations = new Set(
    applied.map(({ proposal }) => proposal.proposal.proposer.organisation.trim().toLowerCase()),
  );
  const actors = (document.actors ?? [])
    .filter((actor) =>
      [actor.name, actor.shortName].some((name) =>
        organisations.has(textIn(name, lang, document.lang).toLowerCase()),
      ),
    )
    .map((actor) => actor.id);
  const entry: Entry = {
    id: uniqueId(`${p.entryId}-${day}`, taken, 'entry'),
    date: day,
    type: 'announcement',
    title: p.entryTitle(proposersOf(applied)),
    summary:
      summaries.slice(0, ENTRY_CHANGES).join('; ') + (summaries.length > ENTRY_CHANGES ? '; …' : '') + '.',
  };
  if (actors.length) entry.actors = actors;
  return entry;
}

/** The answer to the proposer of `proposal`: what was taken, what not and why, what is open. */
export function answerText(
  p: ProposalStrings,
  lang: string,
  document: KoopDocument,
  proposal: ReviewProposal,
  reviewed: readonly ReviewedChange[],
  words: (change: ReviewedChange) => ChangeWords,
  applied: ReadonlySet<string>,
): string {
  const own = reviewed.filter((change) => change.proposal.uid === proposal.uid);
  const what = (change: ReviewedChange) => words(change).summary;
  const { proposer, createdAt } = proposal.proposal;
  return p.answer({
    proposer: proposer.name,
    date: createdAt?.slice(0, 10) ?? '–',
    cooperation: textIn(document.cooperation?.name, lang, document.lang),
    accepted: own.filter((change) => applied.has(change.key)).map(what),
    rejected: own
      .filter((change) => change.decision.choice === 'reject')
      .map((change) => ({ what: what(change), reason: change.decision.reason?.trim() ?? '' })),
    open: own.filter((change) => change.decision.choice !== 'reject' && !applied.has(change.key)).map(what),
  });
}
