// Hostile documents: every text field of the demo documents carries markup and script payloads
// and every URL field a hostile URL. No script may run, no foreign element may appear in any
// shadow root, no unsafe link may be clickable, and the payloads must be shown as plain text.
import { expect } from '@open-wc/testing';
import { validateDocument } from '@koop/schema';
import { clearDocumentCache } from '@koop/core';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopPartnerMap } from '@koop/partner-map';
import {
  HOSTILE_URLS,
  hostileDocument,
  LONG_WORD,
  LOOKALIKE_URLS,
  PWNED,
  TEXT_PAYLOADS,
  UNSAFE_URLS,
} from './corpus.js';
import {
  deepElements,
  deepText,
  DEMO_FILES,
  demoDocument,
  openEverything,
  settle,
  tagNames,
  unsafeMarkup,
  WIDGET_TAGS,
  type Widget,
} from './support.js';

const pwned = () => (window as unknown as Record<string, unknown>)[PWNED];

/**
 * Elements the kit's own templates add to what the demo document renders: the alert, the
 * warnings footer and the links of URL fields the demo documents leave empty (their `href` is
 * judged by `unsafeMarkup`).
 */
const KIT_TAGS = [
  'details',
  'summary',
  'ul',
  'ol',
  'li',
  'code',
  'p',
  'strong',
  'button',
  'span',
  'div',
  'a',
];

/** Renders each widget with `doc`, standalone or inside one <koop-data>, in `container`. */
async function renderAll(doc: unknown, inside: boolean, container: HTMLElement): Promise<Widget[]> {
  const widgets = WIDGET_TAGS.map((tag) => document.createElement(tag) as Widget);
  if (inside) {
    const data = document.createElement('koop-data') as HTMLElement & { data: unknown };
    data.data = doc;
    data.append(...widgets);
    container.append(data);
  } else {
    for (const widget of widgets) {
      widget.data = doc;
      container.append(widget);
    }
  }
  for (const widget of widgets) await settle(widget, 15_000);
  return widgets;
}

/** Opens everything in every widget; returns the tags seen and any unsafe markup found. */
async function inspectAll(widgets: Widget[]) {
  const tags = new Map<string, Set<string>>();
  const unsafe: string[] = [];
  for (const widget of widgets) {
    const seen = new Set<string>();
    await openEverything(widget, (step) => {
      for (const tag of tagNames(widget)) seen.add(tag);
      for (const found of unsafeMarkup(widget)) unsafe.push(`${widget.localName} (${step}): ${found}`);
      if (pwned() !== undefined) unsafe.push(`${widget.localName} (${step}): payload ran (${pwned()})`);
    });
    tags.set(widget.localName, seen);
  }
  return { tags, unsafe };
}

