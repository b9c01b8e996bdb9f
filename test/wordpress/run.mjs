// npm run test:wordpress (part of npm test; `-- <name>` runs only matching files): starts a real WordPress with the plugin zip
// installed (support/servers.mjs), runs test/wordpress/*.test.mjs against it (node:test,
// puppeteer-core in the system Chromium), stops the servers and adds the counts to
// test-results/summary.json. Without Debian's packages the tests are skipped, except under
// CI=true, where that is a failure.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { writeSummary } from '../support/counting-reporter.mjs';
import { missingPackages, startWordPress } from './support/servers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const summary = join(root, 'test-results/summary.json');
const zip = join(root, 'packages/wordpress/build/koop.zip');
const started = Date.now();

const missing = missingPackages();
if (missing.length) {
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.env.CI === 'true') {
    console.error(`WordPress tests: Debian's packages ${missing.join(', ')} are missing (${install}).`);
    writeSummary(summary, 'wordpress', {
      passed: 0,
      failed: 1,
      skipped: 0,
      erroredFiles: ['test/wordpress'],
    });
    process.exit(1);
  }
  console.warn(
    [
      `WordPress tests SKIPPED: they run a real WordPress from Debian's packages, and these are`,
      `missing: ${missing.join(', ')}. Install them (as root) with`,
      `  ${install}`,
      `or run bash .ci/run, which does.`,
    ].join('\n'),
  );
  writeSummary(summary, 'wordpress', { passed: 0, failed: 0, skipped: 1, erroredFiles: [] });
  process.exit(0);
}
if (!existsSync(zip)) {
  console.error(
    'WordPress tests: packages/wordpress/build/koop.zip is missing; run npm run build:wordpress.',
  );
  process.exit(1);
}

let wordpress;
try {
  wordpress = await startWordPress({ pluginZip: zip });
} catch (error) {
  console.error('WordPress tests: the site did not start.', error);
  writeSummary(summary, 'wordpress', { passed: 0, failed: 1, skipped: 0, erroredFiles: ['test/wordpress'] });
  process.exit(1);
}
let stopping;
const stop = () => (stopping ??= wordpress.stop());
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => stop().finally(() => process.exit(130)));
console.log(
  `WordPress ${wordpress.version} (Debian) with Twenty Twenty-Three and the plugin zip at ${wordpress.url}, ready in ${wordpress.setupSeconds.toFixed(1)} s.`,
);

const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: [] };
const table = join(root, 'test-results/wordpress-roles.md');
rmSync(table, { force: true });
try {
  process.env.KOOP_WORDPRESS = JSON.stringify({
    url: wordpress.url,
    site: wordpress.site,
    folder: wordpress.folder,
    users: wordpress.users,
  });
  // `node test/wordpress/run.mjs editor` runs only the files whose names contain "editor".
  const only = process.argv.slice(2);
  const files = readdirSync(new URL('.', import.meta.url))
    .filter(
      (name) => name.endsWith('.test.mjs') && (!only.length || only.some((part) => name.includes(part))),
    )
    .sort()
    .map((name) => new URL(name, import.meta.url).pathname);
  const stream = run({ files, concurrency: 1, timeout: 240_000 });
  stream.on('test:pass', (test) => {
    if (test.details?.type === 'suite') return;
    if (test.skip || test.todo) totals.skipped++;
    else totals.passed++;
  });
  stream.on('test:fail', (test) => {
    if (test.details?.type === 'suite') return;
    totals.failed++;
    // A file that failed outside any test is reported under its own path.
    if (test.nesting === 0 && test.name === test.file) totals.erroredFiles.push(test.file);
  });
  await new Promise((resolve, reject) =>
    stream.compose(new spec()).on('end', resolve).on('error', reject).pipe(process.stdout),
  );
} finally {
  await stop();
}
// Nothing may keep running after the tests.
const stillUp = await fetch(wordpress.url).then(
  () => true,
  () => false,
);
if (stillUp) {
  console.error(`WordPress tests: ${wordpress.url} still answers after the servers were stopped.`);
  totals.failed++;
}

if (existsSync(table)) console.log(`\n${readFileSync(table, 'utf8')}`);
console.log(
  `WordPress tests: ${totals.passed} passed, ${totals.failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
writeSummary(summary, 'wordpress', totals);
process.exit(totals.failed ? 1 : 0);
