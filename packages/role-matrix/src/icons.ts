import { svg, type SVGTemplateResult } from 'lit';

const icon = (shape: SVGTemplateResult, name: string): SVGTemplateResult =>
  svg`<svg class="icon ${name}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shape}</svg>`;

/** Two arrows pulling apart: marks a role conflict (always beside its text). */
export const conflictIcon = icon(
  svg`<path d="M1 3h9V1l4.5 3L10 7V5H1zm14 8H6V9l-4.5 3L6 15v-2h9z"/>`,
  'conflict',
);

/** A clock: the history of a role. */
export const historyIcon = icon(
  svg`<path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2a5 5 0 1 1 0 10A5 5 0 0 1 8 3zm-.75 1.5v4.1l3.2 1.9.75-1.25-2.45-1.45V4.5z"/>`,
  'history',
);
