const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);
// Browsers drop these from URLs before parsing, so `java\tscript:` is `javascript:`.
const IGNORED_BY_URL_PARSER = /[\t\n\r]/g;
const PLACEHOLDER_BASE = 'https://koop.invalid/';
const PLACEHOLDER_ORIGIN = 'https://koop.invalid';
/**
 * A web address written without its scheme: `www.example.org…`, or a host name with a dot
 * and a top-level domain of letters followed by a path, query, fragment or port
 * (`example.org/seite`). As a relative link it would point into the document's own folder.
 * A file name (`bericht.pdf`) or a folder (`daten/2025.json`) is no host.
 */
const SCHEME_LESS_HOST =
  /^(?:www\.[^/?#\s]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)(?=[/?#:]))/i;

/** Why a URL from a document is not linked: a protocol outside the allowlist, or a host without scheme. */
export type UrlProblem = 'unsafe-url' | 'schemeless-url';

/** What keeps `raw` from being linked; undefined for a URL `safeUrl` lets through. */
export function urlProblem(raw: unknown): UrlProblem | undefined {
  if (typeof raw !== 'string') return 'unsafe-url';
  const cleaned = raw.replace(IGNORED_BY_URL_PARSER, '').trim();
  if (!cleaned) return 'unsafe-url';
  let parsed: URL;
  try {
    parsed = new URL(cleaned, PLACEHOLDER_BASE);
  } catch {
    return 'unsafe-url';
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return 'unsafe-url';
  // Only a relative URL can be a host without scheme; `//host` is an ordinary link.
  if (SCHEME_LESS_HOST.test(cleaned) && parsed.origin === PLACEHOLDER_ORIGIN) return 'schemeless-url';
  return undefined;
}

/**
 * Returns `raw` as a URL safe to put in `href`, or `undefined` when it is not one.
 * Allowed: https, http, mailto, tel and relative URLs; relative ones are resolved against
 * `base` when given. A web address without scheme (`www.example.org`) is no relative URL and
 * is refused. Uses the browser's own URL parser, so every trick that parser accepts (mixed
 * case, leading control characters, embedded tabs) is judged as the browser would.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (urlProblem(raw)) return undefined;
  const cleaned = (raw as string).replace(IGNORED_BY_URL_PARSER, '').trim();
  if (!base) return cleaned;
  try {
    // Judged again as resolved: a relative URL takes the base's protocol.
    const resolved = new URL(cleaned, base);
    return ALLOWED_PROTOCOLS.has(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
