import { expect } from '@open-wc/testing';
import { cutText, openPage, overflowing } from '../support/page-frame.js';

describe('reflow at 320 px (WCAG 1.4.10)', () => {
  for (const page of ['/demo/index.html', '/demo/builder.html'])
    it(`${page} does not scroll sideways`, async function () {
      this.timeout(40_000);
      const { document, window, remove } = await openPage(page, 320);
      try {
        expect(overflowing(document, 320).slice(0, 10), 'elements beyond 320 px').to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        // Nothing is cut off at a card's edge either ("Sichere Arbeitsplät…").
        expect(cutText(document).slice(0, 10), 'text cut off').to.deep.equal([]);
        expect(window.innerWidth).to.equal(320);
      } finally {
        remove();
      }
    });
});
