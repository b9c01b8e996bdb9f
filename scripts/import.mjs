// npm run import -- <format> <file-or-url> [--into doc.json] [--out doc.json] [--remove-missing]
//   [--from YYYY-MM-DD] [--to YYYY-MM-DD]
// Imports a feed, calendar or CSV file(s) (a file or a folder of them) into a koop document (see packages/interop): the same code as the
// editor's import, bundled from its sources. Fetches only the URL given: a redirect to another
// host is refused.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from './load-source.mjs';

const { runImport } = await loadSource("export { runImport } from './packages/interop/src/cli.ts';");

/** GET of exactly `url`; redirects are followed only on the same host. */
async function fetchOnly(url, as = 'text') {
  const host = new URL(url).host;
  let current = url;
  for (let hops = 0; hops < 5; hops++) {
    const response = await fetch(current, { redirect: 'manual' });
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      const next = new URL(response.headers.get('location'), current);
      if (next.host !== host) throw new Error(`redirect to another host (${next.host}) refused`);
      current = next.href;
      continue;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return as === 'bytes' ? new Uint8Array(await response.arrayBuffer()) : await response.text();
  }
  throw new Error('too many redirects');
}

process.exitCode = await runImport(process.argv.slice(2), {
  read: (file) => readFileSync(file, 'utf8'),
  fetch: fetchOnly,
  readBytes: (file) => new Uint8Array(readFileSync(file)),
  fetchBytes: (url) => fetchOnly(url, 'bytes'),
  write: (file, text) => writeFileSync(file, text),
  // A folder of CSV files (one per list): its files, sorted.
  list: (path) =>
    statSync(path, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(path)
          .sort()
          .map((name) => join(path, name))
      : undefined,
  out: (line) => console.error(line),
  print: (text) => process.stdout.write(text),
});
