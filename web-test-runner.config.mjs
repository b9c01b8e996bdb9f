import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { testServerMiddleware } from './test/support/server-middleware.mjs';
import { kitMiddleware } from './test/support/kit-middleware.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { emulateMediaFeaturesPlugin } from './test/support/emulate-plugin.mjs';
import { vendorPlugin } from './test/support/vendor-plugin.mjs';
import { printPdfPlugin } from './test/support/print-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  // koop-source: the packages' TypeScript sources, so tests need no package build.
  nodeResolve: { exportConditions: ['koop-source', 'production'] },
  // One page at a time: a second page would be a hidden tab, where animation frames and the
  // kit's refresh timer (which rests while the page is hidden) do not run.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    emulateMediaFeaturesPlugin(),
    vendorPlugin(),
    printPdfPlugin(),
  ],
  middleware: [...testServerMiddleware, kitMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter('test-results/summary.json'),
  ],
};
