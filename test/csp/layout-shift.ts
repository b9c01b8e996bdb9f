// The script of the layout-shift test's article page (layout-shift.html?page=goal|demo|timeline):
// the widget's markup is on the page first, its module arrives later and its document later
// still, as on a slow connection. Reports the page's layout shifts on `window.layoutShift`.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shifts: { value: number; sources: string[] }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as (PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  })[])
    if (!entry.hadRecentInput)
      shifts.push({
        value: entry.value,
        sources: entry.sources.map(
          (s) =>
            `${s.node?.nodeName} “${s.node?.textContent?.trim().slice(0, 16)}” y ${Math.round(s.previousRect.y)} → ${Math.round(s.currentRect.y)}, at ${Math.round(entry.startTime)} ms`,
        ),
      });
}).observe({ type: 'layout-shift', buffered: true });

const page = new URLSearchParams(location.search).get('page') ?? 'goal';
for (const section of document.querySelectorAll('section'))
  if (section.id === page) section.hidden = false;
  else section.remove();
const widgets = [...document.querySelectorAll('main *')].filter(
  (el) => el.localName.startsWith('koop-') && el.localName !== 'koop-data',
);
// Not defined yet: koop.css alone reserves the space.
const reserved = widgets[0].getBoundingClientRect().height;
await sleep(200);
await Promise.all(
  [...new Set(['koop-data', ...widgets.map((w) => w.localName)])].map(
    (tag) => import(/* @vite-ignore */ `/__kit/layout-shift/${tag}.js`),
  ),
);
if (page === 'timeline') {
  const { timelineDocument } = await import('/scripts/bench/timeline-document.js' as string);
  await sleep(400);
  (widgets[0] as Element & { data: unknown }).data = timelineDocument(1000, 20);
}
const ready = () =>
  widgets.every((w) => w.shadowRoot?.querySelector('[part~="base"] > :not([role="status"], .loading, slot)'));
while (!ready()) await sleep(20);
await Promise.all(widgets.map((w) => (w as Element & { updateComplete: Promise<unknown> }).updateComplete));
// Two frames and a moment more: shifts from a second layout pass (e.g. a measured width) count too.
for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
await sleep(300);
Object.assign(window, {
  layoutShift: {
    reserved,
    cls: shifts.reduce((sum, s) => sum + s.value, 0),
    shifts,
    heights: widgets.map((w) => w.getBoundingClientRect().height),
  },
});
export {};
