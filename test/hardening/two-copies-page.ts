// The page of isolation.test.ts's two-copies case: a bundled copy of the kit registers every
// element first, then the kit from source loads too (whose registrations must only warn).
import { elementTags } from '../../packages/kit/src/autoload.js';

/** The whole kit bundled into one file by test/support/server-middleware.mjs. */
const KIT_COPY = '/__koop/kit-copy.js';

declare global {
  interface Window {
    twoCopiesDone?: {
      error?: string;
      secondCopy?: string;
      warnings: string[];
      errors: string[];
      states: string[];
    };
  }
}

const warnings: string[] = [];
const errors: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

async function run() {
  await import(/* @vite-ignore */ KIT_COPY);
  const copy = customElements.get('koop-goal-tracker');
  // Under a policy without 'allow-duplicates' the second Lit cannot create its policy: that
  // copy fails to load, and the first one must go on working.
  let secondCopy: string | undefined;
  await import('@koop/kit/koop.js').catch((error) => (secondCopy = String(error)));
  if (customElements.get('koop-goal-tracker') !== copy)
    throw new Error('the first registration was replaced');
  const { settle, WIDGET_TAGS, openEverything } = await import('./support.js').catch(() => ({
    // support.ts imports the kit too; without it, the same steps by hand.
    settle: async (w: any) => {
      while (!w.shadowRoot?.querySelector('[role="alert"]') && !w.document)
        await new Promise((resolve) => setTimeout(resolve, 20));
    },
    WIDGET_TAGS: elementTags.filter((tag) => tag !== 'koop-data'),
    openEverything: async () => {},
  }));
  const widgets = [...document.querySelectorAll<any>(WIDGET_TAGS.join(','))];
  for (const widget of widgets) await settle(widget, 10_000);
  for (const widget of widgets) await openEverything(widget, () => {});
  const states = widgets.map((w) =>
    w.shadowRoot.querySelector('[role="alert"]') ? 'error' : w.document ? 'ready' : 'other',
  );
  window.twoCopiesDone = { secondCopy, warnings, errors, states };
}

run().catch((error) => {
  window.twoCopiesDone = { error: String(error?.stack ?? error), warnings, errors, states: [] };
});
