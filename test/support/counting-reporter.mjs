// Writes the real pass/fail counts of a run, for .ci/run's closing line: each runner (the
// browser tests, the WordPress tests) writes its part, and summary.json is the sum of the parts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Records one runner's totals and adds up every runner's in `summary.json` next to it. */
export function writeSummary(file, part, totals) {
  const dir = join(dirname(file), 'parts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${part}.json`), JSON.stringify(totals, null, 2));
  const sum = { passed: 0, failed: 0, skipped: 0, erroredFiles: [], parts: {} };
  for (const name of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const counts = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    for (const key of ['passed', 'failed', 'skipped']) sum[key] += counts[key];
    sum.erroredFiles.push(...(counts.erroredFiles ?? []));
    sum.parts[name.slice(0, -'.json'.length)] = {
      passed: counts.passed,
      failed: counts.failed,
      skipped: counts.skipped,
    };
  }
  writeFileSync(file, JSON.stringify(sum, null, 2));
}

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: [] };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length || !session.testResults)) {
          totals.failed++;
          totals.erroredFiles.push(session.testFile);
        }
      }
      writeSummary(file, 'browser', totals);
    },
  };
}
