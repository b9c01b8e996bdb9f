// The first render of a widget, as the benchmark cases time it (bench/measure.js, bench/raw.js).
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Inserts `widget` with `data` and times it until its first complete render (updateComplete,
 * then a frame); `koopLoad` is when it fired koop-load. Throws if it shows no document.
 */
export async function firstRender(widget, data, name) {
  const element = window.document.createElement(widget);
  let loadedAt = 0;
  element.addEventListener('koop-load', () => (loadedAt = performance.now()), { once: true });
  const start = performance.now();
  element.data = data;
  window.document.getElementById('stage').append(element);
  await element.updateComplete;
  await frame();
  const time = performance.now() - start;
  if (
    !element.shadowRoot.querySelector('[part~="base"]') ||
    element.shadowRoot.querySelector('[role="alert"]')
  ) {
    throw new Error(`${widget} did not render ${name}`);
  }
  element.remove();
  return { time, koopLoad: loadedAt - start };
}
