// The benchmark cases: which widget (or `validate`, the one-time document check), on which
// document, how many runs, and the budget for the median in ms. Other widgets add their cases.
export const documents = {
  demo: { url: '/demo/data/equal-strategien.json', factor: 1 },
  'demo ×10': { url: '/demo/data/equal-strategien.json', factor: 10 },
  'demo ×100': { url: '/demo/data/equal-strategien.json', factor: 100 },
  // The co-production record (24 entries) repeated 417 times: 10,008 entries over eight years,
  // with the document's own actors and goals.
  '10,000 entries': { url: '/demo/data/ko-produktion.json', factor: 417, only: 'entries' },
  '1,000 milestones, 20 phases': { generate: 'timeline', milestones: 1000, phases: 20 },
  '200 actors × 30 roles': { generate: 'roles', actors: 200, roles: 30 },
  '500 actors, 1,500 relations': { generate: 'network', actors: 500, relations: 1500 },
  '2,000 actors, 6,000 relations': { generate: 'network', actors: 2000, relations: 6000 },
  // The Chancenportal demo (8 actors, 12 offers) and 500 actors with 10 offers each.
  'directory demo': { url: '/demo/data/chancenportal.json', factor: 1 },
  '5,000 offers': { generate: 'directory', actors: 500, offers: 10 },
};

export const cases = [
  { widget: 'validate', document: 'demo', runs: 40 },
  { widget: 'validate', document: 'demo ×10', runs: 20 },
  { widget: 'validate', document: 'demo ×100', runs: 10 },
  { widget: 'koop-goal-tracker', document: 'demo', runs: 40, budget: 16 },
  { widget: 'koop-goal-tracker', document: 'demo ×10', runs: 20 },
  { widget: 'koop-goal-tracker', document: 'demo ×100', runs: 10, budget: 100 },
  { widget: 'koop-transparency-feed', document: 'demo', runs: 40 },
  { widget: 'koop-transparency-feed', document: 'demo ×10', runs: 20 },
  { widget: 'koop-transparency-feed', document: '10,000 entries', runs: 20, budget: 50 },
  // Interaction cases: the time from changing a filter to the next complete frame.
  {
    widget: 'koop-transparency-feed',
    document: '10,000 entries',
    runs: 20,
    budget: 50,
    interaction: 'filter',
  },
  {
    widget: 'koop-transparency-feed',
    document: '10,000 entries',
    runs: 20,
    budget: 50,
    interaction: 'keystroke',
  },
  { widget: 'koop-milestone-timeline', document: 'demo', runs: 40 },
  { widget: 'koop-milestone-timeline', document: '1,000 milestones, 20 phases', runs: 20, budget: 100 },
  { widget: 'koop-role-matrix', document: 'demo', runs: 40 },
  { widget: 'koop-role-matrix', document: '200 actors × 30 roles', runs: 20, budget: 50 },
  // Knight Lab's TimelineJS3 on the same 1,000 events, for the ratio the timeline issue asks for.
  { widget: 'timelinejs', document: '1,000 milestones, 20 phases', runs: 5 },
  { widget: 'koop-partner-map', document: 'demo', runs: 40 },
  { widget: 'koop-partner-map', document: '500 actors, 1,500 relations', runs: 20, budget: 300 },
  { widget: 'koop-partner-map', document: '2,000 actors, 6,000 relations', runs: 9, budget: 1500 },
  {
    widget: 'koop-partner-map',
    document: '500 actors, 1,500 relations',
    runs: 20,
    budget: 16,
    interaction: 'select',
  },
  {
    widget: 'koop-partner-map',
    document: '500 actors, 1,500 relations',
    runs: 20,
    budget: 16,
    interaction: 'hover',
  },
  // The cooperation summary: every line worked out from the whole document on first render.
  { widget: 'koop-cooperation-summary', document: 'demo', runs: 40, budget: 16 },
  { widget: 'koop-cooperation-summary', document: 'demo ×100', runs: 10 },
  { widget: 'koop-actor-directory', document: 'directory demo', runs: 40, budget: 16 },
  { widget: 'koop-actor-directory', document: '5,000 offers', runs: 20, budget: 50 },
  // A keystroke in the search field to the next complete frame.
  {
    widget: 'koop-actor-directory',
    document: '5,000 offers',
    runs: 20,
    budget: 16,
    interaction: 'keystroke',
  },
  // vis-network on the same graph, for the ratio the partner-map issue asks for.
  { widget: 'vis-network', document: '500 actors, 1,500 relations', runs: 2 },
  // The editor: opening a parsed document (form, check, preview shown) and a keystroke in a text
  // field to the updated check and preview. `open` in the document part (preview: goal tracker);
  // keystrokes in the cooperation's name and in an actor's name (preview: partner map).
  { widget: 'koop-editor', document: 'demo ×10', runs: 10, budget: 300, interaction: 'open' },
  { widget: 'koop-editor', document: 'demo ×100', runs: 5, budget: 1500, interaction: 'open' },
  { widget: 'koop-editor', document: 'demo ×10', runs: 20, budget: 50, interaction: 'keystroke' },
  { widget: 'koop-editor', document: 'demo ×100', runs: 10, budget: 100, interaction: 'keystroke' },
  { widget: 'koop-editor', document: 'demo ×10', runs: 20, budget: 50, interaction: 'keystroke in an actor' },
  {
    widget: 'koop-editor',
    document: 'demo ×100',
    runs: 10,
    budget: 100,
    interaction: 'keystroke in an actor',
  },
];
