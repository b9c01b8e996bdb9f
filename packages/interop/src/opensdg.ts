/**
 * Open SDG (https://open-sdg.org) and other tidy indicator CSVs → goals with indicators and
 * their observations. A data file (`indicator_1-1-1.csv`, or any tidy CSV) has a `Year` and a
 * `Value` column, optionally `Units` and `Series`, observation attributes (`OBS_STATUS`,
 * `COMMENT_OBS`) and any number of breakdown columns (Sex, Age, …). The headline series are the
 * rows whose breakdowns are all empty — one indicator per series and unit; with the option
 * `breakdowns` each breakdown combination becomes an indicator of its own. The metadata
 * (`1-1-1.yml`, `.json`, or a `.md` file's YAML front matter, as Open SDG keeps it) names the
 * indicator and its goal and gives the target lines (`graph_target_lines`) and decimals.
 * An indicator's goal is its SDG (`sdg-1`, created if missing; a person may rename or re-parent
 * it). Indicators are matched on the next run by `identifiers` (scheme `open-sdg`).
 */
import { JSON_SCHEMA, load as parseYaml } from 'js-yaml';
import type { Goal, Indicator, Observation, ObservationFlag, Target } from '@koop/schema';
import { parseCsv } from './csv.js';
import { parseNumber } from './tables.js';
import { clean, foldText, problem, stripBom } from './text.js';
import type { ImportProblem, ImportResult } from './types.js';

export const OPENSDG_SCHEME = 'open-sdg';

export interface OpenSdgOptions {
  /** `yes`: one indicator per breakdown combination, besides the headline. */
  breakdowns?: string;
}

type Meta = Record<string, unknown>;

const YEAR = ['year', 'jahr', 'time_period', 'time period', 'zeitraum'];
const VALUE = ['value', 'wert', 'obs_value'];
const UNITS = ['units', 'unit', 'einheit', 'unit_measure'];
const SERIES = ['series', 'serie', 'reihe'];
const FLAGS = ['obs_status', 'observation status', 'status', 'flag', 'flags'];
const COMMENT = ['comment_obs', 'comment', 'kommentar', 'anmerkung', 'note'];
/** Columns that are neither breakdowns nor read (Open SDG's map code, SDMX attributes). */
const IGNORED = ['geocode', 'unit_mult', 'obs_type', 'reporting_type', 'nature', 'source_detail'];

/** SDMX OBS_STATUS codes (and Eurostat's lower-case flags) and words, to observation flags. */
const FLAG_CODES: Record<string, ObservationFlag> = {
  p: 'provisional',
  e: 'estimated',
  r: 'revised',
  b: 'break-in-series',
  provisional: 'provisional',
  vorläufig: 'provisional',
  estimated: 'estimated',
  geschätzt: 'estimated',
  revised: 'revised',
  revidiert: 'revised',
  'break in series': 'break-in-series',
  'time series break': 'break-in-series',
  zeitreihenbruch: 'break-in-series',
};

/** `indicator_1-1-1.csv`, `1-1-1.yml`, `1.1.1` → `1-1-1`; undefined for no such number. */
function indicatorKey(name: string): string | undefined {
  const match = /(\d+[-._]\d+[-._][0-9a-z]+)(?![0-9a-z])/i.exec(name.replace(/^.*[\\/]/, ''));
  return match ? match[1].replace(/[._]/g, '-').toLowerCase() : undefined;
}

const baseName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/** A metadata file's fields: JSON, YAML, or a Markdown file's YAML front matter. */
function readMeta(name: string, text: string): Meta | undefined {
  const body = stripBom(text);
  const front = /\.md$/i.test(name) ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(body)?.[1] : body;
  if (front === undefined) return undefined;
  const value: unknown = /\.json$/i.test(name)
    ? JSON.parse(front)
    : parseYaml(front, { schema: JSON_SCHEMA, filename: name });
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Meta) : undefined;
}

const str = (value: unknown) =>
  typeof value === 'string' ? clean(value).trim() : typeof value === 'number' ? String(value) : '';

