// A page that loads only a widget's own module (an editor pasted one element module), with the
// widget inside a <koop-data>: the widget brings <koop-data>'s definition along, so it just works.
// This file must not import '@koop/core/koop-data.js' or the kit.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/transparency-feed/koop-transparency-feed.js';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import { freshCache, shadow, textOf } from '../support/helpers.js';

describe('a widget inside a <koop-data> whose module the page did not load', () => {
  freshCache();

  it('loads <koop-data> on demand and shows its document', async () => {
    expect(customElements.get('koop-data'), 'not defined by this page').to.equal(undefined);
    const data = await fixture(
      html`<koop-data src="/demo/data/ko-produktion.json">
        <koop-transparency-feed></koop-transparency-feed>
      </koop-data>`,
    );
    const feed = data.querySelector<KoopTransparencyFeed>('koop-transparency-feed')!;
    await waitUntil(() => feed.document, 'the document of <koop-data>', { timeout: 5000 });
    await feed.updateComplete;
    expect(customElements.get('koop-data')).to.exist;
    expect(shadow(feed).querySelector('[role="alert"]')).to.equal(null);
    expect(textOf(feed)).not.to.contain('Kein Dokument angegeben');
    expect(feed.document!.cooperation.shortName).to.deep.equal({
      de: 'Alte Feuerwache',
      en: 'Alte Feuerwache',
    });
  });
});
