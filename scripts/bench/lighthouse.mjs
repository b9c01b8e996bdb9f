// npm run bench -- --lighthouse: Lighthouse 12 (performance only) on the article pages of
// articles.mjs, mobile and desktop, Koop pages beside their peers in the same run, in the system
// Chromium (found as the other benches find it; Lighthouse downloads nothing). Prints the median
// of each page's runs (--lighthouse-runs=N, default 5) and marks the goals of issue 20: mobile
// performance ≥ 0.95, mobile TBT within the page's goal, CLS ≤ 0.02 on both.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { PAGES, startArticleServer } from './articles.mjs';

const PERF_GOAL = 0.95;
let version = '';
const CLS_GOAL = 0.02;

/** The median of the runs that gave figures (NaN if none did). */
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One Lighthouse run of `url`; its performance score, TBT (ms), CLS and transferred bytes. */
async function auditOnce(url, formFactor) {
  // A fresh browser per run, as the Lighthouse CLI does: no state carries over between pages.
  // Lighthouse drives it over its debugging port; puppeteer only starts it.
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'],
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const { lhr } = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
    version = lhr.lighthouseVersion;
    return {
      perf: lhr.categories.performance.score,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      bytes: lhr.audits['total-byte-weight'].numericValue,
    };
  } finally {
    await browser.close();
  }
}

/** A run, once more if it fails (a busy machine can time out the protocol); else no figures. */
async function audit(url, formFactor) {
  for (let attempt = 1; ; attempt++)
    try {
      return await auditOnce(url, formFactor);
    } catch (error) {
      console.error(`\n${url} (${formFactor}), attempt ${attempt}: ${error.message}`);
      if (attempt === 2) return { perf: NaN, tbt: NaN, cls: NaN, bytes: NaN };
    }
}

export async function runLighthouse({ runs = 5 } = {}) {
  const server = await startArticleServer();
  const rows = [];
  let missed = 0;
  try {
    for (const page of PAGES) {
      const results = { mobile: [], desktop: [] };
      for (let run = 0; run < runs; run++)
        for (const formFactor of ['mobile', 'desktop']) {
          results[formFactor].push(await audit(`${server.origin}${page.path}`, formFactor));
          process.stderr.write('.');
        }
      const m = (formFactor, key) => median(results[formFactor].map((r) => r[key]));
      const goals = page.peer
        ? []
        : [
            m('mobile', 'perf') >= PERF_GOAL,
            m('mobile', 'tbt') <= page.tbtGoal,
            m('mobile', 'cls') <= CLS_GOAL,
            m('desktop', 'cls') <= CLS_GOAL,
          ];
      missed += goals.filter((ok) => !ok).length;
      rows.push([
        page.name,
        m('mobile', 'perf').toFixed(2),
        `${Math.round(m('mobile', 'tbt')).toLocaleString('en')} ms`,
        page.tbtGoal ? `≤ ${page.tbtGoal} ms` : '',
        m('desktop', 'perf').toFixed(2),
        `${Math.round(m('desktop', 'tbt')).toLocaleString('en')} ms`,
        m('desktop', 'cls').toFixed(3),
        m('mobile', 'cls').toFixed(3),
        `${Math.round(m('mobile', 'bytes') / 1024)} KB`,
        page.peer ? '' : goals.every(Boolean) ? 'ok' : 'MISSED',
      ]);
    }
  } finally {
    await server.close();
  }
  process.stderr.write('\n');
  const header = [
    'page',
    'perf mobile',
    'TBT mobile',
    'goal',
    'perf desktop',
    'TBT desktop',
    'CLS desktop',
    'CLS mobile',
    'bytes',
    '',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(
    `\nLighthouse ${version} (performance), system Chromium, pages served locally (gzip); median of ${runs} run${runs === 1 ? '' : 's'}.`,
  );
  console.log(`Goals: perf mobile ≥ ${PERF_GOAL}, TBT mobile ≤ goal, CLS ≤ ${CLS_GOAL} desktop and mobile.`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  return { missed };
}