function column(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/** A target year from a label such as "2030 target" or "Ziel 2025", else the meta's, else 2030. */
function targetYear(label: string, meta: Meta): string {
  return /\b(20\d\d|19\d\d)\b/.exec(label)?.[1] ?? (str(meta.target_year) || '2030');
}

function targets(meta: Meta, series: string, unit: string): Target[] {
  const lines = Array.isArray(meta.graph_target_lines) ? (meta.graph_target_lines as unknown[]) : [];
  const result: Target[] = [];
  for (const line of lines) {
    if (!line || typeof line !== 'object') continue;
    const item = line as Meta;
    if ((item.series && str(item.series) !== series) || (item.unit && str(item.unit) !== unit)) continue;
    const value = typeof item.value === 'number' ? item.value : parseNumber(str(item.value));
    if (value === undefined) continue;
    const label = str(item.label_content);
    const target: Target = { date: targetYear(label, meta), value };
    if (label) target.note = label;
    result.push(target);
  }
  if (!result.length && meta.target !== undefined) {
    const value = typeof meta.target === 'number' ? meta.target : parseNumber(str(meta.target));
    if (value !== undefined) result.push({ date: targetYear('', meta), value });
  }
  return result;
}

function decimals(meta: Meta, series: string, unit: string): number | undefined {
  const list = Array.isArray(meta.precision) ? (meta.precision as Meta[]) : [];
  const match = list.find(
    (p) =>
      p &&
      typeof p === 'object' &&
      (!p.unit || str(p.unit) === unit) &&
      (!p.series || str(p.series) === series),
  );
  const value = match ? Number(match.decimals) : NaN;
  return Number.isInteger(value) && value >= 0 && value <= 6 ? value : undefined;
}

const slug = (text: string) => foldText(text, '-').slice(0, 60);

interface Series {
  key: string;
  series: string;
  unit: string;
  breakdown: [string, string][];
  observations: Observation[];
  dates: Set<string>;
}

/** Reads one data file (with its metadata, if any) into indicators; problems to `problems`. */
function readData(
  file: { name: string; text: string },
  key: string,
  meta: Meta,
  options: OpenSdgOptions,
  problems: ImportProblem[],
): Indicator[] {
  const { rows, lines } = parseCsv(file.text);
  const sheet = file.name;
  const [header = [], ...body] = rows;
  const year = column(header, YEAR);
  const value = column(header, VALUE);
  if (year < 0 || value < 0) {
    problems.push(
      problem(
        'error',
        'opensdg.columns',
        `The file has no ${year < 0 ? '"Year"' : '"Value"'} column (a tidy indicator CSV has Year, …, Value).`,
        `Die Datei hat keine Spalte ${year < 0 ? '"Year"' : '"Value"'} (eine Indikator-CSV hat Year, …, Value).`,
        { sheet, row: 1 },
      ),
    );
    return [];
  }
  const units = column(header, UNITS);
  const seriesColumn = column(header, SERIES);
  const flags = column(header, FLAGS);
  const comment = column(header, COMMENT);
  const special = new Set([year, value, units, seriesColumn, flags, comment]);
  const breakdownColumns = header
    .map((name, index) => ({ name: name.trim(), index }))
    .filter(({ name, index }) => !special.has(index) && name && !IGNORED.includes(name.toLowerCase()));
  const each = /^(yes|ja|true|1|each|alle)$/i.test(options.breakdowns ?? '');
  const groups = new Map<string, Series>();
  body.forEach((row, i) => {
    const position = { sheet, row: i + 2, line: lines[i + 1] };
    const cell = (index: number) => (index >= 0 ? clean(row[index] ?? '').trim() : '');
    const breakdown = breakdownColumns
      .map(({ name, index }) => [name, cell(index)] as [string, string])
      .filter(([, v]) => v);
    if (breakdown.length && !each) return;
    const rawYear = cell(year);
    const number = parseNumber(rawYear);
    const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(rawYear)
      ? rawYear
      : number !== undefined && Number.isInteger(number) && number >= 1000 && number <= 9999
        ? String(number)
        : undefined;
    if (!date) {
      problems.push(
        problem(
          'warning',
          'opensdg.year',
          `The year "${rawYear}" is not a year (YYYY, YYYY-MM or YYYY-MM-DD); the row was skipped.`,
          `Das Jahr "${rawYear}" ist kein Jahr (JJJJ, JJJJ-MM oder JJJJ-MM-TT); die Zeile wurde übersprungen.`,
          { ...position, column: header[year] },
        ),
      );
      return;
    }
    const series = cell(seriesColumn);
    const unit = cell(units);
    const groupKey = JSON.stringify([series, unit, breakdown]);
    let group = groups.get(groupKey);
    if (!group) {
      group = { key: groupKey, series, unit, breakdown, observations: [], dates: new Set() };
      groups.set(groupKey, group);
    }
    if (group.dates.has(date)) {
      problems.push(
        problem(
          'warning',
          'opensdg.duplicate',
          `The year ${date} appears twice in the same series; the first row counts.`,
          `Das Jahr ${date} steht zweimal in derselben Reihe; die erste Zeile zählt.`,
          position,
        ),
      );
      return;
    }
    group.dates.add(date);
    const rawValue = cell(value);
    const parsed = parseNumber(rawValue);
    if (rawValue && parsed === undefined)
      problems.push(
        problem(
          'warning',
          'opensdg.value',
          `The value "${rawValue}" is not a number; it is kept as text.`,
          `Der Wert "${rawValue}" ist keine Zahl; er bleibt als Text.`,
          { ...position, column: header[value] },
        ),
      );
    const observation: Observation = { date, value: rawValue ? (parsed ?? rawValue) : null };
    const flagText = cell(flags);
    if (flagText) {
      const found = [
        ...new Set(
          flagText
            .split(/[,;|]\s*|\s+(?=[A-Za-z]$)/)
            .map((code) => FLAG_CODES[code.trim().toLowerCase()] ?? FLAG_CODES[code.trim()])
            .filter((flag): flag is ObservationFlag => !!flag),
        ),
      ];
      if (found.length) observation.flags = found;
    }
    const note = cell(comment);
    if (note) observation.note = note;
    group.observations.push(observation);
  });
  const name =
    str(meta.indicator_name) ||
    str(meta.graph_title) ||
    str(meta.indicator_available) ||
    `Indikator ${key.replace(/-/g, '.')}`;
  const number = str(meta.indicator_number) || key.replace(/-/g, '.');
  const list = [...groups.values()];
  // Series and unit set an indicator apart only where the file has more than one of them.
  const apart = new Set(list.map((g) => JSON.stringify([g.series, g.unit]))).size > 1;
  return list.map((group) => {
    const distinct = [
      ...(apart ? [group.series, group.unit].filter(Boolean) : []),
      ...group.breakdown.map(([c, v]) => `${c}: ${v}`),
    ];
    const suffix = distinct.map(slug).filter(Boolean).join('-');
    const indicator: Indicator = {
      id: `sdg-${key}${suffix ? `-${suffix}` : ''}`,
      identifiers: [{ scheme: OPENSDG_SCHEME, value: [number, ...distinct].join('|') }],
      name: distinct.length ? `${name} (${distinct.join(', ')})` : name,
    };
    const unit = group.unit || str(meta.computation_units);
    if (unit) indicator.unit = unit;
    const numeric = group.observations.filter((o) => typeof o.value === 'number').length;
    indicator.measure =
      numeric || !group.observations.length
        ? /%|prozent|percent/i.test(unit)
          ? 'percent'
          : 'number'
        : 'qualitative';
    const decimalPlaces = decimals(meta, group.series, group.unit);
    if (decimalPlaces !== undefined) indicator.decimals = decimalPlaces;
    const goalTargets = targets(meta, group.series, group.unit);
    if (goalTargets.length && !group.breakdown.length) indicator.targets = goalTargets;
    indicator.observations = group.observations.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    return indicator;
  });
}

/** Reads Open SDG data and metadata files; never throws: what cannot be read is a problem. */
export function importOpenSdg(
  files: { name: string; text: string }[],
  source: string,
  options: OpenSdgOptions = {},
): ImportResult {
  const problems: ImportProblem[] = [];
  const metas = new Map<string, Meta>();
  const data: { file: { name: string; text: string }; key: string }[] = [];
  for (const file of files) {
    if (/\.csv$/i.test(file.name) || !/\.(ya?ml|json|md)$/i.test(file.name)) {
      data.push({ file, key: indicatorKey(file.name) ?? slug(file.name.replace(/\.[^.]*$/, '')) });
      continue;
    }
    try {
      const meta = readMeta(file.name, file.text);
      if (!meta) continue;
      // By its indicator number, and by its file name (`a.json` for `a.csv`).
      const key = indicatorKey(str(meta.indicator_number)) ?? indicatorKey(file.name);
      if (key) metas.set(key, meta);
      metas.set(`file:${baseName(file.name)}`, meta);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const mark = (error as { mark?: { line?: number } }).mark?.line;
      // js-yaml counts from 0; a Markdown file's front matter starts after its "---" line.
      const line = mark === undefined ? undefined : mark + 1 + (/\.md$/i.test(file.name) ? 1 : 0);
      problems.push(
        problem(
          'error',
          'opensdg.meta',
          `The metadata cannot be read: ${message}`,
          `Die Metadaten sind nicht lesbar: ${message}`,
          {
            sheet: file.name,
            ...(line ? { line } : {}),
          },
        ),
      );
    }
  }
  const goals = new Map<string, Goal>();
  for (const { file, key } of data) {
    const meta = metas.get(key) ?? metas.get(`file:${baseName(file.name)}`) ?? {};
    const number = indicatorKey(str(meta.indicator_number)) ?? key;
    const indicators = readData(file, number, meta, options, problems);
    if (!indicators.length) continue;
    const sdg = str(meta.sdg_goal) || (/^\d+/.exec(number)?.[0] ?? '');
    const id = sdg ? `sdg-${sdg}` : 'sdg';
    let goal = goals.get(id);
    if (!goal) {
      goal = {
        id,
        identifiers: [{ scheme: OPENSDG_SCHEME, value: sdg ? `goal:${sdg}` : 'goal' }],
        title: sdg ? `SDG ${sdg}` : { de: 'Indikatoren', en: 'Indicators' },
        indicators: [],
      };
      goals.set(id, goal);
    }
    goal.indicators!.push(...indicators);
  }
  if (!data.length)
    problems.push(
      problem(
        'error',
        'opensdg.no-data',
        'No data file (CSV) was given.',
        'Es wurde keine Datendatei (CSV) angegeben.',
      ),
    );
  return {
    format: 'opensdg',
    source,
    records: { goals: [...goals.values()] },
    problems,
    // A goal's title and place are a person's once it exists; its indicators from this source
    // are the source's (a person's own indicators, and their fields the source has not, stay).
    owns: { goals: ['indicators[]'] },
  };
}
