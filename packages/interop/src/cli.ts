/**
 * `npm run import -- <format> <file-or-url> [--into doc.json] [--out doc.json] [--remove-missing]
 * [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: imports a source into a new document or merges it into
 * `--into`, prints the summary per list and every problem with its source position, and exits 1
 * on errors (then nothing is written). Without `--out` the result goes to `--into`, or stdout.
 * I/O is passed in, so the same code runs under node and in tests.
 */
import { validateDocument, type KoopDocument } from '@koop/schema';
import { mergeRecords, newDocument, type MergePlan } from './merge.js';
import { importJsonFeed, JSONFEED_SCHEME } from './jsonfeed.js';
import { importICalendar, ICAL_SCHEME } from './ical.js';
import { importCsv } from './csv.js';
import type { ImportProblem, ImportResult, SourcePosition } from './types.js';

export interface CliIo {
  /** Reads a file as UTF-8 text; throws when it cannot. */
  read(file: string): string;
  /** Fetches exactly this URL (no redirect to another host) and returns its text; throws on failure. */
  fetch(url: string): Promise<string>;
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

interface Importer {
  scheme: string;
  run(text: string, source: string, options: Record<string, string>, now: Date): ImportResult;
  /** For a folder of files (CSV: one file per list). */
  runFiles?(files: { name: string; text: string }[], source: string): ImportResult;
}

export const IMPORTERS: Record<string, Importer> = {
  jsonfeed: { scheme: JSONFEED_SCHEME, run: (text, source) => importJsonFeed(text, source) },
  ical: {
    scheme: ICAL_SCHEME,
    run: (text, source, options, now) =>
      importICalendar(text, source, { now, from: options.from, to: options.to }),
  },
  csv: {
    scheme: 'csv',
    run: (text, source) => importCsv([{ name: source.replace(/^.*[\\/]/, ''), text }], source),
    runFiles: (files, source) => importCsv(files, source),
  },
};

const USAGE =
  'Usage: npm run import -- <format> <file-or-url> [--into doc.json] [--out doc.json] [--remove-missing] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n' +
  `Formats: ${Object.keys(IMPORTERS).join(', ')}`;

/** Where in the source, in words a person can follow. */
export function describePosition(position: SourcePosition | undefined): string {
  if (!position) return '';
  const parts = [
    position.sheet && `sheet ${position.sheet}`,
    position.row !== undefined && `row ${position.row}`,
    position.column && `column ${position.column}`,
    position.line !== undefined && `line ${position.line}`,
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
  const importer = format ? IMPORTERS[format] : undefined;
  if (!importer || !source) {
    io.out(format && !importer ? `Unknown format "${format}".\n${USAGE}` : USAGE);
    return 1;
  }
  let result: ImportResult;
  try {
    const remote = /^https?:\/\//i.test(source);
    const folder = !remote && importer.runFiles ? io.list?.(source) : undefined;
    if (folder && importer.runFiles) {
      const files = folder
        .filter((file) => /\.csv$/i.test(file))
        .map((file) => ({ name: file.replace(/^.*[\\/]/, ''), text: io.read(file) }));
      result = importer.runFiles(files, source);
    } else {
      const text = remote ? await io.fetch(source) : io.read(source);
      result = importer.run(text, source, flags, io.now ?? new Date());
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
