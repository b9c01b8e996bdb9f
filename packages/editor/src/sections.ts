// The parts of the document being edited: the navigation between them, the summary of the data
// check, the document's own fields, a list (search, filters, paging) and an item's form, and the
// question before removing an item that something refers to.
import { koopSchema, type KoopDocument } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, itemActions, renderField, renderFields, type FormContext } from './fields.js';
import { enumLabel, fieldLabel } from './labels.js';
import { itemName, LISTS, listConfig, type TopList } from './lists.js';
import { toPointer, type Path } from './patch.js';
import { describeWhere, problemMessage, type ProblemIndex } from './problems.js';
import { resolve } from './schema-form.js';
import type { EditorStrings } from './strings.js';

export type Section = 'document' | TopList;

export interface View {
  section: Section;
  /** The item whose form is open; null: the list. */
  index: number | null;
}

export interface ListFilter {
  query: string;
  /** Enumeration field → value. */
  values: Record<string, string>;
  onlyProblems: boolean;
  /** How many items are shown. */
  shown: number;
}

export interface PendingRemove {
  path: Path;
  what: string;
  references: Path[];
}

export const PAGE = 50;
export const NEW_LIST_FILTER = (): ListFilter => ({
  query: '',
  values: {},
  onlyProblems: false,
  shown: PAGE,
});
const SECTIONS: readonly Section[] = ['document', ...LISTS.map((list) => list.list)];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** What the section views need of the editor. */
export interface SectionContext {
  s: EditorStrings;
  lang: 'de' | 'en';
  document: KoopDocument;
  index: ProblemIndex;
  view: View;
  form: FormContext;
  summaryOpen: boolean;
  level(depth?: number): number;
  listItems(list: string): unknown[];
  /** The search and filters of a list (made before rendering). */
  filter(list: string): ListFilter;
  hidesId(list: string, item: unknown): boolean;
  setSummaryOpen(open: boolean): void;
  openSection(section: Section): void;
  openItem(list: TopList, index: number): void;
  backToList(): void;
  goTo(path: Path): void;
  addItem(listPath: Path, item: unknown): void;
  removeItem(path: Path, what: string): void;
  cancelRemove(): void;
  /** Focus goes to the element with this id after the next update. */
  focusLater(id: string): void;
  update(): void;
}

