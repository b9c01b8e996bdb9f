// The form fields, one renderer per field kind (schema-form.ts). Every control has a visible
// label, is described by its hint and its problems (aria-describedby), says when it is invalid
// (aria-invalid) or required, and writes its value through the editor's change model.
import type { JsonSchema } from '@koop/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { dateField } from './date-field.js';
import { attr, described, fieldId, KEEP, labelText, type FormContext } from './field-base.js';
import { getAt, type Path } from './patch.js';
import { fieldInfo, isRequired, propertiesOf, resolve, type FieldInfo } from './schema-form.js';
import { itemName, MULTILINE } from './lists.js';

export { displayText, fieldId, type FormContext } from './field-base.js';

/** A field of `kind` at `path`, inside an object whose schema is `parent`. */
export function renderField(
  c: FormContext,
  path: Path,
  schema: JsonSchema,
  required: boolean,
): TemplateResult {
  const info = fieldInfo(schema);
  switch (info.kind) {
    case 'text':
      return textField(c, path, required);
    case 'date':
      return dateField(c, path, required, false);
    case 'dateTime':
      return dateField(c, path, required, true);
    case 'dateOrDateTime':
      return dateField(c, path, required, true, true);
    case 'enum':
      return selectField(c, path, required, enumOptions(c, path, info));
    case 'ref':
      return selectField(c, path, required, choices(c, info.refList!));
    case 'refs':
      return refsField(c, path, info, required);
    case 'rolePair':
      return rolePairField(c, path, required);
    case 'boolean':
      return booleanField(c, path);
    case 'number':
      return numberField(c, path, required);
    case 'value':
      return valueField(c, path, required);
    case 'id':
      return idField(c, path, required);
    case 'texts':
      return textsField(c, path);
    case 'object':
      return objectField(c, path, info.itemSchema!, required);
    case 'list':
      return listField(c, path, info.itemSchema!);
    case 'url':
    case 'string':
      return stringField(c, path, required, info.kind === 'url' ? 'url' : 'text');
  }
}

/** Every field of an object, in the format's order (`skip`: shown elsewhere). */
export function renderFields(
  c: FormContext,
  path: Path,
  schema: JsonSchema,
  skip: ReadonlySet<string> = new Set(),
) {
  return propertiesOf(schema)
    .filter(([name]) => !skip.has(name))
    .map(([name, property]) => renderField(c, [...path, name], property, isRequired(schema, name)));
}

function stringField(c: FormContext, path: Path, required: boolean, type: 'text' | 'url' | 'email') {
  const id = fieldId(path);
  const value = getAt(c.document, path);
  const d = described(c, path, id);
  const email = path[path.length - 1] === 'email';
  return html`<div class="field">
    <label for=${id}>${labelText(c, path, required)}</label>
    <input
      id=${id}
      type=${email ? 'email' : type}
      .value=${c.draft(path) ?? (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value))}
      aria-describedby=${attr(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      aria-required=${required ? 'true' : 'false'}
      autocomplete="off"
      @input=${(e: Event) => c.set(path, (e.target as HTMLInputElement).value || undefined, true)}
      @change=${() => c.commit()}
    />
    ${d.messages}
  </div>`;
}

function idField(c: FormContext, path: Path, required: boolean) {
  const id = fieldId(path);
  const value = getAt(c.document, path);
  const d = described(c, path, id);
  const follows = c.followsName(path);
  return html`<div class="field id">
    <label for=${id}>${labelText(c, path, required)}</label>
    <input
      id=${id}
      .value=${c.draft(path) ?? (typeof value === 'string' ? value : '')}
      aria-describedby=${attr(`${id}-about ${d.describedBy} ${id}-follows`.trim())}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      aria-required=${required ? 'true' : 'false'}
      autocomplete="off"
      spellcheck="false"
      @input=${(e: Event) => c.setDraft(path, (e.target as HTMLInputElement).value)}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value.trim();
        c.setDraft(path, undefined);
        if (raw && raw !== value) c.renameId(path, raw);
      }}
    />
    <p class="hint" id="${id}-about">${c.s.idHint}</p>
    ${d.messages}
    <p class="hint" id="${id}-follows">${follows ? c.s.idFollows : ''}</p>
  </div>`;
}

