import { checkDocument, type CheckResult, type Finding, type KoopDocument, type Problem } from '@koop/schema';
import type { LoadError } from './events.js';

export type LoadOutcome =
  | { ok: true; url?: string; document: KoopDocument; problems: Problem[] }
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
}
/**
 * How many requests, parses and checks of documents this page has made: a page with five
 * widgets inside one `<koop-data>` makes one of each (for tests and the benchmark).
 */
export const documentWork = { fetches: 0, parses: 0, checks: 0 };

const cache = new Map<string, CacheEntry>();
/** The last body per URL and its outcome, so an unchanged refresh yields the identical document. */
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
  const fresh = { promise: fetchDocument(url, timeout, entry !== undefined), startedAt: performance.now() };
  cache.set(url, fresh);
  return fresh.promise;
}

/** Forgets every cached response (for tests and for pages that swap documents). */
export function clearDocumentCache(): void {
  cache.clear();
  lastBody.clear();
}

type FailureInfo = Pick<LoadError, 'kind' | 'status' | 'detail'>;

const failure = (url: string | undefined, error: FailureInfo): LoadOutcome => ({
  ok: false,
  url,
  error: { ...error, url, problems: [] },
});

async function fetchDocument(url: string, timeout: number, revalidate: boolean): Promise<LoadOutcome> {
  let text: string;
  try {
    documentWork.fetches++;
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeout),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: revalidate ? 'no-cache' : 'default',
    });
    if (!response.ok)
      return failure(url, { kind: 'http', status: response.status, detail: response.statusText });
    const length = Number(response.headers.get('Content-Length'));
    if (length > MAX_DOCUMENT_BYTES) return failure(url, { kind: 'too-large', detail: String(length) });
    const body = await readText(response, MAX_DOCUMENT_BYTES);
    if (body === undefined) return failure(url, { kind: 'too-large', detail: `> ${MAX_DOCUMENT_BYTES}` });
    text = body;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return failure(url, { kind: 'timeout', detail: `${timeout} ms` });
    if (navigator.onLine && (await redirectsElsewhere(url, timeout)))
      return failure(url, { kind: 'redirect' });
    return failure(url, { kind: 'network', detail: String((error as Error)?.message ?? error) });
  }
  const previous = lastBody.get(url);
  if (previous?.text === text) return previous.outcome;
  const outcome = await parseDocumentText(text, url);
  lastBody.set(url, { text, outcome });
  return outcome;
}

/**
 * The body as text, or undefined once it grows past `limit` bytes: a body sent without
 * Content-Length (or with a false one) is not read further than that.
 */
async function readText(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * After a request failed without a response: does the server answer it with a redirect? The
 * browser reports a redirect loop (or a redirect to a server that refuses the page) as a bare
 * network error; asking once more without following redirects tells the two apart.
 */
async function redirectsElsewhere(url: string, timeout: number): Promise<boolean> {
  try {
    const probe = await fetch(url, {
      signal: AbortSignal.timeout(timeout),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      redirect: 'manual',
    });
    return probe.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

/**
 * Parses and validates a document's text (from a response or an inline script). Synchronous
 * when there is nothing to explain; otherwise the messages are loaded first.
 */
export function parseDocumentText(text: string, url?: string): LoadOutcome | Promise<LoadOutcome> {
  if (text.length > MAX_DOCUMENT_BYTES)
    return failure(url, { kind: 'too-large', detail: String(text.length) });
  const trimmed = text.trim();
  if (!trimmed) return failure(url, { kind: 'empty' });
  if (trimmed.startsWith('<')) return failure(url, { kind: 'not-json', detail: trimmed.slice(0, 80) });
  let json: unknown;
  try {
    documentWork.parses++;
    json = JSON.parse(trimmed);
  } catch (error) {
    return failure(url, { kind: 'json', detail: (error as Error).message });
  }
  return outcomeOf(json, url);
}

const checks = new WeakMap<object, CheckResult>();

/** Checks a parsed value, once per object however many widgets show it. */
export function checked(value: unknown): CheckResult {
  if (value !== null && typeof value === 'object') {
    const known = checks.get(value);
    if (known) return known;
  }
  documentWork.checks++;
  const result = checkDocument(value);
  if (value !== null && typeof value === 'object') checks.set(value, result);
  return result;
}

let explain: ((findings: readonly Finding[], document?: unknown) => Problem[]) | undefined;

/** Puts findings into words, loading the messages the first time any are needed. */
async function explained(findings: readonly Finding[], value: unknown): Promise<Problem[]> {
  try {
    explain ??= (await import('@koop/schema/explain.js')).explainFindings;
    return explain(findings, value);
  } catch {
    // Without the messages (offline), the path and the code still say where and what.
    return findings.map((f) => ({
      ...f,
      message: { de: f.code, en: f.code },
      location: { de: f.path, en: f.path },
    }));
  }
}

const explainedResults = new WeakMap<CheckResult, Promise<Problem[]>>();

/**
 * The outcome of checking `value`: synchronous when there is nothing to explain. A document
 * with errors the widgets can live with (a reference to nothing) is shown, with its problems;
 * one that breaks the format is not.
 */
export function outcomeOf(value: unknown, url?: string): LoadOutcome | Promise<LoadOutcome> {
  const result = checked(value);
  const make = (problems: Problem[]): LoadOutcome => {
    if (result.document) return { ok: true, url, document: result.document, problems };
    const version = result.findings.some((f) => f.code === 'schema-version-newer');
    return { ok: false, url, error: { kind: version ? 'version' : 'invalid', url, problems } };
  };
  if (!result.findings.length) return make([]);
  let problems = explainedResults.get(result);
  if (!problems) explainedResults.set(result, (problems = explained(result.findings, value)));
  return problems.then(make);
}
