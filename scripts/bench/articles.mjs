// Plain article pages (a heading, two paragraphs, then the widget, and a paragraph below it) for the Lighthouse bench,
// each Koop page beside its peer on the same data, and a local server for them: gzip, as a
// real server sends them, and on the Koop pages the strict policy the kit is made for.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:";
const TEXT = [
  'Die Stadt arbeitet mit Vereinen, Unternehmen und Stiftungen zusammen. Auf dieser Seite zeigt sie, wer beteiligt ist, was vereinbart wurde und wie weit die Partner gekommen sind.',
  'Die Angaben stammen aus einer Datei, die das Projektteam pflegt. Wer die Daten selbst auswerten möchte, findet sie unter dem Link in der Anzeige; die Anzeige aktualisiert sich von selbst.',
  // Below the widget: what a reader who reads on must not see move.
  'Fragen zur Zusammenarbeit beantwortet das Büro für Bürgerbeteiligung. Die nächste Sitzung des Beirats ist öffentlich.',
];

const article = ({ title, head = '', body, csp = true }) => ({
  csp,
  html: `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${title}" />
    <title>${title}</title>
    <link rel="stylesheet" href="/scripts/bench/articles/article.css" />
    ${head}
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>${TEXT[0]}</p>
      <p>${TEXT[1]}</p>
      ${body}
      <p>${TEXT[2]}</p>
    </main>
  </body>
</html>
`,
});

// What an editor pastes: the kit's stylesheet (it reserves the widgets' space) and the module.
const kit = (modules) =>
  [
    '<link rel="stylesheet" href="/dist/koop.css" />',
    ...modules.map((m) => `<script type="module" src="/dist/${m}.js"></script>`),
  ].join('\n    ');
const fallback = (href) => `<p><a href="${href}">Die Daten (JSON)</a></p>`;

/**
 * The pages, in the order the table lists them: each peer after the Koop page it stands beside.
 * `tbtGoal`: the mobile Total Blocking Time a Koop page must stay within (ms).
 */
export const PAGES = [
  {
    name: 'Koop timeline, 1,000 milestones',
    path: '/koop-timeline.html',
    tbtGoal: 300,
    ...article({
      title: 'Meilensteine',
      head: kit(['koop-milestone-timeline']),
      body: `<koop-milestone-timeline src="/bench-data/timeline-1000.json">${fallback('/bench-data/timeline-1000.json')}</koop-milestone-timeline>`,
    }),
  },
  {
    name: 'TimelineJS3, same events',
    path: '/timelinejs.html',
    peer: true,
    ...article({
      title: 'Meilensteine',
      csp: false,
      head: `<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css" />
    <script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>
    <script type="module" src="/scripts/bench/articles/timelinejs.js"></script>`,
      body: '<div id="peer" class="peer-stage"></div>',
    }),
  },
  {
    name: 'Koop map, 500/1,500',
    path: '/koop-map.html',
    tbtGoal: 300,
    ...article({
      title: 'Netzwerk',
      head: kit(['koop-partner-map']),
      body: `<koop-partner-map src="/bench-data/network-500.json">${fallback('/bench-data/network-500.json')}</koop-partner-map>`,
    }),
  },
  {
    name: 'vis-network, same graph',
    path: '/vis-network.html',
    peer: true,
    ...article({
      title: 'Netzwerk',
      csp: false,
      head: '<script type="module" src="/scripts/bench/articles/vis-network.js"></script>',
      body: '<div id="peer" class="peer-stage"></div>',
    }),
  },
  {
    name: 'Koop demo, five widgets in one <koop-data>',
    path: '/koop-demo.html',
    tbtGoal: 200,
    ...article({
      title: 'Kooperation',
      head: kit(['koop']),
      body: `<koop-data src="/demo/data/equal-strategien.json">
        <koop-goal-tracker>${fallback('/demo/data/equal-strategien.json')}</koop-goal-tracker>
        <koop-milestone-timeline></koop-milestone-timeline>
        <koop-partner-map></koop-partner-map>
        <koop-role-matrix></koop-role-matrix>
        <koop-transparency-feed></koop-transparency-feed>
      </koop-data>`,
    }),
  },
  {
    name: 'Koop, one goal tracker',
    path: '/koop-goal-tracker.html',
    tbtGoal: 200,
    ...article({
      title: 'Ziele',
      head: kit(['koop-goal-tracker']),
      body: `<koop-goal-tracker src="/demo/data/equal-strategien.json">${fallback('/demo/data/equal-strategien.json')}</koop-goal-tracker>`,
    }),
  },
];

/** The generated documents, made once by the bench's own generators in a headless page. */
async function generateData(origin) {
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    return await page.evaluate(async () => {
      const { timelineDocument, timelineJsData } = await import('/scripts/bench/timeline-document.js');
      const { networkDocument, visNetworkData } = await import('/scripts/bench/network-document.js');
      const timeline = timelineDocument(1000, 20);
      const network = networkDocument(500, 1500);
      return {
        'timeline-1000.json': JSON.stringify(timeline),
        'timelinejs-1000.json': JSON.stringify(timelineJsData(timeline)),
        'network-500.json': JSON.stringify(network),
        'vis-500.json': JSON.stringify(visNetworkData(network)),
      };
    });
  } finally {
    await browser.close();
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves the repository, the pages and /bench-data/ on 127.0.0.1; resolves to { origin, close }. */
export async function startArticleServer() {
  const data = new Map();
  const pages = new Map(PAGES.map((p) => [p.path, p]));
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const page = pages.get(path);
    let body;
    let type;
    if (page) [body, type] = [page.html, TYPES['.html']];
    else if (path.startsWith('/bench-data/') && data.has(path.slice(12)))
      [body, type] = [data.get(path.slice(12)), TYPES['.json']];
    else {
      const file = join(root, path === '/' ? 'scripts/bench/page.html' : path);
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      [body, type] = [readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream'];
    }
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (page?.csp) headers['Content-Security-Policy'] = CSP;
    if (/gzip/.test(request.headers['accept-encoding'] ?? '')) {
      const key = page ? path : path.startsWith('/bench-data/') ? path : join(root, path);
      if (!cache.has(key)) cache.set(key, gzipSync(body));
      body = cache.get(key);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  for (const [name, text] of Object.entries(await generateData(origin))) data.set(name, text);
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}
