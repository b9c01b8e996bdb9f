// Part of `npm run lint`: every package is ready for npm. Builds the packages' dist/ (tsc, an
// incremental project build) and runs publint on each, as `npm pack` would publish it; any
// message, suggestions included, fails.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = new URL('..', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

const packages = readdirSync(`${root}packages`).filter((dir) =>
  existsSync(`${root}packages/${dir}/package.json`),
);
const results = await Promise.all(
  packages.map(async (dir) => ({
    dir,
    ...(await publint({ pkgDir: `${root}packages/${dir}`, strict: true, pack: 'npm' })),
  })),
);

let count = 0;
for (const { dir, messages, pkg } of results) {
  for (const message of messages) {
    count++;
    console.error(`packages/${dir} (${message.type}): ${formatMessage(message, pkg, { color: false })}`);
  }
}
if (count) process.exit(1);
console.log(`publint: ${packages.length} packages, no messages.`);
