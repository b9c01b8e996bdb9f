import { css } from 'lit';

/** The import dialog: the change list per list, the problems of a source, the progress. */
export const importStyles = css`
  .import-dialog {
    width: min(44em, 100% - 1em);
    max-width: min(44em, 100% - 1em);
  }

  .import-dialog > [role='heading'] {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }

  .import-dialog [role='heading'][aria-level] + p {
    margin-top: 0.25em;
  }

  .import-failed > [role='heading'],
  #import-plan-heading {
    font-weight: 700;
  }

  .import-options {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0;
    margin: 0 0 0.75em;
  }

  .import-dialog progress {
    width: 100%;
    height: 1em;
  }

  .import-problems,
  .import-changes {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75em;
  }

  .import-problems li {
    border-inline-start: 0.3em solid var(--_warning);
    padding: 0.25em 0.5em;
    margin: 0 0 0.25em;
    overflow-wrap: anywhere;
  }

  .import-problems li.error {
    border-inline-start-color: var(--_danger);
  }

  .import-problems .severity,
  .import-change .kind {
    font-weight: 700;
  }

  .import-problems .where {
    color: var(--_muted);
  }

  .import-group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0;
    margin: 0 0 0.75em;
    min-width: 0;
  }

  .import-group legend {
    font-weight: 700;
    padding: 0 0.25em;
  }

  .import-change {
    margin: 0 0 0.5em;
  }

  .import-change label {
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .import-problems li {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.3em;
    }
  }
`;
