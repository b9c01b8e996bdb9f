// A reporter for node's test runner (node --test --test-reporter=…): adds the run's pass/fail
// counts to test-results/summary.json as the part "node" (see counting-reporter.mjs), so
// .ci/run's closing line counts the node tests too. Suites are not counted, only tests; a file
// that fails to load counts as one failure (node reports it as a failed test). A second node
// run names its own part with KOOP_SUMMARY_PART (e.g. `interop`), so the parts add up.
import { writeSummary } from './counting-reporter.mjs';

export default async function* nodeSummaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      if (event.data.nesting === 0 && event.data.name === event.data.file)
        totals.erroredFiles.push(event.data.file);
    }
  }
  writeSummary(
    new URL('../../test-results/summary.json', import.meta.url).pathname,
    process.env.KOOP_SUMMARY_PART || 'node',
    totals,
  );
  yield '';
}
