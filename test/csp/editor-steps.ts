// What the strict-CSP pages of the editor do to it: wait, click, type, as a person would,
// without any test framework (the pages run under the policy on their own).
import type { KoopEditor } from '@koop/editor';

export const until = async (check: () => unknown, what: string) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** The steps for the page's one editor. */
export function editorSteps(editor: KoopEditor) {
  const root = () => editor.shadowRoot!;
  const step = async () => {
    await editor.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await editor.updateComplete;
  };
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => {
    const found = root().querySelector<T>(selector);
    if (!found) throw new Error(`missing ${selector}`);
    return found;
  };
  const click = async (selector: string) => {
    find(selector).click();
    await step();
  };
  const type = async (selector: string, value: string) => {
    const input = find<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await step();
  };
  return { root, step, find, click, type };
}
