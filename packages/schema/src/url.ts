const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
// Browsers drop these from URLs before parsing, so `java\tscript:` is `javascript:`.
const IGNORED_BY_URL_PARSER = /[\t\n\r]/g;
const PLACEHOLDER_BASE = 'https://koop.invalid/';

/**
 * Returns `raw` as a URL safe to put in `href`, or `undefined` when it is not one.
 * Allowed: https, http, mailto and relative URLs; relative ones are resolved against `base`
 * when given. Uses the browser's own URL parser, so every trick that parser accepts
 * (mixed case, leading control characters, embedded tabs) is judged as the browser would.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = raw.replace(IGNORED_BY_URL_PARSER, '').trim();
  if (!cleaned) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(cleaned, base ?? PLACEHOLDER_BASE);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return undefined;
  return base ? parsed.href : cleaned;
}
