import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Page classes for the stories' decorators that the widgets' tests must see too. The dark page
 * (`koop-story-dark`) lives in .storybook/preview-head.html, which only Storybook loads; a class
 * that changes what a widget renders (its own width decides table or list) has to hold on the
 * story test's page as well, so it comes as a constructed style sheet adopted by the document:
 * no style attribute, no inline `<style>`, and the same in Storybook and in test/stories.test.ts.
 */
const PAGE_CSS = `
  /* A narrow column, e.g. a sidebar: 20em (320 px at the default font size). */
  .koop-story-narrow {
    width: 20em;
    max-width: 100%;
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Adopts the stories' page style sheet into the document (once). */
export function installPageStyles(): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_CSS);
  }
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** A dark page around the story (the background comes from .storybook/preview-head.html). */
export const darkPage: Decorator = (story) => html`<div class="koop-story-dark">${story()}</div>`;

/** A column 20em wide around the story, as a sidebar would be. */
export const narrowColumn: Decorator = (story) => {
  installPageStyles();
  return html`<div class="koop-story-narrow">${story()}</div>`;
};
