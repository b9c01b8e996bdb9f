/**
 * Export of the partner map's current view, loaded on demand. SVG: a copy of the rendered map
 * whose computed styles become presentation attributes, so the file looks the same without the
 * widget's style sheet. PNG: the same elements drawn with the Canvas 2D API; never an SVG image on
 * a canvas, which a page's `img-src` policy would block.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'vector-effect',
];
const GEOMETRY = new Set(['d', 'x', 'y', 'width', 'height', 'transform']);

const shown = (style: CSSStyleDeclaration) => style.display !== 'none' && style.visibility !== 'hidden';

/** Leaves out empty paths and texts (the hover hint when nothing is hovered). */
const empty = (element: Element) =>
  (element.localName === 'path' && !element.getAttribute('d')) ||
  (element.localName === 'text' && !element.textContent?.trim());

/** The map (its layers, bottom first) as a standalone SVG file of its current view. */
export function toSvg(layers: SVGSVGElement[], background: string, title: string): Blob {
  const { width, height } = layers[0].getBoundingClientRect();
  const copy = document.createElementNS(SVG_NS, 'svg');
  const size = { width: String(Math.round(width)), height: String(Math.round(height)) };
  for (const [name, value] of Object.entries({ ...size, viewBox: `0 0 ${size.width} ${size.height}` }))
    copy.setAttribute(name, value);
  const heading = document.createElementNS(SVG_NS, 'title');
  heading.textContent = title;
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ ...size, fill: background }))
    backdrop.setAttribute(name, value);
  copy.append(heading, backdrop);
  const copyInto = (parent: Element, live: Element, inherited: CSSStyleDeclaration | undefined) => {
    for (const node of live.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.textContent!.trim()) parent.append(node.textContent!);
        continue;
      }
      if (!(node instanceof SVGElement)) continue;
      const style = getComputedStyle(node);
      if (!shown(style) || empty(node)) continue;
      const element = document.createElementNS(SVG_NS, node.localName);
      for (const { name, value } of node.attributes)
        if (GEOMETRY.has(name)) element.setAttribute(name, value);
      for (const property of STYLE) {
        const value = style.getPropertyValue(property);
        if (value && value !== inherited?.getPropertyValue(property)) element.setAttribute(property, value);
      }
      if (style.opacity !== '1') element.setAttribute('opacity', style.opacity);
      parent.append(element);
      copyInto(element, node, style);
    }
  };
  for (const layer of layers) {
    const group = document.createElementNS(SVG_NS, 'g');
    copy.append(group);
    copyInto(group, layer, undefined);
  }
  copy.setAttribute('xmlns', SVG_NS);
  const text = `<?xml version="1.0" encoding="utf-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  return new Blob([text], { type: 'image/svg+xml' });
}

const number = (value: string) => parseFloat(value) || 0;

/** The map's current view (its layers, bottom first) as a PNG image (`scale` pixels per CSS pixel), drawn with Canvas 2D. */
export function toPng(layers: SVGSVGElement[], background: string, scale = 2): Promise<Blob> {
  const { width, height } = layers[0].getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);

  const paint = (
    style: CSSStyleDeclaration,
    alpha: number,
    fill: () => void,
    stroke: () => void,
    lineScale = 1,
  ) => {
    const strokeFirst = style.paintOrder.startsWith('stroke');
    const doFill = () => {
      if (style.fill === 'none' || !style.fill.startsWith('rgb')) return;
      context.globalAlpha = alpha * number(style.fillOpacity || '1');
      context.fillStyle = style.fill;
      fill();
    };
    const doStroke = () => {
      const lineWidth = number(style.strokeWidth);
      if (style.stroke === 'none' || !style.stroke.startsWith('rgb') || !lineWidth) return;
      context.globalAlpha = alpha * number(style.strokeOpacity || '1');
      context.strokeStyle = style.stroke;
      context.lineWidth = lineWidth * lineScale;
      context.lineCap = style.strokeLinecap as CanvasLineCap;
      context.lineJoin = style.strokeLinejoin as CanvasLineJoin;
      context.setLineDash(
        style.strokeDasharray === 'none'
          ? []
          : style.strokeDasharray.split(/[\s,]+/).map((value) => number(value) * lineScale),
      );
      stroke();
    };
    if (strokeFirst) {
      doStroke();
      doFill();
    } else {
      doFill();
      doStroke();
    }
  };

  const draw = (element: Element, matrix: DOMMatrix, alpha: number) => {
    const style = getComputedStyle(element);
    if (!shown(style) || empty(element)) return;
    const own = (element as SVGGraphicsElement).transform?.baseVal.consolidate();
    const current = own ? matrix.multiply(own.matrix) : matrix;
    const opacity = alpha * number(style.opacity);
    context.setTransform(current);
    if (element.localName === 'path') {
      const path = new Path2D(element.getAttribute('d')!);
      if (style.vectorEffect === 'non-scaling-stroke') {
        // Stroke width and dashes in screen pixels: stroke the transformed path untransformed.
        const screen = new Path2D();
        screen.addPath(path, current);
        paint(
          style,
          opacity,
          () => context.fill(path),
          () => {
            context.setTransform(1, 0, 0, 1, 0, 0);
            context.stroke(screen);
            context.setTransform(current);
          },
          scale,
        );
      } else
        paint(
          style,
          opacity,
          () => context.fill(path),
          () => context.stroke(path),
        );
    } else if (element.localName === 'rect') {
      const rect = element as SVGRectElement;
      paint(
        style,
        opacity,
        () => context.fillRect(0, 0, rect.width.baseVal.value, rect.height.baseVal.value),
        () => undefined,
      );
    } else if (element.localName === 'text') {
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      context.textAlign =
        style.textAnchor === 'middle' ? 'center' : style.textAnchor === 'end' ? 'end' : 'start';
      context.textBaseline = 'alphabetic';
      const spans = element.querySelectorAll('tspan');
      const lines = spans.length ? [...spans] : [element];
      for (const line of lines) {
        const text = line.textContent ?? '';
        const x = number(line.getAttribute('x') ?? '0');
        const y = number(line.getAttribute('y') ?? '0');
        paint(
          style,
          opacity,
          () => context.fillText(text, x, y),
          () => context.strokeText(text, x, y),
        );
      }
    } else {
      for (const child of element.children) draw(child, current, opacity);
    }
  };
  for (const layer of layers) draw(layer, new DOMMatrix().scale(scale), 1);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

/** A safe ASCII file name from the cooperation's name, e.g. `alte-feuerwache-netzwerk.svg`. */
export function fileName(name: string, extension: 'svg' | 'png'): string {
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'koop'}-netzwerk.${extension}`;
}
