/**
 * A text for XML content and attribute values: line ends as `\n`, what XML 1.0 forbids dropped
 * (C0 controls but tab and line feed, lone surrogates) and C1 controls with them, markup
 * characters escaped. Shared by the feed's Atom export and the network exports (GraphML, GEXF).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\t\n\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
