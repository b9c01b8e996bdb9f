const KEPT = /^[A-Za-z0-9_.:~-]*$/;

/**
 * An item's id as it may stand in an element id, in an IDREF list (`aria-controls`) and in a
 * URL fragment: letters, digits and `_ . : ~ -` stay as they are (so every id of format 1.0
 * does), every other character is percent-encoded as UTF-8, `%` and spaces too.
 * `decodeURIComponent` gives the id back.
 */
export function idFragment(id: string): string {
  if (KEPT.test(id)) return id;
  return id.replace(/[^A-Za-z0-9_.:~-]/gu, (char) => {
    try {
      // encodeURIComponent leaves ! ' ( ) * as they are.
      return encodeURIComponent(char).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      );
    } catch {
      // an unpaired surrogate, which no document id holds (the schema refuses it)
      return '%EF%BF%BD';
    }
  });
}

/** `decodeURIComponent`, or undefined for a malformed escape (a fragment the kit did not write). */
export function decodeFragment(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}
