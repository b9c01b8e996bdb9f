// Locates a Chromium or Chrome for the browser tests and the benchmark. Nothing is downloaded.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function findChromium() {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  console.error(
    [
      'No Chromium found. The browser tests and the benchmark run in a real Chromium, which',
      'is not downloaded automatically. Install one, e.g. on Debian/Ubuntu:',
      '',
      '  sudo apt-get install -y chromium',
      '',
      'or point CHROME_PATH at an installed Chrome or Chromium.',
    ].join('\n'),
  );
  process.exit(1);
}

/** Flags for a quiet headless Chromium on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];
