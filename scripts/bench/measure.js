// Runs in the benchmark page. Render cases insert the widget with its document already loaded
// and validated (as <koop-data> or a shared src hands it over) and measure until the first
// complete render: updateComplete, then one animation frame (the browser runs unthrottled, so
// the frame comes as soon as style, layout and paint are done). Validation cases measure the
// one-time check of a freshly parsed copy of the document.
import { repeatList, scaleDocument } from './scale.js';
import { timelineDocument, timelineJsData } from './timeline-document.js';
import { networkDocument, visNetworkData } from './network-document.js';
import { roleDocument } from './role-document.js';
import { firstRender } from './render.js';
import { directoryDocument } from './directory-document.js';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const loaded = new Map();
const GENERATORS = {
  timeline: (spec) => timelineDocument(spec.milestones, spec.phases),
  roles: (spec) => roleDocument(spec.actors, spec.roles),
  network: (spec) => networkDocument(spec.actors, spec.relations),
  directory: (spec) => directoryDocument(spec.actors, spec.offers),
};

async function documentFor(name, documents) {
  if (loaded.has(name)) return loaded.get(name);
  const spec = documents[name];
  let doc = spec.generate ? GENERATORS[spec.generate](spec) : await (await fetch(spec.url)).json();
  if (spec.factor > 1)
    doc = spec.only ? repeatList(doc, spec.only, spec.factor) : scaleDocument(doc, spec.factor);
  loaded.set(name, doc);
  return doc;
}

/** Interactions on a rendered widget: each returns a function that performs one step. */
const INTERACTIONS = {
  // Select another actor of the map.
  select: (element) => {
    const ids = element.document.actors.map((actor) => actor.id);
    let step = 0;
    return () => {
      element.selected = ids[(step++ * 37) % ids.length];
    };
  },
  // Point at another actor of the map.
  hover: (element) => {
    const nodes = element.shadowRoot.querySelectorAll('svg.base g.n');
    let step = 0;
    return () =>
      nodes[(step++ * 7) % nodes.length].dispatchEvent(
        new PointerEvent('pointerover', { bubbles: true, composed: true }),
      );
  },
  // Switch the type filter between decisions and meetings.
  filter: (element) => {
    let flip = false;
    return () => {
      flip = !flip;
      element.types = flip ? 'decision' : 'meeting';
    };
  },
  // Type into the search field, one character per step, as a reader would.
  keystroke: (element) => {
    const input = element.shadowRoot.querySelector('input[type="search"]');
    const word = 'feuerwache ';
    let position = 0;
    return () => {
      input.value = word.slice(0, (position++ % word.length) + 1).trim();
      input.dispatchEvent(new Event('input'));
    };
  },
};

const TIMELINEJS = '/node_modules/@knight-lab/timelinejs/dist/';

async function loadTimelineJs() {
  if (window.TL) return;
  const link = Object.assign(window.document.createElement('link'), {
    rel: 'stylesheet',
    href: `${TIMELINEJS}css/timeline.css`,
  });
  window.document.head.append(link);
  await new Promise((resolve, reject) => {
    const script = Object.assign(window.document.createElement('script'), {
      src: `${TIMELINEJS}js/timeline.js`,
    });
    script.onload = resolve;
    script.onerror = reject;
    window.document.head.append(script);
  });
}

/** Knight Lab's TimelineJS3 on the same events: from construction to its `loaded` event and a frame. */
async function timelineJsTimes(source, runs) {
  await loadTimelineJs();
  const data = timelineJsData(source);
  const times = [];
  for (let run = 0; run < runs + 1; run++) {
    const container = Object.assign(window.document.createElement('div'), { id: `tl-${run}` });
    container.className = 'timelinejs-stage';
    window.document.getElementById('stage').append(container);
    await frame();
    const start = performance.now();
    await new Promise((resolve) => {
      const timeline = new window.TL.Timeline(container, structuredClone(data), {
        script_path: `${TIMELINEJS}js/`,
        font: null,
        language: 'en',
        hash_bookmark: false,
        track_events: [],
      });
      timeline.on('loaded', resolve);
    });
    await frame();
    if (run >= 1) times.push(performance.now() - start);
    container.remove();
  }
  return times;
}

