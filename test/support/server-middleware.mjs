// Test-only endpoints on the test runner's own server (loopback): documents that fail in every
// way a real server can, request counters, and pages served under a strict CSP.
import { Buffer } from 'node:buffer';
import { execFile } from 'node:child_process';
import process from 'node:process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const demoDocument = (file = 'equal-strategien') =>
  readFileSync(new URL(`../../demo/data/${file}.json`, import.meta.url), 'utf8');
const DEMO_FILES = ['equal-strategien', 'ko-produktion'];
const counters = new Map();
const sequences = new Map();

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/**
 * The same for a page that may load Lit twice (two copies of the kit, or the kit and another
 * Lit app): each copy creates its own `lit-html` policy, which needs 'allow-duplicates'.
 */
export const STRICT_CSP_DUPLICATES = `${STRICT_CSP} 'allow-duplicates'`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const testServerMiddleware = [
  async function koopTestEndpoints(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const path = url.pathname;
    if ((path.startsWith('/test/csp/') || path.startsWith('/test/hardening/')) && path.endsWith('.html')) {
      await next();
      const duplicates = path.endsWith('/two-copies.html') && !url.searchParams.has('strict');
      ctx.set('Content-Security-Policy', duplicates ? STRICT_CSP_DUPLICATES : STRICT_CSP);
      return;
    }
    if (!path.startsWith('/__koop/')) return next();
    const [, , kind, ...rest] = path.split('/');
    const key = rest.join('/');
    switch (kind) {
      case 'status':
        ctx.status = Number(rest[0]);
        ctx.body = `status ${rest[0]}`;
        return;
      case 'doc': {
        // /__koop/doc/<counter>.json: the demo document, counting requests per name.
        counters.set(key, (counters.get(key) ?? 0) + 1);
        ctx.type = 'application/json';
        ctx.body = demoDocument();
        return;
      }
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(counters.get(key) ?? sequences.get(key) ?? 0);
        return;
      case 'slow':
        await sleep(Number(url.searchParams.get('ms') ?? 5000));
        ctx.type = 'application/json';
        ctx.body = demoDocument();
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not found</title><p>Seite nicht gefunden</p>';
        return;
      case 'truncated':
        ctx.type = 'application/json';
        ctx.body = demoDocument().slice(0, 200);
        return;
      case 'empty':
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'huge': {
        // /__koop/huge/<name>?mb=20&length=1: a valid document of that many megabytes, generated
        // as it is sent; with length=1 the size is announced in Content-Length.
        counters.set(key, (counters.get(key) ?? 0) + 1);
        const mb = Number(url.searchParams.get('mb') ?? 20);
        const { head, entry, tail, count } = hugeDocumentParts(mb);
        ctx.type = 'application/json';
        ctx.body = Readable.from(hugeDocumentChunks(head, entry, tail, count));
        if (url.searchParams.get('length') === '1')
          ctx.length = head.length + tail.length + count * entry.length + (count - 1);
        return;
      }
      case 'foreign': {
        // /__koop/foreign/<demo>.json: a demo document whose every URL field points to other
        // hosts, counting requests per file.
        const file = key.replace(/\.json$/, '');
        if (!DEMO_FILES.includes(file)) {
          ctx.status = 404;
          return;
        }
        counters.set(`foreign-${file}`, (counters.get(`foreign-${file}`) ?? 0) + 1);
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(foreignDocument(JSON.parse(demoDocument(file))));
        return;
      }
      case 'validate': {
        // POST /__koop/validate/<file name>: runs `npm run validate` (scripts/validate.mjs) on the
        // body, as an editor would on a downloaded file; answers { code, output }.
        const body = await new Promise((resolve) => {
          const chunks = [];
          ctx.req.on('data', (chunk) => chunks.push(chunk));
          ctx.req.on('end', () => resolve(Buffer.concat(chunks)));
        });
        const folder = mkdtempSync(join(tmpdir(), 'koop-validate-'));
        const file = join(folder, key || 'document.json');
        writeFileSync(file, body);
        const script = fileURLToPath(new URL('../../scripts/validate.mjs', import.meta.url));
        const result = await new Promise((resolve) =>
          execFile(process.execPath, [script, file], (error, stdout, stderr) =>
            resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
          ),
        );
        rmSync(folder, { recursive: true, force: true });
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(result);
        return;
      }
      case 'kit-copy.js':
        // /__koop/kit-copy.js: the whole kit bundled into one file with its own Lit, as a second
        // copy on a page would be (a CMS plugin and a theme both loading it).
        kitCopy ??= bundleKitCopy();
        ctx.type = 'text/javascript';
        ctx.body = await kitCopy;
        return;
      case 'redirect-loop':
        ctx.redirect(`/__koop/redirect-loop/${Number(rest[0] ?? 0) + 1}`);
        return;
      case 'sequence': {
        // /__koop/sequence/<name>?steps=ok,500,changed: answers each request with the next step;
        // a step may also be any failure above (html, truncated, empty, redirect-loop, huge, slow).
        const steps = (url.searchParams.get('steps') ?? 'ok').split(',');
        const n = sequences.get(key) ?? 0;
        sequences.set(key, n + 1);
        const step = steps[Math.min(n, steps.length - 1)];
        if (/^\d{3}$/.test(step)) {
          ctx.status = Number(step);
          ctx.body = 'failure';
          return;
        }
        if (['html', 'truncated', 'empty', 'redirect-loop', 'huge', 'slow'].includes(step)) {
          // Answered by the endpoint of that name (a redirect loop starts with this redirect).
          if (step === 'redirect-loop') {
            ctx.redirect('/__koop/redirect-loop/0');
            return;
          }
          ctx.url = `/__koop/${step}/${key}-${n}${step === 'slow' ? '?ms=3000' : ''}`;
          return koopTestEndpoints(ctx, next);
        }
        const document = JSON.parse(demoDocument());
        if (step === 'changed') document.cooperation.name = 'Geänderter Name';
        if (step === 'invalid') document.goals = 'kaputt';
        if (step === 'added') {
          document.entries.unshift({
            id: 'neu-eingetroffen',
            date: '2099-01-01',
            type: 'announcement',
            title: 'Neu eingetroffen',
          });
        }
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(document);
        return;
      }
      default:
        return next();
    }
  },
];

