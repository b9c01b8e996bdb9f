import { css, svg, type SVGTemplateResult } from 'lit';

/** The shapes a status can take: the goal tracker's goal statuses, the summary's conditions. */
export type StatusShape = 'achieved' | 'on-track' | 'at-risk' | 'planned' | 'dropped' | 'unknown';

/** One shape per status, so status never rests on colour alone. */
const PATHS: Record<StatusShape, SVGTemplateResult> = {
  achieved: svg`<circle cx="8" cy="8" r="7"/><path class="mark" d="M4.5 8.2l2.3 2.3 4.7-4.9"/>`,
  'on-track': svg`<circle cx="8" cy="8" r="7"/><path class="mark" d="M4.5 8h6M8 5l3 3-3 3"/>`,
  'at-risk': svg`<path d="M8 1.2 15 14.5H1z"/><path class="mark" d="M8 6v4M8 11.6v.4"/>`,
  planned: svg`<circle class="hollow" cx="8" cy="8" r="6.3"/><path class="mark-dark" d="M8 4.5V8l2.5 1.5"/>`,
  dropped: svg`<circle cx="8" cy="8" r="7"/><path class="mark" d="M5 5l6 6M11 5l-6 6"/>`,
  unknown: svg`<circle class="hollow" cx="8" cy="8" r="6.3"/>`,
};

/** A status's icon (`.icon`, see `statusIconStyles`); decorative: its word always stands beside it. */
export function statusShape(shape: StatusShape): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${
    PATHS[shape] ?? PATHS.unknown
  }</svg>`;
}

/** The look of `statusShape` icons: in the text colour, the marks cut out of them. */
export const statusIconStyles = css`
  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
    stroke: none;
  }

  .icon .mark {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 1.8;
    stroke-linecap: round;
  }

  .icon .hollow {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }

  .icon .mark-dark {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }

  @media (forced-colors: active) {
    .icon {
      fill: CanvasText;
    }
    .icon .mark {
      stroke: Canvas;
    }
  }
`;
