// Uses every part of the editor on the strict-CSP page (forms of every kind, dialogs, undo,
// preview of every widget, download, English), then reports what it saw.
import '@koop/editor/koop-editor.js';
import type { KoopEditor } from '@koop/editor';
import { editorSteps, until } from './editor-steps.js';

const editor = document.querySelector<KoopEditor>('koop-editor')!;
const { root, step, click, type } = editorSteps(editor);
/** Every select in the form gets its last option, every text input a value. */
const fillForm = async () => {
  for (const select of root().querySelectorAll<HTMLSelectElement>('.work select')) {
    if (!select.isConnected || select.disabled) continue;
    select.selectedIndex = select.options.length - 1;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await step();
  }
  for (const input of root().querySelectorAll<HTMLInputElement>('.work input:not([type]), .work textarea')) {
    if (!input.isConnected || input.value) continue;
    input.value = input.classList.contains('year') ? '2025' : 'Text';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await step();
  }
};
const sectionsShown: Record<string, string> = {};

async function exercise() {
  await editor.settled();
  await click('#start-template');
  for (const list of [
    'actors',
    'relations',
    'roles',
    'assignments',
    'conflicts',
    'conflictRules',
    'goals',
    'phases',
    'milestones',
    'entries',
  ]) {
    await click(`#section-${list}`);
    await click(`#add-${list}`);
    await fillForm();
    for (const add of root().querySelectorAll<HTMLButtonElement>('.work button.add')) {
      if (!add.isConnected || add.id === `add-${list}`) continue;
      add.click();
      await step();
    }
    await fillForm();
    sectionsShown[list] = root().querySelector('#item-heading') ? 'form' : 'list';
  }
  // Delete an actor something refers to: the dialog, then undo and redo.
  await click('#section-actors');
  await click('#item-actors-0');
  await click('#item-remove');
  await until(() => root().querySelector('dialog[open]'), 'confirm dialog');
  await click('#confirm-remove-yes');
  await click('#undo');
  await click('#redo');
  await click('#undo');
  // Every widget in the preview, under the policy.
  const choice = root().querySelector<HTMLSelectElement>('#preview-choice')!;
  choice.value = 'all';
  choice.dispatchEvent(new Event('change'));
  await step();
  const data = root().querySelector('.preview koop-data')!;
  await until(
    () =>
      data.children.length === 5 &&
      [...data.children].every((widget) => widget.shadowRoot?.querySelector('[part~="base"]')),
    'preview widgets',
  );
  // The embed code, the download (a real one, its link's click held back), the summary links.
  await click('#snippet');
  await until(() => (root().querySelector('#snippet-code') as HTMLTextAreaElement | null)?.value, 'snippet');
  await type('#snippet-url', 'https://www.example.org/koop.json');
  await click('#snippet-close');
  const originalClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {};
  await click('#download');
  HTMLAnchorElement.prototype.click = originalClick;
  root().querySelector<HTMLAnchorElement>('[part="problems"] a')?.click();
  await step();
  editor.lang = 'en';
  await step();
  await click('#section-goals');
  await click('#new-or-open');
  await new Promise((resolve) => setTimeout(resolve, 100));
  window.cspDone = {
    violations: window.cspViolations,
    rendered: {
      ...sectionsShown,
      preview: String(data.children.length),
      english: root().textContent?.includes('How would you like to start?') ? 'yes' : 'no',
    },
  };
}

exercise().catch((error: unknown) => {
  window.cspDone = { violations: [...window.cspViolations, { error: String(error) }], rendered: {} };
});
