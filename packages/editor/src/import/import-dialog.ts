// The "Importieren …" dialog: choose a format of the importers' registry and a file or an address,
// watch the import run (and cancel it), then see the change list per list, untick what should
// not come in and apply the rest as one step of the history. Loaded on demand with @koop/interop.
import type { UiLanguage } from '@koop/core';
import {
  applyMerge,
  describePosition,
  IMPORTERS,
  importerFor,
  LIST_NAMES,
  planMerge,
  sameHostFetch,
  type Change,
  type Importer,
  type ImportInput,
  type ImportProblem,
  type ImportResult,
  type MergePlan,
} from '@koop/interop';
import type { KoopDocument } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel } from '../labels.js';
import { itemName } from '../lists.js';
import { setOperations, type Operation } from '../patch.js';
import type { ImportHost } from './controller.js';
import { importStrings, type ImportStrings } from './strings.js';

type Phase = 'choose' | 'running' | 'failed' | 'plan';
/** Changes shown per list at first and per "more": a long source stays quick to tick through. */
const PAGE = 100;
type Group = Change['list'];
type Row = Record<string, unknown>;

/** The formats on offer, in the registry's order: whatever importers are registered. */
const importers = (): Importer[] => Object.values(IMPORTERS).filter((i): i is Importer => !!i);

export const loadImportStrings = (lang: UiLanguage) => importStrings.load(lang);

/** A fetch of exactly `url` (no redirect, no cookies), as text or bytes; rejects on HTTP errors. */
async function fetchExactly(url: string, signal: AbortSignal, t: ImportStrings): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'error', credentials: 'omit', cache: 'no-cache' });
  } catch (error) {
    if (signal.aborted) throw error;
    // A refused redirect and a network failure look alike to a page; both are named.
    throw new Error(t.unreachable);
  }
  if (!response.ok) throw new Error(t.http(response.status));
  return response;
}

/** The document's top-level fields that `next` has anew, as operations on `document`. */
function operationsTo(document: KoopDocument, next: KoopDocument): Operation[] {
  const before = document as unknown as Row;
  const after = next as unknown as Row;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) =>
    before[key] === after[key] ? [] : setOperations(before, [key], after[key]),
  );
}

export class ImportDialog {
  private phase: Phase = 'choose';
  private format = '';
  private files: File[] = [];
  private url = '';
  private options: Record<string, string> = {};
  private removeMissing = false;
  private chooseError = '';
  private status = '';
  private source = '';
  private done = 0;
  private total?: number;
  private run?: AbortController;
  private problems: ImportProblem[] = [];
  private result?: ImportResult;
  private base?: KoopDocument;
  private plan?: MergePlan;
  /** The document with every change, for naming what added records refer to. */
  private merged?: KoopDocument;
  private ticked = new Set<string>();
  /** How many changes each list shows. */
  private shownPerList = new Map<Group, number>();

  constructor(
    private readonly host: ImportHost,
    private readonly close: () => void,
  ) {}

  private get t(): ImportStrings {
    return importStrings.in(this.lang);
  }

  private get lang(): UiLanguage {
    return this.host.language().ui;
  }

  private get importer(): Importer | undefined {
    return importerFor(this.format) ?? importers()[0];
  }

  /** A fresh start each time the dialog opens; the format chosen last stays. */
  reset(): void {
    this.phase = 'choose';
    this.format = this.importer?.format ?? '';
    this.files = [];
    this.url = '';
    this.chooseError = '';
    this.status = '';
    this.problems = [];
    this.result = undefined;
    this.plan = undefined;
  }

  private update(focus?: string): void {
    if (focus) this.host.focusLater(focus);
    else this.host.element.requestUpdate();
  }

  private cancel(): void {
    this.run?.abort();
    this.run = undefined;
    this.close();
  }

  // ---------------------------------------------------------------------------------------
  // Reading the source

