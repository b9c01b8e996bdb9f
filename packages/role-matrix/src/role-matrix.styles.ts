import { fieldLook, titleSize } from '@koop/core';
import { css } from 'lit';

export const roleMatrixStyles = css`
  :host {
    /* The hatching that marks conflicts; it never carries meaning alone (icon and text do). */
    --_hatch: repeating-linear-gradient(135deg, var(--_danger) 0 0.15em, transparent 0.15em 0.45em);
  }

  .matrix > [role='heading'] {
    ${titleSize}
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em 1.25em;
    margin: 0 0 0.75em;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    max-width: 100%;
  }

  .field label {
    font-weight: 700;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    cursor: pointer;
  }

  .check input {
    /* A checkbox's own font is the browser's 13.33 px: inherit, so 1.1em follows the page. */
    font: inherit;
    width: 1.1em;
    height: 1.1em;
    margin: 0;
  }

  select,
  input[type='date'] {
    ${fieldLook}
  }

  .summary {
    color: var(--_muted);
  }

  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
    fill-rule: evenodd;
    vertical-align: -0.2em;
  }

  .table-frame {
    position: relative;
  }

  /* Where more columns wait, the edge fades (the hint below says it in words). */
  .table-frame::before,
  .table-frame::after {
    content: '';
    position: absolute;
    top: 1px;
    bottom: 1px;
    width: 2.5em;
    pointer-events: none;
    opacity: 0;
    z-index: 4;
    transition: opacity 0.15s ease;
  }

  .table-frame::after {
    inset-inline-end: 1px;
    background: linear-gradient(to left, rgb(0 0 0 / 0.28), transparent);
  }

  .table-frame::before {
    /* Beside the actor column, which stays in view (in the table's font size, 0.9em). */
    inset-inline-start: calc(var(--_first, 12em) * 0.9 + 1px);
    background: linear-gradient(to right, rgb(0 0 0 / 0.2), transparent);
  }

  .table-frame.more-end::after,
  .table-frame.more-start::before {
    opacity: 1;
  }

  .scroll-hint {
    display: none;
    margin: 0.35em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .table-frame.scrolls .scroll-hint {
    display: block;
  }

  .table-wrap {
    overflow: auto;
    max-height: var(--koop-role-matrix-height, 75vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /*
   * Fixed layout: the header row sets the column widths, so thousands of cells lay out fast. A
   * run of empty cells is one spanning cell; the table's background draws the column lines.
   */
  table {
    border-collapse: separate;
    border-spacing: 0;
    table-layout: fixed;
    width: calc(var(--_first, 12em) + var(--_columns, 1) * var(--_column, 11em));
    min-width: 100%;
    font-size: 0.9em;
    background: linear-gradient(to left, var(--_border) 1px, transparent 1px) var(--_first, 12em) 0 /
      var(--_column, 11em) 100% repeat-x;
  }

  th,
  td {
    padding: 0.25em 0.5em;
    border-inline-end: 1px solid var(--_border);
    width: var(--_column, 11em);
  }

  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_raised);
    vertical-align: bottom;
  }

  th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
    font-weight: 700;
  }

  thead th:first-child {
    inset-inline-start: 0;
    z-index: 3;
    width: var(--_first, 12em);
  }

  .group th {
    background: var(--_raised);
    font-size: 1em;
    max-width: none;
  }

  .group span {
    position: sticky;
    inset-inline-start: 0.5em;
  }

  td:focus,
  th:focus {
    outline: 0.15em solid var(--_focus);
    outline-offset: -0.2em;
  }

  button.role,
  button.select {
    display: block;
    width: 100%;
    min-height: 2.75em;
    padding: 0.2em 0.35em;
    font-weight: inherit;
  }

  button.role {
    font-weight: 700;
  }

  thead button.role {
    background: none;
    border-color: transparent;
  }

  thead button.role:hover {
    border-color: var(--_border);
  }

  button.role .icon {
    margin-inline-start: 0.3em;
  }

  td button.select {
    background: transparent;
    border-style: dashed;
    border-color: var(--_danger);
  }

  .assignment,
  .holder,
  .sector,
  .flag,
  .facts,
  .note,
  .name {
    display: block;
  }

  .assignment + .assignment {
    margin-top: 0.3em;
    padding-top: 0.3em;
    border-top: 1px dotted var(--_border);
  }

  .holder {
    font-weight: 700;
  }

  .sector,
  .note,
  .facts {
    color: var(--_muted);
    font-weight: 400;
  }

  .flag {
    color: var(--_danger);
    font-weight: 700;
  }

  .flag .icon {
    margin-inline-end: 0.25em;
  }

  /* Conflicting rows and cells: a hatched strip at the start, beside the icon and the text. */
  .conflict > th[scope='row'],
  td.conflict,
  .card.conflict,
  .held > li.conflict {
    background:
      var(--_hatch) 0 0 / 0.45em 100% no-repeat,
      var(--_surface);
    padding-inline-start: 0.85em;
  }

  .group-heading {
    margin-top: 1em;
  }

  .cards,
  .held {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }

  /* Linked to a selection in another widget: framed and marked "Verknüpft". */
  .linked > th[scope='row'] {
    box-shadow: inset 0 0 0 0.15em var(--_accent);
  }

  .card.linked {
    border: 0.15em solid var(--_accent);
  }

  .held {
    margin-top: 0.5em;
  }

  .held > li {
    padding: 0.25em 0.5em;
    border-top: 1px solid var(--_border);
  }

  .held button.role {
    padding-inline: 0;
    background: none;
    border: 0;
    text-decoration: underline;
  }

  .empty {
    margin: 1em 0;
  }

  .more {
    margin-top: 0.75em;
  }

  @container (max-width: 30em) {
    .field,
    select {
      width: 100%;
    }
  }

  @media print {
    .controls,
    .more,
    .scroll-hint {
      display: none;
    }
    .card {
      break-inside: avoid-page;
    }
  }

  @media (forced-colors: active) {
    .icon {
      fill: CanvasText;
    }
    .flag {
      color: CanvasText;
    }
    td button.select,
    .card,
    .table-wrap {
      border-color: CanvasText;
    }
    .conflict > th[scope='row'],
    td.conflict,
    .card.conflict,
    .held > li.conflict {
      border-inline-start: 0.3em double CanvasText;
    }
  }
`;
