// Helpers for the tests of proposing and reviewing changes, on top of the editor's own.
import { waitUntil } from '@open-wc/testing';
import type { KoopEditor } from '@koop/editor';
import { activate, button, control, root, settle, textOf } from './support.js';

/** Runs `action` and returns the file the editor hands over (its download event). */
export async function catchFile(
  editor: KoopEditor,
  action: () => Promise<void>,
): Promise<{ text: string; fileName: string }> {
  let file: { text: string; fileName: string } | undefined;
  const catchIt = (event: Event) => {
    file = { ...(event as CustomEvent<{ text: string; fileName: string }>).detail };
    event.preventDefault();
  };
  editor.addEventListener('koop-editor-download', catchIt);
  try {
    await action();
    await waitUntil(() => file, 'a file was handed over', { timeout: 5000 });
  } finally {
    editor.removeEventListener('koop-editor-download', catchIt);
  }
  return file!;
}

/** Chooses files in the file input labelled `label`, as the browser's file dialog would. */
export async function chooseFiles(
  editor: KoopEditor,
  label: string,
  files: { name: string; text: string }[],
): Promise<void> {
  const input = control<HTMLInputElement>(editor, label);
  const transfer = new DataTransfer();
  for (const { name, text } of files)
    transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settle(editor);
}

/** The change in the review whose decision reads `Entscheidung: <summary>`. */
export function changeItem(editor: KoopEditor, summary: string): HTMLLIElement {
  const legend = [...root(editor).querySelectorAll('.change legend')].find(
    (l) => textOf(l) === `Entscheidung: ${summary}`,
  );
  if (!legend) {
    const all = [...root(editor).querySelectorAll('.change legend')].map((l) => textOf(l));
    throw new Error(`No change "${summary}" among ${all.join(' | ')}`);
  }
  return legend.closest('li')!;
}

/** The summaries of every change in the review, in order. */
export const changeSummaries = (editor: KoopEditor) =>
  [...root(editor).querySelectorAll('.change legend')].map((l) => textOf(l).replace(/^Entscheidung: /, ''));

/** Moves the decision of a change with the arrow keys to the option labelled `option`. */
export async function decide(editor: KoopEditor, summary: string, option: string): Promise<void> {
  const item = changeItem(editor, summary);
  const radios = [...item.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const target = control<HTMLInputElement>(editor, option, item);
  const checked = radios.find((radio) => radio.checked) ?? radios[0];
  checked.focus();
  const { sendKeys } = await import('@web/test-runner-commands');
  for (let i = 0; i < radios.length && !target.checked; i++) {
    await sendKeys({ press: 'ArrowRight' });
    await settle(editor);
  }
  if (!target.checked) throw new Error(`Could not choose "${option}"`);
}

/** Opens the review from the toolbar of an open document. */
export async function openReview(editor: KoopEditor): Promise<void> {
  await activate(editor, button(editor, 'Vorschläge prüfen …'));
  await waitUntil(() => root(editor).querySelector('.review'), 'review shown', { timeout: 5000 });
  await settle(editor);
}