  private async read(): Promise<void> {
    const importer = this.importer;
    const t = this.t;
    if (!importer) return;
    const url = this.url.trim();
    const useFiles = importer.reads !== 'url' && this.files.length > 0;
    this.chooseError = '';
    if (!useFiles && !url) this.chooseError = importer.reads === 'url' ? t.chooseUrl : t.chooseSource;
    let absolute: URL | undefined;
    if (!useFiles && url) {
      try {
        absolute = new URL(url, window.document.baseURI);
      } catch {
        absolute = undefined;
      }
      if (!absolute || !/^https?:$/.test(absolute.protocol)) this.chooseError = t.badUrl;
    }
    if (this.chooseError) {
      this.update(importer.reads === 'url' || !useFiles ? 'import-url' : 'import-file');
      return;
    }

    const run = new AbortController();
    this.run = run;
    this.source = useFiles ? this.files.map((f) => f.name).join(', ') : absolute!.href;
    this.phase = 'running';
    this.done = 0;
    this.total = undefined;
    this.status = '';
    this.update('import-cancel-run');

    let result: ImportResult;
    try {
      result = await importer.run(await this.input(importer, useFiles, run.signal));
    } catch (error) {
      if (run.signal.aborted || this.run !== run) return;
      const reason = error instanceof Error ? error.message : String(error);
      const de = importStrings.in('de');
      const en = importStrings.in('en');
      result = {
        format: importer.format,
        source: this.source,
        records: {},
        problems: [
          {
            severity: 'error',
            code: 'import.read',
            message: en.readFailed(this.source, reason),
            messageDe: de.readFailed(this.source, reason),
          },
        ],
      };
    }
    // Cancelled meanwhile: what an importer that does not listen to the signal brings is dropped.
    if (run.signal.aborted || this.run !== run) return;
    this.run = undefined;
    this.result = result;
    this.problems = result.problems;
    if (result.problems.some((p) => p.severity === 'error')) {
      this.phase = 'failed';
      this.update('import-failed-heading');
      return;
    }
    this.makePlan();
    this.phase = 'plan';
    this.update('import-plan-heading');
  }

  /** What the importer is given: the files' text or bytes, or the address and a fetch for it. */
  private async input(importer: Importer, useFiles: boolean, signal: AbortSignal): Promise<ImportInput> {
    const t = this.t;
    const input: ImportInput = {
      source: this.source,
      options: Object.fromEntries(Object.entries(this.options).filter(([, v]) => v.trim())),
      now: new Date(),
      signal,
      progress: (done, total) => {
        if (signal.aborted) return;
        this.done = done;
        this.total = total;
        this.host.element.requestUpdate();
      },
    };
    if (importer.reads === 'url') {
      const host = new URL(this.source).host;
      const follow = sameHostFetch(this.source, async (url) => (await fetchExactly(url, signal, t)).text());
      input.fetch = (url) =>
        follow(url).catch((error: unknown) => {
          // The interop's refusal is English; the person reads it in the dialog's language.
          if (new URL(url, this.source).host !== host) throw new Error(t.otherHost(host));
          throw error;
        });
      return input;
    }
    if (useFiles) {
      if (importer.reads === 'bytes') input.bytes = new Uint8Array(await this.files[0].arrayBuffer());
      else if (importer.multiple)
        input.files = await Promise.all(
          this.files.map(async (f) => ({ name: f.name, text: await f.text() })),
        );
      else input.text = await this.files[0].text();
      return input;
    }
    const response = await fetchExactly(this.source, signal, t);
    if (importer.reads === 'bytes') input.bytes = new Uint8Array(await response.arrayBuffer());
    else input.text = await response.text();
    return input;
  }

  private makePlan(): void {
    const importer = this.importer!;
    const result = this.result!;
    this.base = this.host.document()!;
    this.plan = planMerge(this.base, result.records, {
      scheme: importer.scheme,
      removeMissing: this.removeMissing,
      owns: result.owns,
      covers: result.covers,
    });
    this.merged = applyMerge(this.base, this.plan).document;
    this.ticked = new Set(this.plan.changes.filter((c) => c.kind !== 'unchanged').map((c) => c.id));
    this.shownPerList.clear();
  }

  // ---------------------------------------------------------------------------------------
  // Applying

