// "Vorschläge prüfen": the current document and the proposals opened for it, every change in
// plain words with the old and the new value side by side (the words that change marked),
// grouped by proposal and by record, each accepted or rejected on its own or a whole proposal at
// once, conflicts resolved by choosing a value, the data check shown at each change. Applying
// makes one step of the editor's history; the answers to the proposers follow. Loaded on demand.
import { parsePath, type KoopDocument } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel } from '../labels.js';
import { textIn } from '../lists.js';
import { deepFreeze } from '../patch.js';
import { describeWhere, problemMessage } from '../problems.js';
import { fieldPathOf } from '../schema-form.js';
import { updatedAtFor } from '../serialize.js';
import {
  applyReview,
  reviewChanges,
  type Choice,
  type Decision,
  type ReviewedChange,
  type ReviewProposal,
} from './changes.js';
import type { ProposalsHost } from './controller.js';
import { answerText, proposalsEntry } from './outcome.js';
import { readProposal } from './read.js';
import { proposalStrings, type ProposalStrings } from './strings.js';
import { textDiff } from './text-diff.js';
import { changeWords, valueText, type ChangeWords } from './words.js';
import { slug } from '../ids.js';
import { filesDrop } from '../open-controls.js';

interface Refused {
  file: string;
  reason: string;
}

interface Outcome {
  count: number;
  applied: Set<string>;
}

export class ReviewScreen {
  private document?: KoopDocument;
  private fileName = '';
  /** Whether the document is the one open in the editor (else it opens as a new session). */
  private fromEditor = false;
  private proposals: ReviewProposal[] = [];
  private decisions = new Map<string, Decision>();
  private refused: Refused[] = [];
  private notice = '';
  private reviewed: ReviewedChange[] = [];
  private words = new Map<string, ChangeWords>();
  private entry = true;
  private status = '';
  private outcome?: Outcome;
  private answerStatus = new Map<number, string>();
  private uid = 0;

  constructor(
    private readonly host: ProposalsHost,
    private readonly onClose: () => void,
  ) {}

  private get p(): ProposalStrings {
    return proposalStrings.in(this.host.language().ui);
  }

  private get lang() {
    return this.host.language().ui;
  }

  useDocument(document: KoopDocument, fileName: string, fromEditor: boolean): void {
    this.document = document;
    this.fileName = fileName;
    this.fromEditor = fromEditor;
    this.update();
  }

  /** Opens files: the first koop document among them (unless one is open), then every proposal. */
  async addFiles(files: File[]): Promise<void> {
    const texts = await Promise.all(
      files.map(async (file) => ({ file: file.name, text: await file.text() })),
    );
    const proposals: typeof texts = [];
    for (const item of texts) {
      if (this.document) {
        proposals.push(item);
        continue;
      }
      const read = await readProposal(item.text, {} as KoopDocument);
      if (!read.ok && read.refusal.code === 'is-document') {
        this.useDocument(deepFreeze(read.value) as KoopDocument, item.file, false);
        this.notice = this.p.documentOpened(
          textIn(this.document!.cooperation?.name, this.lang, this.document!.lang),
        );
      } else proposals.push(item);
    }
    if (!this.document) {
      this.refused = [
        ...this.refused,
        { file: files.map((f) => f.name).join(', '), reason: this.p.noDocument },
      ];
      this.host.element.requestUpdate();
      return;
    }
    for (const { file, text } of proposals) {
      const read = await readProposal(text, this.document);
      if (read.ok) this.proposals.push({ uid: ++this.uid, fileName: file, ...read });
      else this.refused = [...this.refused, { file, reason: this.p.refusal(read.refusal) }];
    }
    this.update();
  }

  /** Works out every change again after a decision or a new proposal. */
  private update(): void {
    if (!this.document) return;
    this.reviewed = reviewChanges(this.document, this.proposals, this.decisions);
    const s = this.host.strings();
    this.words = new Map(
      this.reviewed.map((change) => [
        change.key,
        changeWords(s, this.p, this.lang, change.before, change.change, change.located, change.key),
      ]),
    );
    this.host.element.requestUpdate();
  }

  private decide(key: string, choice: Choice): void {
    const previous = this.decisions.get(key);
    this.decisions.set(key, { choice, reason: previous?.reason });
    this.status = '';
    this.update();
  }

  private decideAll(proposal: ReviewProposal, choice: Choice): void {
    for (const change of this.reviewed)
      if (
        change.proposal === proposal &&
        (choice === 'reject' || (change.located.status === 'ok' && change.acceptable))
      )
        this.decisions.set(change.key, { choice, reason: this.decisions.get(change.key)?.reason });
    this.status = '';
    this.update();
    this.host.announce(this.p.tally(...this.tally()));
  }

