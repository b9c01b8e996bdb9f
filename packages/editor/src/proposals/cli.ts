// `npm run review -- doc.json proposal.json … [--accept all|ids] [--out doc.json] [--entry]
// [--lang en]`: the review on the command line, for offices that keep the document in Git. It
// prints every change in the same words as the editor, applies the accepted ones, and exits 1
// on a refused proposal, on an accepted change that conflicts or is gone, or when the result
// would not pass the data check. Without --accept every change is checked as if accepted and
// nothing is written; without --out nothing is written either.
import { loadMissing, type UiLanguage } from '@koop/core';
import { validateDocument, type KoopDocument } from '@koop/schema';
import { STRING_TABLES } from '../labels.js';
import { deepFreeze } from '../patch.js';
import { serialize, updatedAtFor } from '../serialize.js';
import { editorStrings } from '../strings.js';
import { textIn } from '../lists.js';
import {
  applyReview,
  changeKey,
  reviewChanges,
  type Decision,
  type ReviewedChange,
  type ReviewProposal,
} from './changes.js';
import { proposalsEntry } from './outcome.js';
import { readProposal } from './read.js';
import { proposalStrings } from './strings.js';
import { textDiff } from './text-diff.js';
import { changeWords, valueText } from './words.js';

export interface CliIo {
  read(file: string): string;
  write(file: string, text: string): void;
  out(line: string): void;
  now?: Date;
}

interface Options {
  files: string[];
  accept?: string;
  out?: string;
  entry: boolean;
  lang: UiLanguage;
}

