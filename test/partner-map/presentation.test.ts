import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { KoopPartnerMap } from '@koop/partner-map';
import { emulateMediaFeatures } from '../support/media.js';
import { runPresentationSuite } from '../support/presentation-suite.js';
import { button, labelRects, nodes, overlapping, partnerMap, removeMaps, root, text } from './support.js';

const DEMOS = { equal: '/demo/data/equal-strategien.json', kopro: '/demo/data/ko-produktion.json' };

/** Elements of the widget reaching beyond the viewport's right edge (the map's own content aside). */
function beyond(element: KoopPartnerMap, width: number): string[] {
  return [...root(element).querySelectorAll<HTMLElement>('*')]
    .filter((el) => !el.closest('svg') && el.getBoundingClientRect().right > width + 1)
    .map(
      (el) =>
        `${el.tagName}.${el.getAttribute('class') ?? ''} ${Math.round(el.getBoundingClientRect().right)}`,
    );
}

runPresentationSuite<KoopPartnerMap>({
  tag: 'koop-partner-map',
  render: (container) => partnerMap({ src: DEMOS.equal, selected: 'faf' }, undefined, container),
  narrow: {
    // The whole map in view (the map's own content aside), labels readable.
    mayOverflow: (el) => el.closest('svg') !== null,
    after(element) {
      const label = root(element).querySelector('svg.base .labels .lb')!;
      expect(label.getBoundingClientRect().height).to.be.at.least(11);
    },
  },
  // Labels are sized in map units; the camera scales them with the host font (and the zoom).
  sizedOtherwise: (el) => el.closest('svg .lb, svg .title') !== null,
  forcedColors(element) {
    // Shapes, lines and the selection stay visible.
    const shape = getComputedStyle(root(element).querySelector('svg.base g.n path')!);
    const line = getComputedStyle(root(element).querySelector('svg.base .edges path.e.t-cooperation')!);
    const ring = getComputedStyle(root(element).querySelector('svg.overlay .ring')!);
    const label = getComputedStyle(root(element).querySelector('svg.base .labels .lb')!);
    expect(shape.stroke).not.to.equal(shape.fill);
    expect(line.stroke).to.equal(shape.stroke); // CanvasText
    expect(label.fill).to.equal(shape.stroke);
    expect(ring.stroke).not.to.equal(shape.stroke); // Highlight
    // Sectors keep apart by shape: several different shapes are drawn.
    const shapes = new Set(
      nodes(element).map((n) =>
        n
          .querySelector('path')!
          .getAttribute('d')!
          .replace(/[\d.-]+/g, ''),
      ),
    );
    expect(shapes.size).to.be.at.least(5);
    expect(getComputedStyle(root(element).querySelector('svg.base')!).borderTopStyle).to.equal('solid');
  },
  reducedMotion(element) {
    expect(text(root(element).querySelector('#heading'))).to.equal('Akteure und Beziehungen');
  },
  focus: {
    // Tabbing into the map from the last button before it draws a ring in the overlay.
    async reach(element) {
      button(element, 'PNG').focus();
      await sendKeys({ press: 'Tab' });
      return root(element).activeElement!;
    },
    indicator: (_, element) => root(element).querySelector('svg.overlay .focus-ring')!,
    async after(element) {
      const ring = root(element).querySelector<SVGPathElement>('svg.overlay .focus-ring')!;
      expect(ring.getAttribute('d')).not.to.equal('');
      expect(parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(3);
      // Leaving the map (the next Tab stop is after it) removes the ring.
      await sendKeys({ press: 'Tab' });
      expect(ring.getAttribute('d')).to.equal('');
    },
  },
});

describe('<koop-partner-map> presentation, beyond the suite', () => {
  afterEach(async () => {
    removeMaps();
    await emulateMediaFeatures([
      { name: 'forced-colors', value: 'none' },
      { name: 'prefers-reduced-motion', value: 'no-preference' },
    ]);
    await setViewport({ width: 800, height: 600 });
  });

  for (const [name, src] of Object.entries(DEMOS)) {
    for (const layout of ['force', 'sectors', 'geo']) {
      it(`labels never overlap: ${name}, ${layout}, also zoomed and with a selection`, async () => {
        const element = await partnerMap({ src, layout });
        const base = () => labelRects(element, 'svg.base .labels text');
        const shown = base();
        expect(shown.length, 'labels shown').to.be.greaterThan(nodes(element).length * 0.6);
        expect(overlapping(shown), 'overlapping labels').to.deep.equal([]);
        // Zoomed in, the labels keep their size and more of them fit.
        button(element, 'Vergrößern').click();
        button(element, 'Vergrößern').click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        await element.updateComplete;
        expect(overlapping(base()), 'zoomed in').to.deep.equal([]);
        expect(base().length).to.be.at.least(shown.length);
        button(element, 'Ganz zeigen').click();
        await element.updateComplete;
        // The best connected actor selected: its relation labels avoid every other label.
        const first = nodes(element)[0].getAttribute('aria-label')!.split(',')[0];
        element.selected = (element.document!.actors ?? []).find(
          (a) => (a.shortName ?? a.name) === first,
        )!.id;
        await element.updateComplete;
        const overlay = labelRects(element, 'svg.overlay .selection text');
        expect(overlay.length).to.be.greaterThan(1);
        expect(overlapping(overlay), 'selection labels').to.deep.equal([]);
        expect(overlapping(overlay, base()), 'selection over map labels').to.deep.equal([]);
      });
    }
  }

  it('shows every label of the demo networks at desktop width', async () => {
    for (const src of Object.values(DEMOS)) {
      const element = await partnerMap({ src });
      expect(labelRects(element, 'svg.base .labels .lb').length, src).to.equal(nodes(element).length);
    }
  });

  for (const width of [320, 480, 800, 1280])
    it(`fits the whole map into view on first render at ${width} px: no label cut at an edge`, async () => {
      await setViewport({ width, height: 800 });
      for (const src of Object.values(DEMOS)) {
        const element = await partnerMap({ src });
        const svg = root(element).querySelector('svg.base')!.getBoundingClientRect();
        const labels = labelRects(element, 'svg.base .labels text');
        expect(labels.length, src).to.be.greaterThan(0);
        const cut = labels.filter(
          (box) =>
            box.left < svg.left - 0.5 ||
            box.right > svg.right + 0.5 ||
            box.top < svg.top - 0.5 ||
            box.bottom > svg.bottom + 0.5,
        );
        expect(cut.length, `${src}: labels cut at an edge`).to.equal(0);
        // Every node is in view too.
        for (const n of nodes(element)) {
          const box = n.getBoundingClientRect();
          expect(box.left >= svg.left && box.right <= svg.right, src).to.equal(true);
        }
        removeMaps();
      }
    });

  it('lists every actor at 320 px without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const doc = await (await fetch(DEMOS.equal)).json();
    doc.actors[0].name = `https://example.org/${'sehr-langer-name/'.repeat(12)}`;
    doc.actors[1].name = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung'.repeat(2);
    const element = await partnerMap({ view: 'list' }, doc);
    expect(root(element).querySelectorAll('.list > li')).to.have.length(27);
    expect(beyond(element, 320), 'elements beyond 320 px').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(element).to.be.accessible();
  });

  it('is accessible (axe): map, selection, list, dark theme, English', async () => {
    const element = await partnerMap({ src: DEMOS.kopro });
    await expect(element).to.be.accessible();
    element.selected = 'verein';
    element.theme = 'dark';
    await element.updateComplete;
    await expect(element).to.be.accessible();
    element.lang = 'en';
    element.view = 'list';
    await element.updateComplete;
    await expect(element).to.be.accessible();
    element.layout = 'sectors';
    element.view = 'map';
    element.at = '2024-06';
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});
