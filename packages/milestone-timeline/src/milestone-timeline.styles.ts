import { headerStyles } from '@koop/core';
import { css } from 'lit';

export const timelineStyles = css`
  ${headerStyles}

  .summary,
  .range {
    margin: 0;
    color: var(--_muted);
  }

  .range {
    font-size: 0.9em;
    margin: 0.5em 0 0.25em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }

  button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }

  .list-toggle {
    margin-inline-start: auto;
  }

  .axis-wrap {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    min-width: 0;
  }

  .axis {
    display: block;
    width: 100%;
    height: auto;
    touch-action: pan-y;
    user-select: none;
    cursor: grab;
  }

  .axis text {
    font-size: 0.85em;
  }

  .grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }

  .grid.major {
    stroke-opacity: 1;
  }

  .scale text,
  .lane-label {
    fill: var(--_muted);
  }

  .lane-label {
    font-weight: 700;
  }

  .band rect {
    fill: var(--_raised);
    stroke: var(--_border);
  }

  .band.funding rect {
    fill: var(--_surface);
    stroke-dasharray: 5 3;
    stroke-width: 1.5;
  }

  .band text,
  .ms text {
    fill: var(--_text);
  }

  /* A title shown in full on hover or focus may cross other marks: a halo keeps it legible. */
  .ms text.tip {
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 0.35em;
    stroke-linejoin: round;
  }

  .today line {
    stroke: var(--_accent);
    stroke-width: 2;
  }

  .today text {
    fill: var(--_accent);
    font-weight: 700;
  }

  .cliff line {
    stroke: var(--_danger);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }

  .cliff .warn {
    fill: var(--_danger);
  }

  .ms {
    cursor: pointer;
    outline: none;
  }

  .status-planned,
  .status-none {
    color: var(--_accent);
  }

  .status-reached {
    color: var(--_success);
  }

  .status-delayed {
    color: var(--_warning);
  }

  .status-dropped {
    color: var(--_neutral);
  }

  .shape {
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 1.5;
  }

  .status-planned .shape,
  .status-dropped .shape {
    fill: var(--_surface);
  }

  .mark {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 2;
    stroke-linecap: round;
  }

  .status-dropped .mark {
    stroke: currentColor;
  }

  .ghost {
    fill: none;
    stroke: currentColor;
    stroke-dasharray: 2 2;
  }

  .delay,
  .span,
  .overdue {
    stroke: currentColor;
    stroke-width: 1.5;
  }

  .delay {
    stroke-dasharray: 4 2;
  }

  .span {
    stroke-width: 2;
    stroke-opacity: 0.6;
  }

  .overdue {
    stroke-dasharray: 1 4;
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .ring {
    fill: none;
    stroke: none;
  }

  .ms.selected .ring {
    fill: var(--_raised);
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  .ms.selected text {
    font-weight: 700;
  }

  /* Linked to a selection in another widget: a dashed ring, not colour alone. */
  .ms.linked .ring {
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }

  .item.linked {
    border-color: var(--_accent);
    border-inline-start-width: 0.35em;
  }

  .ms:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }

  .details {
    margin-top: 0.75em;
    padding: 0.6em 0.85em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
  }

  .details > .muted {
    margin: 0;
  }

  .details-title,
  .item-title {
    font-size: 1.05em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9em;
  }

  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 700;
  }

  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    vertical-align: -0.2em;
    margin-inline-end: 0.35em;
    overflow: visible;
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15em;
    margin: 0 0 0.5em;
  }

  .facts div {
    display: grid;
    /* Room for "Verantwortlich", the longest label: it never breaks mid-word. */
    grid-template-columns: 9.5em minmax(0, 1fr);
    gap: 0 0.75em;
  }

  .facts dt {
    font-weight: 700;
  }

  .facts dd {
    margin: 0;
  }

  .questions {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0 0 0.5em;
  }

  .subheading {
    margin-top: 1em;
  }

  .phases {
    list-style: disc;
    padding-inline-start: 1.25em;
  }

  .list {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  /* Long lists only: off-screen items skip layout and paint (a short one would leave blank
   * areas in full-page captures for nothing; print shows every item, see the theme). */
  .list.long > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
  }

  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.85em;
  }

  .item-toggle {
    padding: 0.25em 0;
    min-height: 2.25em;
  }

  .item > .meta {
    margin: 0 0 0.25em;
  }

  .item-body[hidden] {
    display: none;
  }

  .item:focus {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  .more {
    margin-top: 0.75em;
  }

  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.75em 0 0;
    font-size: 0.9em;
  }

  .cliff {
    border-inline-start-color: var(--_danger);
  }

  .cliff ul,
  .undated ul {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0 0 0.5em;
  }

  .undated {
    margin-top: 1em;
  }

  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  [part~='base'] {
    overflow-wrap: anywhere;
  }

  @container (max-width: 30em) {
    .facts div {
      grid-template-columns: minmax(0, 1fr);
    }

    .list-toggle {
      margin-inline-start: 0;
    }
  }

  @media print {
    .controls,
    .more {
      display: none;
    }
    .item {
      break-inside: avoid-page;
    }
  }

  @media (forced-colors: active) {
    .ms,
    .icon,
    .status {
      color: CanvasText;
    }
    .status-planned .shape,
    .status-dropped .shape,
    .band rect,
    .ms.selected .ring {
      fill: Canvas;
    }
    .mark {
      stroke: Canvas;
    }
    .status-dropped .mark,
    .band rect,
    .grid,
    .today line,
    .cliff line {
      stroke: CanvasText;
    }
    .axis text,
    .cliff .warn {
      fill: CanvasText;
    }
    .ms text.tip {
      stroke: Canvas;
    }
    .ms.selected .ring,
    .ms.linked .ring,
    .ms:focus-visible .ring {
      stroke: Highlight;
    }
    .axis-wrap,
    .details,
    .item {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