  private apply(): void {
    const t = this.t;
    const document = this.host.document();
    if (!this.plan || !document) return;
    if (document !== this.base) {
      // Changed behind the dialog (it is modal, but an API call may come): the list is redone.
      const ticked = this.ticked;
      this.makePlan();
      this.ticked = new Set([...this.ticked].filter((id) => ticked.has(id)));
      this.status = t.documentChanged;
      this.update();
      return;
    }
    if (!this.ticked.size) {
      this.status = t.nothingTicked;
      this.update();
      return;
    }
    const { document: next, skipped } = applyMerge(document, this.plan, this.ticked);
    const ops = operationsTo(document, next);
    if (ops.length) this.host.change(ops);
    const applied = [...this.ticked].filter((id) => !skipped.includes(id)).length;
    this.host.announce(t.applied(applied, skipped.length));
    this.close();
  }

  private tick(ids: string[], on: boolean): void {
    for (const id of ids)
      if (on) this.ticked.add(id);
      else this.ticked.delete(id);
    this.status = '';
    this.update();
  }

  // ---------------------------------------------------------------------------------------
  // Rendering

  render(): TemplateResult {
    if (!importStrings.has(this.lang)) void importStrings.load(this.lang).then(() => this.update());
    const t = this.t;
    const s = this.host.strings();
    return html`<dialog
      id="import-dialog"
      class="import-dialog"
      aria-labelledby="import-heading"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.cancel();
      }}
    >
      <div role="heading" aria-level=${this.host.level(1)} id="import-heading">${t.heading}</div>
      ${
        this.phase === 'choose'
          ? this.renderChoose()
          : this.phase === 'running'
            ? this.renderRunning()
            : this.phase === 'failed'
              ? this.renderFailed()
              : this.renderPlan()
      }
      ${
        this.phase === 'running'
          ? nothing
          : html`<div class="dialog-actions">
              ${
                this.phase === 'plan' && this.plan?.changes.some((c) => c.kind !== 'unchanged')
                  ? html`<button
                      type="button"
                      id="import-apply"
                      aria-describedby="import-tally import-status"
                      @click=${() => this.apply()}
                    >
                      ${t.apply}
                    </button>`
                  : nothing
              }
              ${
                this.phase === 'choose'
                  ? html`<button type="submit" form="import-form" id="import-read">${t.read}</button>`
                  : html`<button
                      type="button"
                      id="import-back"
                      @click=${() => {
                        this.phase = 'choose';
                        this.status = '';
                        this.update('import-format');
                      }}
                    >
                      ${t.back}
                    </button>`
              }
              <button type="button" id="import-cancel" @click=${() => this.cancel()}>${s.cancel}</button>
            </div>`
      }
    </dialog>`;
  }

