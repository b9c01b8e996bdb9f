import { expect, waitUntil } from '@open-wc/testing';
import { button, centre, node, partnerMap, removeMaps, root } from './support.js';

function parse(text: string): Document {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror'), 'well-formed').to.equal(null);
  return parsed;
}

describe('<koop-partner-map> export', () => {
  afterEach(() => removeMaps());

  it('exports the current view as a clean, standalone SVG file', async () => {
    const element = await partnerMap({ selected: 'verein' });
    const blob = await element.exportAs('svg');
    expect(blob.type).to.equal('image/svg+xml');
    const svg = parse(await blob.text()).documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const map = root(element).querySelector('svg.base')!.getBoundingClientRect();
    expect(Number(svg.getAttribute('width'))).to.equal(Math.round(map.width));
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${Math.round(map.width)} ${Math.round(map.height)}`);
    expect(svg.querySelector('title')!.textContent).to.equal('Netzwerk Nord');
    // No widget internals: no classes, roles, ARIA, tabindex, data or style attributes, no comments.
    for (const el of svg.querySelectorAll('*'))
      for (const { name } of el.attributes)
        expect(
          /^(class|role|tabindex|style|aria-|data-|focusable)/.test(name),
          `${el.localName} ${name}`,
        ).to.equal(false);
    expect(await blob.text()).not.to.contain('<!--');
    // Styles became presentation attributes.
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('Sozialamt');
    const paths = [...svg.querySelectorAll('path')];
    expect(paths.length).to.be.greaterThan(20);
    expect(paths.some((p) => p.getAttribute('stroke-dasharray')?.includes('10'))).to.equal(true);
    expect(paths.some((p) => p.getAttribute('vector-effect') === 'non-scaling-stroke')).to.equal(true);
    expect(paths.some((p) => p.getAttribute('fill') === 'rgb(31, 122, 58)')).to.equal(true); // civil society
    expect(svg.querySelector('rect[opacity]'), 'the selection scrim').to.exist;
    expect(svg.querySelector('text[paint-order]'), 'label halos').to.exist;
  });

  it('exports the current view as a PNG drawn with the Canvas API', async () => {
    const element = await partnerMap();
    const blob = await element.exportAs('png');
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.greaterThan(2000);
    const image = await createImageBitmap(blob);
    const map = root(element).querySelector('svg.base')!.getBoundingClientRect();
    expect(image.width).to.equal(Math.round(map.width * 2));
    expect(image.height).to.equal(Math.round(map.height * 2));
    // The node of the civil society actor is drawn where it is on screen, in its sector colour.
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { x, y } = centre(node(element, 'Nachbarschaftsverein Nord'));
    const [r, g, b] = context.getImageData(
      Math.round((x - map.left) * 2),
      Math.round((y - map.top) * 2),
      1,
      1,
    ).data;
    expect([r, g, b]).to.deep.equal([31, 122, 58]);
    const [br, bg, bb] = context.getImageData(4, 4, 1, 1).data;
    expect([br, bg, bb]).to.deep.equal([255, 255, 255]);
  });

  it('downloads both files through blob: links', async () => {
    const element = await partnerMap();
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button(element, 'Als SVG speichern').click();
      await waitUntil(() => clicked.length === 1, 'SVG download');
      button(element, 'Als PNG speichern').click();
      await waitUntil(() => clicked.length === 2, 'PNG download');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.map((a) => a.download)).to.deep.equal([
      'netzwerk-nord-netzwerk.svg',
      'netzwerk-nord-netzwerk.png',
    ]);
    expect(clicked.every((a) => a.href.startsWith('blob:'))).to.equal(true);
  });
});
