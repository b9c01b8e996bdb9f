/**
 * Where the text of `element` breaks inside a word without a hyphen: each line end found with
 * Range.getClientRects per character (a new line starts higher up than the last character's
 * bottom). A break after a space, a hyphen or a soft hyphen is fine; between two letters it is
 * a word broken mid-word, unless the browser hyphenates the language itself (then it draws a
 * hyphen the DOM does not hold, see `hyphenates`).
 */
export function midWordBreaks(element: Element): string[] {
  const found: string[] = [];
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let previous: { char: string; bottom: number; node: Text } | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      // A space at a line end takes no room: it still separates the words.
      if (/\s/.test(text[i]) && previous) previous.char = ' ';
      if (!box || !box.width) continue;
      if (previous && box.top >= previous.bottom - 1) {
        const letters = /[\p{L}\p{N}]/u;
        if (letters.test(previous.char) && letters.test(text[i]))
          found.push(`${(element.textContent ?? '').trim()}: …${previous.char}|${text[i]}…`);
      }
      previous = { char: text[i], bottom: box.bottom, node };
    }
  }
  return found;
}

/** Whether this browser hyphenates `lang` on its own (`hyphens: auto` needs its dictionary). */
export function hyphenates(lang: string, doc: Document = document): boolean {
  const probe = doc.createElement('div');
  probe.lang = lang;
  probe.style.cssText = 'position:absolute;visibility:hidden;width:6ch;font:16px monospace;hyphens:manual';
  probe.textContent = 'Zusammenarbeitsvereinbarung';
  doc.body.append(probe);
  const manual = probe.getBoundingClientRect().height;
  probe.style.hyphens = 'auto';
  const auto = probe.getBoundingClientRect().height;
  probe.remove();
  return auto > manual;
}