  private renderChoose(): TemplateResult {
    const t = this.t;
    const lang = this.lang;
    const importer = this.importer;
    const byUrl = importer?.reads === 'url';
    const accept = importer?.extensions.join(',') ?? '';
    return html`<p id="import-intro">${t.intro}</p>
      <p role="status" id="import-status">${this.status}</p>
      <form
        id="import-form"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.read();
        }}
      >
        <div class="field">
          <label for="import-format">${t.format}</label>
          <select
            id="import-format"
            @change=${(e: Event) => {
              this.format = (e.target as HTMLSelectElement).value;
              this.files = [];
              this.options = {};
              this.chooseError = '';
              const input = this.host.element.shadowRoot?.getElementById(
                'import-file',
              ) as HTMLInputElement | null;
              if (input) input.value = '';
              this.update();
            }}
          >
            ${importers().map(
              (i) =>
                html`<option value=${i.format} ?selected=${i.format === importer?.format}>
                  ${i.label[lang]}
                </option>`,
            )}
          </select>
        </div>
        ${
          byUrl
            ? nothing
            : html`<div class="field">
                <label for="import-file">${importer?.multiple ? t.files : t.file}</label>
                <input
                  id="import-file"
                  type="file"
                  accept=${accept}
                  ?multiple=${!!importer?.multiple}
                  aria-describedby="import-file-hint${this.chooseError ? ' import-choose-error' : ''}"
                  @change=${(e: Event) => {
                    this.files = [...((e.target as HTMLInputElement).files ?? [])];
                    this.chooseError = '';
                    this.update();
                  }}
                />
                <p class="hint" id="import-file-hint">${t.fileHint(importer?.extensions.join(', ') ?? '')}</p>
              </div>`
        }
        <div class="field">
          <label for="import-url">${byUrl ? t.url : t.urlOr}</label>
          <input
            id="import-url"
            type="url"
            inputmode="url"
            autocomplete="url"
            aria-invalid=${this.chooseError && !this.files.length ? 'true' : 'false'}
            aria-describedby="import-url-hint${this.chooseError ? ' import-choose-error' : ''}"
            .value=${this.url}
            @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)}
          />
          <p class="hint" id="import-url-hint">${byUrl ? t.apiUrlHint : t.urlHint}</p>
        </div>
        ${this.chooseError ? html`<p class="field-error" role="alert" id="import-choose-error">${this.chooseError}</p>` : nothing}
        ${
          importer?.options?.length
            ? html`<fieldset class="import-options">
                <legend>${t.options}</legend>
                ${importer.options.map(
                  (option) =>
                    html`<div class="field">
                      <label for="import-option-${option.name}">${option.label[lang]}</label>
                      <input
                        id="import-option-${option.name}"
                        type=${option.kind === 'date' ? 'date' : 'text'}
                        .value=${this.options[option.name] ?? ''}
                        @input=${(e: Event) => (this.options[option.name] = (e.target as HTMLInputElement).value)}
                      />
                    </div>`,
                )}
              </fieldset>`
            : nothing
        }
        <div class="field check">
          <input
            id="import-remove-missing"
            type="checkbox"
            aria-describedby="import-remove-missing-hint"
            .checked=${this.removeMissing}
            @change=${(e: Event) => (this.removeMissing = (e.target as HTMLInputElement).checked)}
          />
          <label for="import-remove-missing">${t.removeMissing}</label>
          <p class="hint" id="import-remove-missing-hint">${t.removeMissingHint}</p>
        </div>
      </form>`;
  }

  private renderRunning(): TemplateResult {
    const t = this.t;
    return html`<p id="import-running">${t.running(this.source)}</p>
      <progress
        id="import-progress"
        aria-labelledby="import-running"
        max=${this.total ?? nothing}
        value=${this.total === undefined ? nothing : this.done}
      ></progress>
      <p role="status" id="import-progress-text">${this.done ? t.progress(this.done, this.total) : ''}</p>
      <div class="dialog-actions">
        <button
          type="button"
          id="import-cancel-run"
          @click=${() => {
            this.run?.abort();
            this.run = undefined;
            this.phase = 'choose';
            this.status = t.cancelled;
            this.update('import-read');
          }}
        >
          ${t.cancelRun}
        </button>
      </div>`;
  }

