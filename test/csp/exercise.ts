// Renders every widget state on the strict-CSP page and uses every control, then reports.
import '@koop/kit/koop.js';
import type { KoopGoalTracker } from '@koop/goal-tracker';

declare global {
  interface Window {
    cspViolations: unknown[];
    cspDone?: { violations: unknown[]; rendered: Record<string, string> };
  }
}

const until = async (check: () => boolean, what: string) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

async function exercise() {
  const trackers = [...document.querySelectorAll<KoopGoalTracker>('koop-goal-tracker')];
  await until(
    () => trackers.every((t) => t.shadowRoot?.querySelector('[role="alert"], .tracker')),
    'all widgets',
  );
  for (const tracker of trackers) {
    const root = tracker.shadowRoot!;
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.toggle')) {
      button.click();
      await tracker.updateComplete;
    }
    tracker.expandAll();
    await tracker.updateComplete;
    for (const button of root.querySelectorAll<HTMLButtonElement>('.table-toggle, .more')) {
      button.click();
      await tracker.updateComplete;
    }
    root.querySelector<HTMLDetailsElement>('details')?.setAttribute('open', '');
    tracker.theme = tracker.theme === 'dark' ? 'light' : 'dark';
    tracker.lang = tracker.lang === 'en' ? 'de' : 'en';
    await tracker.updateComplete;
    tracker.collapseAll();
    await tracker.updateComplete;
  }
  const missing = document.getElementById('missing') as KoopGoalTracker;
  missing.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
  const shared = document.getElementById('shared') as KoopGoalTracker;
  shared.data = {
    schemaVersion: '1.0',
    cooperation: { name: 'Neu' },
    goals: [{ id: 'a', title: 'A', status: 'achieved' }],
  };
  await shared.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const rendered = Object.fromEntries(
    trackers.map((t) => [
      t.id,
      t.shadowRoot!.querySelector('[role="alert"]')
        ? 'error'
        : t.shadowRoot!.querySelector('.tracker')
          ? 'ready'
          : 'other',
    ]),
  );
  window.cspDone = { violations: window.cspViolations, rendered };
}

exercise().catch((error) => {
  window.cspDone = { violations: [...window.cspViolations, { error: String(error) }], rendered: {} };
});
