let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * Width in px of `text` set in `font` (a CSS font shorthand such as `700 13.6px Arial`), for
 * layouts that must know text sizes before drawing (labels that must not overlap, columns as
 * wide as a word). Without a canvas: an estimate from the font size.
 */
export function textWidth(text: string, font: string): number {
  if (context === undefined) context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return text.length * (parseFloat(/([\d.]+)px/.exec(font)?.[1] ?? '16') * 0.55);
  if (context.font !== font) context.font = font;
  return context.measureText(text).width;
}

/** The font shorthand of an element's text, or of the widget's font at `size` px and `weight`. */
export function fontOf(element: Element, size?: number, weight?: number): string {
  const style = getComputedStyle(element);
  const family = style.getPropertyValue('--koop-font-family').trim() || style.fontFamily;
  return `${weight ?? style.fontWeight} ${size ?? parseFloat(style.fontSize)}px ${family}`;
}
