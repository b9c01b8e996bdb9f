import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@koop/transparency-feed/koop-transparency-feed.js';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import { feedDocument } from '../fixtures/entries.js';
import { shadow } from '../support/helpers.js';

describe('<koop-transparency-feed> presentation', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('wraps long unbroken words and URLs at 320 px without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const doc = feedDocument(4);
    doc.entries![0].title =
      'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsbescheid'.repeat(3);
    doc.entries![0].summary = `https://example.org/${'sehr-langer-pfad/'.repeat(20)}datei.pdf`;
    doc.entries![0].links = [{ url: `https://example.org/${'x'.repeat(200)}` }];
    const element = await fixture<KoopTransparencyFeed>(
      html`<koop-transparency-feed .data=${doc}></koop-transparency-feed>`,
    );
    await waitUntil(() => shadow(element).querySelector('article'), 'rendered');
    const wide = [...shadow(element).querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > 321)
      .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
    expect(wide.slice(0, 8), 'elements beyond 320 px').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });

  it('is operated by keyboard alone: search and type filter', async () => {
    const element = await fixture<KoopTransparencyFeed>(
      html`<koop-transparency-feed .data=${feedDocument()}></koop-transparency-feed>`,
    );
    await waitUntil(() => shadow(element).querySelector('article'), 'rendered');
    const before = document.createElement('button');
    before.textContent = 'vorher';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id).to.equal('query');
    await sendKeys({ type: 'eintrag 4' });
    await element.updateComplete;
    expect(element.query).to.equal('eintrag 4');
    await sendKeys({ press: 'Tab' });
    expect((shadow(element).activeElement as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.types).to.equal('decision');
    before.remove();
  });
});
