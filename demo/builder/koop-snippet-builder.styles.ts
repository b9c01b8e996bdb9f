import { css } from 'lit';

// Plain form styles that fit the demo's municipal page: the page's font, visible focus, nothing
// that relies on colour alone (every state also has an icon and words), em sizes, one column
// that holds at 320 px, and system colours in forced-colors mode.
export const builderStyles = css`
  :host {
    --_text: #1f2328;
    --_muted: #4a5260;
    --_surface: #ffffff;
    --_border: #737c89;
    --_accent: #004b7a;
    --_focus: #0b5cad;
    --_success: #17693a;
    --_warning: #8a4b00;
    --_danger: #b3261e;
    display: block;
    color: var(--_text);
    /* Long words and addresses wrap, so the builder holds at 320 px. */
    overflow-wrap: break-word;
    hyphens: auto;
  }

  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  section {
    margin-block: 2em;
    padding: 1em 1.25em 1.25em;
    background: var(--_surface);
    border: 1px solid #c9ced6;
    border-radius: 0.375em;
  }

  h2 {
    margin: 0 0 0.75em;
    font-size: 1.3em;
    overflow-wrap: break-word;
  }

  h3 {
    margin: 1.25em 0 0.25em;
    font-size: 1.1em;
  }

  fieldset {
    border: 1px solid #c9ced6;
    border-radius: 0.375em;
    margin: 0 0 1em;
    padding: 0.5em 1em 0.75em;
    min-inline-size: 0;
  }

  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }

  fieldset.set {
    border-style: dashed;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }

  fieldset.set > .hint {
    flex-basis: 100%;
  }

  .language {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: flex-end;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: baseline;
    margin-block: 0.35em;
  }

  .choice > .hint {
    grid-column: 2;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block: 0.75em;
  }

  .field > label {
    font-weight: 600;
  }

  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    column-gap: 1.5em;
  }

  .options > fieldset.set {
    grid-column: 1 / -1;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }

  .row > input {
    flex: 1 1 16em;
    min-inline-size: 0;
  }

  .row > p {
    margin: 0;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.95em;
  }

  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }

  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    padding: 0.4em 0.5em;
    background: var(--_surface);
    max-inline-size: 100%;
  }

  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }

  input.number {
    inline-size: 8em;
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  input:disabled {
    opacity: 0.6;
  }

  textarea {
    inline-size: 100%;
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
    font-size: 0.9em;
    white-space: pre;
    overflow: auto;
    resize: vertical;
  }

  button {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: #fff;
    border-radius: 0.25em;
    padding: 0.45em 1em;
    cursor: pointer;
  }

  button:hover {
    background: #003557;
  }

  button:disabled {
    background: var(--_surface);
    color: var(--_muted);
    border-color: var(--_border);
    cursor: not-allowed;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  code {
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .drop {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    border: 2px dashed var(--_border);
    border-radius: 0.375em;
    padding: 1em;
    margin-block: 0.75em;
  }

  .drop > label {
    font-weight: 600;
  }

  .drop.dragging {
    border-style: solid;
    border-color: var(--_accent);
    background: #eef5fb;
  }

  .drop p {
    margin: 0;
  }

  .summary {
    font-weight: 600;
    padding: 0.6em 0.8em;
    border-inline-start: 0.35em solid var(--_border);
    background: #f3f5f8;
    margin: 0;
  }

  .summary.clean {
    border-color: var(--_success);
    color: var(--_success);
    background: #edf7f0;
  }

  .summary.warnings {
    border-color: var(--_warning);
    color: var(--_warning);
    background: #fdf5ea;
  }

  .summary.failed {
    border-color: var(--_danger);
    color: var(--_danger);
    background: #fcefee;
  }

  #check-status:empty,
  #check-alert:empty {
    display: none;
  }

  .problems ul,
  .notes {
    padding-inline-start: 1.25em;
  }

  .problems li,
  .notes li {
    margin-block: 0.5em;
    overflow-wrap: break-word;
  }

  .where {
    font-weight: 600;
  }

  .path {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .errors h3 {
    color: var(--_danger);
  }

  .warnings h3,
  .warning {
    color: var(--_warning);
  }

  .error {
    color: var(--_danger);
    font-size: 0.95em;
  }

  .note {
    display: block;
    margin-block: 0.5em;
  }

  .excerpt {
    margin: 0.75em 0;
  }

  .excerpt pre {
    margin: 0.25em 0 0;
    padding: 0.5em;
    border: 1px solid var(--_border);
    overflow-x: auto;
    font-size: 0.9em;
  }

  /* A long widget (the feed runs to thousands of px) scrolls in the preview: the copy step stays near. */
  .preview {
    border: 1px dashed var(--_border);
    border-radius: 0.375em;
    padding: 0.75em;
    min-block-size: 3em;
    max-block-size: min(36em, 70vh);
    overflow: auto;
    overscroll-behavior: contain;
  }

  .preview:empty {
    display: none;
  }

  @media (forced-colors: active) {
    .summary,
    section,
    fieldset,
    .drop,
    .preview {
      border-color: CanvasText;
    }

    button {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
