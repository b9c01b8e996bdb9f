// The form that opens a document from an address, wherever the editor offers one.
import { html, type TemplateResult } from 'lit';

export function urlForm(
  id: string,
  label: string,
  submit: string,
  open: (url: string) => void,
): TemplateResult {
  return html`<form
    class="open-url"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).querySelector('input')!;
      if (input.value.trim()) open(input.value);
    }}
  >
    <div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="url" autocomplete="url" />
    </div>
    <button type="submit">${submit}</button>
  </form>`;
}
