import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { uniqueName } from '../support/helpers.js';

// What an editor puts inside a tag stays readable without JavaScript, before the kit arrives and
// until the widget has something to show instead: the page never flashes blank in between.

const visible = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().height > 0;

describe('fallback content of a widget', () => {
  it('is shown before the element is defined, while loading, and hidden once the document shows', async () => {
    const container = await fixture(
      html`<div>
        <koop-goal-tracker src="/__koop/slow/${uniqueName('fallback')}?ms=600">
          <p>Ziele der Kooperation: <a href="/daten/kooperation.json">Daten als JSON</a></p>
        </koop-goal-tracker>
      </div>`,
    );
    const tracker = container.querySelector('koop-goal-tracker')!;
    const fallback = tracker.querySelector('p')!;
    expect(customElements.get('koop-goal-tracker')).to.equal(undefined);
    expect(visible(fallback)).to.equal(true);

    await import('@koop/goal-tracker/koop-goal-tracker.js');
    await waitUntil(() => tracker.shadowRoot?.querySelector('.loading'), 'loading state');
    expect(visible(fallback), 'fallback while loading').to.equal(true);

    await waitUntil(() => tracker.shadowRoot!.querySelector('.tracker'), 'document shown', { timeout: 5000 });
    expect(visible(fallback), 'fallback once the document shows').to.equal(false);
    expect(tracker.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('comes back next to the error message when the document cannot be shown', async () => {
    await import('@koop/transparency-feed/koop-transparency-feed.js');
    const feed = await fixture(
      html`<koop-transparency-feed src="/__koop/status/404">
        <p>Alle Beschlüsse stehen auch im <a href="/ratsinfo">Ratsinformationssystem</a>.</p>
      </koop-transparency-feed>`,
    );
    await waitUntil(() => feed.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(visible(feed.querySelector('p')!)).to.equal(true);
  });

  it('keeps an inline JSON document out of view at every stage', async () => {
    const container = await fixture(
      html`<div>
        <koop-role-matrix>
          <script type="application/json">
            { "schemaVersion": "1.0", "cooperation": { "name": "Inline" } }
          </script>
        </koop-role-matrix>
      </div>`,
    );
    const matrix = container.querySelector('koop-role-matrix')!;
    expect(matrix.getBoundingClientRect().height).to.equal(0);
    await import('@koop/role-matrix/koop-role-matrix.js');
    await waitUntil(() => matrix.shadowRoot?.querySelector('.matrix'), 'rendered');
    expect(matrix.shadowRoot!.textContent).not.to.contain('schemaVersion');
    expect(matrix.querySelector('script')!.checkVisibility()).to.equal(false);
  });
});
