/**
 * `npm run import -- <format> <file-or-url> [--into doc.json] [--out doc.json] [--remove-missing]
 * [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: imports a source into a new document or merges it into
 * `--into`, prints the summary per list and every problem with its source position, and exits 1
 * on errors (then nothing is written). Without `--out` the result goes to `--into`, or stdout.
 * I/O is passed in, so the same code runs under node and in tests.
 */
import { validateDocument, type KoopDocument } from '@koop/schema';
import { mergeRecords, newDocument, type MergePlan } from './merge.js';
import { IMPORTERS, importerFor } from './importers.js';
import type { ImportProblem, ImportResult, SourcePosition } from './types.js';

export interface CliIo {
  /** Reads a file as UTF-8 text; throws when it cannot. */
  read(file: string): string;
  /** Fetches exactly this URL (no redirect to another host) and returns its text; throws on failure. */
  fetch(url: string): Promise<string>;
  /** Reads a file as bytes (binary formats such as workbooks); throws when it cannot. */
  readBytes?(file: string): Uint8Array;
  /** Fetches exactly this URL as bytes, like `fetch`. */
  fetchBytes?(url: string): Promise<Uint8Array>;
  write(file: string, text: string): void;
  /** Messages: the summary and the problems (stderr in the script). */
  out(line: string): void;
  /** The document when neither `--out` nor `--into` is given (stdout in the script). */
  print(text: string): void;
  /** The files of a folder (full paths), or undefined when `path` is no folder (CSV: one file per list). */
  list?(path: string): string[] | undefined;
  /** The current time, for the iCalendar window. */
  now?: Date;
}

const USAGE =
  'Usage: npm run import -- <format> <file-or-url> [--into doc.json] [--out doc.json] [--remove-missing] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n' +
  `Formats: ${Object.keys(IMPORTERS).join(', ')}`;

/** A fetch that refuses every host but the one of `source` (an API's links could point anywhere). */
export function sameHostFetch(source: string, fetch: (url: string) => Promise<string>) {
  const host = new URL(source).host;
  return (url: string) => {
    const target = new URL(url, source);
    if (target.host !== host)
      return Promise.reject(new Error(`${target.href}: another host than ${host}, not fetched`));
    return fetch(target.href);
  };
}

const POSITION_WORDS = {
  en: { sheet: 'sheet', row: 'row', column: 'column', line: 'line' },
  de: { sheet: 'Tabelle', row: 'Zeile', column: 'Spalte', line: 'Zeile' },
};

/** Where in the source, in words a person can follow (English, or German for the editor). */
export function describePosition(position: SourcePosition | undefined, lang: 'de' | 'en' = 'en'): string {
  if (!position) return '';
  const w = POSITION_WORDS[lang];
  const parts = [
    position.sheet && `${w.sheet} ${position.sheet}`,
    position.row !== undefined && `${w.row} ${position.row}`,
    position.column && `${w.column} ${position.column}`,
    position.line !== undefined && `${w.line} ${position.line}`,
    position.url,
  ].filter(Boolean);
  return parts.join(', ');
}

function printProblems(problems: ImportProblem[], out: (line: string) => void) {
  for (const p of problems) {
    const where = describePosition(p.position);
    out(`  ${p.severity.padEnd(7)} ${p.code}${where ? ` (${where})` : ''}: ${p.message}`);
  }
}

function printSummary(plan: MergePlan, out: (line: string) => void) {
  const lists = Object.entries(plan.summary);
  if (!lists.length) out('  nothing to import');
  for (const [list, s] of lists)
    out(
      `  ${list.padEnd(12)} ${s.added} added, ${s.changed} changed, ${s.unchanged} unchanged, ${s.removed} removed`,
    );
}

function parseArgs(args: string[]) {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--remove-missing') flags['remove-missing'] = 'yes';
    else if (arg.startsWith('--')) flags[arg.slice(2)] = args[++i] ?? '';
    else positional.push(arg);
  }
  return { flags, positional };
}

/** Runs the command; resolves to the exit code. Never throws. */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = parseArgs(args);
  const [format, source] = positional;
  const importer = format ? importerFor(format) : undefined;
  if (!importer || !source) {
    io.out(format && !importer ? `Unknown format "${format}".\n${USAGE}` : USAGE);
    return 1;
  }
  let result: ImportResult;
  try {
    const remote = /^https?:\/\//i.test(source);
    const input = { source, options: flags, now: io.now ?? new Date() };
    const folder = !remote && importer.multiple ? io.list?.(source) : undefined;
    if (importer.reads === 'url') {
      if (!remote) throw new Error('needs an http(s) URL');
      result = await importer.run({ ...input, fetch: sameHostFetch(source, io.fetch) });
    } else if (folder) {
      const files = folder
        .filter((file) => importer.extensions.some((ending) => file.toLowerCase().endsWith(ending)))
        .map((file) => ({ name: file.replace(/^.*[\\/]/, ''), text: io.read(file) }));
      result = await importer.run({ ...input, files });
    } else if (importer.reads === 'bytes') {
      const bytes = remote ? await io.fetchBytes?.(source) : io.readBytes?.(source);
      if (!bytes) throw new Error('binary input is not supported here');
      result = await importer.run({ ...input, bytes });
    } else {
      const text = remote ? await io.fetch(source) : io.read(source);
      result = await importer.run({ ...input, text });
    }
  } catch (error) {
    io.out(`${source}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  let base: KoopDocument;
  if (flags.into) {
    try {
      base = JSON.parse(io.read(flags.into)) as KoopDocument;
    } catch (error) {
      io.out(`${flags.into}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  } else base = newDocument(result.records, source);

  const { document, plan } = mergeRecords(base, result.records, {
    scheme: importer.scheme,
    removeMissing: flags['remove-missing'] === 'yes',
    owns: result.owns,
    covers: result.covers,
  });
  const checked = validateDocument(document);
  const problems: ImportProblem[] = [
    ...result.problems,
    ...checked.problems
      .filter((p) => p.severity === 'error')
      .map((p) => ({
        severity: p.severity,
        code: `schema.${p.code}`,
        message: `${p.path || '(document)'}: ${p.message.en}`,
        messageDe: `${p.path || '(Dokument)'}: ${p.message.de}`,
      })),
  ];
  const failed = problems.some((p) => p.severity === 'error');
  io.out(`${source} (${format}):${failed ? ' ERRORS, nothing written' : ''}`);
  printSummary(plan, io.out);
  printProblems(problems, io.out);
  if (failed) return 1;
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const target = flags.out || flags.into;
  if (target) io.write(target, json);
  else io.print(json);
  return 0;
}
