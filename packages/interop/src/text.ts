/** Text helpers the feed and calendar importers share. DOM-free. */
import type { ImportProblem, SourcePosition } from './types.js';

/** HTML's named entities feeds use most (XML knows only the first five). */
export const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euro: '€',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  shy: '',
};

/** Drops C0/C1 controls (except tab and line feed) and lone surrogates, as the exports do. */
export function clean(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of what may be HTML (a calendar's DESCRIPTION, a feed's content_html): scripts and
 * styles dropped, line breaks where blocks end, tags removed, entities decoded, space tidied.
 * The result is only ever rendered as text.
 */
export function htmlToText(value: string): string {
  if (!/[<&]/.test(value)) return clean(value).trim();
  const text = value
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '');
  return clean(decodeEntities(text))
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Strips a byte order mark, which Excel and some calendar servers put first. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** An id the format allows (no controls, at most 500 characters) from any source key. */
export function safeId(raw: string, prefix: string): string {
  const slug = clean(raw)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  // A short hash keeps ids apart that slug to the same text.
  let hash = 2166136261;
  for (let i = 0; i < raw.length; i++) hash = Math.imul(hash ^ raw.charCodeAt(i), 16777619);
  return `${prefix}-${slug ? `${slug}-` : ''}${(hash >>> 0).toString(36)}`;
}

/** A problem in both languages. */
export function problem(
  severity: ImportProblem['severity'],
  code: string,
  message: string,
  messageDe: string,
  position?: SourcePosition,
): ImportProblem {
  return { severity, code, message, messageDe, ...(position ? { position } : {}) };
}

const DATE_TIME =
  /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$/;

/** An RFC 3339 date(-time) as the format writes it, or undefined when it is none. */
export function feedDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (DATE_TIME.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isFinite(time) ? new Date(time).toISOString().replace('.000Z', 'Z') : undefined;
}

/** Lower case ASCII letters and digits of a text (ß as ss, accents dropped), `separator` between words. */
export function foldText(text: string, separator = ' '): string {
  return clean(text)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .split(separator)
    .filter(Boolean)
    .join(separator);
}
