import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/transparency-feed/koop-transparency-feed.js';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import { feedDocument } from '../fixtures/entries.js';
import { shadow } from '../support/helpers.js';
import { runPresentationSuite } from '../support/presentation-suite.js';

async function feed(container: HTMLElement, doc = feedDocument()): Promise<KoopTransparencyFeed> {
  const element = document.createElement('koop-transparency-feed');
  element.data = doc;
  container.append(element);
  await waitUntil(() => shadow(element).querySelector('article'), 'rendered');
  await element.updateComplete;
  return element;
}

runPresentationSuite<KoopTransparencyFeed>({
  tag: 'koop-transparency-feed',
  render: feed,
  narrow: {
    // Long unbroken words and URLs wrap.
    render(container) {
      const doc = feedDocument(4);
      doc.entries![0].title =
        'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsbescheid'.repeat(3);
      doc.entries![0].summary = `https://example.org/${'sehr-langer-pfad/'.repeat(20)}datei.pdf`;
      doc.entries![0].links = [{ url: `https://example.org/${'x'.repeat(200)}` }];
      return feed(container, doc);
    },
  },
  forcedColors(element) {
    const style = getComputedStyle(shadow(element).querySelector('.entry')!);
    expect(style.borderTopStyle).not.to.equal('none');
    expect(style.borderTopColor).not.to.equal(style.backgroundColor);
  },
  focus: {
    // Operated by keyboard alone: search, then the type filter.
    async after(element, focused) {
      expect(focused.id).to.equal('query');
      await sendKeys({ type: 'eintrag 4' });
      await element.updateComplete;
      expect(element.query).to.equal('eintrag 4');
      await sendKeys({ press: 'Tab' });
      expect((shadow(element).activeElement as HTMLInputElement).type).to.equal('checkbox');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(element.types).to.equal('decision');
    },
  },
});
