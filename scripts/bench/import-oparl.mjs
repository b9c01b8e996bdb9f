// The OParl import case of `npm run bench` (node, no browser): a 2,000-meeting council history
// served by the test OParl server (test/oparl/server.mjs, 100 objects a page as many RIS do),
// imported through the same-host fetch the command line uses and merged into a new document;
// then the same again into that document (0 changes). Budget: 10 s for the first.
// Alone: `node scripts/bench/import-oparl.mjs`.
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { loadSource } from '../load-source.mjs';
import { startOParlServer } from '../../test/oparl/server.mjs';

const MEETINGS = 2000;
const BUDGET = 10_000;

export async function run() {
  const { IMPORTERS, mergeRecords, newDocument, sameHostFetch } = await loadSource(
    "export { IMPORTERS, mergeRecords, newDocument, sameHostFetch } from './packages/interop/src/index.ts';",
  );
  const server = await startOParlServer({ meetings: MEETINGS, pageSize: 100 });
  const get = async (url) => {
    const response = await fetch(url, { redirect: 'manual' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  };
  const importOnce = async (document) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = await IMPORTERS.oparl.run({
      source: server.bodyUrl,
      fetch: sameHostFetch(server.bodyUrl, get),
      options: {},
      now: new Date(),
    });
    if (result.problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(result.problems));
    const merged = mergeRecords(document ?? newDocument(result.records, server.bodyUrl), result.records, {
      scheme: 'oparl',
      owns: result.owns,
    });
    const used = process.cpuUsage(cpu);
    // CPU time of this process (the server's included) beside wall time: on a loaded machine they differ.
    return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, ...merged };
  };
  try {
    const first = await importOnce();
    const second = await importOnce(first.document);
    const entries = second.plan.summary.entries;
    const requests = server.requests.length / 2;
    console.log(
      `import oparl: ${MEETINGS} meetings (${first.document.entries.length} entries, ${requests} requests): ` +
        `${(first.ms / 1000).toFixed(2)} s (CPU ${(first.cpu / 1000).toFixed(2)} s), ` +
        `again into it ${(second.ms / 1000).toFixed(2)} s (CPU ${(second.cpu / 1000).toFixed(2)} s) ` +
        `(${entries.changed + entries.added} changes; budget ≤ ${BUDGET / 1000} s) ${first.ms <= BUDGET ? 'ok' : 'OVER'}`,
    );
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