  private closeProposal(proposal: ReviewProposal): void {
    this.proposals = this.proposals.filter((item) => item !== proposal);
    for (const key of [...this.decisions.keys()])
      if (key.startsWith(`${proposal.uid}.`)) this.decisions.delete(key);
    this.update();
    this.host.show('review', 'review-heading');
  }

  private tally(): [number, number, number] {
    const count = (choice: Choice) =>
      this.reviewed.filter((change) => (this.decisions.get(change.key)?.choice ?? 'open') === choice).length;
    return [count('accept'), count('reject'), count('open')];
  }

  private wordsOf = (change: ReviewedChange) => this.words.get(change.key)!;

  private apply(): void {
    const p = this.p;
    const document = this.document!;
    if (!this.tally()[0]) {
      this.status = p.applyNothing;
      this.host.element.requestUpdate();
      return;
    }
    const now = new Date();
    const result = applyReview(document, this.reviewed, {
      updatedAt: updatedAtFor(document.updatedAt, now),
      entry: this.entry
        ? (applied) => proposalsEntry(p, this.lang, document, applied, this.wordsOf, now)
        : undefined,
    });
    if (result.problems.some((problem) => problem.severity === 'error') || result.failed.length) {
      this.status = p.applyInvalid;
      this.host.element.requestUpdate();
      return;
    }
    const applied = new Set(result.applied.map((change) => change.key));
    for (const change of this.reviewed)
      if (change.decision.choice === 'accept' && change.located.status === 'already') applied.add(change.key);
    if (!this.fromEditor) {
      this.host.begin(document, this.fileName);
      this.fromEditor = true;
    }
    if (result.ops.length) this.host.change(result.ops);
    this.outcome = { count: result.applied.length, applied };
    const message = result.applied.length ? p.applied(result.applied.length) : p.appliedNone;
    this.host.announce(message);
    this.host.show('review', 'review-outcome');
  }

  private answer(proposal: ReviewProposal): string {
    return answerText(
      this.p,
      this.lang,
      this.document!,
      proposal,
      this.reviewed,
      this.wordsOf,
      this.outcome?.applied ?? new Set(),
    );
  }

  // ---------------------------------------------------------------------------------------

  render(): TemplateResult {
    const p = this.p;
    const level = this.host.level();
    const name = textIn(this.document?.cooperation?.name, this.lang, this.document?.lang);
    return html`<section class="review" aria-labelledby="review-heading">
      <div role="heading" aria-level=${level} id="review-heading" tabindex="-1">${p.reviewTitle(name)}</div>
      ${this.outcome ? this.renderOutcome() : this.renderWork()}
    </section>`;
  }

