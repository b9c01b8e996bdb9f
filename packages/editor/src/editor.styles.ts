import { fieldLook, titleSize } from '@koop/core';
import { css } from 'lit';

/** The editor's layout and form styles; tokens and the base come from the kit's theme. */
export const editorStyles = css`
  :host {
    --_error-bg: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    --_warning-bg: color-mix(in srgb, var(--_warning) 10%, var(--_surface));
  }

  .editor {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em 1em;
  }

  .top > [role='heading'] {
    ${titleSize}
    margin: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .toolbar [aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
  }

  .save-state {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .saved-state.saved::before {
    content: '✓ ';
    color: var(--_success);
  }

  .changes::before {
    content: '● ';
    color: var(--_warning);
  }

  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    list-style: none;
  }

  nav button[aria-current='true'] {
    border: 0.15em solid var(--_accent);
    font-weight: 700;
  }

  .count,
  .facts {
    color: var(--_muted);
  }

  .badge {
    display: inline-block;
    border: 0.1em solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0 0.35em;
    font-size: 0.85em;
    color: var(--_text);
  }

  .layout {
    display: grid;
    gap: 1.5em;
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }

    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }

  .work,
  section,
  .preview {
    min-width: 0;
  }

  .preview {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    margin: 0 0 0.9em;
    min-width: 0;
  }

  .field.check {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .field.check .hint,
  .field.check .problems {
    flex-basis: 100%;
  }

  label,
  legend {
    font-weight: 600;
  }

  .required {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }

  input,
  select,
  textarea {
    ${fieldLook}
    width: 100%;
  }

  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0;
  }

  input[type='file'] {
    border-style: dashed;
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border: 0.15em solid var(--_danger);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0.25em;
    margin: 0 0 1em;
    min-width: 0;
  }

  fieldset.text,
  fieldset.date,
  fieldset.refs,
  fieldset.pair,
  fieldset.texts {
    border-style: dashed;
  }

  .language {
    display: grid;
    grid-template-columns: minmax(5em, auto) minmax(0, 1fr);
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0 0 0.4em;
  }

  .language label {
    font-weight: 400;
  }

  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.4em;
  }

  .date-parts > div {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }

  .date-parts label {
    font-weight: 400;
  }

  .year,
  .time {
    width: 6em;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .hint:empty {
    display: none;
  }

  .problems {
    list-style: none;
    padding: 0;
    margin: 0.2em 0 0;
  }

  .problems li,
  .problem-links li {
    margin: 0 0 0.2em;
    padding: 0.15em 0.4em;
    border-inline-start: 0.3em solid var(--_warning);
    background: var(--_warning-bg);
  }

  .problems li.error,
  .problem-links li.error {
    border-inline-start-color: var(--_danger);
    background: var(--_error-bg);
  }

  .severity {
    font-weight: 700;
  }

  .summary.has-errors {
    border-inline-start-color: var(--_danger);
  }

  .summary summary {
    font-weight: 700;
    cursor: pointer;
  }

  .problem-links {
    list-style: none;
    padding: 0;
    max-height: 20em;
    overflow: auto;
  }

  .all-clear::before {
    content: '✓ ';
    color: var(--_success);
  }

  .items {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0 0 0.75em;
  }

  .items li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .items .item {
    font-weight: 600;
  }

  .list-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    align-items: end;
  }

  .list-tools .field {
    flex: 1 1 12em;
  }

  .item-actions,
  .dialog-actions,
  .add-ref {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0 0 0.75em;
    align-items: end;
  }

  .add-ref select {
    width: auto;
    flex: 1 1 10em;
  }

  .add-ref label {
    flex-basis: 100%;
    font-weight: 400;
  }

  .chosen {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0 0 0.5em;
  }

  .chosen li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  button.small {
    min-height: 2.25em;
    padding: 0.2em 0.6em;
    font-size: 0.95em;
  }

  button.danger {
    border-color: var(--_danger);
  }

  button.add::before {
    content: '+ ' / '';
  }

  button.back::before {
    content: '← ' / '';
  }

  button[disabled] {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }

  .nested {
    margin: 0 0 1em;
  }

  .nested-heading {
    font-size: 1em;
  }

  .choices {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin: 0 0 1em;
  }

  .choices button {
    font-weight: 700;
  }

  .open-url,
  .drop {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin: 0 0 1em;
  }

  .drop {
    border-style: dashed;
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0 0 0.5em;
  }

  .removed {
    border-inline-start: 0.35em solid var(--_accent);
    padding-inline-start: 0.5em;
  }

  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 0.15em solid var(--_border);
    border-radius: var(--_radius);
    max-width: min(40em, 100% - 1em);
    padding: 1em;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  .references {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0 0 0.75em;
  }

  @media (forced-colors: active) {
    [aria-invalid='true'],
    .badge,
    button.danger {
      border-color: Mark;
    }

    nav button[aria-current='true'] {
      border-color: Highlight;
    }

    .problems li,
    .problem-links li {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.3em;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto;
    }
  }
`;
