import { css } from 'lit';

/**
 * The space a widget reserves, so the page does not shift when the widget's module and its
 * document arrive: at least `--koop-height` (the page's stylesheet), or the `height` attribute
 * where the browser reads typed `attr()` (an editor's hint, e.g. `height="30em"`), else 45em:
 * about a screen from wherever the widget starts in the first one, so its growth happens below
 * the viewport. A minimum, kept after the document shows, so a shorter widget never pulls
 * up the text below it. dist/koop.css reserves the same before the element is defined.
 */
export const reserveStyles = css`
  :host {
    min-height: var(--koop-height, 45em);
    min-height: attr(height type(<length>), var(--koop-height, 45em));
  }

  @media print {
    :host {
      min-height: 0;
    }
  }
`;
