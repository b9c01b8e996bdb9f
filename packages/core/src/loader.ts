import { validateDocument, type ValidationResult } from '@koop/schema';
import type { LoadError } from './events.js';

export type LoadOutcome =
  | { ok: true; url: string; result: ValidationResult & { valid: true } }
  | { ok: false; url?: string; error: LoadError };

export interface LoadOptions {
  /** Reuse a response at most this old (ms); Infinity shares one request per page. */
  maxAge?: number;
  /** Give up after this many ms (request and body together). */
  timeout?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Larger documents are refused: they would stall the page long before they rendered. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

interface CacheEntry {
  promise: Promise<LoadOutcome>;
  startedAt: number;
  /** The last body and its outcome, so an unchanged refresh yields the identical document. */
  text?: string;
}
const cache = new Map<string, CacheEntry>();
const lastBody = new Map<string, { text: string; outcome: LoadOutcome }>();

/** The absolute form of `src` relative to the page, or undefined if it is not a URL at all. */
export function absoluteUrl(src: string): string | undefined {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * Fetches and validates the document at `url`. Concurrent and recent calls for the same URL
 * share one request. Never rejects: failures come back as `{ ok: false, error }`, each kind
 * told apart (network, timeout, HTTP status, empty, HTML, invalid JSON, too large, invalid).
 */
export function loadDocument(url: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const { maxAge = Infinity, timeout = DEFAULT_TIMEOUT_MS } = options;
  const entry = cache.get(url);
  if (entry && performance.now() - entry.startedAt <= maxAge) return entry.promise;
  const fresh: CacheEntry = {
    promise: fetchDocument(url, timeout, entry !== undefined),
    startedAt: performance.now(),
  };
  cache.set(url, fresh);
  return fresh.promise;
}

/** Forgets every cached response (for tests and for pages that swap documents). */
export function clearDocumentCache(): void {
  cache.clear();
  lastBody.clear();
}

async function fetchDocument(url: string, timeout: number, revalidate: boolean): Promise<LoadOutcome> {
  const fail = (error: FailureInfo) => failure(url, error);
  let text: string;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeout),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: revalidate ? 'no-cache' : 'default',
    });
    if (!response.ok) return fail({ kind: 'http', status: response.status, detail: response.statusText });
    const length = Number(response.headers.get('Content-Length'));
    if (length > MAX_DOCUMENT_BYTES) return fail({ kind: 'too-large', detail: String(length) });
    text = await response.text();
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return fail({ kind: 'timeout', detail: `${timeout} ms` });
    return fail({ kind: 'network', detail: String((error as Error)?.message ?? error) });
  }
  const previous = lastBody.get(url);
  if (previous?.text === text) return previous.outcome;
  const outcome = parseDocumentText(text, url);
  lastBody.set(url, { text, outcome });
  return outcome;
}

/** Parses and validates a document's text (from a response or an inline script). */
export function parseDocumentText(text: string, url?: string): LoadOutcome {
  const fail = (error: FailureInfo) => failure(url, error);
  if (text.length > MAX_DOCUMENT_BYTES) return fail({ kind: 'too-large', detail: String(text.length) });
  const trimmed = text.trim();
  if (!trimmed) return fail({ kind: 'empty' });
  if (trimmed.startsWith('<')) return fail({ kind: 'not-json', detail: trimmed.slice(0, 80) });
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (error) {
    return fail({ kind: 'json', detail: (error as Error).message });
  }
  return outcomeOf(validated(json), url);
}

type FailureInfo = Pick<LoadError, 'kind' | 'status' | 'detail'>;

function failure(url: string | undefined, error: FailureInfo): LoadOutcome {
  return { ok: false, url, error: { ...error, url, problems: [] } };
}

const validations = new WeakMap<object, ValidationResult>();

/** Validates a parsed value, once per object however many widgets show it. */
export function validated(value: unknown): ValidationResult {
  if (value === null || typeof value !== 'object') return validateDocument(value);
  let result = validations.get(value);
  if (!result) {
    result = validateDocument(value);
    validations.set(value, result);
  }
  return result;
}

export function outcomeOf(result: ValidationResult, url?: string): LoadOutcome {
  if (result.valid) return { ok: true, url: url ?? '', result: result as ValidationResult & { valid: true } };
  const version = result.problems.some((p) => p.code === 'schema-version-newer');
  return { ok: false, url, error: { kind: version ? 'version' : 'invalid', url, problems: result.problems } };
}