/** A huge but valid document: many entries between a head and a tail. */
function hugeDocumentParts(mb) {
  const head = '{"schemaVersion":"1.0","cooperation":{"name":"Sehr großes Dokument"},"entries":[';
  const tail = ']}';
  const entry = JSON.stringify({
    id: 'e',
    date: '2026-01-01',
    type: 'meeting',
    title: 'Eintrag',
    summary: 'x'.repeat(900),
  });
  const count = Math.ceil((mb * 1024 * 1024) / (entry.length + 1));
  return { head, entry, tail, count };
}

function* hugeDocumentChunks(head, entry, tail, count) {
  yield head;
  const perChunk = 64;
  for (let i = 0; i < count; i += perChunk) {
    const n = Math.min(perChunk, count - i);
    yield (i ? ',' : '') + Array(n).fill(entry).join(',');
  }
  yield tail;
}

/** `doc` with every URL field and link list pointing to hosts other than the page's. */
function foreignDocument(doc) {
  const foreign = (what) => `https://evil.example/${what}`;
  doc.license = foreign('license');
  doc.publisher = { ...doc.publisher, url: foreign('publisher'), email: 'info@evil.example' };
  doc.cooperation.website = foreign('website');
  for (const actor of doc.actors ?? []) actor.url = foreign(`actor/${actor.id}.png`);
  for (const entry of doc.entries ?? [])
    entry.links = [
      { url: foreign('x.png'), title: 'Bild' },
      { url: 'http://tracker.example/pixel.gif', title: 'Zählpixel' },
      { url: '//cdn.example/lib.js', title: 'Skript' },
      { url: 'https://fonts.example/font.woff2', title: 'Schrift' },
    ];
  for (const goal of doc.goals ?? [])
    for (const indicator of goal.indicators ?? [])
      for (const observation of indicator.observations ?? [])
        observation.sourceUrl = foreign(`quelle/${goal.id}.json`);
  return doc;
}

let kitCopy;
const bundleKitCopy = () =>
  bundle({
    entryPoints: [fileURLToPath(new URL('../../packages/kit/src/koop.ts', import.meta.url))],
    conditions: ['koop-source', 'production'],
    logLevel: 'silent',
  });
