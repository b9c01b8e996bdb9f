import type { ProposalStrings } from './strings.js';

const bytes = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

export const en: ProposalStrings = {
  proposeHeading: 'Propose a change',
  proposeIntro:
    'For partners of the cooperation: open the published file, change your entries and download a change proposal. The coordination office reviews it and takes what fits.',
  proposeUrlLabel: 'Address of the published koop file',
  proposeOpen: 'Start a proposal',
  proposeFileLabel: 'Choose the published file',
  reviewHeading: 'Review proposals',
  reviewIntro:
    'For the coordination office: open the current document and one or more change proposals, and accept or reject each change.',
  reviewFilesLabel: 'Choose the document and proposals',
  reviewFilesHint:
    'Several files at once, also dropped here together; the document is recognized by its content.',
  reviewOpenDocument: 'Review proposals for the open document',

  proposeBanner: (name, stand) =>
    `Change proposal for “${name}” (as of ${stand}): what you change goes to the coordination office as a proposal. The published document stays as it is.`,
  proposeDownload: 'Download proposal …',
  reviewButton: 'Review proposals …',
  dialogHeading: 'Download proposal',
  dialogIntro: 'The file holds only your changes and who proposes them. Send it to the coordination office.',
  changeCount: (count) =>
    count === 1 ? 'Your proposal has 1 change:' : `Your proposal has ${count} changes:`,
  noChanges: 'No changes yet: change something in the forms first.',
  proposerName: 'Your name',
  proposerOrganisation: 'Your organisation',
  proposerContact: 'Contact for questions (optional)',
  proposerContactHint: 'Email address or telephone number, so that the office can answer.',
  proposalNote: 'Note to the coordination office (optional)',
  proposalNoteHint: 'For example, why something changed.',
  download: 'Download proposal',
  downloaded: 'Proposal downloaded. Send the file to the coordination office.',
  nameMissing: 'Your name is missing.',
  organisationMissing: 'Your organisation is missing.',
  fileName: 'proposal',
  noCrypto: 'This page is not open over a secure connection (https); no proposal can be made here.',

  reviewTitle: (name) => `Review proposals: ${name}`,
  reviewScreenIntro:
    'Accept or reject each change, one by one or a whole proposal. The document changes only with “Apply”, and that too can be undone.',
  addProposals: 'Add proposals',
  addProposalsHint: 'One or more proposal files (JSON); they are read only here in the browser.',
  dropHere: '… or drop the files here.',
  noProposals: 'No proposal opened yet.',
  noDocument:
    'None of the files was a koop document. Choose the current document together with the proposals.',
  documentOpened: (name) => `Document “${name}” opened.`,
  refused: (file, reason) => `${file} was not opened: ${reason}`,
  refusal: (r) => {
    switch (r.code) {
      case 'empty':
        return 'The file is empty.';
      case 'not-json-text':
        return 'The file is not JSON (but a web page, for example).';
      case 'json':
        return `The file is not valid JSON${r.line ? ` (line ${r.line}, column ${r.column})` : ''}.`;
      case 'too-large':
        return `The file is too large for a proposal (${bytes(r.bytes)}; at most 1 MB).`;
      case 'too-deep':
        return 'The file is nested too deeply for a proposal.';
      case 'is-document':
        return 'This is a koop document, not a change proposal.';
      case 'not-a-proposal':
        return `This is not a change proposal: ${r.problems
          .slice(0, 5)
          .map((p) => `${p.path || '(file)'} ${p.message.en}`)
          .join('; ')}${r.problems.length > 5 ? ' …' : ''}.`;
      case 'dangling-tests':
        return 'The proposal ends with tests that no change follows.';
      case 'forbidden-name':
        return `The proposal contains the forbidden name “${r.name}” (at ${r.where}).`;
      case 'office-field':
        return `Change ${r.change} concerns ${r.path}: only the coordination office sets the format version and date.`;
      case 'outside':
        return `Change ${r.change} targets ${r.path}, a place the koop format does not have.`;
      case 'not-in-document':
        return `Change ${r.change} targets ${r.path}, a place the document does not have.`;
      case 'untested':
        return `Change ${r.change} replaces or removes ${r.path} without testing the previous value.`;
      case 'huge-value':
        return `Change ${r.change} contains a value that is too large (${bytes(r.bytes)}; at most 100 KB).`;
      case 'other-cooperation':
        return `The proposal belongs to another cooperation (“${typeof r.theirs === 'string' ? r.theirs : JSON.stringify(r.theirs)}”).`;
    }
  },
  proposalBy: (name, organisation) => `Proposal by ${name} (${organisation})`,
  proposalMade: (date) => `made on ${date}`,
  contact: 'Contact:',
  note: 'Note:',
  baseSame: 'Made on the current version of the document.',
  baseOther: (stand) =>
    `Made on another version (${stand}). Each change is checked on its own; where the value has changed since, there is a conflict.`,
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  closeProposal: 'Close proposal',
  actions: {
    changed: 'changed',
    added: 'added',
    removed: 'removed',
    'new-item': 'newly added',
    'removed-item': 'deleted',
  },
  before: 'Before',
  after: 'Proposed',
  current: 'Now in the document',
  expected: 'When the proposal was made',
  notGiven: '– not given –',
  status: {
    ok: 'Fits the current version.',
    already: 'Already in the document: nothing to do.',
    conflict: 'Conflict: the value has changed since the proposal was made. Choose which one holds.',
    gone: 'No longer applicable: the item or field is not there any more.',
  },
  conflictWith: (who) => `Conflict: ${who} changes the same value. Choose which one holds.`,
  decision: (what) => `Decision: ${what}`,
  open: 'Open',
  accept: 'Accept',
  reject: 'Reject',
  keepCurrent: 'Keep the value now in the document (reject)',
  takeProposed: 'Take the proposed value',
  reason: (who) => `Reason for ${who} (optional)`,
  checkOk: 'Data check: no new problems.',
  checkProblems: 'Data check with this change:',
  blocked: 'Cannot be accepted: the data would have errors.',
  deleted: 'deleted:',
  inserted: 'inserted:',
  tally: (accepted, rejected, open) => `${accepted} accepted, ${rejected} rejected, ${open} open`,
  addEntry: 'Record in the public record whose proposals were taken',
  entryTitle: (names) => `Changes taken over: proposals by ${names}`,
  entryId: 'changes-taken-over',
  apply: 'Apply',
  applyNothing: 'Accept at least one change first.',
  applyInvalid: 'Cannot apply: the result would have errors.',
  applied: (count) =>
    count === 1
      ? '1 change applied. Download the document to publish it.'
      : `${count} changes applied. Download the document to publish it.`,
  appliedNone: 'Nothing applied.',
  answersHeading: 'Answers to the proposers',
  answersIntro: 'Send each answer as a file, or copy the text into an email.',
  answerFor: (who) => `Answer to ${who}`,
  answer: (c) =>
    [
      `Answer to your change proposal of ${c.date} for “${c.cooperation}”`,
      '',
      `Dear ${c.proposer},`,
      '',
      'thank you for your proposal.',
      ...(c.accepted.length ? ['', 'Taken over:', list(c.accepted)] : []),
      ...(c.rejected.length
        ? [
            '',
            'Not taken over:',
            list(c.rejected.map((r) => (r.reason ? `${r.what} – reason: ${r.reason}` : r.what))),
          ]
        : []),
      ...(c.open.length ? ['', 'Still open:', list(c.open)] : []),
      '',
      'Kind regards',
      'Your coordination office',
      '',
    ].join('\n'),
  answerDownload: 'Download answer (text)',
  answerCopy: 'Copy answer',
  copied: 'Copied.',
  copyFailed: 'Copying is not possible: please select the text and copy it.',
  answerFileName: 'answer',
  backToDocument: 'To the document',
  cancelReview: 'Back to the document without applying',
  changeNumber: (id) => `Change ${id}`,
};
