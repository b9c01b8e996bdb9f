import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { KoopElement, KoopWidget } from '@koop/core';
import { freshCache, nextError, nextLoad, shadow, uniqueName } from './helpers.js';

type Widget = KoopWidget & HTMLElement;

/**
 * What every Koop widget promises, run against each of them: the four ways to get a document,
 * the error states, language, theme, accessibility and safe registration.
 */
export function runWidgetContract(tag: string): void {
  const element = (attributes = '') =>
    fixture<Widget>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
  const settled = (widget: Widget) =>
    waitUntil(
      () => shadow(widget).querySelector('[part~="base"] > :not([role="status"], .loading)'),
      `${tag} settled`,
      {
        timeout: 5000,
      },
    );

  describe(`${tag}: the widget contract`, () => {
    freshCache();

    it('renders the demo documents from src, firing koop-load', async () => {
      for (const file of ['equal-strategien', 'ko-produktion']) {
        const widget = document.createElement(tag) as Widget;
        const load = nextLoad(widget);
        widget.src = `/demo/data/${file}.json`;
        document.body.append(widget);
        await load;
        await widget.updateComplete;
        expect(shadow(widget).querySelector('[role="alert"]'), file).to.equal(null);
        await expect(widget).to.be.accessible();
        widget.remove();
      }
    });

    it('takes its document from <koop-data>', async () => {
      const data = await fixture(html`<koop-data src="/demo/data/ko-produktion.json"></koop-data>`);
      const widget = document.createElement(tag) as Widget;
      data.append(widget);
      await waitUntil(() => widget.document, 'document from koop-data', { timeout: 5000 });
      expect(widget.document?.cooperation).to.exist;
    });

    it('shows an unreachable document as a localized alert and fires koop-error', async () => {
      const widget = document.createElement(tag) as Widget;
      const error = nextError(widget);
      widget.src = `/__koop/status/404?${uniqueName()}`;
      document.body.append(widget);
      expect((await error).detail.status).to.equal(404);
      await settled(widget);
      expect(shadow(widget).querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
      widget.remove();
    });

    it('lists the JSON path of every problem of an invalid document, in English when asked', async () => {
      const widget = await element('lang="en"');
      widget.data = { schemaVersion: '1.0', cooperation: { name: 'X' }, actors: [{ id: 'a' }], entries: 7 };
      await waitUntil(() => shadow(widget).querySelector('[role="alert"] li'), 'problems listed', {
        timeout: 5000,
      });
      const text = shadow(widget).querySelector('[role="alert"]')!.textContent!;
      expect(text).to.contain('actors[0].name');
      expect(text).to.contain('is missing');
      expect(text).to.contain('entries');
    });

    it('renders in the dark theme without accessibility violations', async () => {
      const widget = await element('theme="dark" src="/demo/data/ko-produktion.json"');
      await waitUntil(() => widget.document, 'loaded', { timeout: 5000 });
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    });

    it('does not throw when a second copy registers the same tag', () => {
      const Class = customElements.get(tag) as unknown as typeof KoopElement;
      // A second copy of the kit brings a class of its own for the same tag.
      class Copy extends Class {}
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(() => Class.define(tag), 'the same class again').not.to.throw();
        expect(warnings, 'the same class again: silent').to.deep.equal([]);
        expect(() => Copy.define(tag)).not.to.throw();
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain(`<${tag}> is already registered`);
      // The first copy keeps the tag.
      expect(customElements.get(tag)).to.equal(Class);
    });
  });
}
