/**
 * Atom 1.0 (RFC 4287) → entries. Each `<entry>` becomes an entry dated by `published` (else
 * `updated`); its title, summary and content are stripped of HTML (`type="html"` and
 * `"xhtml"`), its links kept (only http(s), resolved against `xml:base`), and its type
 * inferred from its categories and title (editable: a re-import never overwrites it). Entries
 * are matched on the next run by their Atom id (`identifiers`, scheme `atom`); an id twice in
 * the feed counts once (the newer `updated`).
 */
import { instant, safeUrl, type Entry, type EntryType, type Link } from '@koop/schema';
import { clean, feedDate, htmlToText, problem, safeId } from './text.js';
import type { ImportProblem, ImportResult } from './types.js';
import { childNamed, childrenNamed, deepText, parseXml, type XmlElement } from './xml.js';

export const ATOM_SCHEME = 'atom';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** What a feed speaks for in an entry already imported; the type and links to actors are a person's. */
const OWNED = ['date', 'title', 'summary', 'links'];

/** Words that name an entry type, German and English, matched at a word's start. */
const TYPE_WORDS: [EntryType, RegExp][] = [
  ['decision', /\b(beschl|entscheid|entschied|decision|decided|resolution|vote[ds]?\b|abstimm)/i],
  ['evaluation', /\b(evaluat|auswert|bilanz|review\b|wirkungsanalyse)/i],
  ['result', /\b(ergebnis|bericht|protokoll|result|report|minutes|outcome)/i],
  ['milestone', /\b(meilenstein|milestone|eröffn|opening|launch|start(schuss)?\b)/i],
  [
    'personnel-change',
    /\b(personal|neue[rn]? (leit|vorsitz|geschäftsführ)|personnel|appointed|staff|nachfolge)/i,
  ],
  [
    'meeting',
    /\b(sitzung|treffen|termin|versammlung|workshop|einladung|tagung|konferenz|meeting|invitation|assembly|conference)/i,
  ],
];

/**
 * An entry type from a feed item's categories (first) or title, `announcement` when neither
 * names one. A guess for a person to correct in the editor, not a fact of the source.
 */
export function inferEntryType(categories: readonly string[], title: string): EntryType {
  for (const text of [categories.join(' '), title]) {
    for (const [type, words] of TYPE_WORDS) if (words.test(text)) return type;
  }
  return 'announcement';
}

