/**
 * OParl 1.0/1.1 (the API every German council information system offers) → actors and entries.
 * From a System URL (all its bodies) or a Body URL: the body's organisations (committees,
 * councils, parliamentary groups) become actors; each meeting a `meeting` entry (start and end
 * as wall clock with the offset of Europe/Berlin at that moment, location, invitation and
 * minutes as links); each agenda item with a result a `decision` entry `partOf` its meeting
 * with outcome and procedure, its paper and files as links. Lists are followed page by page
 * (`links.next`); `since` asks for what was modified since then only (`modified_since`).
 * Every record carries its object URL as identifier (scheme `oparl`), so a second run finds it.
 * Nothing is fetched from another host than the source's; an HTTP error or a broken page of a
 * list is an error and the result has no records, so nothing is applied.
 */
import { instant, safeUrl, zoneOffset, type Actor, type Entry, type Link } from '@koop/schema';
import { htmlToText, problem, safeId } from './text.js';
import type { ImportProblem, ImportProgress, ImportResult } from './types.js';

export const OPARL_SCHEME = 'oparl';

/** What OParl speaks for in a record already imported; kind, sector, goals … are a person's. */
const OWNED = {
  actors: ['name', 'shortName', 'since', 'until', 'url', 'parent'],
  entries: [
    'date',
    'end',
    'title',
    'status',
    'partOf',
    'how.location',
    'how.body',
    'how.outcome',
    'how.procedure',
    'how.binding',
    'results',
    'links',
  ],
};

export interface OParlOptions {
  /** Organisations to include: names, short names or object URLs, separated by commas. */
  organization?: string;
  /** First and last day (YYYY-MM-DD) of the meetings to import. */
  from?: string;
  to?: string;
  /** Only meetings and agenda items whose name, keywords or paper mention this. */
  keyword?: string;
  /** Only objects modified since then (a date-time): OParl's `modified_since`, for nightly runs. */
  since?: string;
  /** The zone times are written in (default Europe/Berlin). */
  timeZone?: string;
  progress?: ImportProgress;
  signal?: AbortSignal;
}

type Json = Record<string, unknown>;

