// Every element module the build writes, with its source and its size budgets (gzipped bytes,
// with the chunks it imports statically, i.e. Lit; see scripts/size.mjs). A widget's `budgets`:
// `first` (its module as the first widget on a page, default 24 KB) and `increment` (what it
// adds over the base all widgets share, default 9 KB). Other issues add their elements here.
export const elements = [
  // Never on a page without a widget: what it adds over the base the widgets share (was 16 KB
  // with its imports, when the base was a dozen small chunks; it loads the base chunk now).
  { name: 'koop-data', source: 'packages/core/src/koop-data.ts', budgets: { increment: 3 * 1024 } },
  { name: 'koop-goal-tracker', source: 'packages/goal-tracker/src/goal-tracker.ts' },
  {
    name: 'koop-milestone-timeline',
    source: 'packages/milestone-timeline/src/milestone-timeline.ts',
    budgets: { first: 26 * 1024 },
  },
  // The budget: its own increment over the shared base at most 8 KB.
  {
    name: 'koop-actor-directory',
    source: 'packages/actor-directory/src/actor-directory.ts',
    budgets: { increment: 8 * 1024 },
  },
  {
    name: 'koop-partner-map',
    source: 'packages/partner-map/src/partner-map.ts',
    budgets: { first: 30 * 1024, increment: 13 * 1024 },
  },
  {
    name: 'koop-role-matrix',
    source: 'packages/role-matrix/src/role-matrix.ts',
    budgets: { first: 25 * 1024 },
  },
  { name: 'koop-transparency-feed', source: 'packages/transparency-feed/src/transparency-feed.ts' },
  // Issue 19: at most 8 KB over the shared base.
  {
    name: 'koop-cooperation-summary',
    source: 'packages/cooperation-summary/src/cooperation-summary.ts',
    budgets: { increment: 8 * 1024 },
    // A compact card: the height it reserves before it is defined (dist/koop.css; default 45em).
    reserve: '16em',
  },
];

/** The all-in-one bundle for one paste-in script tag. */
export const bundle = { name: 'koop', source: 'packages/kit/src/koop.ts', budget: 75 * 1024 };

/** Further modules with budgets of their own. */
export const extras = [
  // Loads only the element modules a page uses, from its own folder.
  { name: 'koop-autoloader', source: 'packages/kit/src/autoloader.ts', budget: 2 * 1024 },
  // Only the page that edits loads it: not in koop.js, nor in the autoloader's list. Built on
  // its own (chunks in dist/editor/), so no widget module shares a chunk with it; its preview
  // loads the widgets on demand from there.
  {
    name: 'koop-editor',
    source: 'packages/editor/src/koop-editor.ts',
    budget: 60 * 1024,
    separate: 'editor',
  },
];
