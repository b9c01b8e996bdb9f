// Driving <koop-editor> as a person does: controls found by their visible labels, operated with
// the keyboard (focus, typing, Enter, Space, arrow keys), nothing set on properties.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/editor/koop-editor.js';
import type { KoopEditor } from '@koop/editor';
import { uniqueName } from '../support/helpers.js';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A fresh editor with storage of its own, once it has shown the start or restored work. */
export async function editorFixture(options: { key?: string; lang?: string } = {}): Promise<KoopEditor> {
  const key = options.key ?? uniqueName('editor');
  const element = await fixture<KoopEditor>(
    html`<koop-editor storage-key=${key} lang=${options.lang ?? 'de'}></koop-editor>`,
  );
  await element.settled();
  return element;
}

export const root = (editor: KoopEditor) => editor.shadowRoot!;

const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\((Pflichtfeld|required)\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The text a person reads for an element. */
export const textOf = (element: Node | null | undefined) => clean(element?.textContent);

/**
 * The fieldset (or group) whose legend reads `legend`, the last one when several do (the form
 * of an item comes after the lists), optionally inside `within`.
 */
export function group(editor: KoopEditor, legend: string, within?: Element): HTMLFieldSetElement {
  const scope = within ?? root(editor);
  const found = [...scope.querySelectorAll('fieldset')].filter((set) => {
    const own = set.querySelector(':scope > legend');
    return clean(own?.textContent) === legend;
  });
  if (!found.length) throw new Error(`No group "${legend}"`);
  return found[found.length - 1];
}

/** The control labelled `label` (inside `within`), as a screen reader would find it. */
export function control<T extends Control = Control>(editor: KoopEditor, label: string, within?: Element): T {
  const scope = within ?? root(editor);
  const labels = [...scope.querySelectorAll('label')].filter((l) => clean(l.textContent) === label);
  if (!labels.length) throw new Error(`No control labelled "${label}"`);
  const target = root(editor).getElementById(labels[labels.length - 1].htmlFor);
  if (!target) throw new Error(`Label "${label}" points to nothing`);
  return target as T;
}

/** The language field `language` of the localized text labelled `field`. */
export function textControl(editor: KoopEditor, field: string, language = 'Deutsch', within?: Element) {
  return control<HTMLInputElement>(editor, language, group(editor, field, within));
}

/** The button that reads `text` (its visible text, or its accessible text with hidden parts). */
export function button(editor: KoopEditor, text: string, within?: Element): HTMLButtonElement {
  const scope = within ?? root(editor);
  const found = [...scope.querySelectorAll('button')].filter((b) => clean(b.textContent) === text);
  if (!found.length) throw new Error(`No button "${text}"`);
  return found[found.length - 1];
}

export async function settle(editor: KoopEditor): Promise<void> {
  await editor.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await editor.updateComplete;
}

/** Focuses `element` and types `text` key by key. */
export async function typeInto(editor: KoopEditor, element: HTMLElement, text: string): Promise<void> {
  element.focus();
  await sendKeys({ type: text });
  await settle(editor);
}

/** Presses a key on whatever has focus. */
export async function press(editor: KoopEditor, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(editor);
}

/** Activates a button from the keyboard. */
export async function activate(editor: KoopEditor, element: HTMLElement): Promise<void> {
  element.focus();
  await press(editor, 'Enter');
}

/** Chooses the option reading `label` in a select with the arrow keys. */
export async function choose(editor: KoopEditor, select: HTMLSelectElement, label: string): Promise<void> {
  const index = [...select.options].findIndex((o) => clean(o.textContent) === label);
  if (index < 0)
    throw new Error(
      `No option "${label}" in ${[...select.options].map((o) => clean(o.textContent)).join(' | ')}`,
    );
  select.focus();
  while (select.selectedIndex !== index) {
    const before = select.selectedIndex;
    await sendKeys({ press: select.selectedIndex < index ? 'ArrowDown' : 'ArrowUp' });
    if (select.selectedIndex === before) throw new Error(`Could not move to "${label}"`);
  }
  await settle(editor);
}

/** Where focus is inside the editor. */
export const focused = (editor: KoopEditor) => root(editor).activeElement as HTMLElement | null;

/** The text of the editor's live region. */
export const announced = (editor: KoopEditor) => textOf(root(editor).querySelector('[role="status"]'));

/** Waits until the editor has written everything to the browser's storage. */
export async function saved(editor: KoopEditor): Promise<void> {
  await editor.settled();
  await waitUntil(
    () => textOf(root(editor).querySelector('.saved-state')) !== 'Wird im Browser gespeichert …',
  );
}

/** The downloaded file: presses the download button and catches the file. */
export async function download(editor: KoopEditor): Promise<{ text: string; fileName: string }> {
  let file: { text: string; fileName: string } | undefined;
  const catchFile = (event: Event) => {
    const detail = (event as CustomEvent<{ text: string; fileName: string }>).detail;
    file = { ...detail };
    event.preventDefault();
  };
  editor.addEventListener('koop-editor-download', catchFile);
  try {
    await activate(editor, button(editor, 'Herunterladen (JSON)'));
  } finally {
    editor.removeEventListener('koop-editor-download', catchFile);
  }
  if (!file) throw new Error('Nothing was downloaded');
  return file;
}

/** Runs `npm run validate` (scripts/validate.mjs) on a file, as its author would. */
export async function validateFile(text: string, fileName = 'kooperation.json') {
  const response = await fetch(`/__koop/validate/${encodeURIComponent(fileName)}`, {
    method: 'POST',
    body: text,
  });
  return (await response.json()) as { code: number; output: string };
}