describe('XSS corpus: hostile documents', function () {
  this.timeout(90_000);

  let container: HTMLElement;
  beforeEach(() => {
    clearDocumentCache();
    delete (window as unknown as Record<string, unknown>)[PWNED];
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    expect(pwned(), 'a payload ran').to.equal(undefined);
  });

  for (const file of DEMO_FILES) {
    describe(file, () => {
      it('covers every text and URL field, and hostile text keeps the document valid', async () => {
        const source = await demoDocument(file);
        const { document: doc, fields } = hostileDocument(source, { long: true });
        expect(fields.text.length, 'text fields').to.be.greaterThan(100);
        expect(JSON.stringify(doc)).to.contain(TEXT_PAYLOADS[TEXT_PAYLOADS.length - 1]);
        const result = validateDocument(doc);
        expect(
          result.problems.filter((p) => p.severity === 'error'),
          'payload strings are valid strings',
        ).to.deep.equal([]);
        expect(result.valid).to.equal(true);
      });

      it('reports each unsafe URL as a warning at its path, and lets lookalikes through', async () => {
        const source = await demoDocument(file);
        const { document: doc, fields } = hostileDocument(source, { urls: HOSTILE_URLS });
        expect(fields.url.length, 'URL fields').to.be.greaterThan(0);
        const result = validateDocument(doc);
        expect(result.valid).to.equal(true);
        const flagged = new Set(result.problems.filter((p) => p.code === 'unsafe-url').map((p) => p.path));
        fields.url.forEach((path, n) => {
          const url = HOSTILE_URLS[n % HOSTILE_URLS.length];
          expect(flagged.has(path), `${path} = ${JSON.stringify(url)}`).to.equal(UNSAFE_URLS.includes(url));
        });
      });

      it('rejects a document whose URL is longer than the format allows, naming the path', async () => {
        const source = await demoDocument(file);
        const { document: doc, fields } = hostileDocument(source, {
          urls: [`https://example.org/${LONG_WORD}`],
        });
        const result = validateDocument(doc);
        expect(result.valid).to.equal(fields.url.length === 0);
        for (const path of fields.url) expect(result.problems.map((p) => p.path)).to.include(path);
      });

      for (const inside of [false, true]) {
        const where = inside ? 'inside <koop-data>' : 'standalone';
        it(`every widget ${where}: no script, no foreign markup, no unsafe link, text as text`, async () => {
          const source = await demoDocument(file);
          // What the widgets render from the plain demo document, with everything opened.
          const baseline = await inspectAll(await renderAll(source, inside, container));
          expect(baseline.unsafe).to.deep.equal([]);
          container.replaceChildren();

          const { document: doc } = hostileDocument(source, { urls: HOSTILE_URLS, long: true });
          const widgets = await renderAll(doc, inside, container);
          for (const widget of widgets)
            expect(widget.shadowRoot!.querySelector('[role="alert"]'), widget.localName).to.equal(null);
          const hostile = await inspectAll(widgets);
          expect(hostile.unsafe).to.deep.equal([]);
          for (const [tag, seen] of hostile.tags) {
            const expected = new Set([...baseline.tags.get(tag)!, ...KIT_TAGS]);
            expect(
              [...seen].filter((name) => !expected.has(name)),
              `${tag}: elements from data`,
            ).to.deep.equal([]);
          }
          // Payloads are shown as text: each widget shows at least one, verbatim.
          for (const widget of widgets) {
            const text = deepText(widget.shadowRoot!);
            const shown = TEXT_PAYLOADS.filter((payload) => text.includes(payload));
            expect(shown.length, `${widget.localName} shows payloads as text`).to.be.greaterThan(0);
          }
          const all = widgets.map((w) => deepText(w.shadowRoot!)).join(' ');
          for (const payload of TEXT_PAYLOADS.slice(0, 5)) expect(all, payload).to.contain(payload);
          // Unsafe URLs are never an href; where a widget shows them, it is as text.
          const hrefs = widgets.flatMap((w) =>
            deepElements(w.shadowRoot!).map((el) => el.getAttribute('href') ?? ''),
          );
          for (const url of UNSAFE_URLS) expect(hrefs, url).not.to.include(url);
          const linked = hrefs.filter((href) => LOOKALIKE_URLS.includes(href));
          expect(linked.length, 'lookalike URLs are ordinary links').to.be.greaterThan(0);
        });
      }
    });
  }

  it('exports (JSON Feed, Atom, iCalendar, SVG) carry payloads as escaped text and no unsafe URL', async () => {
    const source = await demoDocument('ko-produktion');
    const { document: doc } = hostileDocument(source, { urls: HOSTILE_URLS });
    const widgets = await renderAll(doc, false, container);
    const feed = widgets[1] as KoopTransparencyFeed;
    const map = widgets[4] as KoopPartnerMap;
    // As a URL parser reads it: without whitespace and control characters, in lower case.
    const squeeze = (text: string) =>
      [...text]
        .filter((c) => c.trim() && c.charCodeAt(0) > 0x1f)
        .join('')
        .toLowerCase();
    const unsafeIn = (text: string) =>
      ['javascript:', 'vbscript:', 'data:text/html', 'file:', 'blob:https://evil'].filter((scheme) =>
        squeeze(text).includes(scheme),
      );
    // JSON Feed: text fields may quote a payload, but no URL field holds an unsafe URL.
    const jsonFeed = JSON.parse(await feed.exportAs('json'));
    const urls: string[] = [];
    JSON.stringify(jsonFeed, (key, value) => {
      if (/url$/i.test(key) && typeof value === 'string') urls.push(value);
      return value;
    });
    expect(urls.length).to.be.greaterThan(0);
    expect(urls.flatMap(unsafeIn)).to.deep.equal([]);
    // Atom: well-formed XML whose payloads are text, not elements.
    const atom = new DOMParser().parseFromString(await feed.exportAs('atom'), 'application/xml');
    expect(atom.querySelector('parsererror')).to.equal(null);
    expect(atom.querySelectorAll('script, img, svg, iframe')).to.have.length(0);
    expect(atom.documentElement.textContent).to.contain(TEXT_PAYLOADS[0]);
    const hrefs = [...atom.querySelectorAll('[href]')].map((el) => el.getAttribute('href')!);
    expect(hrefs.flatMap(unsafeIn)).to.deep.equal([]);
    // iCalendar: no unsafe URL in any URL property.
    const ics = await feed.exportAs('ics');
    const icsUrls = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter((line) => /^(URL|ATTACH)[;:]/.test(line));
    expect(icsUrls.flatMap(unsafeIn)).to.deep.equal([]);
    // SVG of the map: no script, no foreign content, no handlers.
    const svg = new DOMParser().parseFromString(await (await map.exportAs('svg')).text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.querySelectorAll('script, foreignObject, image, a, iframe')).to.have.length(0);
    const handlers = [...svg.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name),
    );
    expect(handlers).to.deep.equal([]);
  });

  it('fits 320 px with 100,000-character words and sentences', async () => {
    const source = await demoDocument('ko-produktion');
    const { document: doc } = hostileDocument(source, { long: true });
    container.style.width = '320px';
    const widgets = await renderAll(doc, false, container);
    const overflows: string[] = [];
    for (const widget of widgets) {
      await openEverything(widget, (step) => {
        if (widget.scrollWidth > widget.clientWidth + 1)
          overflows.push(`${widget.localName} (${step}): ${widget.scrollWidth} > ${widget.clientWidth}`);
      });
    }
    expect(overflows).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'page overflows').to.be.at.most(window.innerWidth + 1);
  });

  it('shows markup in an invalid document, its keys and a non-JSON body as text in the alert', async () => {
    const hostileKey = `<img src=x onerror="window.${PWNED}=30">`;
    const widgets: Widget[] = [];
    for (const tag of WIDGET_TAGS) {
      const invalid = document.createElement(tag) as Widget;
      invalid.data = {
        schemaVersion: '1.0',
        cooperation: { name: { [hostileKey]: 'x' } },
        goals: [{ id: '<script>window.__pwned=31</script>', title: 5, [hostileKey]: true }],
      };
      const inline = document.createElement(tag) as Widget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = `<svg onload="window.${PWNED}=32"></svg>`;
      inline.append(script);
      container.append(invalid, inline);
      widgets.push(invalid, inline);
    }
    for (const widget of widgets) await settle(widget);
    for (const widget of widgets) {
      const alert = widget.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, widget.localName).to.exist;
      expect(unsafeMarkup(widget)).to.deep.equal([]);
    }
    const alertText = deepText(widgets[0].shadowRoot!);
    expect(alertText).to.contain('cooperation.name[').and.to.contain(hostileKey);
    expect(deepText(widgets[1].shadowRoot!)).to.contain(`<svg onload=`);
  });
});
