// The raw-data cases of npm run bench, measured the way a page uses the kit: the element gets a
// freshly parsed document (`el.data = json`, never validated before) and the clock stops after
// `updateComplete` and one animation frame, so validation and normalisation are included. Each
// document's row also times `JSON.parse` of the same text and the kit's check of a fresh parse
// in the same run, and prints their ratio. Runs in the page (runRawCase) and in Node (the case
// list and the table).
import { scaleDocument } from './scale.js';

const DEMO = '/demo/data/equal-strategien.json';
export const rawDocuments = { demo: 1, 'demo ×10': 10, 'demo ×100': 100 };
const WIDGETS = [
  'koop-goal-tracker',
  'koop-transparency-feed',
  'koop-milestone-timeline',
  'koop-role-matrix',
  'koop-partner-map',
];
// First render, raw data in (issue 20): the median's budget in ms.
const BUDGETS = {
  demo: () => 16,
  'demo ×10': (widget) => (widget === 'koop-partner-map' ? 120 : 40),
  'demo ×100': (widget) => (widget === 'koop-partner-map' ? 1500 : 250),
};
const RUNS = { demo: 20, 'demo ×10': 10, 'demo ×100': 5 };

export const rawCases = Object.keys(rawDocuments).flatMap((document) => [
  { widget: 'check', document, runs: RUNS[document] * 2 },
  ...WIDGETS.map((widget) => ({
    widget,
    document,
    runs: RUNS[document],
    budget: BUDGETS[document](widget),
  })),
]);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const texts = new Map();

async function textOf(name) {
  if (!texts.has(name)) {
    const demo = await (await fetch(DEMO)).json();
    texts.set(name, JSON.stringify(scaleDocument(demo, rawDocuments[name])));
  }
  return texts.get(name);
}

const timed = (make) => {
  const start = performance.now();
  const value = make();
  return [value, performance.now() - start];
};

/** One raw-data case in the benchmark page: times in ms, medians over `runs` after two warm-ups. */
export async function runRawCase({ widget, document: name, runs }) {
  const text = await textOf(name);
  const kit = await import('/dist/koop.js');
  const parse = [];
  const check = [];
  const validate = [];
  const render = [];
  const load = [];
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const stage = window.document.getElementById('stage');
  if (widget !== 'check') await customElements.whenDefined(widget);
  for (let run = 0; run < runs + 2; run++) {
    await frame();
    const [fresh, parsed] = timed(() => JSON.parse(text));
    if (widget === 'check') {
      const [result, checked] = timed(() => kit.checkDocument(fresh));
      if (!result.valid) throw new Error(`${name} is invalid`);
      const [, validated] = timed(() => kit.validateDocument(JSON.parse(text)));
      if (run < 2) continue;
      validate.push(validated);
      check.push(checked);
      parse.push(parsed);
      continue;
    }
    await frame();
    const element = window.document.createElement(widget);
    let loadedAt = 0;
    element.addEventListener('koop-load', () => (loadedAt = performance.now()), { once: true });
    const start = performance.now();
    element.data = fresh;
    stage.append(element);
    await element.updateComplete;
    await frame();
    const time = performance.now() - start;
    if (
      !element.shadowRoot.querySelector('[part~="base"]') ||
      element.shadowRoot.querySelector('[role="alert"]')
    )
      throw new Error(`${widget} did not render ${name}`);
    element.remove();
    if (run < 2) continue;
    render.push(time);
    load.push(loadedAt - start);
    parse.push(parsed);
  }
  await frame();
  observer.disconnect();
  const of = (values) =>
    values.length
      ? { median: median(values), min: Math.min(...values), max: Math.max(...values) }
      : undefined;
  return {
    parse: of(parse),
    check: of(check),
    validate: of(validate),
    render: of(render),
    load: of(load),
    longestTask,
  };
}

const fmt = (ms) => (ms === undefined ? '–' : `${ms.toFixed(1)} ms`);
const range = (stat) => (stat ? `${stat.min.toFixed(1)} – ${stat.max.toFixed(1)}` : '–');

/** The raw-data tables, as lines of text. */
export function rawTable(results) {
  const table = (header, rows) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
    return [line(header), ...rows.map(line)];
  };
  const checks = results.filter((r) => r.widget === 'check');
  const renders = results.filter((r) => r.widget !== 'check');
  return [
    '',
    'Raw data in: the check of a freshly parsed document beside JSON.parse of its text, same run (medians).',
    'check: what every widget runs before koop-load (checkDocument); data check: validateDocument (with the role findings).',
    ...table(
      [
        'document',
        'runs',
        'JSON.parse',
        'check',
        'check / parse',
        'data check',
        'data check / parse',
        'longest task',
      ],
      checks.map((r) => [
        r.document,
        String(r.runs),
        fmt(r.parse.median),
        `${fmt(r.check.median)} (${range(r.check)})`,
        (r.check.median / r.parse.median).toFixed(2) + (r.check.median <= r.parse.median ? ' ok' : ' OVER'),
        fmt(r.validate.median),
        (r.validate.median / r.parse.median).toFixed(2),
        r.longestTask ? fmt(r.longestTask) : '–',
      ]),
    ),
    '',
    'Raw data in, first render: el.data = JSON.parse(text) → updateComplete → next animation frame.',
    'koop-load: when the widget fired it (after its first render, which it follows).',
    ...table(
      [
        'widget',
        'document',
        'runs',
        'median',
        'range',
        'koop-load',
        'JSON.parse',
        'longest task',
        'budget',
        '',
      ],
      renders.map((r) => [
        r.widget,
        r.document,
        String(r.runs),
        fmt(r.render.median),
        range(r.render),
        fmt(r.load.median),
        fmt(r.parse.median),
        r.longestTask ? fmt(r.longestTask) : '–',
        `≤ ${r.budget} ms`,
        r.render.median <= r.budget ? 'ok' : 'OVER',
      ]),
    ),
  ];
}