const DAY = 86_400_000;
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const objects = (value: unknown): Json[] =>
  Array.isArray(value)
    ? value.filter((v): v is Json => !!v && typeof v === 'object' && !Array.isArray(v))
    : [];
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
/** A text as plain text: some RIS send names with HTML entities or tags. */
const plain = (value: unknown) => htmlToText(str(value));
const typeOf = (object: Json) => str(object.type).replace(/^.*\//, '');
const isBody = (object: Json) => typeOf(object) === 'Body';

/** A short id the format allows, without the host: `oparl-meeting-281-…`. */
function idOf(url: string): string {
  let path = url;
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    // not a URL: the whole text
  }
  return safeId(path.replace(/^\/?(oparl\/)?(v\d+(\.\d+)?\/)?/i, ''), 'oparl');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An OParl date-time as wall clock in `zone` with its offset then (`+01:00`, `+02:00` in
 * summer); one without offset is read as local time there. A date stays a date.
 */
export function zonedTime(value: string, zone: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  // With an offset (Z included) the instant is exact; without, local time in `zone`.
  const exact = instant(value.replace(/z$/, 'Z'), zone);
  if (exact === undefined || !Number.isFinite(exact)) return undefined;
  const offset = zoneOffset(exact, zone);
  const wall = new Date(Math.floor(exact / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${wall}${offset === 0 ? 'Z' : `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`}`;
}

/** The day (YYYY-MM-DD) an option names, as the first or last millisecond of it in `zone`. */
function dayBound(value: string | undefined, zone: string, end: boolean): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  if (!end) return instant(`${value}T00:00:00`, zone);
  // The next day's first moment: a day of a change of summer time has 23 or 25 hours.
  const next = new Date(Date.parse(`${value}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  const start = instant(`${next}T00:00:00`, zone);
  return start === undefined ? undefined : start - 1;
}

class Failure extends Error {}

/** Reads an OParl system or body. Never throws except when `signal` aborts. */
export async function importOParl(
  source: string,
  fetch: (url: string) => Promise<string>,
  options: OParlOptions = {},
): Promise<ImportResult> {
  const zone = options.timeZone ?? 'Europe/Berlin';
  const problems: ImportProblem[] = [];
  const host = (() => {
    try {
      return new URL(source).host;
    } catch {
      return '';
    }
  })();
  const from = dayBound(options.from, zone, false);
  const to = dayBound(options.to, zone, true);
  const keyword = str(options.keyword).toLowerCase();
  const wanted = str(options.organization)
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  // OParl's modified_since is a date-time; a day means its first moment.
  const sinceText = str(options.since);
  const since =
    sinceText && zonedTime(/^\d{4}-\d{2}-\d{2}$/.test(sinceText) ? `${sinceText}T00:00:00` : sinceText, zone);
  const incremental = !!sinceText;

  const result = (records: ImportResult['records']): ImportResult => ({
    format: 'oparl',
    source,
    records,
    problems,
    owns: OWNED,
    // Which records a run could have seen, so only those count as removed: not on an
    // incremental run or with a filter that is not by date.
    covers: (list, record) => {
      if (incremental || keyword || wanted.length) return false;
      if (list !== 'entries') return true;
      const time = instant((record as Entry).date, zone);
      return time !== undefined && (from === undefined || time >= from) && (to === undefined || time <= to);
    },
  });

  /** An error: the source is broken or partial, so nothing is imported. */
  const fail = (code: string, message: string, messageDe: string, url: string): never => {
    problems.push(problem('error', code, message, messageDe, { url }));
    throw new Failure();
  };

  /**
   * GET and parse one object or page. What cannot be fetched or parsed is an error (the source
   * is partial). A link to another host is never fetched: an error where the object is needed
   * (`elsewhere: 'error'`), else a warning and undefined.
   */
  const get = async (url: string, elsewhere: 'error' | 'warning' = 'error'): Promise<Json | undefined> => {
    options.signal?.throwIfAborted();
    let target: URL | undefined;
    try {
      target = new URL(url, source);
    } catch {
      // reported below
    }
    if (!target || !/^https?:$/.test(target.protocol))
      return fail('oparl.url', 'Not an http(s) URL.', 'Keine http(s)-Adresse.', url);
    if (target.host !== host) {
      const message = `Not fetched: the link points to another host than ${host}.`;
      const messageDe = `Nicht abgerufen: Der Link zeigt auf einen anderen Server als ${host}.`;
      if (elsewhere === 'error') return fail('oparl.other-host', message, messageDe, url);
      problems.push(problem('warning', 'oparl.other-host', message, messageDe, { url }));
      return undefined;
    }
    let text = '';
    try {
      text = await fetch(target.href);
    } catch (error) {
      options.signal?.throwIfAborted();
      const message = error instanceof Error ? error.message : String(error);
      fail(
        'oparl.http',
        `Could not be fetched (${message}); nothing was imported.`,
        `Konnte nicht abgerufen werden (${message}); es wurde nichts übernommen.`,
        target.href,
      );
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Json;
    } catch {
      // reported below
    }
    return fail('oparl.json', 'Not an OParl JSON object.', 'Kein OParl-JSON-Objekt.', target.href);
  };

  /** Every object of a paginated list, following `links.next`; `modified`: since `since` only. */
  const list = async (
    url: unknown,
    modified: boolean,
    elsewhere: 'error' | 'warning' = 'error',
    onPage?: (done: number, total?: number) => void,
  ): Promise<Json[] | undefined> => {
    if (typeof url !== 'string' || !url) return [];
    let next: string | undefined = url;
    if (modified && since && URL.canParse(url, source)) {
      const first = new URL(url, source);
      first.searchParams.set('modified_since', since);
      next = first.href;
    }
    const items = new Map<string, Json>();
    const seen = new Set<string>();
    while (next) {
      if (seen.has(next)) break;
      seen.add(next);
      // Only the list's own link may go elsewhere without error; a next page must not.
      const page = await get(next, seen.size > 1 ? 'error' : elsewhere);
      if (!page) return undefined;
      if (!Array.isArray(page.data))
        fail(
          'oparl.not-a-list',
          'Expected a list page with "data".',
          'Erwartet war eine Listenseite mit "data".',
          next,
        );
      // By URL: a list that shifts while it is read (an object modified meanwhile) may repeat
      // one on the next page; the later copy counts, in the place of the first.
      for (const item of objects(page.data)) items.set(str(item.id) || `#${items.size}`, item);
      const pagination = (page.pagination ?? {}) as Json;
      onPage?.(
        items.size,
        typeof pagination.totalElements === 'number' ? pagination.totalElements : undefined,
      );
      const link = str(((page.links ?? {}) as Json).next);
      next = link && URL.canParse(link, next) ? new URL(link, next).href : link || undefined;
    }
    return [...items.values()];
  };

  if (sinceText && !since) {
    problems.push(
      problem(
        'error',
        'oparl.since',
        `"${sinceText}" is no date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+01:00).`,
        `"${sinceText}" ist kein Datum und kein Zeitpunkt (JJJJ-MM-TT oder JJJJ-MM-TTThh:mm:ss+01:00).`,
      ),
    );
    return result({});
  }
  const actors: Actor[] = [];
  const entries: Entry[] = [];
  const places = new Map<string, Json | undefined>();
  try {
    const root = await get(source);
    const kind = typeOf(root!);
    let bodies: Json[];
    if (kind === 'System') bodies = (await list(root!.body, false)) ?? [];
    else if (kind === 'Body') bodies = [root!];
    else if (Array.isArray(root!.data)) bodies = ((await list(source, false)) ?? []).filter(isBody);
    else bodies = [];
    if (kind !== 'System' && !bodies.length) {
      problems.push(
        problem(
          'error',
          'oparl.not-oparl',
          'Neither an OParl System nor a Body.',
          'Weder ein OParl-System noch eine Körperschaft (Body).',
          { url: source },
        ),
      );
      return result({});
    }
    for (const body of bodies) await readBody(body);
  } catch (error) {
    if (error instanceof Failure) return result({});
    throw error;
  }
  return result({ actors, entries });

  async function readBody(body: Json) {
    const organizations = (await list(body.organization, false)) ?? [];
    const actorOf = new Map<string, string>();
    const included = organizations.filter((o) => {
      if (o.deleted === true || !str(o.id)) return false;
      if (!wanted.length) return true;
      const names = [str(o.name), str(o.shortName), str(o.id)].map((n) => n.toLowerCase());
      return wanted.some((w) => names.includes(w));
    });
    for (const o of included) actorOf.set(str(o.id), idOf(str(o.id)));
    for (const o of included) {
      const url = str(o.id);
      const type = `${str(o.organizationType)} ${str(o.classification)}`.toLowerCase();
      // A council and its committees are organs of the municipality's administration in German
      // local law; parliamentary groups and parties are politics.
      const group = /fraktion|partei|gruppe/.test(type);
      const actor: Actor = {
        id: actorOf.get(url)!,
        identifiers: [{ scheme: OPARL_SCHEME, value: url }],
        name: plain(o.name) || plain(o.shortName) || url,
        kind: group ? 'group' : 'body',
        sector: group ? 'politics' : 'administration',
      };
      if (plain(o.shortName) && plain(o.shortName) !== actor.name) actor.shortName = plain(o.shortName);
      if (/^\d{4}-\d{2}-\d{2}$/.test(str(o.startDate))) actor.since = str(o.startDate);
      if (/^\d{4}-\d{2}-\d{2}$/.test(str(o.endDate))) actor.until = str(o.endDate);
      const website = link(o.website) ?? link(o.web);
      if (website) actor.url = website;
      const parent = actorOf.get(str(o.subOrganizationOf));
      if (parent && parent !== actor.id) actor.parent = parent;
      actors.push(actor);
    }

    // Both lists at once; both settled before going on, so no problem comes in after the result.
    const settled = await Promise.allSettled([
      list(body.meeting, true, 'error', (done, total) => options.progress?.(done, total)),
      // Without papers the decisions still stand (links are missing): a warning if elsewhere.
      list(body.paper, true, 'warning'),
    ]);
    for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
    const [meetings, papers] = settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
    // Agenda item → its paper, through the paper's consultations.
    const paperOf = new Map<string, Json>();
    const consultationOf = new Map<string, Json>();
    for (const paper of papers ?? [])
      for (const consultation of objects(paper.consultation)) {
        if (str(consultation.agendaItem)) paperOf.set(str(consultation.agendaItem), paper);
        if (str(consultation.id)) consultationOf.set(str(consultation.id), consultation);
      }
    const fetchedPapers = new Map<string, Json | undefined>();

    for (const meeting of meetings ?? []) {
      const url = str(meeting.id);
      if (!url || meeting.deleted === true) continue;
      const orgs = strings(meeting.organization).filter((o) => actorOf.has(o));
      if (wanted.length && !orgs.length) continue;
      const start = zonedTime(str(meeting.start), zone);
      if (!start) {
        problems.push(
          problem(
            'warning',
            'oparl.no-start',
            'A meeting without start time was skipped.',
            'Eine Sitzung ohne Beginn wurde übersprungen.',
            { url },
          ),
        );
        continue;
      }
      const time = instant(start, zone)!;
      if ((from !== undefined && time < from) || (to !== undefined && time > to)) continue;

      const items = objects(meeting.agendaItem).filter((a) => a.deleted !== true && str(a.id));
      const decisions: Entry[] = [];
      for (const item of items) {
        const outcome = plain(item.result);
        if (!outcome) continue;
        let paper = paperOf.get(str(item.id));
        let consultation = consultationOf.get(str(item.consultation));
        // An incremental run has only the papers modified since: the others one by one.
        if (!paper && incremental && str(item.consultation)) {
          consultation ??= await get(str(item.consultation), 'warning');
          const paperUrl = str(consultation?.paper);
          if (paperUrl && !fetchedPapers.has(paperUrl))
            fetchedPapers.set(paperUrl, await get(paperUrl, 'warning'));
          paper = fetchedPapers.get(paperUrl);
        }
        consultation ??= objects(paper?.consultation).find((c) => str(c.agendaItem) === str(item.id));
        if (keyword && !mentions(keyword, item, paper) && !mentions(keyword, meeting)) continue;
        decisions.push(decision(item, start, orgs, outcome, paper, consultation));
      }
      if (keyword && !decisions.length && !mentions(keyword, meeting)) continue;

      const entry: Entry = {
        id: idOf(url),
        identifiers: [{ scheme: OPARL_SCHEME, value: url }],
        date: start,
        type: 'meeting',
        title: plain(meeting.name) || { de: 'Sitzung', en: 'Meeting' },
      };
      const end = zonedTime(str(meeting.end), zone);
      if (end && instant(end, zone)! > time) entry.end = end;
      const status = meetingStatus(meeting);
      if (status) entry.status = status;
      const how: Entry['how'] = {};
      const location = await place(meeting.location);
      if (location) how.location = location;
      if (orgs.length) how.body = actorOf.get(orgs[0]);
      if (Object.keys(how).length) entry.how = how;
      if (orgs.length) entry.actors = orgs.map((o) => actorOf.get(o)!);
      const links = [
        pageLink(meeting.web),
        fileLink(meeting.invitation, { de: 'Einladung', en: 'Invitation' }),
        fileLink(meeting.resultsProtocol, { de: 'Ergebnisprotokoll', en: 'Minutes (results)' }),
        fileLink(meeting.verbatimProtocol, { de: 'Wortprotokoll', en: 'Verbatim minutes' }),
      ];
      setLinks(entry, links);
      entries.push(entry, ...decisions.map((d) => ({ ...d, partOf: entry.id })));
    }

    function decision(
      item: Json,
      meetingStart: string,
      orgs: string[],
      outcome: string,
      paper: Json | undefined,
      consultation: Json | undefined,
    ): Entry {
      const url = str(item.id);
      const number = plain(item.number);
      const entry: Entry = {
        id: idOf(url),
        identifiers: [{ scheme: OPARL_SCHEME, value: url }],
        date: zonedTime(str(item.start), zone) ?? meetingStart,
        type: 'decision',
        title: plain(item.name) || plain(paper?.name) || { de: `TOP ${number}`, en: `Agenda item ${number}` },
      };
      if (number && plain(item.name)) entry.summary = { de: `TOP ${number}`, en: `Agenda item ${number}` };
      const how: NonNullable<Entry['how']> = { outcome };
      const body = strings(consultation?.organization).find((o) => actorOf.has(o)) ?? orgs[0];
      if (body) how.body = actorOf.get(body);
      const procedure = procedureOf(outcome);
      if (procedure) how.procedure = procedure;
      if (typeof consultation?.authoritative === 'boolean') how.binding = consultation.authoritative;
      entry.how = how;
      if (body) entry.actors = [actorOf.get(body)!];
      const text = htmlToText(str(item.resolutionText));
      if (text) entry.results = text;
      const paperTitle = paper && [plain(paper.reference), plain(paper.name)].filter(Boolean).join(': ');
      setLinks(entry, [
        paper ? pageLink(paper.web ?? paper.id, paperTitle || undefined) : undefined,
        paper ? fileLink(paper.mainFile) : undefined,
        ...objects(paper?.auxiliaryFile).map((f) => fileLink(f)),
        fileLink(item.resolutionFile, { de: 'Beschluss', en: 'Resolution' }),
        ...objects(item.auxiliaryFile).map((f) => fileLink(f)),
      ]);
      return entry;
    }
  }

  /** A meeting's location: embedded (1.1) or a URL of it (some 1.0 servers), fetched once each. */
  async function place(value: unknown): Promise<string | undefined> {
    if (typeof value === 'string' && !places.has(value)) places.set(value, await get(value, 'warning'));
    const location = typeof value === 'string' ? places.get(value) : (value as Json | undefined);
    if (!location || typeof location !== 'object') return undefined;
    const description = htmlToText(str(location.description));
    if (description)
      return str(location.room) && !description.includes(str(location.room))
        ? `${str(location.room)}, ${description}`
        : description;
    const locality = [str(location.postalCode), str(location.locality)].filter(Boolean).join(' ');
    return (
      [str(location.room), str(location.streetAddress), locality].filter(Boolean).join(', ') || undefined
    );
  }
}

function mentions(keyword: string, ...objects: (Json | undefined)[]): boolean {
  return objects.some(
    (o) =>
      !!o &&
      [str(o.name), str(o.reference), ...strings(o.keyword)].some((t) => t.toLowerCase().includes(keyword)),
  );
}

function meetingStatus(meeting: Json): Entry['status'] | undefined {
  if (meeting.cancelled === true) return 'cancelled';
  const state = str(meeting.meetingState).toLowerCase();
  if (/abgesagt|ausgefallen/.test(state)) return 'cancelled';
  if (/verschoben|vertagt/.test(state)) return 'postponed';
  if (/durchgeführt|stattgefunden|abgeschlossen|beendet|freigegeben/.test(state)) return 'held';
  if (/terminiert|eingeladen|geplant|einberufen/.test(state)) return 'scheduled';
  return undefined;
}

/** How a council decided, as far as its result says: unanimously, or by vote. */
function procedureOf(outcome: string): NonNullable<Entry['how']>['procedure'] | undefined {
  const text = outcome.toLowerCase();
  if (/einstimmig|unanimous/.test(text)) return 'unanimity';
  if (/mehrheitlich|stimmen|beschlossen|abgelehnt|angenommen|zugestimmt|majority/.test(text))
    return 'majority';
  return undefined;
}

function link(value: unknown): string | undefined {
  const url = safeUrl(str(value));
  return url && /^https?:/i.test(url) ? url : undefined;
}

function pageLink(value: unknown, title?: string): Link | undefined {
  const url = link(value);
  if (!url) return undefined;
  return {
    url,
    title: title ?? { de: 'Im Ratsinformationssystem', en: 'In the council information system' },
  };
}

function fileLink(value: unknown, title?: Link['title']): Link | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const file = value as Json;
  const url = link(file.accessUrl) ?? link(file.downloadUrl);
  if (!url) return undefined;
  const name = str(file.name) || str(file.fileName);
  return { url, title: title ?? (name || url) };
}

/** The links, each URL once. */
function setLinks(entry: Entry, links: (Link | undefined)[]) {
  const seen = new Set<string>();
  const kept = links.filter((l): l is Link => !!l && !seen.has(l.url) && !!seen.add(l.url));
  if (kept.length) entry.links = kept;
}