export function renderSections(c: SectionContext): TemplateResult {
  const s = c.s;
  return html`<nav aria-label=${s.sections} part="sections">
    <ul role="list">
      ${SECTIONS.map((section) => {
        const count = section === 'document' ? undefined : c.listItems(section).length;
        const problems =
          section === 'document'
            ? [...c.index.bySection].filter(([key]) => !listConfig(key)).reduce((sum, [, n]) => sum + n, 0)
            : (c.index.bySection.get(section) ?? 0);
        const label = section === 'document' ? s.documentSection : s.fields[section];
        return html`<li>
          <button
            type="button"
            id="section-${section}"
            aria-current=${c.view.section === section ? 'true' : 'false'}
            @click=${() => c.openSection(section)}
          >
            ${label}${count !== undefined ? html` <span class="count">(${count})</span>` : nothing}
            ${problems ? html`<span class="badge">${s.problemCount(problems)}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>
  </nav>`;
}

export function renderSummary(c: SectionContext): TemplateResult {
  const s = c.s;
  const { errors, warnings, all } = c.index;
  const lang = c.lang;
  if (!all.length) return html`<p class="all-clear" part="problems">${s.noProblems}</p>`;
  const shown = all.slice(0, 100);
  return html`<details
    class="notice summary ${errors ? 'has-errors' : ''}"
    part="problems"
    ?open=${c.summaryOpen}
    @toggle=${(e: Event) => c.setSummaryOpen((e.target as HTMLDetailsElement).open)}
  >
    <summary>${s.problemsHeading(errors, warnings)}</summary>
    <p>${s.problemsIntro}</p>
    <ul class="problem-links">
      ${shown.map((problem) => {
        const where = describeWhere(s, lang, c.document, problem.field);
        const message = problemMessage(s, lang, problem, fieldLabel(s, problem.field));
        return html`<li class=${problem.severity}>
          <span class="severity">${problem.severity === 'error' ? s.errorPrefix : s.warningPrefix}</span>
          <a
            href="#${fieldId(problem.field)}"
            @click=${(e: Event) => {
              e.preventDefault();
              c.goTo(problem.field);
            }}
            >${where}</a
          >: ${message}
        </li>`;
      })}
    </ul>
    ${all.length > shown.length ? html`<p>… ${all.length - shown.length}</p>` : nothing}
  </details>`;
}

export function renderSection(c: SectionContext): TemplateResult {
  const { section, index } = c.view;
  if (section === 'document') return renderDocumentSection(c);
  if (index !== null) return renderItem(c, section, index);
  return renderList(c, section);
}

export function renderDocumentSection(c: SectionContext): TemplateResult {
  const s = c.s;
  const doc = c.document;
  const shown = new Set(['schemaVersion', 'updatedAt', 'defaultConflictRules', ...LISTS.map((l) => l.list)]);
  return html`<section aria-labelledby="section-heading">
    <div role="heading" aria-level=${c.level(1)} id="section-heading" tabindex="-1">${s.documentSection}</div>
    ${renderField(c.form, ['cooperation'], koopSchema.properties!.cooperation, true)}
    ${renderFields(c.form, [], koopSchema, new Set([...shown, 'cooperation']))}
    <dl class="facts">
      <div>
        <dt>${s.fields.schemaVersion}</dt>
        <dd>${String(doc.schemaVersion ?? '–')}</dd>
      </div>
      <div>
        <dt>${s.fields.updatedAt}</dt>
        <dd>${doc.updatedAt ?? '–'}</dd>
      </div>
    </dl>
  </section>`;
}

export function renderList(c: SectionContext, list: TopList): TemplateResult {
  const s = c.s;
  const config = listConfig(list)!;
  const doc = c.document;
  const lang = c.lang;
  const items = c.listItems(list);
  const filter = c.filter(list);
  const query = filter.query.trim().toLowerCase();
  const itemSchema = resolve(resolve(koopSchema.properties![list]).items!);
  const matches = items
    .map((item, i) => ({ item, i, name: itemName(doc, list, item, lang) }))
    .filter(({ item, i, name }) => {
      const record = isRecord(item) ? item : {};
      if (query && !`${name} ${String(record.id ?? '')}`.toLowerCase().includes(query)) return false;
      for (const [field, value] of Object.entries(filter.values))
        if (value && record[field] !== value) return false;
      return !filter.onlyProblems || c.index.byItem.has(toPointer([list, i]));
    });
  const shown = matches.slice(0, filter.shown);
  const noun = s.items[list];
  const update = () => c.update();
  // A new search or filter shows its first page.
  const refilter = (change: Partial<ListFilter>) => {
    Object.assign(filter, change, { shown: PAGE });
    update();
  };
  return html`<section aria-label=${s.listOf(s.fields[list])}>
    <div role="heading" aria-level=${c.level(1)} id="section-heading" tabindex="-1">${s.fields[list]}</div>
    ${list === 'conflictRules' ? renderDefaultRules(c) : nothing}
    <div class="list-tools" role="search">
      <div class="field">
        <label for="search">${s.search}</label>
        <input
          id="search"
          type="search"
          .value=${filter.query}
          @input=${(e: Event) => refilter({ query: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${config.filters.map((field) => {
        const values = (resolve(itemSchema.properties![field]).enum ?? []) as string[];
        return html`<div class="field">
          <label for="filter-${field}">${s.filter} ${fieldLabel(s, [list, 0, field])}</label>
          <select
            id="filter-${field}"
            @change=${(e: Event) =>
              refilter({ values: { ...filter.values, [field]: (e.target as HTMLSelectElement).value } })}
          >
            <option value="" ?selected=${!filter.values[field]}>${s.filterAll}</option>
            ${values.map((v) => html`<option value=${v} ?selected=${filter.values[field] === v}>${enumLabel(s, lang, [list, 0, field], v)}</option>`)}
          </select>
        </div>`;
      })}
      <div class="field check">
        <input
          type="checkbox"
          id="only-problems"
          .checked=${filter.onlyProblems}
          @change=${(e: Event) => {
            filter.onlyProblems = (e.target as HTMLInputElement).checked;
            update();
          }}
        />
        <label for="only-problems">${s.onlyProblems}</label>
      </div>
    </div>
    <p class="muted" id="list-count">
      ${items.length ? s.shown(matches.length, items.length) : s.noItems(s.fields[list])}
    </p>
    ${items.length && !matches.length ? html`<p>${s.noMatches}</p>` : nothing}
    <ul class="items" role="list" aria-labelledby="section-heading">
      ${shown.map(({ item, i, name }) => {
        const record = isRecord(item) ? item : {};
        const problems = c.index.byItem.get(toPointer([list, i])) ?? 0;
        const facts = config.columns
          .map((field) => {
            const value = record[field];
            if (typeof value !== 'string') return '';
            const info = itemSchema.properties?.[field];
            return info && resolve(info).enum ? enumLabel(s, lang, [list, i, field], value) : value;
          })
          .filter(Boolean)
          .join(' · ');
        return html`<li>
          <button
            type="button"
            class="item"
            id="item-${list}-${i}"
            aria-describedby="item-${list}-${i}-facts"
            @click=${() => c.openItem(list, i)}
          >
            ${name || s.unnamed(noun, i + 1)}
          </button>
          <span class="facts" id="item-${list}-${i}-facts">
            ${facts}${problems ? html` <span class="badge">${s.problemCount(problems)}</span>` : nothing}
          </span>
        </li>`;
      })}
    </ul>
    ${
      matches.length > shown.length
        ? html`<button
            type="button"
            class="more"
            part="more"
            @click=${() => {
              c.focusLater(`item-${list}-${shown[shown.length - 1].i}`);
              filter.shown += PAGE;
              update();
            }}
          >
            ${s.showMore(Math.min(PAGE, matches.length - shown.length))}
          </button>`
        : nothing
    }
    <p>
      <button type="button" class="add" id="add-${list}" @click=${() => c.addItem([list], {})}>
        ${s.add(noun)}
      </button>
    </p>
  </section>`;
}

export function renderDefaultRules(c: SectionContext): TemplateResult {
  return html`<div class="default-rules">
    ${renderField(c.form, ['defaultConflictRules'], koopSchema.properties!.defaultConflictRules, false)}
  </div>`;
}

export function renderItem(c: SectionContext, list: TopList, index: number): TemplateResult {
  const s = c.s;
  const items = c.listItems(list);
  const path = [list, index];
  const name = itemName(c.document, list, items[index], c.lang);
  const noun = s.items[list];
  const itemSchema = resolve(koopSchema.properties![list]).items!;
  const what = name ? `${noun} „${name}“` : `${noun} ${index + 1}`;
  return html`<section class="item-form" aria-labelledby="item-heading">
    <p>
      <button type="button" class="back" id="back" @click=${() => c.backToList()}>
        ${s.backToList(s.fields[list])}
      </button>
    </p>
    <div role="heading" aria-level=${c.level(1)} id="item-heading" tabindex="-1">
      ${name ? s.itemHeading(noun, name) : s.unnamed(noun, index + 1)}
    </div>
    <p class="muted">${s.position(index + 1, items.length)}</p>
    ${itemActions(c.form, path, items.length, what, { id: 'item', named: false })}
    ${renderFields(c.form, path, itemSchema, c.hidesId(list, items[index]) ? new Set(['id']) : undefined)}
    <p>
      <button type="button" class="add" @click=${() => c.addItem([list], {})}>${s.add(noun)}</button>
    </p>
    <p>
      <button type="button" class="back" @click=${() => c.backToList()}>
        ${s.backToList(s.fields[list])}
      </button>
    </p>
  </section>`;
}

export function renderConfirmRemove(c: SectionContext, pending: PendingRemove): TemplateResult {
  const s = c.s;
  const lang = c.lang;
  const cancel = () => c.cancelRemove();
  return html`<dialog
    id="confirm-remove"
    aria-labelledby="confirm-heading"
    aria-describedby="confirm-intro"
    @cancel=${(e: Event) => {
      e.preventDefault();
      cancel();
    }}
  >
    <div role="heading" aria-level=${c.level(1)} id="confirm-heading">${s.confirmRemove(pending.what)}</div>
    <p>${s.referencesHeading(pending.references.length)}</p>
    <ul class="references">
      ${pending.references.slice(0, 50).map((path) => html`<li>${describeWhere(s, lang, c.document, path)}</li>`)}
    </ul>
    ${pending.references.length > 50 ? html`<p>… ${pending.references.length - 50}</p>` : nothing}
    <p id="confirm-intro">${s.referencesIntro}</p>
    <div class="dialog-actions">
      <button
        type="button"
        class="danger"
        id="confirm-remove-yes"
        @click=${() => c.removeItem(pending.path, pending.what)}
      >
        ${s.removeAnyway}
      </button>
      <button type="button" id="confirm-remove-no" autofocus @click=${cancel}>${s.cancel}</button>
    </div>
  </dialog>`;
}

// ---------------------------------------------------------------------------------------
