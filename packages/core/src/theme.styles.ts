import { css } from 'lit';

const darkTokens = css`
  --_text: var(--koop-color-text, #eef1f4);
  --_muted: var(--koop-color-text-muted, #bcc4ce);
  --_surface: var(--koop-color-surface, #16191d);
  --_raised: var(--koop-color-surface-raised, #22272e);
  --_border: var(--koop-color-border, #8b95a2);
  --_accent: var(--koop-color-accent, #8cc2ff);
  --_focus: var(--koop-color-focus, #8cc2ff);
  --_success: var(--koop-color-success, #6fd49a);
  --_warning: var(--koop-color-warning, #f5b95c);
  --_danger: var(--koop-color-danger, #ff968c);
  --_neutral: var(--koop-color-neutral, #b3bcc7);
`;

/**
 * Design tokens and the base every widget shares. Tokens are `--koop-*` custom properties on
 * the host, with light and dark values; pages override them, nothing else. Visual rules sit on
 * the inner `[part~='base']` wrapper so global page rules such as `* { color: red }` (which
 * beat `:host` rules) cannot reach them. Sizes are in `em`: the host page's font size governs.
 */
export const themeStyles = css`
  :host {
    --_text: var(--koop-color-text, #1b1f24);
    --_muted: var(--koop-color-text-muted, #4a5260);
    --_surface: var(--koop-color-surface, #ffffff);
    --_raised: var(--koop-color-surface-raised, #f3f5f8);
    --_border: var(--koop-color-border, #737c89);
    --_accent: var(--koop-color-accent, #0b5cad);
    --_focus: var(--koop-color-focus, #0b5cad);
    --_success: var(--koop-color-success, #17693a);
    --_warning: var(--koop-color-warning, #8a4b00);
    --_danger: var(--koop-color-danger, #b3261e);
    --_neutral: var(--koop-color-neutral, #58606d);
    --_radius: var(--koop-radius, 0.375em);
    display: block;
    container-type: inline-size;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [part~='base'] {
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--koop-font-family, inherit);
    font-size: 1em;
    line-height: 1.5;
    text-align: start;
    /* Inherited text settings of the host page (uppercase, tracking, indents) stop here. */
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    padding: var(--koop-padding, 1em);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
    hyphens: auto;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-size: 1.1em;
    line-height: 1.3;
    margin: 0 0 0.5em;
    font-weight: 700;
    /* As a flex item too, a heading wraps instead of widening its row to its longest word. */
    min-width: 0;
  }

  p {
    margin: 0 0 0.5em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  button {
    font: inherit;
    color: inherit;
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.75em;
    min-height: 2.75em;
    cursor: pointer;
    text-align: start;
  }

  button:hover {
    border-color: var(--_text);
  }

  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  ul,
  ol {
    margin: 0;
    padding: 0;
  }

  table {
    border-collapse: collapse;
    font-size: 0.95em;
  }

  th,
  td {
    text-align: start;
    padding: 0.25em 0.75em 0.25em 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }

  /* A button that opens and closes details below it: arrow, then its words (which may wrap). */
  .disclosure {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    width: 100%;
    border: 0;
    background: none;
    font-weight: 700;
  }

  .disclosure > span {
    min-width: 0;
  }

  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    margin-top: 0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    transition: transform 0.15s ease;
  }

  [aria-expanded='true'] > .chevron {
    transform: rotate(90deg);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .muted {
    color: var(--_muted);
  }

  [role='alert'] {
    border: 0.15em solid var(--_danger);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }

  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_warning);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin: 0 0 1em;
  }

  .linked-status.on {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.25em 0.25em 0.25em 0.75em;
    margin: 0 0 1em;
  }

  .linked-mark {
    display: inline-block;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0 0.4em;
    font-size: 0.85em;
    font-weight: 700;
    line-height: 1.4;
  }

  .problems {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0.5em 0;
  }

  .problems code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .footer {
    margin-top: 1em;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .footer details summary {
    cursor: pointer;
    min-height: 1.5em;
  }

  .loading::before {
    content: '';
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
    border: 0.15em solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: koop-spin 1s linear infinite;
  }

  @keyframes koop-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /*
   * On paper (and in a PDF): ink on white, every item painted, links written out, no controls
   * that do nothing there. Each widget adds its own (open goals, the timeline as a list …).
   */
  @media print {
    [part~='base'] {
      color: #000;
      background: none;
      padding: 0;
    }
    * {
      content-visibility: visible !important;
    }
    a[href]:not([href^='#'])::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .chevron,
    .linked-status button,
    .loading::before {
      display: none;
    }
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border: 1px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** A widget's title size, one step above the theme's headings; goes inside a rule. */
export const titleSize = css`
  font-size: 1.25em;
`;

/** The title row (`.header` with the heading and its summary) of the timeline and goal tracker. */
export const headerStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    margin-bottom: 0.75em;
  }

  .header [role='heading'] {
    margin: 0;
    ${titleSize}
  }
`;

/** The look of the widgets' selects and text fields, as tall as buttons; goes inside a rule. */
export const fieldLook = css`
  font: inherit;
  color: var(--_text);
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: 0.35em 0.5em;
  min-height: 2.75em;
  max-width: 100%;
`;