  private renderWork(): TemplateResult {
    const p = this.p;
    const [accepted, rejected, open] = this.tally();
    return html`<p>${p.reviewScreenIntro}</p>
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      ${filesDrop('review-add', p.addProposals, `${p.addProposalsHint} ${p.dropHere}`, (files) => this.addFiles(files))}
      ${
        this.refused.length
          ? html`<div role="alert" class="refused" id="review-refused">
              <ul>
                ${this.refused.map(({ file, reason }) => html`<li>${p.refused(file, reason)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.proposals.length ? this.proposals.map((proposal, i) => this.renderProposal(proposal, i + 1)) : html`<p class="muted">${p.noProposals}</p>`}
      <div class="review-actions">
        <p id="review-tally">${p.tally(accepted, rejected, open)}</p>
        <div class="field check">
          <input
            type="checkbox"
            id="review-entry"
            .checked=${this.entry}
            @change=${(e: Event) => (this.entry = (e.target as HTMLInputElement).checked)}
          />
          <label for="review-entry">${p.addEntry}</label>
        </div>
        <p role="status" id="review-status">${this.status}</p>
        <div class="dialog-actions">
          <button
            type="button"
            id="review-apply"
            aria-describedby="review-tally review-status"
            @click=${() => this.apply()}
          >
            ${p.apply}
          </button>
          <button
            type="button"
            id="review-cancel"
            @click=${() => {
              this.onClose();
              this.host.show(this.host.document() ? 'edit' : 'start');
            }}
          >
            ${this.host.document() ? p.cancelReview : this.host.strings().cancel}
          </button>
        </div>
      </div>`;
  }

  private renderProposal(proposal: ReviewProposal, position: number): TemplateResult {
    const p = this.p;
    const { proposer, note, createdAt, base } = proposal.proposal;
    const id = `proposal-${proposal.uid}`;
    const changes = this.reviewed.filter((change) => change.proposal === proposal);
    const groups = new Map<string, ReviewedChange[]>();
    for (const change of changes) {
      const key = this.wordsOf(change).groupKey;
      groups.set(key, [...(groups.get(key) ?? []), change]);
    }
    const title = p.proposalBy(proposer.name, proposer.organisation);
    return html`<section class="proposal" aria-labelledby="${id}-heading" id=${id}>
      <div role="heading" aria-level=${this.host.level(1)} id="${id}-heading">${title}</div>
      <p class="muted">
        ${proposal.fileName}${createdAt ? html` · ${p.proposalMade(createdAt.replace('T', ' '))}` : nothing}${
          proposer.contact ? html` · ${p.contact} ${proposer.contact}` : nothing
        }
      </p>
      ${note ? html`<p class="proposal-note"><span class="label">${p.note}</span> ${note}</p>` : nothing}
      <p class=${proposal.sameBase ? 'base same' : 'base other'}>
        ${proposal.sameBase ? p.baseSame : p.baseOther(base.updatedAt ?? '–')}
      </p>
      <div class="item-actions" role="group" aria-label=${title}>
        <button
          type="button"
          class="small"
          id="${id}-accept-all"
          @click=${() => this.decideAll(proposal, 'accept')}
        >
          ${p.acceptAll}
        </button>
        <button
          type="button"
          class="small"
          id="${id}-reject-all"
          @click=${() => this.decideAll(proposal, 'reject')}
        >
          ${p.rejectAll}
        </button>
        <button type="button" class="small" id="${id}-close" @click=${() => this.closeProposal(proposal)}>
          ${p.closeProposal}
        </button>
      </div>
      ${[...groups.values()].map(
        (group) =>
          html`<div class="record">
            <div role="heading" aria-level=${this.host.level(2)} class="record-heading">
              ${this.wordsOf(group[0]).group}
            </div>
            <ul class="changes" role="list">
              ${group.map((change) => this.renderChange(change, position))}
            </ul>
          </div>`,
      )}
    </section>`;
  }

  private renderChange(change: ReviewedChange, position: number): TemplateResult {
    const p = this.p;
    const w = this.wordsOf(change);
    const { located, key } = change;
    const id = `change-${key.replace('.', '-')}`;
    const choice = this.decisions.get(key)?.choice ?? 'open';
    const conflict = located.status === 'conflict';
    const overlapping = change.overlaps
      ? this.reviewed.find((other) => other.key === change.overlaps)
      : undefined;
    const status =
      conflict && overlapping
        ? p.conflictWith(
            p.proposalBy(
              overlapping.proposal.proposal.proposer.name,
              overlapping.proposal.proposal.proposer.organisation,
            ),
          )
        : p.status[located.status];
    const canAccept = located.status !== 'gone' && change.acceptable;
    const who = change.proposal.proposal.proposer.name;
    const option = (value: Choice, label: string, disabled = false) =>
      html`<div class="option">
        <input
          type="radio"
          name="${id}-decision"
          id="${id}-${value}"
          value=${value}
          .checked=${choice === value}
          ?disabled=${disabled}
          @change=${() => this.decide(key, value)}
        />
        <label for="${id}-${value}">${label}</label>
      </div>`;
    return html`<li class="change ${located.status} ${choice}" id=${id}>
      <div class="change-title" id="${id}-title">
        ${w.field ? `${w.field} ` : ''}${p.actions[w.action]}
        <span class="muted">(${p.changeNumber(`${position}.${change.change.number}`)})</span>
      </div>
      <p class="change-status ${located.status}" id="${id}-status">${status}</p>
      ${conflict ? this.renderConflict(change, w) : this.renderCompare(w)} ${this.renderCheck(change, id)}
      <fieldset class="decision" aria-describedby="${id}-status">
        <legend>${p.decision(w.summary)}</legend>
        ${option('open', p.open)}
        ${
          conflict
            ? html`${option('reject', p.keepCurrent)} ${option('accept', p.takeProposed, !canAccept)}`
            : html`${option('accept', p.accept, !canAccept)} ${option('reject', p.reject)}`
        }
      </fieldset>
      ${
        choice === 'reject'
          ? html`<div class="field">
              <label for="${id}-reason">${p.reason(who)}</label>
              <textarea
                id="${id}-reason"
                rows="2"
                .value=${this.decisions.get(key)?.reason ?? ''}
                @input=${(e: Event) =>
                  this.decisions.set(key, {
                    choice: 'reject',
                    reason: (e.target as HTMLTextAreaElement).value,
                  })}
              ></textarea>
            </div>`
          : nothing
      }
    </li>`;
  }

  /** Old and new side by side; in a changed text the words that go and come are marked. */
  private renderCompare(w: ChangeWords): TemplateResult {
    const p = this.p;
    const diff = w.before && w.after && w.action === 'changed' ? textDiff(w.before, w.after) : undefined;
    const side = (label: string, kind: 'deleted' | 'inserted', text: string) =>
      html`<div class="side ${kind === 'deleted' ? 'before' : 'after'}">
        <div class="side-label">${label}</div>
        <div class="value">
          ${
            diff
              ? diff
                  .filter((part) => part.kind === 'same' || part.kind === kind)
                  .map((part) =>
                    part.kind === 'same'
                      ? part.text
                      : kind === 'deleted'
                        ? html`<del><span class="visually-hidden">${p.deleted} </span>${part.text}</del>`
                        : html`<ins><span class="visually-hidden">${p.inserted} </span>${part.text}</ins>`,
                  )
              : text || p.notGiven
          }
        </div>
      </div>`;
    return html`<div class="compare">
      ${w.action === 'new-item' ? nothing : side(p.before, 'deleted', w.before)}
      ${w.action === 'removed-item' || w.action === 'removed' ? nothing : side(p.after, 'inserted', w.after)}
    </div>`;
  }

  private renderConflict(change: ReviewedChange, w: ChangeWords): TemplateResult {
    const p = this.p;
    const s = this.host.strings();
    if (change.located.status !== 'conflict') return html``;
    const { at, expected, current } = change.located;
    const text = (value: unknown) => valueText(s, p, this.lang, change.before, at, value);
    return html`<div class="compare conflict">
      <div class="side expected">
        <div class="side-label">${p.expected}</div>
        <div class="value">${text(expected)}</div>
      </div>
      <div class="side current">
        <div class="side-label">${p.current}</div>
        <div class="value">${text(current)}</div>
      </div>
      <div class="side after">
        <div class="side-label">${p.after}</div>
        <div class="value">${w.after || p.notGiven}</div>
      </div>
    </div>`;
  }

  /** The data check with this change: nothing new, or each new problem at its place. */
  private renderCheck(change: ReviewedChange, id: string): TemplateResult {
    const p = this.p;
    const s = this.host.strings();
    if (change.located.status === 'gone' || change.located.status === 'already') return html``;
    if (!change.problems.length) return html`<p class="check ok" id="${id}-check">${p.checkOk}</p>`;
    const after = change.after;
    return html`<div class="check" id="${id}-check">
      <p>${change.acceptable ? p.checkProblems : p.blocked}</p>
      <ul class="problems">
        ${change.problems.map((problem) => {
          const field = fieldPathOf(parsePath(problem.path));
          return html`<li class=${problem.severity}>
            <span class="severity">${problem.severity === 'error' ? s.errorPrefix : s.warningPrefix}</span>
            ${describeWhere(s, this.lang, after, field)}:
            ${problemMessage(s, this.lang, problem, fieldLabel(s, field))}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderOutcome(): TemplateResult {
    const p = this.p;
    const outcome = this.outcome!;
    return html`<p id="review-outcome" tabindex="-1" class="outcome">
        ${outcome.count ? p.applied(outcome.count) : p.appliedNone}
      </p>
      <div role="heading" aria-level=${this.host.level(1)} id="answers-heading">${p.answersHeading}</div>
      <p>${p.answersIntro}</p>
      ${this.proposals.map((proposal) => {
        const { proposer } = proposal.proposal;
        const text = this.answer(proposal);
        const id = `answer-${proposal.uid}`;
        return html`<div class="answer">
          <div class="field">
            <label for=${id}>${p.answerFor(`${proposer.name} (${proposer.organisation})`)}</label>
            <textarea id=${id} readonly rows="10" .value=${text}></textarea>
          </div>
          <div class="dialog-actions">
            <button
              type="button"
              id="${id}-download"
              @click=${() =>
                this.host.deliver(
                  text,
                  `${p.answerFileName}-${slug(proposer.organisation) || slug(proposer.name)}.txt`,
                  'text/plain',
                )}
            >
              ${p.answerDownload}
            </button>
            <button
              type="button"
              id="${id}-copy"
              @click=${async () => {
                try {
                  await navigator.clipboard.writeText(text);
                  this.answerStatus.set(proposal.uid, p.copied);
                } catch {
                  (this.host.element.shadowRoot?.getElementById(id) as HTMLTextAreaElement | null)?.select();
                  this.answerStatus.set(proposal.uid, p.copyFailed);
                }
                this.host.element.requestUpdate();
              }}
            >
              ${p.answerCopy}
            </button>
          </div>
          <p role="status">${this.answerStatus.get(proposal.uid) ?? ''}</p>
        </div>`;
      })}
      <p>
        <button
          type="button"
          id="review-done"
          @click=${() => {
            this.onClose();
            this.host.show('edit', 'editor-heading');
          }}
        >
          ${p.backToDocument}
        </button>
      </p>`;
  }
}
