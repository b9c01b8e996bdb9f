// The page of third-party.test.ts: renders every widget from documents whose every URL field
// points to other hosts, opens every panel and view, switches to English, exports every format,
// then reports what was requested (recorded by record.js).
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopPartnerMap } from '@koop/partner-map';
import { openEverything, settle, WIDGET_TAGS, type Widget } from './support.js';

declare global {
  interface Window {
    recorded: { violations: unknown[]; resources: { name: string; initiatorType: string }[] };
    thirdPartyDone?: { error?: string; states: string[] };
  }
}

async function run() {
  const widgets = [...document.querySelectorAll<Widget>(WIDGET_TAGS.join(','))];
  for (const widget of widgets) await settle(widget, 10_000);
  const states = widgets.map((w) =>
    w.shadowRoot!.querySelector('[role="alert"]') ? `${w.localName}: error` : `${w.localName}: ready`,
  );
  for (const widget of widgets) await openEverything(widget, () => {});
  // Exports are built in the page; downloads are blob: links, clicked but not followed.
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {};
  try {
    for (const feed of document.querySelectorAll<KoopTransparencyFeed>('koop-transparency-feed')) {
      for (const format of ['json', 'atom', 'ics'] as const) await feed.exportAs(format);
      for (const button of feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('.downloads button'))
        button.click();
    }
    for (const map of document.querySelectorAll<KoopPartnerMap>('koop-partner-map')) {
      await map.exportAs('svg');
      await map.exportAs('png');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  // The canary proves the recording: a request to another host that must be noticed.
  if (new URLSearchParams(location.search).has('canary')) {
    const image = new Image();
    image.src = 'https://evil.example/canary.png';
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  window.thirdPartyDone = { states };
}

run().catch((error) => {
  window.thirdPartyDone = { error: String(error?.stack ?? error), states: [] };
});
