import { css } from 'lit';

/** Proposing and reviewing changes: the start's sections, the banner, the review's changes. */
export const proposalStyles = css`
  .partners {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
    margin-top: 0.5em;
  }

  .partners > [role='heading'],
  .record-heading {
    font-weight: 700;
    margin: 0 0 0.5em;
  }

  .proposal-banner {
    border-inline-start: 0.35em solid var(--_accent);
    padding: 0.5em 0.75em;
    background: var(--_raised);
    margin: 0;
  }

  .field-error {
    color: var(--_danger);
    margin: 0;
  }

  .field-error::before {
    content: '⚠ ';
  }

  .proposal-summary {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0 0 1em;
  }

  .review {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .review > [role='heading'] {
    font-size: 1.25em;
    font-weight: 700;
  }

  .proposal {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
  }

  .proposal > [role='heading'] {
    font-size: 1.1em;
    font-weight: 700;
  }

  .proposal-note .label {
    font-weight: 600;
  }

  .base.other::before,
  .change-status.conflict::before,
  .change-status.gone::before {
    content: '⚠ ';
  }

  .changes {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .change {
    border: 1px solid var(--_border);
    border-inline-start-width: 0.35em;
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }

  .change.conflict,
  .change.gone {
    border-inline-start-color: var(--_warning);
  }

  .change.accept {
    border-inline-start-color: var(--_success);
  }

  .change.reject {
    border-inline-start-style: dashed;
  }

  .change-title {
    font-weight: 700;
  }

  .change-status {
    margin: 0.25em 0;
  }

  .compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.5em;
    margin: 0.5em 0;
  }

  .side {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    min-width: 0;
  }

  .side-label {
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_muted);
  }

  .value {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  /* Marked words: struck through and underlined, not only coloured. */
  del {
    text-decoration: line-through 0.12em;
    background: var(--_error-bg);
  }

  ins {
    text-decoration: underline 0.12em;
    font-weight: 700;
    background: color-mix(in srgb, var(--_success) 12%, var(--_surface));
  }

  .check {
    margin: 0.25em 0;
  }

  .check.ok::before {
    content: '✓ ';
    color: var(--_success);
  }

  .decision {
    border: 0;
    padding: 0;
    margin: 0.5em 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }

  .decision legend {
    flex-basis: 100%;
    margin-bottom: 0.25em;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }

  .option input:disabled + label {
    color: var(--_muted);
    text-decoration: line-through;
  }

  .refused {
    border: 0.15em solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }

  .review-actions {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
  }

  .outcome {
    font-weight: 700;
  }

  .answer textarea {
    width: 100%;
    box-sizing: border-box;
  }

  @media (forced-colors: active) {
    del,
    ins {
      background: none;
    }

    .change.conflict,
    .change.gone,
    .refused {
      border-color: Mark;
    }

    .change.accept {
      border-inline-start-color: Highlight;
    }
  }
`;
