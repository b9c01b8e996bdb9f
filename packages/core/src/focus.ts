/**
 * Moves focus to an element that does not take it by itself (a status line, a heading, the
 * widget's box): where focus belongs after the control the reader used goes away, so it never
 * falls back to the start of the page. The element stays focusable (by script only) while it
 * has focus.
 */
export function focusHere(element: HTMLElement | null | undefined, options?: FocusOptions): void {
  if (!element) return;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.tabIndex = -1;
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus(options);
}
