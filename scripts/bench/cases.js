// The benchmark cases: which widget (or `validate`, the one-time document check), on which
// document, how many runs, and the budget for the median in ms. Other widgets add their cases.
export const documents = {
  demo: { url: '/demo/data/equal-strategien.json', factor: 1 },
  'demo ×10': { url: '/demo/data/equal-strategien.json', factor: 10 },
  'demo ×100': { url: '/demo/data/equal-strategien.json', factor: 100 },
};

export const cases = [
  { widget: 'validate', document: 'demo', runs: 40 },
  { widget: 'validate', document: 'demo ×10', runs: 20 },
  { widget: 'validate', document: 'demo ×100', runs: 10 },
  { widget: 'koop-goal-tracker', document: 'demo', runs: 40, budget: 16 },
  { widget: 'koop-goal-tracker', document: 'demo ×10', runs: 20 },
  { widget: 'koop-goal-tracker', document: 'demo ×100', runs: 10, budget: 100 },
];
