// Runs in the benchmark page. Render cases insert the widget with its document already loaded
// and validated (as <koop-data> or a shared src hands it over) and measure until the first
// complete render: updateComplete, then one animation frame (the browser runs unthrottled, so
// the frame comes as soon as style, layout and paint are done). Validation cases measure the
// one-time check of a freshly parsed copy of the document.
import { scaleDocument } from './scale.js';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const loaded = new Map();

async function documentFor(name, documents) {
  if (!loaded.has(name)) {
    const spec = documents[name];
    const base = await (await fetch(spec.url)).json();
    loaded.set(name, spec.factor > 1 ? scaleDocument(base, spec.factor) : base);
  }
  return loaded.get(name);
}

export async function runCase({ widget, document: name, runs }, documents) {
  const source = await documentFor(name, documents);
  const kit = await import('/dist/koop.js');
  const times = [];
  if (widget === 'validate') {
    const text = JSON.stringify(source);
    for (let run = 0; run < runs + 2; run++) {
      const fresh = JSON.parse(text);
      const start = performance.now();
      const result = kit.validateDocument(fresh);
      const time = performance.now() - start;
      if (!result.valid) throw new Error(`${name} is invalid`);
      if (run >= 2) times.push(time);
    }
  } else {
    await customElements.whenDefined(widget);
    kit.validateDocument(source);
    const stage = window.document.getElementById('stage');
    for (let run = 0; run < runs + 2; run++) {
      await frame();
      const start = performance.now();
      const element = window.document.createElement(widget);
      element.data = source;
      stage.append(element);
      await element.updateComplete;
      await frame();
      const time = performance.now() - start;
      if (
        !element.shadowRoot.querySelector('[part~="base"]') ||
        element.shadowRoot.querySelector('[role="alert"]')
      ) {
        throw new Error(`${widget} did not render ${name}`);
      }
      if (run >= 2) times.push(time); // the first two runs warm up the JIT
      element.remove();
    }
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}
