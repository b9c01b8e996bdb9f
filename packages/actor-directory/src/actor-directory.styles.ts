import { fieldLook, titleSize } from '@koop/core';
import { css } from 'lit';

export const actorDirectoryStyles = css`
  .directory > [role='heading'] {
    ${titleSize}
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    margin: 0 0 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }

  .field {
    display: grid;
    gap: 0.2em;
    min-width: 0;
  }

  .search {
    flex: 1 1 100%;
  }

  label {
    font-weight: 700;
  }

  .muted,
  .sector,
  .tags {
    color: var(--_muted);
    font-size: 0.9em;
  }

  input[type='search'],
  select {
    ${fieldLook}
    max-width: 100%;
  }

  .check {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
  }

  .check input {
    font: inherit;
    width: 1.1em;
    height: 1.1em;
    margin: 0;
  }

  .check .muted {
    font-weight: 400;
  }

  .views,
  .az,
  .downloads,
  .filter-status,
  .actor-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
  }

  .views {
    gap: 0;
  }

  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
    border-color: var(--_accent);
  }

  .filter-status {
    flex: 1 1 100%;
  }

  .count {
    margin: 0;
    color: var(--_muted);
  }

  .az {
    gap: 0.25em;
    margin: 0 0 0.75em;
  }

  .az button {
    min-width: 2.75em;
    text-align: center;
  }

  .actors {
    list-style: none;
    display: grid;
    gap: 0.75em;
    grid-template-columns: minmax(0, 1fr);
  }

  .actors.cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }

  .actor {
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.6em 0.85em;
    scroll-margin-top: 1em;
    overflow-wrap: anywhere;
  }

  .compact .actor {
    padding: 0.35em 0.6em;
  }

  .actor:focus,
  .offer:focus {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  .actor-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }

  .actor-name {
    font-size: 1.1em;
    font-weight: 700;
  }

  .offers {
    list-style: none;
    display: grid;
    gap: 0.5em;
    margin: 0.5em 0;
  }

  .offer {
    border-top: 1px solid var(--_border);
    padding-top: 0.4em;
    scroll-margin-top: 1em;
  }

  .compact .offers {
    gap: 0.15em;
    margin: 0.25em 0;
  }

  .compact .offer {
    border: 0;
    padding: 0;
  }

  .offer-title {
    font-weight: 700;
  }

  .open-mark,
  .gap-mark {
    font-size: 0.85em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.3em;
  }

  .open-mark {
    color: var(--_success);
  }

  .gap-mark {
    color: var(--_danger);
  }

  .facts {
    margin: 0.25em 0;
    display: grid;
    gap: 0.15em;
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .more {
    margin-top: 1em;
  }

  .planning {
    margin-top: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }

  .planning summary {
    font-weight: 700;
    cursor: pointer;
    min-height: 2.75em;
    display: flex;
    align-items: center;
  }

  .downloads {
    margin-top: 1em;
  }

  @media print {
    .filters,
    .az,
    .more,
    .downloads,
    .toggle {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .actor,
    .filters,
    .planning {
      border-color: CanvasText;
    }
    [aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
