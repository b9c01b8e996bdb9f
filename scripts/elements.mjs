// Every element module the build writes, with its source and its size budget (gzipped bytes,
// including the chunks it imports, i.e. Lit). Other issues add their elements here.
export const elements = [
  { name: 'koop-data', source: 'packages/core/src/koop-data.ts', budget: 16 * 1024 },
  { name: 'koop-goal-tracker', source: 'packages/goal-tracker/src/goal-tracker.ts', budget: 20 * 1024 },
  {
    name: 'koop-milestone-timeline',
    source: 'packages/milestone-timeline/src/milestone-timeline.ts',
    budget: 20 * 1024,
  },
  { name: 'koop-partner-map', source: 'packages/partner-map/src/partner-map.ts', budget: 26 * 1024 },
  {
    name: 'koop-actor-directory',
    source: 'packages/actor-directory/src/actor-directory.ts',
    budget: 20 * 1024,
  },
  { name: 'koop-role-matrix', source: 'packages/role-matrix/src/role-matrix.ts', budget: 20 * 1024 },
  {
    name: 'koop-transparency-feed',
    source: 'packages/transparency-feed/src/transparency-feed.ts',
    budget: 20 * 1024,
  },
];

/** The all-in-one bundle for one paste-in script tag. */
export const bundle = { name: 'koop', source: 'packages/kit/src/koop.ts', budget: 80 * 1024 };

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
