// Reading a document the way the kit does, for tools that open documents for people (the
// snippet builder's data check, the editor): every way of failing told apart, so each can be
// explained, and nothing is validated yet: a broken document can still be opened and fixed.
import { DEFAULT_TIMEOUT_MS, MAX_DOCUMENT_BYTES } from './loader.js';

export type ReadFailure =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  | { kind: 'json'; detail: string; line?: number; column?: number; excerpt?: string }
  | { kind: 'invalid-url' }
  | { kind: 'network'; detail: string; crossOrigin: boolean }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number };

export type ReadResult = { ok: true; value: unknown } | { ok: false; failure: ReadFailure };

export interface FetchResult {
  ok: boolean;
  text?: string;
  failure?: ReadFailure;
  /** The Content-Type the server sent, when it is not JSON (a warning, not an error). */
  contentType?: string;
}

/** Parses a document's text as the kit does: trimmed (also a byte order mark), JSON, not HTML. */
export function readDocumentText(text: string): ReadResult {
  if (text.length > MAX_DOCUMENT_BYTES)
    return { ok: false, failure: { kind: 'too-large', bytes: text.length } };
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, failure: { kind: 'empty' } };
  if (trimmed.startsWith('<')) return { ok: false, failure: { kind: 'not-json' } };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (error) {
    return { ok: false, failure: jsonFailure(text, (error as Error).message) };
  }
}

/** Line and column (from 1) of a JSON syntax error, taken from the parser's message. */
function jsonFailure(text: string, detail: string): ReadFailure {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  const position = /position (\d+)/.exec(detail);
  let line: number | undefined;
  let column: number | undefined;
  // The message counts in the trimmed text; leading white space shifts positions in the file.
  const lead = text.length - text.trimStart().length;
  if (position || /end of (JSON )?input|Unterminated/i.test(detail)) {
    const offset = lead + (position ? Number(position[1]) : text.trim().length);
    const before = text.slice(0, offset).split('\n');
    line = before.length;
    column = before[before.length - 1].length + 1;
  } else if (lineColumn) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  }
  const excerpt = line ? text.split('\n')[line - 1]?.slice(0, 200) : undefined;
  return { kind: 'json', detail, line, column, excerpt };
}

/** Fetches exactly `url` (as the widget will), telling every way of failing apart. */
export async function fetchDocumentText(url: string, base = document.baseURI): Promise<FetchResult> {
  let absolute: URL;
  try {
    absolute = new URL(url, base);
  } catch {
    return { ok: false, failure: { kind: 'invalid-url' } };
  }
  if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:')
    return { ok: false, failure: { kind: 'invalid-url' } };
  try {
    const response = await fetch(absolute.href, {
      headers: { Accept: 'application/json' },
      cache: 'no-cache',
      signal: AbortSignal.timeout(DEFAULT_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
    const type = response.headers.get('Content-Type') ?? '';
    const text = await response.text();
    return { ok: true, text, ...(/json/i.test(type) ? {} : { contentType: type || '–' }) };
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, failure: { kind: 'timeout' } };
    const crossOrigin = absolute.origin !== new URL(base).origin;
    return {
      ok: false,
      failure: { kind: 'network', detail: String((error as Error)?.message), crossOrigin },
    };
  }
}
