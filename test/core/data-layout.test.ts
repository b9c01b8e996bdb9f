import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/core/koop-data.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import '@koop/transparency-feed/koop-transparency-feed.js';
import { goalsDocument } from '../fixtures/documents.js';

// CMS themes size their content column with rules for its direct children, e.g. WordPress's
// `.is-layout-constrained > * { max-width: 650px; margin-inline: auto }`. <koop-data> is such a
// child, so it must take part in that layout for the widgets inside it to be limited too.

const COLUMN = 320;

describe('<koop-data> in a host layout that constrains direct children', () => {
  it('keeps its widgets inside the content column', async () => {
    const page = await fixture(
      html`<div class="page">
        <style>
          .page {
            width: 900px;
          }
          .is-layout-constrained > * {
            max-width: ${COLUMN}px;
            margin-inline: auto;
          }
        </style>
        <div class="is-layout-constrained">
          <p>Ein Absatz der Seite.</p>
          <koop-data .data=${goalsDocument()}>
            <koop-goal-tracker></koop-goal-tracker>
            <koop-transparency-feed></koop-transparency-feed>
          </koop-data>
        </div>
      </div>`,
    );
    const column = page.querySelector('p')!.getBoundingClientRect();
    const widgets = [...page.querySelectorAll<HTMLElement>('koop-goal-tracker, koop-transparency-feed')];
    await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[part~="base"]')), 'rendered');
    expect(column.width).to.equal(COLUMN);
    for (const widget of widgets) {
      const box = widget.getBoundingClientRect();
      expect(box.left, widget.localName).to.be.at.least(column.left);
      expect(box.right, widget.localName).to.be.at.most(column.right);
      expect(box.height, widget.localName).to.be.greaterThan(0);
    }
  });

  it('hides the line breaks a CMS puts between its widgets', async () => {
    const data = await fixture(
      html`<koop-data .data=${goalsDocument()}
        ><br /><koop-goal-tracker></koop-goal-tracker><br />
        <p>Text der Seite</p></koop-data
      >`,
    );
    await waitUntil(() => data.querySelector('koop-goal-tracker')!.shadowRoot, 'rendered');
    for (const br of data.querySelectorAll('br')) expect(br.checkVisibility()).to.equal(false);
    expect(data.querySelector('p')!.checkVisibility()).to.equal(true);
  });

  it('is a block of its own, and hidden with the hidden attribute', async () => {
    const data = await fixture(html`<koop-data .data=${goalsDocument()}></koop-data>`);
    expect(getComputedStyle(data).display).to.equal('block');
    data.setAttribute('hidden', '');
    expect(getComputedStyle(data).display).to.equal('none');
  });
});
