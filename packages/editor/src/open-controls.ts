// The controls that open files, wherever the editor offers them: an address, or files chosen or
// dropped.
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

/** A file input (several files) that also takes files dropped on it; `open` gets them all. */
export function filesDrop(
  id: string,
  label: string,
  hint: string,
  open: (files: File[]) => Promise<void>,
): TemplateResult {
  return html`<div
    class="drop"
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      void open([...(e.dataTransfer?.files ?? [])]);
    }}
  >
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="file"
      multiple
      accept=".json,application/json"
      aria-describedby="${id}-hint"
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        // Emptied afterwards, so the same file can be chosen again.
        void open([...(input.files ?? [])]).then(() => (input.value = ''));
      }}
    />
    <p class="hint" id="${id}-hint">${hint}</p>
  </div>`;
}
