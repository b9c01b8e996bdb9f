import { fieldLook, titleSize } from '@koop/core';
import { css } from 'lit';

export const feedStyles = css`
  .feed > [role='heading'] {
    ${titleSize}
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    margin: 0 0 1em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
  }

  .field.search {
    flex: 1 1 16em;
  }

  label,
  legend {
    font-weight: 700;
  }

  .field .muted {
    font-size: 0.85em;
  }

  input[type='search'],
  select {
    ${fieldLook}
  }

  select {
    max-width: 16em;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    flex: 1 1 100%;
  }

  .types {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .types legend {
    padding: 0;
    margin-bottom: 0.25em;
  }

  .type-option {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 400;
    min-height: 2em;
    cursor: pointer;
  }

  .type-option input {
    /* A checkbox's own font is the browser's 13.33 px: inherit, so 1.1em follows the page. */
    font: inherit;
    width: 1.1em;
    height: 1.1em;
    margin: 0;
  }

  .filter-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    flex: 1 1 100%;
  }

  .count {
    margin: 0;
    color: var(--_muted);
  }

  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
  }

  .icon .cut {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 1.6;
  }

  .month {
    margin-top: 1.25em;
  }

  .month-heading {
    font-size: 1.05em;
    border-bottom: 0.15em solid var(--_border);
    padding-bottom: 0.15em;
  }

  .entries {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  .entry {
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.6em 0.85em;
    scroll-margin-top: 1em;
  }

  .entry:focus-visible,
  .entry:focus {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  .type {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: 0 0 0.25em;
    font-size: 0.9em;
    font-weight: 700;
    color: var(--_accent);
  }

  .entry-title {
    margin: 0 0 0.15em;
    font-size: 1.05em;
  }

  /* A cancelled meeting says so in words (.status); the struck title only adds to that. */
  .status-cancelled > .entry-title {
    text-decoration: line-through;
  }

  .type .status {
    color: var(--_text);
  }

  .part-of {
    margin: 0 0 0.4em;
    font-size: 0.9em;
  }

  /* The parts of an entry (a meeting's agenda items), inside it. */
  .parts {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    margin: 0.6em 0 0;
    padding: 0;
  }

  .parts .entry {
    border-inline-start-width: 0.2em;
  }

  .date {
    margin: 0 0 0.4em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .new {
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 0.15em solid var(--_success);
    border-radius: 1em;
    color: var(--_success);
    font-weight: 700;
  }

  .summary {
    margin: 0 0 0.5em;
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin: 0 0 0.5em;
  }

  .facts div {
    display: grid;
    grid-template-columns: 10em minmax(0, 1fr);
    gap: 0 0.75em;
  }

  .facts dt {
    font-weight: 700;
  }

  .facts dd {
    margin: 0;
  }

  .links {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0 0 0.5em;
  }

  .permalink {
    font-size: 0.9em;
  }

  .more {
    margin-top: 1em;
  }

  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-top: 1.25em;
  }

  .empty {
    margin: 1em 0;
  }

  @container (max-width: 30em) {
    .facts div {
      grid-template-columns: minmax(0, 1fr);
    }

    select {
      max-width: 100%;
    }

    .field {
      flex: 1 1 100%;
    }
  }

  @media print {
    .filters,
    .more {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .entry,
    .filters,
    .new {
      border-color: CanvasText;
    }
    .icon {
      fill: CanvasText;
    }
    .icon .cut {
      stroke: Canvas;
    }
  }
`;
