import { titleSize } from '@koop/core';
import { css } from 'lit';

// Sector colours: at least 3:1 against the surface in light and dark (shapes carry the same
// information, so colour is never the only cue).
const darkSectors = css`
  --_civil-society: var(--koop-sector-civil-society, #6fd08c);
  --_intermediary: var(--koop-sector-intermediary, #b8c0cc);
  --_administration: var(--koop-sector-administration, #8cbcff);
  --_politics: var(--koop-sector-politics, #d0a8f0);
  --_funder: var(--koop-sector-funder, #e6c94f);
  --_business: var(--koop-sector-business, #ffaf66);
  --_science: var(--koop-sector-science, #5fd3e3);
  --_media: var(--koop-sector-media, #f39ac4);
`;

export const partnerMapStyles = css`
  :host {
    --_civil-society: var(--koop-sector-civil-society, #1f7a3a);
    --_intermediary: var(--koop-sector-intermediary, #5d6470);
    --_administration: var(--koop-sector-administration, #1f5fae);
    --_politics: var(--koop-sector-politics, #7b3fa0);
    --_funder: var(--koop-sector-funder, #856a00);
    --_business: var(--koop-sector-business, #b35400);
    --_science: var(--koop-sector-science, #00798c);
    --_media: var(--koop-sector-media, #a8326b);
  }

  :host([theme='dark']) {
    ${darkSectors}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkSectors}
    }
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }

  .header [role='heading'] {
    ${titleSize}
  }

  .summary,
  .note,
  .keys,
  .controls,
  .buttons,
  .toolbar,
  .legend [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .controls {
    justify-content: space-between;
    margin-bottom: 0.75em;
  }

  button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_surface);
    border-color: var(--_text);
    font-weight: 700;
  }

  .time {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .time input {
    /* A slider's own font is the browser's 13.33 px: inherit, so 14em follows the page. */
    font: inherit;
    width: 14em;
    max-width: 100%;
    min-height: 2.75em;
    accent-color: var(--_accent);
  }

  .legend {
    margin-bottom: 0.75em;
  }

  .legend summary {
    font-weight: 700;
    cursor: pointer;
    min-height: 2em;
    margin-bottom: 0.25em;
  }

  .legend [role='toolbar'] {
    gap: 0.35em;
    margin-bottom: 0.35em;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25em;
    padding: 0.2em 0.6em;
    border-radius: 1.2em;
  }

  .chip[aria-pressed='false'] {
    background: none;
    border-style: dashed;
    text-decoration: line-through;
  }

  .chip[aria-pressed='true'] {
    background: var(--_raised);
    color: var(--_text);
    border-color: var(--_text);
    font-weight: 400;
  }

  .key {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    overflow: visible;
  }

  .key.line {
    width: 2.25em;
  }

  li > .key {
    vertical-align: -0.2em;
    margin-inline-end: 0.35em;
  }

  .note {
    font-size: 0.9em;
  }

  .toolbar {
    margin-bottom: 0.5em;
  }

  .toolbar button {
    min-width: 2.75em;
    text-align: center;
  }

  .stage {
    position: relative;
  }

  .map {
    display: block;
    width: 100%;
    height: 32em;
    max-height: 75vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    touch-action: none;
    cursor: grab;
    user-select: none;
    overflow: hidden;
  }

  .map:active {
    cursor: grabbing;
  }

  /* The graph is painted once on a layer of its own; hover and selection change only the overlay. */
  .base {
    will-change: transform;
  }

  .overlay {
    position: absolute;
    inset: 0;
    height: 100%;
    max-height: none;
    border-color: transparent;
    background: none;
    pointer-events: none;
  }

  /* On paper: the map at page width (a viewBox of its screen size, see fitToPaper), no controls. */
  @media print {
    .controls,
    .toolbar,
    .overlay,
    .keys {
      display: none;
    }
    .map {
      height: auto;
      max-height: none;
    }
  }

  .arranging {
    min-height: 8em;
  }

  .keys {
    font-size: 0.9em;
    margin-top: 0.35em;
  }

  /* Relations: line style by type (plus colour, label and legend). */
  /* Relations: line style by type (plus colour, label and legend). Lines keep their width and
     pattern on screen at every zoom level. */
  .e,
  .hover-ring,
  .focus-ring,
  .hint-edges {
    fill: none;
    vector-effect: non-scaling-stroke;
  }

  .e {
    stroke: var(--_edge, var(--_muted));
    stroke-width: 1.6;
  }

  .a {
    fill: var(--_edge, var(--_muted));
  }

  .t-funding {
    --_edge: var(--_success);
    stroke-width: 5;
  }

  .e.inner {
    stroke: var(--_surface);
    stroke-width: 1.8;
  }

  .t-mandate {
    --_edge: var(--_accent);
    stroke-dasharray: 10 5;
  }

  .t-membership {
    stroke-width: 3;
    stroke-linecap: round;
    stroke-dasharray: 0.1 5.5;
  }

  .t-information {
    stroke-dasharray: 4 4;
  }

  .t-advice {
    stroke-dasharray: 10 4 2 4;
  }

  .t-dependency {
    --_edge: var(--_warning);
    stroke-dasharray: 10 3 2 3 2 3;
  }

  .t-conflict {
    --_edge: var(--_danger);
  }

  /* Any other kind of relation (its label says which): long dashes. */
  .t-other {
    stroke-dasharray: 14 3;
  }

  .t-parent {
    --_edge: var(--_border);
    stroke-width: 1.2;
    stroke-dasharray: 1 2.5;
  }

  .hint-edges {
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-opacity: 0.6;
  }

  /* Actors: sector by colour and shape. */
  .n path,
  .key:not(.line) path {
    stroke: var(--_text);
    stroke-width: 1.2;
    fill: var(--_c, var(--_surface));
  }

  .s-civil-society {
    --_c: var(--_civil-society);
  }
  .s-intermediary {
    --_c: var(--_intermediary);
  }
  .s-administration {
    --_c: var(--_administration);
  }
  .s-politics {
    --_c: var(--_politics);
  }
  .s-funder {
    --_c: var(--_funder);
  }
  .s-business {
    --_c: var(--_business);
  }
  .s-science {
    --_c: var(--_science);
  }
  .s-media {
    --_c: var(--_media);
  }

  .n {
    cursor: pointer;
    outline: none;
  }

  .hover-ring {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }

  .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3.5;
  }

  /* Actors linked to a selection in another widget: a dashed ring, not colour alone. */
  .linked-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-dasharray: 4 3;
  }

  /* Labels: a halo of the background keeps them at text contrast over lines. */
  /* Label size in map units (the camera scales it with zoom and the page's font size). */
  .lb,
  .title {
    font-size: 12.8px;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3.5;
    stroke-linejoin: round;
    paint-order: stroke;
    text-anchor: middle;
    pointer-events: none;
  }

  .title {
    font-weight: 700;
  }

  @container (max-width: 30em) {
    .map {
      height: 24em;
    }

    .controls {
      justify-content: flex-start;
    }
  }

  @media (forced-colors: active) {
    .n path,
    .key:not(.line) path {
      fill: Canvas;
      stroke: CanvasText;
      forced-color-adjust: none;
    }
    .e,
    .a {
      --_edge: CanvasText;
    }
    .hint-edges {
      stroke: CanvasText;
    }
    .e.inner {
      stroke: Canvas;
    }
    .lb,
    .title {
      fill: CanvasText;
      stroke: Canvas;
    }
    .focus-ring,
    .hover-ring,
    .linked-ring {
      stroke: Highlight;
    }
    .map {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