/** The languages a text is edited in: the document's, then German and English, then any other it has. */
function languagesOf(c: FormContext, value: unknown): string[] {
  const main = c.document.lang?.split('-')[0] || 'de';
  const languages = [main, main === 'de' ? 'en' : 'de'];
  if (value && typeof value === 'object')
    for (const key of Object.keys(value)) if (!languages.includes(key)) languages.push(key);
  return languages;
}

/** A localized text with one value for `language` changed (`''`: removed). */
export function withLanguage(current: unknown, language: string, text: string, main: string): unknown {
  if (typeof current === 'string' || current === undefined || current === null) {
    const mainText = typeof current === 'string' ? current : '';
    if (language === main) return text || undefined;
    const map: Record<string, string> = {};
    if (mainText) map[main] = mainText;
    if (text) map[language] = text;
    return Object.keys(map).length ? map : undefined;
  }
  const map = { ...(current as Record<string, string>) };
  if (text) map[language] = text;
  else delete map[language];
  return Object.keys(map).length ? map : undefined;
}

function textField(c: FormContext, path: Path, required: boolean, legend = labelText(c, path, required)) {
  const id = fieldId(path);
  const value = getAt(c.document, path);
  const d = described(c, path, id);
  const main = c.document.lang?.split('-')[0] || 'de';
  const multiline = MULTILINE.has(String(path[path.length - 1]));
  const languageValue = (language: string) =>
    typeof value === 'string'
      ? language === main
        ? value
        : ''
      : value && typeof value === 'object'
        ? String((value as Record<string, unknown>)[language] ?? '')
        : '';
  return html`<fieldset class="field text" id=${id} tabindex="-1" aria-describedby=${attr(d.describedBy)}>
    <legend>${legend}</legend>
    ${languagesOf(c, value).map((language) => {
      const inputId = `${id}-${language}`;
      const input = (e: Event) =>
        c.set(
          path,
          withLanguage(getAt(c.document, path), language, (e.target as HTMLInputElement).value, main),
          true,
        );
      return html`<div class="language">
        <label for=${inputId} lang=${c.lang}>${c.s.language(language)}</label>
        ${
          multiline
            ? html`<textarea
                id=${inputId}
                lang=${language}
                rows="3"
                .value=${languageValue(language)}
                aria-invalid=${d.invalid ? 'true' : 'false'}
                aria-describedby=${attr(d.describedBy)}
                @input=${input}
                @change=${() => c.commit()}
              ></textarea>`
            : html`<input
                id=${inputId}
                lang=${language}
                .value=${languageValue(language)}
                aria-invalid=${d.invalid ? 'true' : 'false'}
                aria-describedby=${attr(d.describedBy)}
                aria-required=${required && language === main ? 'true' : 'false'}
                autocomplete="off"
                @input=${input}
                @change=${() => c.commit()}
              />`
        }
      </div>`;
    })}
    ${d.messages}
  </fieldset>`;
}

/**
 * A select of `options` (value, label): enumerations and references alike. A value the document
 * has but the options lack stays selected and is named as missing; arrow keys through the
 * options make one step.
 */
function selectField(
  c: FormContext,
  path: Path,
  required: boolean,
  options: readonly (readonly [string, string])[],
) {
  const id = fieldId(path);
  const value = getAt(c.document, path);
  const d = described(c, path, id);
  const unknown = value !== undefined && !options.some(([option]) => option === value);
  return html`<div class="field">
    <label for=${id}>${labelText(c, path, required)}</label>
    <select
      id=${id}
      aria-describedby=${attr(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      aria-required=${required ? 'true' : 'false'}
      @change=${(e: Event) => {
        const chosen = (e.target as HTMLSelectElement).value;
        c.set(path, chosen === '' ? undefined : chosen === KEEP ? value : chosen, true);
      }}
    >
      <option value="" ?selected=${value === undefined}>${required ? c.s.choose : c.s.notGiven}</option>
      ${unknown ? html`<option value=${KEEP} selected>${c.s.missingChoice(String(value))}</option>` : nothing}
      ${options.map(([option, label]) => html`<option value=${option} ?selected=${option === value}>${label}</option>`)}
    </select>
    ${d.messages}
  </div>`;
}

