// Makes a document `factor` times larger by repeating every list with fresh ids, keeping every
// reference inside its own copy so the result is as valid (and as connected) as the original.
const LISTS = [
  'actors',
  'relations',
  'roles',
  'assignments',
  'conflicts',
  'conflictRules',
  'goals',
  'phases',
  'milestones',
  'entries',
];
const REFERENCE_FIELDS = new Set([
  'id',
  'parent',
  'source',
  'target',
  'actor',
  'role',
  'roles',
  'basedOn',
  'owners',
  'funders',
  'followUp',
  'goals',
  'actors',
  'milestones',
  'phase',
  'body',
]);
const TITLE_FIELDS = new Set(['name', 'title']);

function suffixed(value, suffix) {
  if (typeof value === 'string') return value + suffix;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v + suffix : v));
  return value;
}

function copyItem(item, suffix, label) {
  const copy = structuredClone(item);
  const visit = (node, depth) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (
        REFERENCE_FIELDS.has(key) &&
        (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')))
      ) {
        node[key] = suffixed(value, suffix);
      } else if (depth === 0 && TITLE_FIELDS.has(key) && typeof value === 'string') {
        node[key] = `${value} ${label}`;
      } else if (key === 'how') {
        visit(value, depth + 1);
      }
    }
  };
  visit(copy, 0);
  return copy;
}

export function scaleDocument(document, factor) {
  const scaled = structuredClone(document);
  for (const list of LISTS) {
    const items = document[list];
    if (!Array.isArray(items)) continue;
    scaled[list] = [];
    for (let i = 0; i < factor; i++) {
      for (const item of items)
        scaled[list].push(i === 0 ? structuredClone(item) : copyItem(item, `-x${i}`, `(${i + 1})`));
    }
  }
  return scaled;
}

/**
 * A document with `factor` times the entries of `list` and everything else as it is: copies get
 * new ids and are moved back in time by `stepDays` per copy, so a long record spans many years
 * with the same actors and goals (as a real one does).
 */
export function repeatList(document, list, factor, stepDays = 7) {
  const scaled = structuredClone(document);
  const items = document[list] ?? [];
  scaled[list] = [];
  for (let i = 0; i < factor; i++) {
    for (const item of items) {
      const copy = structuredClone(item);
      if (i > 0) {
        copy.id = `${item.id}-x${i}`;
        if (typeof copy.date === 'string') {
          const time = Date.parse(copy.date.slice(0, 10)) - i * stepDays * 86_400_000;
          copy.date = new Date(time).toISOString().slice(0, 10);
        }
      }
      scaled[list].push(copy);
    }
  }
  return scaled;
}