  private renderProblems(problems: ImportProblem[]): TemplateResult {
    const t = this.t;
    const lang = this.lang;
    return html`<ul class="import-problems">
      ${problems.map((p) => {
        const where = describePosition(p.position, lang);
        return html`<li class=${p.severity}>
          <span class="severity">${p.severity === 'error' ? t.error : t.warning}:</span>
          ${lang === 'de' ? p.messageDe : p.message}
          ${where ? html`<span class="where">${t.at(where)}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderFailed(): TemplateResult {
    const t = this.t;
    return html`<div role="alert" class="import-failed">
      <div role="heading" aria-level=${this.host.level(2)} id="import-failed-heading" tabindex="-1">
        ${t.failedHeading}
      </div>
      <p>${t.failedIntro}</p>
      ${this.renderProblems(this.problems)}
    </div>`;
  }

  private renderPlan(): TemplateResult {
    const t = this.t;
    const plan = this.plan!;
    const shown = plan.changes.filter((c) => c.kind !== 'unchanged');
    const unchanged = plan.changes.length - shown.length;
    const byId = new Map(shown.map((c) => [c.id, c]));
    const position = new Map(shown.map((c, i) => [c.id, i]));
    const groups = (['cooperation', ...LIST_NAMES] as Group[]).filter((list) =>
      shown.some((c) => c.list === list),
    );
    return html`<div role="heading" aria-level=${this.host.level(2)} id="import-plan-heading" tabindex="-1">
        ${t.planHeading(this.source)}
      </div>
      ${
        this.problems.length
          ? html`<div class="import-warnings">
              <p>${t.warningsHeading}</p>
              ${this.renderProblems(this.problems)}
            </div>`
          : nothing
      }
      ${
        shown.length
          ? html`<p>${t.planIntro}</p>
              ${groups.map((list) => this.renderGroup(list, shown, byId, position))}
              <p id="import-tally">${t.tally(this.ticked.size, shown.length)}</p>`
          : html`<p id="import-no-changes">${t.noChanges(unchanged)}</p>`
      }
      <p role="status" id="import-status">${this.status}</p>`;
  }

  private listLabel(list: Group): string {
    return list === 'cooperation' ? this.t.cooperation : fieldLabel(this.host.strings(), [list]);
  }

  /** A record in words: its kind of item and its name, as the editor names items. */
  private recordName(change: Change): string {
    const s = this.host.strings();
    if (change.list === 'cooperation') return this.t.cooperation;
    const document = change.kind === 'removed' ? this.base! : this.merged!;
    const record = change.kind === 'removed' ? change.before : change.after;
    const name = itemName(document, change.list, record, this.lang) || change.key;
    const noun = s.items[change.list] ?? change.list;
    return this.lang === 'de' ? `${noun} „${name}“` : `${noun} “${name}”`;
  }

  private renderGroup(
    list: Group,
    shown: Change[],
    byId: Map<string, Change>,
    position: Map<string, number>,
  ): TemplateResult {
    const t = this.t;
    const s = this.host.strings();
    const all = shown.filter((c) => c.list === list);
    const limit = this.shownPerList.get(list) ?? PAGE;
    const changes = all.slice(0, limit);
    const counts = { added: 0, changed: 0, removed: 0, unchanged: 0, ...this.plan!.summary[list] };
    const ids = all.map((c) => c.id);
    const label = this.listLabel(list);
    return html`<fieldset class="import-group" id="import-group-${list}">
      <legend>${label}: ${t.groupSummary(counts)}</legend>
      <div class="dialog-actions">
        <button type="button" class="small" @click=${() => this.tick(ids, true)}>
          ${t.all}<span class="visually-hidden"> ${label}</span>
        </button>
        <button type="button" class="small" @click=${() => this.tick(ids, false)}>
          ${t.none}<span class="visually-hidden"> ${label}</span>
        </button>
      </div>
      <ul class="import-changes">
        ${changes.map((change) => {
          const id = `import-change-${position.get(change.id)}`;
          const kind = change.kind as Exclude<Change['kind'], 'unchanged'>;
          const fields = (change.fields ?? []).map((f) =>
            list === 'cooperation' ? fieldLabel(s, ['cooperation', f]) : fieldLabel(s, [list, 0, f]),
          );
          const needs = (change.requires ?? [])
            .map((other) => byId.get(other))
            .filter((c): c is Change => !!c)
            .map((c) => this.recordName(c));
          const details = [
            fields.length ? t.fields(fields) : '',
            needs.length ? t.needs(needs.join(', ')) : '',
          ]
            .filter(Boolean)
            .join(' · ');
          return html`<li class="field check import-change ${kind}">
            <input
              type="checkbox"
              id=${id}
              aria-describedby=${details ? `${id}-details` : nothing}
              .checked=${this.ticked.has(change.id)}
              @change=${(e: Event) => this.tick([change.id], (e.target as HTMLInputElement).checked)}
            />
            <label for=${id}><span class="kind">${t.kind[kind]}:</span> ${this.recordName(change)}</label>
            ${details ? html`<p class="hint" id="${id}-details">${details}</p>` : nothing}
          </li>`;
        })}
      </ul>
      ${
        all.length > changes.length
          ? html`<p>
              <button
                type="button"
                class="more"
                @click=${() => {
                  this.shownPerList.set(list, limit + PAGE);
                  this.update(`import-change-${position.get(changes[changes.length - 1].id)}`);
                }}
              >
                ${s.showMore(Math.min(PAGE, all.length - changes.length))}
              </button>
            </p>`
          : nothing
      }
    </fieldset>`;
  }
}