function parse(args: readonly string[]): Options | string {
  const options: Options = { files: [], entry: false, lang: 'de' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--accept' || arg === '--out' || arg === '--lang') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--accept') options.accept = value;
      else if (arg === '--out') options.out = value;
      else options.lang = value.startsWith('en') ? 'en' : 'de';
    } else if (arg === '--entry') options.entry = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  if (options.files.length < 2)
    return 'usage: npm run review -- doc.json proposal.json … [--accept all|1.1,1.3] [--out doc.json] [--entry] [--lang en]';
  return options;
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** Runs the review; returns the exit code (0 fine, 1 refused or failed, 2 wrong use). */
export async function runReview(args: readonly string[], io: CliIo): Promise<number> {
  const options = parse(args);
  if (typeof options === 'string') {
    io.out(options);
    return 2;
  }
  const lang = options.lang;
  await loadMissing([...STRING_TABLES, proposalStrings], lang);
  const s = editorStrings.in(lang);
  const p = proposalStrings.in(lang);
  const [documentFile, ...proposalFiles] = options.files;

  let document: KoopDocument;
  try {
    document = deepFreeze(JSON.parse(io.read(documentFile))) as KoopDocument;
  } catch (error) {
    io.out(`${documentFile}: ${(error as Error).message}`);
    return 1;
  }
  const name = textIn(document.cooperation?.name, lang, document.lang);
  io.out(
    `${documentFile}: „${name}“${document.updatedAt ? ` (${s.fields.updatedAt} ${document.updatedAt})` : ''}`,
  );

  let failed = false;
  const proposals: ReviewProposal[] = [];
  for (const file of proposalFiles) {
    let text: string;
    try {
      text = io.read(file);
    } catch (error) {
      io.out(p.refused(file, (error as Error).message));
      failed = true;
      continue;
    }
    const read = await readProposal(text, document);
    if (!read.ok) {
      io.out(p.refused(file, p.refusal(read.refusal)));
      failed = true;
      continue;
    }
    proposals.push({ uid: proposals.length + 1, fileName: file, ...read });
  }

  // Accepted: every change (a check), or the ones named; the rest are not applied.
  const wanted =
    options.accept && options.accept !== 'all' ? options.accept.split(',').map((id) => id.trim()) : undefined;
  const keyOf = (id: string) => (id.includes('.') ? id : proposals.length === 1 ? `1.${id}` : id);
  const all = proposals.flatMap((proposal) => proposal.changes.map((change) => changeKey(proposal, change)));
  const unknown = wanted?.map(keyOf).filter((key) => !all.includes(key)) ?? [];
  if (unknown.length) {
    io.out(`--accept: ${unknown.join(', ')} ?`);
    return 2;
  }
  const accepted = new Set(wanted ? wanted.map(keyOf) : all);
  const decisions = new Map<string, Decision>(
    all.map((key) => [key, { choice: accepted.has(key) ? 'accept' : 'reject' }]),
  );
  // An accepted change that conflicts is not forced on the command line: it fails, and is left out.
  let reviewed: ReviewedChange[];
  const failedKeys = new Set<string>();
  for (;;) {
    reviewed = reviewChanges(document, proposals, decisions);
    const stuck = reviewed.filter(
      (change) =>
        change.decision.choice === 'accept' &&
        (change.located.status === 'conflict' || change.located.status === 'gone' || !change.acceptable),
    );
    if (!stuck.length) break;
    for (const change of stuck) {
      failedKeys.add(change.key);
      decisions.set(change.key, { choice: 'reject' });
    }
  }

  const words = (change: ReviewedChange) =>
    changeWords(s, p, lang, change.before, change.change, change.located, change.key);
  for (const proposal of proposals) {
    const { proposer, note, createdAt, base } = proposal.proposal;
    io.out('');
    io.out(
      `${proposal.fileName}: ${p.proposalBy(proposer.name, proposer.organisation)}${createdAt ? `, ${p.proposalMade(createdAt)}` : ''}`,
    );
    io.out(`  ${proposal.sameBase ? p.baseSame : p.baseOther(base.updatedAt ?? base.hash.slice(0, 15))}`);
    if (note) io.out(`  ${p.note} ${indent(note, '    ')}`);
    let group = '';
    for (const change of reviewed.filter((item) => item.proposal === proposal)) {
      const w = words(change);
      if (w.groupKey !== group) {
        group = w.groupKey;
        io.out(`  ${w.group}`);
      }
      const id = proposals.length === 1 ? String(change.change.number) : change.key;
      const status =
        failedKeys.has(change.key) && change.located.status === 'ok'
          ? p.blocked
          : p.status[change.located.status];
      const mark = accepted.has(change.key) ? (failedKeys.has(change.key) ? '✗' : '✓') : '·';
      io.out(`    ${mark} [${id}] ${w.field ? `${w.field} ` : ''}${p.actions[w.action]}: ${status}`);
      const pad = '        ';
      if (change.located.status === 'conflict') {
        const path = change.located.path;
        io.out(
          `${pad}${p.expected}: ${indent(valueText(s, p, lang, change.before, path, change.located.expected), pad + '  ')}`,
        );
        io.out(
          `${pad}${p.current}: ${indent(valueText(s, p, lang, change.before, path, change.located.current), pad + '  ')}`,
        );
        io.out(`${pad}${p.after}: ${indent(w.after, pad + '  ')}`);
      } else if (
        w.before &&
        w.after &&
        !w.before.includes('\n') &&
        !w.after.includes('\n') &&
        w.action === 'changed'
      ) {
        const marked = textDiff(w.before, w.after)
          .map((part) =>
            part.kind === 'deleted'
              ? `[-${part.text}-]`
              : part.kind === 'inserted'
                ? `{+${part.text}+}`
                : part.text,
          )
          .join('');
        io.out(`${pad}${marked}`);
      } else {
        if (w.before) io.out(`${pad}${p.before}: ${indent(w.before, pad + '  ')}`);
        if (w.after) io.out(`${pad}${p.after}: ${indent(w.after, pad + '  ')}`);
      }
      for (const problem of change.problems)
        io.out(
          `${pad}${problem.severity === 'error' ? s.errorPrefix : s.warningPrefix} ${problem.path}: ${problem.message[lang]}`,
        );
    }
  }

  const now = io.now ?? new Date();
  const result = applyReview(document, reviewed, {
    updatedAt: updatedAtFor(document.updatedAt, now),
    entry: options.entry ? (applied) => proposalsEntry(p, lang, document, applied, words, now) : undefined,
  });
  const errors = validateDocument(result.document).problems.filter((problem) => problem.severity === 'error');
  io.out('');
  const acceptedCount = reviewed.filter((change) => change.decision.choice === 'accept').length;
  io.out(p.tally(acceptedCount, reviewed.length - acceptedCount, 0));
  for (const problem of errors) io.out(`${s.errorPrefix} ${problem.path}: ${problem.message[lang]}`);
  if (failedKeys.size || errors.length) failed = true;
  if (options.out && options.accept && !failed) {
    io.write(options.out, serialize(result.document));
    io.out(`→ ${options.out}`);
  }
  return failed ? 1 : 0;
}
