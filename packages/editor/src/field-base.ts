// What every form field shares: the editor's side of the form (FormContext), the ids of fields,
// the label with its required mark, and the hint and problems that describe a control.
import type { KoopDocument, Problem } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { textIn } from './lists.js';
import { toPointer, type Path } from './patch.js';
import type { EditorStrings } from './strings.js';

/** What the fields need from the editor. */
export interface FormContext {
  document: KoopDocument;
  s: EditorStrings;
  /** UI language. */
  lang: 'de' | 'en';
  label(path: Path): string;
  hint(path: Path): string | undefined;
  enumLabel(path: Path, value: string): string;
  /** The problems shown at the field of `path`. */
  problemsAt(path: Path): readonly Problem[];
  /** The sentence for a problem at the field labelled `label`. */
  message(problem: Problem, label: string): string;
  /** Sets (or with `undefined` removes) the value at `path`; `typing` joins one undo step. */
  set(path: Path, value: unknown, typing?: boolean): void;
  /** Ends the current undo step (a field lost focus). */
  commit(): void;
  /** The text typed into a field that is not (yet) the stored value. */
  draft(path: Path): string | undefined;
  setDraft(path: Path, raw: string | undefined): void;
  /** Changes an id and every reference to it. */
  renameId(path: Path, id: string): void;
  addItem(listPath: Path, item: unknown): void;
  removeItem(itemPath: Path): void;
  moveItem(itemPath: Path, delta: number): void;
  duplicateItem(itemPath: Path): void;
  /** Whether the id at `path` still follows the item's name. */
  followsName(path: Path): boolean;
  level(depth: number): number;
}

/** A DOM id for the field at `path` (inside the editor's shadow root). */
export function fieldId(path: Path, prefix = 'f'): string {
  return `${prefix}${toPointer(path).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

/** The label, with the marks for required fields. */
export function labelText(c: FormContext, path: Path, required: boolean) {
  return html`${c.label(path)}${required ? html` <span class="required">(${c.s.required})</span>` : nothing}`;
}

export interface Described {
  describedBy: string;
  invalid: boolean;
  messages: TemplateResult | typeof nothing;
}

/** The hint and the problems of a field, and the attributes that point its control to them. */
export function described(c: FormContext, path: Path, id: string): Described {
  const hint = c.hint(path);
  const problems = c.problemsAt(path);
  const ids: string[] = [];
  if (hint) ids.push(`${id}-hint`);
  if (problems.length) ids.push(`${id}-problems`);
  const label = c.label(path);
  const errors = problems.filter((p) => p.severity === 'error');
  return {
    describedBy: ids.join(' '),
    invalid: errors.length > 0,
    messages: html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${
      problems.length
        ? html`<ul class="problems" id="${id}-problems">
            ${problems.map(
              (p) =>
                html`<li class=${p.severity}>
                  <span class="severity"
                    >${p.severity === 'error' ? c.s.errorPrefix : c.s.warningPrefix}</span
                  >
                  ${c.message(p, label)}
                </li>`,
            )}
          </ul>`
        : nothing
    }`,
  };
}

export const attr = (value: string) => value || nothing;

/** The option that keeps a value the form does not offer (ids and enum values never start with `_`). */
export const KEEP = '_keep';

/** A text of the document in the UI language, for headings and lists. */
export const displayText = (c: FormContext, value: unknown) => textIn(value, c.lang, c.document.lang);

/** The id of the field of `path` if it is shown, else of the nearest enclosing field shown. */
export function nearestField(root: ShadowRoot, path: Path): string | undefined {
  for (let end = path.length; end > 0; end--) {
    const id = fieldId(path.slice(0, end));
    if (root.getElementById(id)) return id;
  }
  return undefined;
}

/** Focuses the element `id`: a field group its first control, a heading or region itself. */
export function focusField(root: ShadowRoot, id: string): void {
  const target = root.getElementById(id);
  const control = target?.matches('input, select, textarea, button')
    ? target
    : (target?.querySelector<HTMLElement>('input, select, textarea') ??
      target?.querySelector<HTMLElement>('button:not([disabled])') ??
      target);
  (control as HTMLElement | null)?.focus();
}
