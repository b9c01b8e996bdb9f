import { ElementSize, fontOf, textWidth } from '@koop/core';
import type { ReactiveControllerHost } from 'lit';

/** At this width (px) and below, the table becomes a list per actor. */
const NARROW = 480;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The matrix's fit to its box: whether the box is narrow (the list layout), columns as wide as
 * their headers' words, and the fades and hint where the table scrolls sideways.
 */
export class TableFit {
  private fitted?: { key: string; frame: Element };
  private readonly size: ElementSize;

  /** `narrow`: whether the host is narrow now; `changed` is called when that changes. */
  constructor(
    private readonly host: Host,
    private readonly narrow: () => boolean | undefined,
    private readonly changed: (narrow: boolean) => void,
  ) {
    // Deferred: the list layout changes the host's size, which inside the observer would loop.
    this.size = new ElementSize(host, {
      deferred: true,
      onResize: ({ width }) => {
        const narrow = width <= NARROW;
        if (narrow !== this.narrow()) this.changed(narrow);
        else this.showScroll();
      },
    });
  }

  /** Whether the host is narrow, measured now (before the observer first reports). */
  measure(): boolean {
    this.size.measure();
    return this.size.width > 0 && this.size.width <= NARROW;
  }

  /**
   * Columns at least as wide as the longest word of their headers (parts of a hyphenated word
   * count apart): a fixed layout would otherwise break "Koordinationsstelle" mid-word wherever
   * the browser has no hyphenation dictionary for the language. The table scrolls instead.
   * `key` names what the headers say; the same key in the same frame is not measured again.
   */
  fitColumns(table: HTMLTableElement, key: string): void {
    const role = table.querySelector('thead button.role');
    const actor = table.querySelector('tbody th[scope="row"] .name');
    const frame = table.closest<HTMLElement>('.table-frame');
    if (!role || !frame || (this.fitted?.key === key && this.fitted.frame === frame)) return;
    this.fitted = { key, frame };
    const widest = (elements: Iterable<Element>, sample: Element) => {
      const font = fontOf(sample);
      let max = 0;
      for (const element of elements)
        for (const word of (element.textContent ?? '').split(/\s+|(?<=-)/))
          max = Math.max(max, textWidth(word, font));
      return max / parseFloat(getComputedStyle(table).fontSize);
    };
    // Padding of the cell and the button, the clock icon beside the last word, some room.
    const column = widest(table.querySelectorAll('thead button.role'), role) + 3.4;
    frame.style.setProperty('--_column', `${Math.max(11, Math.ceil(column * 4) / 4)}em`);
    if (actor) {
      const first = widest(table.querySelectorAll('tbody th[scope="row"] .name'), actor) + 2;
      frame.style.setProperty('--_first', `${Math.max(12, Math.ceil(first * 4) / 4)}em`);
    }
  }

  readonly onScroll = () => this.showScroll();

  /** A fade at the edge where more columns wait, and a hint in words below the table. */
  showScroll(): void {
    const wrap = this.host.renderRoot.querySelector<HTMLElement>('.table-wrap');
    const frame = wrap?.parentElement;
    if (!wrap || !frame) return;
    const more = wrap.scrollWidth - wrap.clientWidth;
    frame.classList.toggle('scrolls', more > 1);
    frame.classList.toggle('more-end', more > 1 && Math.abs(wrap.scrollLeft) < more - 1);
    frame.classList.toggle('more-start', Math.abs(wrap.scrollLeft) > 1);
  }
}
