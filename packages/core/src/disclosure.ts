import { svg, type SVGTemplateResult } from 'lit';

/**
 * The arrow of a disclosure button (a goal, a list item with details): it points down while
 * the button's `aria-expanded` is true (theme styles). Decorative: the button has words.
 */
export const chevron: SVGTemplateResult = svg`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M5 3l5 5-5 5"/></svg>`;
