// A local OParl 1.1 server for the importer's tests and bench: node's http on 127.0.0.1 and a
// random port, serving the example data of ./fixtures (their origin rewritten to its own) with
// paginated lists (`links.next`), `modified_since` filtering and every object at its URL.
// A test can change a meeting, make a URL fail, and see which URLs were requested.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const FIXTURE_ORIGIN = 'https://oparl.example.org';
const fixture = (name) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');

/**
 * `meetings`: how many meetings to serve (default: those of the fixtures); more are made from
 * the fixtures' meetings, a week apart going back from the first, for the bench. `version`:
 * the OParl version the objects' types name (`1.1`, or `1.0` as older systems serve).
 * `locationUrls`: meetings name their location by URL instead of embedding it (some 1.0 servers).
 */
export async function startOParlServer({
  pageSize = 3,
  meetings: count,
  version = '1.1',
  locationUrls = false,
} = {}) {
  const requests = [];
  let fail = () => false;
  const server = createServer((request, response) => {
    const url = new URL(request.url, origin);
    requests.push(url.href);
    const send = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    if (fail(url)) return send(500, { error: 'Internal Server Error' });
    const list = lists.get(url.pathname);
    if (list) return send(200, page(url, list()));
    const object = objects.get(url.pathname);
    if (object) return send(200, object);
    send(404, { error: 'Not Found' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const load = (name) =>
    JSON.parse(
      fixture(name)
        .replaceAll(FIXTURE_ORIGIN, origin)
        .replaceAll('https://schema.oparl.org/1.1/', `https://schema.oparl.org/${version}/`),
    );

  const system = load('system');
  const body = load('body');
  const organizations = load('organizations');
  const meetings = generate(load('meetings'), count);
  const papers = load('papers');
  const locations = meetings.map((m) => m.location).filter(Boolean);
  if (locationUrls)
    for (const meeting of meetings) if (meeting.location) meeting.location = meeting.location.id;

  const objects = new Map();
  const index = (object) => {
    if (object?.id?.startsWith(origin)) objects.set(new URL(object.id).pathname, object);
  };
  const indexAll = () => {
    objects.clear();
    for (const object of [system, body, ...organizations, ...papers, ...meetings, ...locations])
      index(object);
    for (const meeting of meetings) for (const item of meeting.agendaItem ?? []) index(item);
    for (const paper of papers) for (const consultation of paper.consultation ?? []) index(consultation);
  };
  indexAll();
  const path = (url) => new URL(url).pathname;
  const lists = new Map([
    [path(system.body), () => [body]],
    [path(body.organization), () => organizations],
    [path(body.meeting), () => meetings],
    [path(body.paper), () => papers],
  ]);

  function page(url, all) {
    const since = url.searchParams.get('modified_since');
    const items = since ? all.filter((o) => Date.parse(o.modified) >= Date.parse(since)) : all;
    const number = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const pages = Math.max(1, Math.ceil(items.length / pageSize));
    const link = (n) => {
      const next = new URL(url.pathname, origin);
      if (since) next.searchParams.set('modified_since', since);
      next.searchParams.set('page', String(n));
      return next.href;
    };
    return {
      data: items.slice((number - 1) * pageSize, number * pageSize),
      pagination: {
        totalElements: items.length,
        elementsPerPage: pageSize,
        currentPage: number,
        totalPages: pages,
      },
      links: {
        first: link(1),
        ...(number > 1 ? { prev: link(number - 1) } : {}),
        ...(number < pages ? { next: link(number + 1) } : {}),
        last: link(pages),
      },
    };
  }

  return {
    origin,
    systemUrl: system.id,
    bodyUrl: body.id,
    requests,
    body,
    meetings,
    papers,
    /** Changes the meeting with this URL (or number) and marks it modified now. */
    changeMeeting(id, patch) {
      const meeting = meetings.find((m) => m.id === id || m.id.endsWith(`/meeting/${id}`));
      Object.assign(meeting, patch, { modified: new Date().toISOString() });
      indexAll();
      return meeting;
    },
    /** Answers 500 for every URL `predicate` accepts (a URL object). */
    failWhen(predicate) {
      fail = predicate;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}

/** The fixtures' meetings, or `count` of them made from those a week apart each further back. */
function generate(meetings, count) {
  if (!count || count <= meetings.length) return meetings;
  const result = [...meetings];
  const week = 7 * 86_400_000;
  for (let n = meetings.length; n < count; n++) {
    const template = meetings[n % meetings.length];
    const shift = Math.ceil((n + 1) / meetings.length) * week * 8;
    const id = template.id.replace(/\/meeting\/\d+$/, `/meeting/${10_000 + n}`);
    const moved = (value) => value && new Date(Date.parse(value) - shift).toISOString().replace('.000Z', 'Z');
    result.push({
      ...template,
      id,
      name: `${template.name} (${n})`,
      start: moved(template.start),
      ...(template.end ? { end: moved(template.end) } : {}),
      agendaItem: (template.agendaItem ?? []).map((item, i) => ({
        ...item,
        id: item.id.replace(/\/agendaitem\/\d+$/, `/agendaitem/${100_000 + n * 10 + i}`),
        meeting: id,
      })),
    });
  }
  return result;
}
