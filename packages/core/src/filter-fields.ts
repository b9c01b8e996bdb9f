import { html, type TemplateResult } from 'lit';

/**
 * A filter as a labelled `select` whose first option (`all`, value "") shows everything; the
 * widgets' filter forms (feed, directory) use it. `set` receives the chosen value.
 */
export function selectField(
  id: string,
  label: string,
  all: string,
  value: string,
  options: [string, string][],
  set: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${all}</option>
      ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
    </select>
  </div>`;
}

/** The search field of a filter form (`#query`, its hint below); `set` receives the text or null. */
export function searchField(
  label: string,
  hint: string,
  value: string,
  set: (value: string | null) => void,
): TemplateResult {
  return html`<div class="field search">
    <label for="query">${label}</label>
    <input
      id="query"
      type="search"
      autocomplete="off"
      aria-describedby="query-hint"
      .value=${value}
      @input=${(event: Event) => set((event.target as HTMLInputElement).value || null)}
    />
    <span id="query-hint" class="muted">${hint}</span>
  </div>`;
}
