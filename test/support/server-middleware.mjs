// Test-only endpoints on the test runner's own server (loopback): documents that fail in every
// way a real server can, request counters, and pages served under a strict CSP.
import { readFileSync } from 'node:fs';

const demoDocument = () =>
  readFileSync(new URL('../../demo/data/equal-strategien.json', import.meta.url), 'utf8');
const counters = new Map();
const sequences = new Map();

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const testServerMiddleware = [
  async function koopTestEndpoints(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const path = url.pathname;
    if (path.startsWith('/test/csp/') && path.endsWith('.html')) {
      await next();
      ctx.set('Content-Security-Policy', STRICT_CSP);
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
        ctx.body = JSON.stringify(counters.get(key) ?? 0);
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
      case 'redirect-loop':
        ctx.redirect(`/__koop/redirect-loop/${Number(rest[0] ?? 0) + 1}`);
        return;
      case 'sequence': {
        // /__koop/sequence/<name>?steps=ok,500,changed: answers each request with the next step.
        const steps = (url.searchParams.get('steps') ?? 'ok').split(',');
        const n = sequences.get(key) ?? 0;
        sequences.set(key, n + 1);
        const step = steps[Math.min(n, steps.length - 1)];
        if (/^\d{3}$/.test(step)) {
          ctx.status = Number(step);
          ctx.body = 'failure';
          return;
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
