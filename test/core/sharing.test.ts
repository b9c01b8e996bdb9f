import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/core/koop-data.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import '@koop/transparency-feed/koop-transparency-feed.js';
import '@koop/milestone-timeline/koop-milestone-timeline.js';
import '@koop/role-matrix/koop-role-matrix.js';
import '@koop/partner-map/koop-partner-map.js';
import { documentWork, type KoopDataElement } from '@koop/core';
import type { KoopDocument } from '@koop/schema';
import { demoDocument, freshCache, requestCount, uniqueName } from '../support/helpers.js';

const WIDGETS = [
  'koop-goal-tracker',
  'koop-transparency-feed',
  'koop-milestone-timeline',
  'koop-role-matrix',
  'koop-partner-map',
];

type Widget = HTMLElement & { document?: KoopDocument; updateComplete: Promise<boolean> };

async function allShown(widgets: Widget[]) {
  await waitUntil(() => widgets.every((w) => w.document !== undefined), 'every widget shows the document', {
    timeout: 5000,
  });
  await Promise.all(widgets.map((w) => w.updateComplete));
}

/** What loading did between now and `done()`. */
function work() {
  const before = { ...documentWork };
  return () => ({
    fetches: documentWork.fetches - before.fetches,
    parses: documentWork.parses - before.parses,
    checks: documentWork.checks - before.checks,
  });
}

describe('one document, five widgets', () => {
  freshCache();

  it('fetches, parses and checks the document once for five widgets inside one <koop-data>', async () => {
    const name = uniqueName();
    const done = work();
    const data = await fixture<KoopDataElement>(
      html`<koop-data src="/__koop/doc/${name}">
        <koop-goal-tracker></koop-goal-tracker>
        <koop-transparency-feed></koop-transparency-feed>
        <koop-milestone-timeline></koop-milestone-timeline>
        <koop-role-matrix></koop-role-matrix>
        <koop-partner-map></koop-partner-map>
      </koop-data>`,
    );
    const widgets = WIDGETS.map((tag) => data.querySelector<Widget>(tag)!);
    await allShown(widgets);
    expect(done()).to.deep.equal({ fetches: 1, parses: 1, checks: 1 });
    expect(await requestCount(name)).to.equal(1);
    for (const widget of widgets) expect(widget.document).to.equal(data.document);
  });

  it('parses inline JSON of a <koop-data> once', async () => {
    const text = JSON.stringify(await demoDocument());
    const done = work();
    const data = await fixture<KoopDataElement>(
      html`<koop-data>
        <script type="application/json">
          ${text}
        </script>
        <koop-goal-tracker></koop-goal-tracker>
        <koop-partner-map></koop-partner-map>
      </koop-data>`,
    );
    await allShown([...data.querySelectorAll<Widget>('koop-goal-tracker, koop-partner-map')]);
    expect(done()).to.deep.equal({ fetches: 0, parses: 1, checks: 1 });
  });

  it('checks one document object once, however many widgets are given it as data', async () => {
    const doc = await demoDocument();
    const done = work();
    const container = await fixture(html`<div>${WIDGETS.map((tag) => document.createElement(tag))}</div>`);
    const widgets = [...container.children] as Widget[];
    for (const widget of widgets) (widget as Widget & { data: unknown }).data = doc;
    await allShown(widgets);
    expect(done()).to.deep.equal({ fetches: 0, parses: 0, checks: 1 });
    // Another object with the same content is checked on its own.
    const copy = structuredClone(doc);
    (widgets[0] as Widget & { data: unknown }).data = copy;
    await waitUntil(() => widgets[0].document === copy, 'the copy is shown');
    expect(done().checks).to.equal(2);
  });
});