const enumOptions = (c: FormContext, path: Path, info: FieldInfo) =>
  (info.values ?? []).map((value) => [value, c.enumLabel(path, value)] as const);

type Named = { id?: unknown; name?: unknown; title?: unknown };

/** The items of a top-level list as choices: id and name. */
function choices(c: FormContext, list: string): [string, string][] {
  const items = ((c.document as unknown as Record<string, unknown>)[list] ?? []) as Named[];
  const result: [string, string][] = [];
  for (const item of Array.isArray(items) ? items : []) {
    if (typeof item?.id !== 'string') continue;
    result.push([item.id, itemName(c.document, list, item, c.lang) || item.id]);
  }
  return result;
}

function refsField(c: FormContext, path: Path, info: FieldInfo, required: boolean) {
  const id = fieldId(path);
  const raw = getAt(c.document, path);
  const chosen = Array.isArray(raw) ? (raw as unknown[]) : [];
  const d = described(c, path, id);
  const list = info.refList!;
  const options = choices(c, list);
  const nameOf = (ref: unknown) =>
    options.find(([optionId]) => optionId === ref)?.[1] ?? c.s.missingChoice(String(ref));
  const remaining = options.filter(([optionId]) => !chosen.includes(optionId));
  const noun = c.s.items[list] ?? list;
  return html`<fieldset class="field refs" id=${id} tabindex="-1" aria-describedby=${attr(d.describedBy)}>
    <legend>${labelText(c, path, required)}</legend>
    ${
      chosen.length
        ? html`<ul class="chosen">
            ${chosen.map(
              (ref, index) =>
                html`<li>
                  <span>${nameOf(ref)}</span>
                  <button
                    type="button"
                    class="small"
                    id="${id}-remove-${index}"
                    @click=${() =>
                      c.set(path, chosen.length > 1 ? chosen.filter((_, i) => i !== index) : undefined)}
                  >
                    ${c.s.removeReference(nameOf(ref))}
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${c.s.noneChosen}</p>`
    }
    ${
      remaining.length
        ? html`<div class="add-ref">
            <label for="${id}-add">${c.s.addReference(noun)}</label>
            <select id="${id}-add">
              ${remaining.map(([optionId, name]) => html`<option value=${optionId}>${name}</option>`)}
            </select>
            <button
              type="button"
              class="small"
              @click=${(e: Event) => {
                const select = (e.target as HTMLElement).parentElement!.querySelector('select')!;
                if (select.value) c.set(path, [...chosen, select.value]);
              }}
            >
              ${c.s.addReference(noun)}
            </button>
          </div>`
        : nothing
    }
    ${d.messages}
  </fieldset>`;
}

/** Two roles of the catalogue, or two well-known role types (conflict rules). */
function rolePairField(c: FormContext, path: Path, required: boolean) {
  const id = fieldId(path);
  const raw = getAt(c.document, path);
  const pair = Array.isArray(raw) ? (raw as unknown[]) : [];
  const d = described(c, path, id);
  const roles = choices(c, 'roles');
  const types = (resolve(propertiesOf({ $ref: '#/$defs/role' }).find(([n]) => n === 'type')![1]).enum ??
    []) as string[];
  const choose = (index: number, value: string) => {
    const next = [pair[0] ?? '', pair[1] ?? ''];
    next[index] = value;
    c.set(path, next.every((v) => v === '') ? undefined : next);
    c.commit();
  };
  return html`<fieldset class="field pair" id=${id} tabindex="-1" aria-describedby=${attr(d.describedBy)}>
    <legend>${labelText(c, path, required)}</legend>
    ${[0, 1].map((index) => {
      const value = pair[index];
      const known =
        value === undefined ||
        value === '' ||
        roles.some(([r]) => r === value) ||
        types.includes(value as string);
      return html`<div class="field">
        <label for="${id}-${index}">${index === 0 ? c.s.first : c.s.second} ${c.s.items.roles}</label>
        <select
          id="${id}-${index}"
          aria-describedby=${attr(d.describedBy)}
          aria-invalid=${d.invalid ? 'true' : 'false'}
          @change=${(e: Event) => choose(index, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!value}>${c.s.choose}</option>
          ${known ? nothing : html`<option value=${String(value)} selected>${c.s.missingChoice(String(value))}</option>`}
          <optgroup label=${c.s.roleGroup}>
            ${roles.map(([r, name]) => html`<option value=${r} ?selected=${r === value}>${name}</option>`)}
          </optgroup>
          <optgroup label=${c.s.roleTypeGroup}>
            ${types.map((type) => html`<option value=${type} ?selected=${type === value}>${c.enumLabel(['roles', 0, 'type'], type)}</option>`)}
          </optgroup>
        </select>
      </div>`;
    })}
    ${d.messages}
  </fieldset>`;
}

/** Booleans the format assumes true when absent. */
const DEFAULT_TRUE = new Set(['defaultConflictRules']);

function booleanField(c: FormContext, path: Path) {
  const id = fieldId(path);
  const value = getAt(c.document, path);
  const d = described(c, path, id);
  const name = String(path[path.length - 1]);
  const checked = value === undefined ? DEFAULT_TRUE.has(name) : value === true;
  return html`<div class="field check">
    <input
      type="checkbox"
      id=${id}
      .checked=${checked}
      aria-describedby=${attr(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      @change=${(e: Event) => {
        c.set(path, (e.target as HTMLInputElement).checked);
        c.commit();
      }}
    />
    <label for=${id}>${c.label(path)}</label>
    ${d.messages}
  </div>`;
}

/** A number as typed: a comma or a point, else the text itself (so the check can say why). */
export function parseNumber(raw: string): number | string | undefined {
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  const normalized = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized) ? Number(normalized) : trimmed;
}

const formatStored = (value: unknown, lang: string) =>
  typeof value === 'number'
    ? lang === 'de'
      ? String(value).replace('.', ',')
      : String(value)
    : typeof value === 'string'
      ? value
      : '';

function numberField(c: FormContext, path: Path, required: boolean) {
  const id = fieldId(path);
  const value = getAt(c.document, path);
  const d = described(c, path, id);
  return html`<div class="field">
    <label for=${id}>${labelText(c, path, required)}</label>
    <input
      id=${id}
      class="number"
      inputmode="decimal"
      autocomplete="off"
      .value=${c.draft(path) ?? formatStored(value, c.lang)}
      aria-describedby=${attr(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      aria-required=${required ? 'true' : 'false'}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        c.setDraft(path, raw);
        c.set(path, parseNumber(raw), true);
      }}
      @change=${() => {
        c.setDraft(path, undefined);
        c.commit();
      }}
    />
    ${d.messages}
  </div>`;
}

/** An indicator value: a text for qualitative indicators, else a number. */
function valueField(c: FormContext, path: Path, required: boolean) {
  const indicatorPath = path.slice(0, path.lastIndexOf('indicators') + 2);
  const measure = (getAt(c.document, indicatorPath) as { measure?: string } | undefined)?.measure;
  const value = getAt(c.document, path);
  // A text in several languages is an object; null (a gap in a series) is not.
  if (measure === 'qualitative' || (value !== undefined && value !== null && typeof value === 'object'))
    return textField(c, path, required);
  return numberField(c, path, required);
}

/** A list of localized texts (a scale's levels, reflection questions). */
function textsField(c: FormContext, path: Path) {
  const id = fieldId(path);
  const raw = getAt(c.document, path);
  const items = Array.isArray(raw) ? raw : [];
  const name = String(path[path.length - 1]);
  const noun = c.s.items[name] ?? name;
  const d = described(c, path, id);
  return html`<fieldset class="field texts" id=${id} tabindex="-1" aria-describedby=${attr(d.describedBy)}>
    <legend>${c.label(path)}</legend>
    ${items.map(
      (_, index) =>
        html`<div class="texts-item">
          ${textField(c, [...path, index], false, html`${noun} ${index + 1}`)}
          ${itemActions(c, [...path, index], items.length, `${noun} ${index + 1}`)}
        </div>`,
    )}
    <button type="button" class="add" id="${id}-add" @click=${() => c.addItem(path, '')}>
      ${c.s.addText(noun)}
    </button>
    ${d.messages}
  </fieldset>`;
}

function objectField(c: FormContext, path: Path, schema: JsonSchema, required: boolean) {
  const id = fieldId(path);
  const d = described(c, path, id);
  return html`<fieldset class="group" id=${id} tabindex="-1" aria-describedby=${attr(d.describedBy)}>
    <legend>${labelText(c, path, required)}</legend>
    ${d.messages} ${renderFields(c, path, schema)}
  </fieldset>`;
}

/**
 * Up, down, duplicate and delete for an item of a list. Their ids start with `id`; inside a form
 * each button also says (to screen readers) which item it is for.
 */
export function itemActions(
  c: FormContext,
  itemPath: Path,
  count: number,
  what: string,
  { id = fieldId(itemPath, 'a'), named = true } = {},
) {
  const index = itemPath[itemPath.length - 1] as number;
  const which = named ? html`<span class="visually-hidden">: ${what}</span>` : nothing;
  return html`<div class="item-actions" role="group" aria-label=${what}>
    <button
      type="button"
      class="small"
      id="${id}-up"
      ?disabled=${index === 0}
      @click=${() => c.moveItem(itemPath, -1)}
    >
      ${c.s.moveUp}${which}
    </button>
    <button
      type="button"
      class="small"
      id="${id}-down"
      ?disabled=${index === count - 1}
      @click=${() => c.moveItem(itemPath, 1)}
    >
      ${c.s.moveDown}${which}
    </button>
    <button type="button" class="small" id="${id}-duplicate" @click=${() => c.duplicateItem(itemPath)}>
      ${c.s.duplicate}${which}
    </button>
    <button type="button" class="small danger" id="${id}-remove" @click=${() => c.removeItem(itemPath)}>
      ${c.s.remove}${which}
    </button>
  </div>`;
}

/** Items inside a form need no id; one they have is shown. */
const NO_ID: ReadonlySet<string> = new Set(['id']);

/** A list of items with forms of their own inside a form (indicators, observations, links). */
function listField(c: FormContext, path: Path, itemSchema: JsonSchema) {
  const id = fieldId(path);
  const raw = getAt(c.document, path);
  const items = Array.isArray(raw) ? raw : [];
  const name = String(path[path.length - 1]);
  const noun = c.s.items[name] ?? name;
  const depth = path.filter((segment) => typeof segment === 'string').length;
  const d = described(c, path, id);
  // A list inside a list's item (an indicator's identifiers beside its goal's) is named with
  // that item, so the two regions of one form have names of their own.
  const owner = typeof path[path.length - 2] === 'number' && path.length > 3 ? path.slice(0, -1) : undefined;
  const names = owner ? `${id}-heading ${fieldId(owner)}-legend` : `${id}-heading`;
  return html`<section class="nested" aria-labelledby=${names}>
    <div role="heading" aria-level=${c.level(depth)} class="nested-heading" id="${id}-heading">
      ${c.label(path)}
    </div>
    ${d.messages}
    ${items.map((item, index) => {
      const itemPath = [...path, index];
      const title = itemName(c.document, name, item, c.lang);
      const what = `${noun} ${index + 1}${title ? `: ${title}` : ''}`;
      return html`<fieldset class="nested-item" id=${fieldId(itemPath)} tabindex="-1">
        <legend id="${fieldId(itemPath)}-legend">${what}</legend>
        ${itemActions(c, itemPath, items.length, what)}
        ${renderFields(c, itemPath, itemSchema, item && typeof item === 'object' && 'id' in item ? undefined : NO_ID)}
      </fieldset>`;
    })}
    <button type="button" class="add" id="${id}-add" @click=${() => c.addItem(path, {})}>
      ${c.s.add(noun)}
    </button>
  </section>`;
}
