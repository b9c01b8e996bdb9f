/** The items of a list; anything else (in a document that breaks the format) counts as none. */
export const itemsOf = <T>(list: readonly T[] | undefined): T[] =>
  Array.isArray(list) ? list.filter((item) => item !== null && typeof item === 'object') : [];