/** vis-network on the same graph: from construction through stabilisation to its first drawing. */
async function visNetworkTimes(source, runs) {
  const vis = await import('/node_modules/vis-network/standalone/esm/vis-network.min.js');
  const data = visNetworkData(source);
  const times = [];
  for (let run = 0; run < runs + 1; run++) {
    const container = window.document.createElement('div');
    container.className = 'timelinejs-stage';
    window.document.getElementById('stage').append(container);
    await frame();
    const start = performance.now();
    await new Promise((resolve) => {
      const network = new vis.Network(container, structuredClone(data), {});
      network.once('stabilizationIterationsDone', () => network.once('afterDrawing', resolve));
    });
    await frame();
    if (run >= 1) times.push(performance.now() - start);
    container.remove();
  }
  return times;
}

/** The editor's preview: every widget inside its <koop-data>, rendered. */
async function previewSettled(editor) {
  await editor.updateComplete;
  const data = editor.shadowRoot.querySelector('.preview koop-data');
  await data.updateComplete;
  await Promise.all([...data.children].map((widget) => widget.updateComplete));
}

let editors = 0;

/** <koop-editor> cases: opening a document, and keystrokes in a text field. */
async function editorTimes(source, runs, interaction) {
  await import('/dist/koop-editor.js');
  const stage = window.document.getElementById('stage');
  const make = async () => {
    const editor = window.document.createElement('koop-editor');
    editor.setAttribute('storage-key', `bench-${Date.now()}-${++editors}`);
    stage.append(editor);
    await editor.settled();
    return editor;
  };
  const times = [];
  if (interaction === 'open') {
    for (let run = 0; run < runs + 1; run++) {
      const editor = await make();
      await frame();
      const start = performance.now();
      await editor.open(source);
      await previewSettled(editor);
      await frame();
      if (run >= 1) times.push(performance.now() - start);
      if (!editor.shadowRoot.querySelector('.preview koop-data > *')) throw new Error('no preview');
      await editor.settled();
      editor.remove();
    }
    return times;
  }
  const editor = await make();
  await editor.open(source);
  await editor.settled();
  if (interaction === 'keystroke in an actor') {
    editor.shadowRoot.querySelector('#section-actors').click();
    await editor.updateComplete;
    editor.shadowRoot.querySelector('#item-actors-0').click();
  }
  await previewSettled(editor);
  const input = editor.shadowRoot.querySelector(
    interaction === 'keystroke' ? '#f_2fcooperation_2fname-de' : '#f_2factors_2f0_2fname-de',
  );
  const base = input.value;
  const word = ' Nordstadt';
  for (let run = 0; run < runs + 2; run++) {
    await frame();
    const start = performance.now();
    input.value = base + word.slice(0, (run % word.length) + 1);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await previewSettled(editor);
    await frame();
    if (run >= 2) times.push(performance.now() - start);
  }
  await editor.settled();
  editor.remove();
  return times;
}

export async function runCase({ widget, document: name, runs, interaction }, documents) {
  const source = await documentFor(name, documents);
  const kit = await import('/dist/koop.js');
  let times = [];
  // The longest main-thread task (over 50 ms) while the case ran, for budgets like "no task over 200 ms".
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  if (widget === 'koop-editor') {
    times = await editorTimes(source, runs, interaction);
  } else if (widget === 'timelinejs') {
    times = await timelineJsTimes(source, runs);
  } else if (widget === 'vis-network') {
    times = await visNetworkTimes(source, runs);
  } else if (widget === 'validate') {
    const text = JSON.stringify(source);
    for (let run = 0; run < runs + 2; run++) {
      const fresh = JSON.parse(text);
      const start = performance.now();
      const result = kit.validateDocument(fresh);
      const time = performance.now() - start;
      if (!result.valid) throw new Error(`${name} is invalid`);
      if (run >= 2) times.push(time);
    }
  } else if (interaction) {
    await customElements.whenDefined(widget);
    kit.validateDocument(source);
    const element = window.document.createElement(widget);
    element.data = source;
    window.document.getElementById('stage').append(element);
    await element.updateComplete;
    await frame();
    const step = INTERACTIONS[interaction](element);
    for (let run = 0; run < runs + 2; run++) {
      await frame();
      const start = performance.now();
      step();
      await element.updateComplete;
      await frame();
      if (run >= 2) times.push(performance.now() - start);
    }
    element.remove();
  } else {
    await customElements.whenDefined(widget);
    kit.validateDocument(source);
    for (let run = 0; run < runs + 2; run++) {
      await frame();
      const { time } = await firstRender(widget, source, name);
      if (run >= 2) times.push(time); // the first two runs warm up the JIT
    }
  }
  await frame();
  observer.disconnect();
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs, longestTask };
}