/** An Atom text construct as plain text (`text`, `html` or `xhtml`). */
function textConstruct(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = (element.attributes.type ?? 'text').toLowerCase();
  if (type === 'xhtml')
    return htmlToText(deepText(element).replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;')));
  if (type === 'html' || type === 'text/html') return htmlToText(element.text);
  return clean(element.text).trim();
}

function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** `xml:base` of an element over its parent's; Atom resolves relative links against it. */
function baseOf(element: XmlElement, parent: string | undefined): string | undefined {
  const base = element.attributes['xml:base'];
  if (!base) return parent;
  try {
    return new URL(base, parent).href;
  } catch {
    return parent;
  }
}

interface Candidate {
  entry: Entry;
  updated: number;
  line: number;
}

function readEntry(
  element: XmlElement,
  feedBase: string | undefined,
  problems: ImportProblem[],
): Candidate | undefined {
  const key = clean(childNamed(element, 'id')?.text ?? '').trim();
  const position = { line: element.line, ...(key ? { url: key } : {}) };
  if (!key) {
    problems.push(
      problem(
        'warning',
        'atom.no-id',
        'An entry without id was skipped.',
        'Ein Eintrag ohne id wurde übersprungen.',
        position,
      ),
    );
    return undefined;
  }
  const updatedText = childNamed(element, 'updated')?.text;
  const date = feedDate(childNamed(element, 'published')?.text) ?? feedDate(updatedText);
  if (!date) {
    problems.push(
      problem(
        'warning',
        'atom.no-date',
        'An entry without a readable published or updated date was skipped.',
        'Ein Eintrag ohne lesbares published- oder updated-Datum wurde übersprungen.',
        position,
      ),
    );
    return undefined;
  }
  const summary = textConstruct(childNamed(element, 'summary'));
  const content = textConstruct(childNamed(element, 'content'));
  const title =
    textConstruct(childNamed(element, 'title')) || firstLine(summary) || firstLine(content) || key;
  const base = baseOf(element, feedBase);
  const links: Link[] = [];
  for (const link of childrenNamed(element, 'link')) {
    const rel = (link.attributes.rel ?? 'alternate').toLowerCase();
    if (rel === 'self' || rel === 'edit' || rel === 'replies') continue;
    const url = link.attributes.href ? safeUrl(link.attributes.href.trim(), base) : undefined;
    if (!url || !/^https?:/i.test(url) || links.some((l) => l.url === url)) continue;
    const linkTitle = clean(link.attributes.title ?? '').trim();
    links.push(linkTitle ? { url, title: linkTitle } : { url });
  }
  const categories = childrenNamed(element, 'category').map((c) =>
    clean(c.attributes.label || c.attributes.term || '').trim(),
  );
  const entry: Entry = {
    id: safeId(key, 'atom'),
    identifiers: [{ scheme: ATOM_SCHEME, value: key.slice(0, 2048) }],
    date,
    type: inferEntryType(categories, title),
    title,
  };
  const text = summary || content;
  if (text && text !== title) entry.summary = text;
  if (links.length) entry.links = links;
  const updated = Date.parse(updatedText?.trim() ?? '');
  return { entry, updated: Number.isFinite(updated) ? updated : -Infinity, line: element.line };
}

/** Reads an Atom feed; never throws: what cannot be read is a problem. */
export function importAtom(text: string, source: string): ImportResult {
  const problems: ImportProblem[] = [];
  let oldest = Infinity;
  const done = (records: ImportResult['records']): ImportResult => ({
    format: 'atom',
    source,
    records,
    problems,
    owns: { entries: OWNED },
    // A feed lists its latest entries only: an older entry is not missing from it, only gone by.
    covers: (list, record) => {
      const time = list === 'entries' ? instant((record as Entry).date, 'UTC') : undefined;
      return time !== undefined && time >= oldest;
    },
  });
  const { root, errors } = parseXml(text);
  for (const error of errors)
    problems.push(
      problem(
        error.entity ? 'warning' : 'error',
        error.entity ? 'atom.entity' : 'atom.xml',
        `Not well-formed XML: ${error.message}`,
        `Kein wohlgeformtes XML: ${error.message}`,
        { line: error.line },
      ),
    );
  if (problems.some((p) => p.severity === 'error')) return done({});
  if (!root || root.name !== 'feed' || (root.uri !== ATOM_NS && root.uri !== '')) {
    problems.push(
      problem(
        'error',
        'atom.not-a-feed',
        'Not an Atom feed: the document element is not <feed xmlns="http://www.w3.org/2005/Atom">.',
        'Kein Atom-Feed: das Wurzelelement ist nicht <feed xmlns="http://www.w3.org/2005/Atom">.',
        { line: root?.line ?? 1 },
      ),
    );
    return done({});
  }
  const feedBase = baseOf(root, /^https?:\/\//i.test(source) ? source : undefined);
  const byKey = new Map<string, Candidate>();
  for (const element of childrenNamed(root, 'entry')) {
    const candidate = readEntry(element, feedBase, problems);
    if (!candidate) continue;
    const key = candidate.entry.identifiers![0].value;
    const earlier = byKey.get(key);
    if (earlier) {
      problems.push(
        problem(
          'warning',
          'atom.duplicate',
          `The entry "${key}" appears twice; the one updated last is used.`,
          `Der Eintrag "${key}" steht zweimal im Feed; der zuletzt aktualisierte zählt.`,
          { line: candidate.line, url: key },
        ),
      );
      if (earlier.updated >= candidate.updated) continue;
    }
    byKey.set(key, candidate);
  }
  const records: ImportResult['records'] = { entries: [...byKey.values()].map((c) => c.entry) };
  for (const entry of records.entries!) oldest = Math.min(oldest, instant(entry.date, 'UTC') ?? Infinity);
  const name = textConstruct(childNamed(root, 'title'));
  if (name) records.cooperation = { name };
  return done(records);
}
