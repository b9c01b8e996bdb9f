// The dialog that makes the proposal file: the changes in plain words, who proposes them, a note.
// Loaded the first time a partner downloads a proposal.
import type { KoopDocument } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { slug } from '../ids.js';
import { changesOf, locate } from './changes.js';
import type { ProposalsHost } from './controller.js';
import { createProposal, proposalPatch } from './create.js';
import { isoDay } from './outcome.js';
import { proposalStrings } from './strings.js';
import { changeWords } from './words.js';

type FieldName = 'name' | 'organisation' | 'contact' | 'note';

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time with its offset, as the format writes times. */
function localTime(now: Date): string {
  const offset = -now.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${isoDay(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}${zone}`;
}

export class ProposeDialog {
  private values: Record<FieldName, string> = { name: '', organisation: '', contact: '', note: '' };
  private errors: Partial<Record<FieldName, string>> = {};
  private base?: KoopDocument;
  private edited?: KoopDocument;
  private summaries: string[] = [];
  private status = '';
  private busy = false;

  /** Takes the documents the proposal is made of and lists its changes. */
  prepare(base: KoopDocument, edited: KoopDocument, host: ProposalsHost): void {
    this.base = base;
    this.edited = edited;
    this.errors = {};
    this.status = '';
    const { ui } = host.language();
    const s = host.strings();
    const p = proposalStrings.in(ui);
    const changes = changesOf(proposalPatch(base, edited)) ?? [];
    this.summaries = changes.map(
      (change) => changeWords(s, p, ui, base, change, locate(base, change), String(change.number)).summary,
    );
  }

  private async download(host: ProposalsHost, close: (downloaded: boolean) => void): Promise<void> {
    const p = proposalStrings.in(host.language().ui);
    this.errors = {};
    if (!this.values.name.trim()) this.errors.name = p.nameMissing;
    if (!this.values.organisation.trim()) this.errors.organisation = p.organisationMissing;
    if (this.errors.name || this.errors.organisation) {
      this.status = '';
      host.element.requestUpdate();
      await host.element.updateComplete;
      host.element.shadowRoot
        ?.getElementById(this.errors.name ? 'proposer-name' : 'proposer-organisation')
        ?.focus();
      return;
    }
    if (!globalThis.crypto?.subtle) {
      this.status = p.noCrypto;
      host.element.requestUpdate();
      return;
    }
    this.busy = true;
    const now = new Date();
    const proposal = await createProposal({
      base: this.base!,
      edited: this.edited!,
      proposer: {
        name: this.values.name,
        organisation: this.values.organisation,
        contact: this.values.contact,
      },
      note: this.values.note,
      url: host.meta().proposal?.url,
      createdAt: localTime(now),
    });
    this.busy = false;
    const who = slug(this.values.organisation) || slug(this.values.name);
    host.deliver(`${JSON.stringify(proposal, null, 2)}\n`, `${p.fileName}-${who}-${isoDay(now)}.json`);
    host.announce(p.downloaded);
    close(true);
  }

  render(host: ProposalsHost, close: (downloaded: boolean) => void): TemplateResult {
    const p = proposalStrings.in(host.language().ui);
    const s = host.strings();
    const field = (name: FieldName, label: string, hint?: string, multiline = false) => {
      const id = `proposer-${name}`;
      const error = this.errors[name];
      const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
      const update = (e: Event) => (this.values[name] = (e.target as HTMLInputElement).value);
      return html`<div class="field">
        <label for=${id}
          >${label}${name === 'name' || name === 'organisation' ? html` <span class="required">(${s.required})</span>` : nothing}</label
        >
        ${
          multiline
            ? html`<textarea
                id=${id}
                rows="3"
                aria-describedby=${described || nothing}
                .value=${this.values[name]}
                @input=${update}
              ></textarea>`
            : html`<input
                id=${id}
                autocomplete=${name === 'name' ? 'name' : name === 'organisation' ? 'organization' : 'email'}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${described || nothing}
                .value=${this.values[name]}
                @input=${update}
              />`
        }
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
      </div>`;
    };
    return html`<dialog
      id="propose-dialog"
      aria-labelledby="propose-dialog-heading"
      aria-describedby="propose-dialog-intro"
      @cancel=${(e: Event) => {
        e.preventDefault();
        close(false);
      }}
    >
      <div role="heading" aria-level=${host.level(1)} id="propose-dialog-heading">${p.dialogHeading}</div>
      <p id="propose-dialog-intro">${p.dialogIntro}</p>
      ${
        this.summaries.length
          ? html`<p>${p.changeCount(this.summaries.length)}</p>
              <ul class="proposal-summary">
                ${this.summaries.map((summary) => html`<li>${summary}</li>`)}
              </ul>`
          : html`<p role="alert">${p.noChanges}</p>`
      }
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          if (this.summaries.length && !this.busy) void this.download(host, close);
        }}
      >
        ${field('name', p.proposerName)} ${field('organisation', p.proposerOrganisation)}
        ${field('contact', p.proposerContact, p.proposerContactHint)}
        ${field('note', p.proposalNote, p.proposalNoteHint, true)}
        <p role="status">${this.status}</p>
        <div class="dialog-actions">
          <button
            type="submit"
            id="propose-dialog-download"
            aria-disabled=${this.summaries.length ? 'false' : 'true'}
          >
            ${p.download}
          </button>
          <button type="button" id="propose-dialog-cancel" @click=${() => close(false)}>${s.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }
}
