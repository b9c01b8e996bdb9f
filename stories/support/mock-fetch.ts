import { clearDocumentCache } from '@koop/core';
import { mockDocuments } from './documents.js';

/**
 * A pretend server for the stories: `window.fetch` is wrapped once and answers requests for
 * same-origin URLs under `/mock/`; every other request goes to the real fetch unchanged.
 *
 * | URL                                   | answer                                                  |
 * | ------------------------------------- | ------------------------------------------------------- |
 * | `/mock/status/<code>/…`               | that HTTP status                                        |
 * | `/mock/network/…`                     | a network failure (fetch rejects with a TypeError)      |
 * | `/mock/never/…`                       | no answer ever; only an abort (the kit's timeout) ends it |
 * | `/mock/html/…`                        | an HTML error page with status 200                      |
 * | `/mock/truncated/…`                   | JSON cut off in the middle                              |
 * | `/mock/empty/…`                       | an empty body                                           |
 * | `/mock/doc/<name>.json`               | a document from `documents.ts`                          |
 * | `/mock/sequence/<name>?steps=ok,500`  | each request the next step; the last step repeats (see below) |
 *
 * A step of a sequence is `ok` (the document the `doc` parameter names, default `small`), an
 * HTTP status (`500`) or the name of a document (`feed,feed-new-entry`: first the record, then
 * the same with one more entry).
 */
export const MOCK_PREFIX = '/mock/';

const INSTALLED = Symbol.for('koop.stories.mockFetch');
const sequences = new Map<string, number>();

type Fetch = typeof window.fetch;

/** Wraps `window.fetch` (once per page, however often it is called). */
export function installMockFetch(): void {
  const target = window as unknown as Record<symbol, boolean | undefined>;
  if (target[INSTALLED]) return;
  target[INSTALLED] = true;
  const realFetch: Fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request?.url ?? String(input), document.baseURI);
    if (url.origin !== location.origin || !url.pathname.startsWith(MOCK_PREFIX))
      return realFetch(input, init);
    return answer(url, init?.signal ?? request?.signal ?? undefined);
  };
}

/**
 * A Storybook loader: installs the mock server, forgets the kit's cached responses and restarts
 * the sequence the story's `src` names, so every render of a story starts from the beginning.
 */
export async function mockFetch({ args }: { args: { src?: unknown } }): Promise<Record<string, never>> {
  installMockFetch();
  clearDocumentCache();
  if (typeof args.src === 'string') sequences.delete(new URL(args.src, document.baseURI).pathname);
  return {};
}

/** A 200 response whose body claims to be JSON (whether it is or not). */
const jsonBody = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json' } });
const json = (value: unknown) => jsonBody(JSON.stringify(value));

function documentNamed(name: string | null): unknown {
  const make = mockDocuments[(name ?? '').replace(/\.json$/, '')];
  if (!make) throw new Error(`mock-fetch: no document named ${name}`);
  return make();
}

function status(code: number): Response {
  return new Response(`status ${code}`, { status: code, statusText: code === 404 ? 'Not Found' : 'Error' });
}

async function answer(url: URL, signal: AbortSignal | undefined): Promise<Response> {
  signal?.throwIfAborted();
  const [kind, ...rest] = url.pathname.slice(MOCK_PREFIX.length).split('/');
  switch (kind) {
    case 'status':
      return status(Number(rest[0]));
    case 'network':
      throw new TypeError('Failed to fetch');
    case 'never':
      return new Promise<Response>((_, reject) =>
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true }),
      );
    case 'html':
      return new Response('<!doctype html><title>Nicht gefunden</title><p>Seite nicht gefunden</p>', {
        headers: { 'Content-Type': 'text/html' },
      });
    case 'truncated':
      return jsonBody(JSON.stringify(mockDocuments.small()).slice(0, 120));
    case 'empty':
      return jsonBody('');
    case 'doc':
      return json(documentNamed(rest.join('/')));
    case 'sequence': {
      const steps = (url.searchParams.get('steps') ?? 'ok').split(',');
      const n = sequences.get(url.pathname) ?? 0;
      sequences.set(url.pathname, n + 1);
      const step = steps[Math.min(n, steps.length - 1)];
      if (/^\d{3}$/.test(step)) return status(Number(step));
      return json(documentNamed(step === 'ok' ? (url.searchParams.get('doc') ?? 'small') : step));
    }
    default:
      return status(404);
  }
}
