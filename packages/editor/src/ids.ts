// Ids are made from names (`Bürgerstiftung Musterstadt` → `buergerstiftung-musterstadt`), so an
// editor never types one; they match the format's id pattern and are unique within their list.

const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  œ: 'oe',
};
const MAX_LENGTH = 48;

/** A readable id from a name: lower case, ASCII letters and digits joined by `-`. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüßæøœ]/g, (char) => TRANSLITERATION[char])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
}

/**
 * An id for `name` that no id in `taken` has: the slug, else the slug with `-2`, `-3` …;
 * `fallback` (the kind of item, e.g. `akteur`) when the name gives no letters.
 */
export function uniqueId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slug(name) || slug(fallback) || 'item';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
