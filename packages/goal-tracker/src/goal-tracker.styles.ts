import { headerStyles, statusIconStyles } from '@koop/core';
import { css } from 'lit';

export const goalTrackerStyles = css`
  ${headerStyles}
  ${statusIconStyles}

  .summary {
    margin: 0;
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-inline-start: auto;
  }

  .goals {
    list-style: none;
    display: grid;
    /* minmax(0, …): a wide table scrolls in its own box instead of widening the card. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  .goals .goals {
    margin: 0.75em 0 0;
    padding-inline-start: 1em;
    border-inline-start: 0.2em solid var(--_border);
  }

  .more {
    margin-top: 0.75em;
  }

  /* Long lists only: off-screen items skip layout and paint (a short one would leave blank
   * areas in full-page captures for nothing; print shows every item, see the theme). */
  .tracker.long .goal {
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
  }

  .goal {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0.75em;
    background: var(--_surface);
  }

  .goal.linked {
    border-color: var(--_accent);
    border-inline-start-width: 0.35em;
  }

  .link-toggle {
    min-height: 2.25em;
    padding-block: 0.1em;
  }

  .link-toggle[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }

  .goal-heading {
    margin: 0;
    font-size: 1.05em;
  }

  .toggle {
    padding: 0.4em 0.25em;
  }

  .dropped .title {
    text-decoration: line-through;
    text-decoration-thickness: 0.08em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.75em;
    align-items: center;
    font-size: 0.9em;
    padding-inline-start: 1.65em;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 700;
  }

  .status-achieved .status,
  .forecast-reached,
  .forecast-on-track {
    color: var(--_success);
  }

  .status-on-track .status {
    color: var(--_accent);
  }

  .status-at-risk .status,
  .forecast-at-risk {
    color: var(--_warning);
  }

  .forecast-missed {
    color: var(--_danger);
  }

  .status-planned .status,
  .status-dropped .status,
  .status-unknown .status {
    color: var(--_neutral);
  }

  .tag {
    border: 1px solid var(--_border);
    border-radius: 1em;
    padding: 0 0.6em;
  }

  .perspective-shared {
    border-width: 0.15em;
    font-weight: 700;
  }

  .body {
    padding-inline-start: 1.65em;
    margin-top: 0.5em;
  }

  .body[hidden],
  [id^='table-'][hidden] {
    display: none;
  }

  .subheading {
    font-size: 1em;
    margin: 0.75em 0 0.35em;
  }

  .indicator-summary,
  .indicators,
  .milestones {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }

  .indicator-summary {
    margin: 0.5em 0 0;
    padding-inline-start: 1.65em;
    font-size: 0.9em;
  }

  .indicator-line {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) minmax(4em, 8em) auto;
    gap: 0.25em 0.75em;
    align-items: center;
  }

  .indicator-line .forecast {
    grid-column: 1 / -1;
  }

  .indicator {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }

  .indicator-name {
    margin: 0;
  }

  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0.35em 0;
  }

  /* A long value wraps inside its figure instead of widening the card. */
  .figures > div {
    min-width: 0;
  }

  .figures dt {
    font-size: 0.85em;
    color: var(--_muted);
  }

  .figures dd {
    margin: 0;
    font-weight: 700;
  }

  .progress-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .bar {
    width: 100%;
    max-width: 12em;
    height: 0.6em;
    display: block;
  }

  .bar .track {
    fill: var(--_raised);
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }

  .bar .fill {
    fill: var(--_accent);
  }

  .bar .fill.forecast-at-risk {
    fill: var(--_warning);
  }

  .bar .fill.forecast-missed {
    fill: var(--_danger);
  }

  .bar .fill.forecast-reached {
    fill: var(--_success);
  }

  .forecast {
    display: flex;
    align-items: flex-start;
    gap: 0.3em;
    margin: 0.35em 0;
    font-weight: 700;
  }

  .forecast .icon {
    margin-top: 0.2em;
  }

  .chart-wrap {
    max-width: 20em;
    margin: 0.25em 0 0.5em;
  }

  .chart {
    width: 100%;
    height: auto;
    display: block;
    overflow: visible;
  }

  .chart .axis {
    stroke: var(--_border);
    stroke-width: 1;
  }

  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }

  .chart .point {
    fill: var(--_accent);
  }

  /* Provisional and estimated values: hollow. */
  .chart .point.tentative {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 1.5;
  }

  .chart .gap {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 1 3;
  }

  .chart .target {
    stroke: var(--_success);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }

  .chart .target-mark {
    fill: var(--_success);
  }

  /* Targets other than the one progress refers to. */
  .chart .target-mark.other {
    fill: var(--_surface);
    stroke: var(--_success);
    stroke-width: 1.5;
  }

  .chart .projection {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }

  .table-toggle {
    font-size: 0.9em;
  }

  .table-wrap {
    overflow-x: auto;
    margin-top: 0.5em;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }

  th[scope='row'] {
    font-weight: 400;
    white-space: nowrap;
  }

  .related,
  .reason,
  .description {
    margin: 0.35em 0;
  }

  @container (max-width: 30em) {
    .goals .goals {
      padding-inline-start: 0.35em;
      border-inline-start-width: 0.15em;
    }

    .goal {
      padding: 0.35em 0.5em 0.5em;
    }

    .toggle {
      padding-inline: 0;
    }

    .meta,
    .body,
    .indicator-summary {
      padding-inline-start: 0;
    }

    .indicator-line {
      grid-template-columns: minmax(0, 1fr) auto;
    }

    .indicator-line .bar {
      grid-column: 1 / -1;
      grid-row: 2;
      max-width: none;
    }

    .actions {
      margin-inline-start: 0;
    }

    th[scope='row'] {
      white-space: normal;
    }
  }

  @media print {
    .actions,
    .link-toggle,
    .table-toggle,
    .more {
      display: none;
    }
    .goal {
      break-inside: avoid-page;
    }
  }

  @media (forced-colors: active) {
    .bar .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar .fill,
    .chart .point,
    .chart .target-mark {
      fill: CanvasText;
    }
    .chart .point.tentative,
    .chart .target-mark.other {
      fill: Canvas;
      stroke: CanvasText;
    }
    .chart .line,
    .chart .gap,
    .chart .target,
    .chart .projection,
    .chart .axis {
      stroke: CanvasText;
    }
    .goal,
    .tag {
      border-color: CanvasText;
    }
    .link-toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
