import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@koop/kit/koop.js';
import '../../demo/builder/koop-snippet-builder.js';
import type { KoopSnippetBuilder } from '../../demo/builder/koop-snippet-builder.element.js';
import {
  buildSnippet,
  escapeAttribute,
  fallbackText,
  inlineJson,
  kitScriptUrl,
  widgetAttributes,
  type SnippetConfig,
} from '@koop/kit/snippet.js';
import { REGISTRY } from '@koop/kit/registry.js';
import { describeLocation, parsePath } from '@koop/schema';
import { checkValue } from '../../demo/builder/data-check.js';
import { fetchDocumentText, readDocumentText } from '@koop/core/read.js';
import { goalsDocument } from '../fixtures/documents.js';
import { emulateMediaFeatures } from '../support/media.js';
import { demoDocument, uniqueName } from '../support/helpers.js';

const BREAKOUT = '</script><script>window.top.koopBrokeOut = true</script><!-- <script>';

const config = (overrides: Partial<SnippetConfig> = {}): SnippetConfig => ({
  tag: 'koop-transparency-feed',
  values: {},
  source: { kind: 'url', url: 'https://www.example.org/daten/koop.json' },
  kitUrl: 'https://www.example.org/koop/',
  bundle: 'autoloader',
  ...overrides,
});

/** The snippet as a browser reads it (no script runs in a parsed document). */
const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html');

/**
 * A document with two errors (an actor without a name, which breaks the format, and an owner
 * that does not exist) and a warning.
 */
function brokenDocument() {
  const document = goalsDocument() as any;
  delete document.actors[0].name;
  document.goals[1].owners = ['niemand'];
  document.goals[2].indicators = [{ name: 'Besuche', measure: 'number', target: { value: 'viele' } }];
  return document;
}

describe('snippet builder: the snippet', () => {
  it('escapes attribute values so nothing the editor types can leave the attribute', () => {
    expect(escapeAttribute(`a "b" <c> & 'd'`)).to.equal(`a &quot;b&quot; &lt;c&gt; &amp; 'd'`);
    const query = `"><script>alert(1)</script> & Co`;
    const snippet = buildSnippet(config({ values: { 'koop-transparency-feed/query': query } }));
    const parsed = parse(snippet);
    expect(parsed.querySelectorAll('script')).to.have.length(1);
    expect(parsed.querySelector('koop-transparency-feed')!.getAttribute('query')).to.equal(query);
  });

  it('writes only what differs from the defaults, in form order', () => {
    const snippet = buildSnippet(
      config({
        values: {
          'heading-level': '2',
          theme: '',
          lang: 'en',
          'koop-transparency-feed/page-size': '20',
          'koop-transparency-feed/types':
            'decision,meeting,result,evaluation,announcement,milestone,personnel-change',
          'koop-transparency-feed/year': '2004',
        },
      }),
    );
    expect(snippet).to.equal(
      '<script type="module" src="https://www.example.org/koop/koop-autoloader.js"></script>\n' +
        '<koop-transparency-feed src="https://www.example.org/daten/koop.json" lang="en" year="2004">' +
        '<a href="https://www.example.org/daten/koop.json">Daten der Kooperation (JSON-Datei)</a></koop-transparency-feed>\n',
    );
    const chosen = widgetAttributes(
      config({
        values: {
          'heading-level': '3',
          'koop-transparency-feed/page-size': '5',
          'koop-transparency-feed/types': 'meeting,decision',
          'koop-role-matrix/page-size': '7',
          refresh: '60',
        },
      }),
    );
    expect(chosen).to.deep.equal([
      ['src', 'https://www.example.org/daten/koop.json'],
      ['heading-level', '3'],
      ['refresh', '60'],
      ['types', 'decision,meeting'],
      ['page-size', '5'],
    ]);
  });

  it('leaves out invalid values, refresh without an address, and lets "all periods" win', () => {
    const attributes = widgetAttributes({
      tag: 'koop-role-matrix',
      values: {
        'heading-level': '9',
        refresh: '60',
        'koop-role-matrix/at': '2026-02-30x',
        'koop-role-matrix/conflicts-only': 'on',
      },
      source: { kind: 'inline', document: {} },
    });
    expect(attributes).to.deep.equal([['conflicts-only', '']]);
    const all = widgetAttributes({
      tag: 'koop-role-matrix',
      values: { 'koop-role-matrix/at': '2024-05-01', 'koop-role-matrix/at=all': 'on' },
      source: { kind: 'none' },
    });
    expect(all).to.deep.equal([['at', 'all']]);
    const timeline = buildSnippet(
      config({ tag: 'koop-milestone-timeline', values: { 'koop-milestone-timeline/view=list': 'on' } }),
    );
    expect(timeline).to.contain(
      '<koop-milestone-timeline src="https://www.example.org/daten/koop.json" view="list">',
    );
  });

  it('puts several widgets in one <koop-data>, which loads the document once', () => {
    const values = {
      lang: 'en',
      refresh: '300',
      theme: 'dark',
      'heading-level': '3',
      'koop-goal-tracker/goal': 'g-1',
      'koop-transparency-feed/page-size': '5',
      'koop-partner-map/focus': 'a',
    };
    const widgets = ['koop-goal-tracker', 'koop-transparency-feed'];
    expect(buildSnippet(config({ tag: 'koop-data', widgets, values }))).to.equal(
      [
        '<script type="module" src="https://www.example.org/koop/koop-autoloader.js"></script>',
        '<koop-data src="https://www.example.org/daten/koop.json" lang="en" refresh="300">',
        '  <koop-goal-tracker theme="dark" heading-level="3" goal="g-1"><a href="https://www.example.org/daten/koop.json">Daten der Kooperation (JSON-Datei)</a></koop-goal-tracker>',
        '  <koop-transparency-feed theme="dark" heading-level="3" page-size="5"></koop-transparency-feed>',
        '</koop-data>',
        '',
      ].join('\n'),
    );
    const inline = parse(
      buildSnippet(
        config({ tag: 'koop-data', widgets, values, source: { kind: 'inline', document: { a: 1 } } }),
      ),
    );
    const data = inline.querySelector('koop-data')!;
    expect([...data.children].map((child) => child.localName)).to.deep.equal(['script', ...widgets]);
    expect(data.hasAttribute('refresh')).to.equal(false);
    expect(() => buildSnippet(config({ tag: 'script' }))).to.throw();
  });

  it('links to the document inside the widget, on one line (nothing for wpautop to break)', () => {
    const url = '/daten/koop.json?a=1&b="2"';
    const fallback = fallbackText('de', 'Haus <b>„Alte“</b> & Co');
    const snippet = buildSnippet(config({ source: { kind: 'url', url }, fallback }));
    const lines = snippet.split('\n');
    expect(lines).to.have.length(3);
    expect(lines[1]).to.match(
      /^<koop-transparency-feed [^>]*><a href="[^"]*">[^<]*<\/a><\/koop-transparency-feed>$/,
    );
    expect(snippet).not.to.match(/\n\s*\n/);
    const parsed = parse(snippet);
    const link = parsed.querySelector('koop-transparency-feed > a')!;
    expect(link.getAttribute('href')).to.equal(url);
    expect(link.textContent).to.equal('Daten der Kooperation „Haus <b>„Alte“</b> & Co“ (JSON-Datei)');
    expect(parsed.querySelector('b')).to.equal(null);
    expect(fallbackText('en', 'X')).to.equal('Data of the cooperation “X” (JSON file)');
    // Several widgets: the link sits in the first one (<koop-data> shows its children always).
    const data = parse(
      buildSnippet(
        config({ tag: 'koop-data', widgets: ['koop-goal-tracker', 'koop-role-matrix'], values: {} }),
      ),
    );
    expect(data.querySelectorAll('a')).to.have.length(1);
    expect(data.querySelector('koop-data > koop-goal-tracker > a')).to.exist;
    // An inline document has no address to link to.
    const inline = parse(buildSnippet(config({ source: { kind: 'inline', document: { a: 1 } } })));
    expect(inline.querySelector('a')).to.equal(null);
  });

  it('points at the kit folder, the chosen file, or a script address as it is', () => {
    expect(kitScriptUrl('https://www.stadt.de/koop', 'autoloader')).to.equal(
      'https://www.stadt.de/koop/koop-autoloader.js',
    );
    expect(kitScriptUrl('https://www.stadt.de/koop/', 'all')).to.equal('https://www.stadt.de/koop/koop.js');
    expect(kitScriptUrl('https://cdn.example.org/koop@1.0/dist/koop.js', 'autoloader')).to.equal(
      'https://cdn.example.org/koop@1.0/dist/koop.js',
    );
    expect(kitScriptUrl('', 'autoloader')).to.equal('https://www.example.org/koop/koop-autoloader.js');
  });

  it('embeds a document inline so that no text in it can close the script element', () => {
    const document = goalsDocument() as any;
    document.cooperation.name = BREAKOUT;
    document.notice = 'a & b > c \u2028';
    const snippet = buildSnippet(config({ tag: 'koop-goal-tracker', source: { kind: 'inline', document } }));
    expect(snippet).not.to.contain('</script><script>');
    expect(snippet).not.to.contain('<!--');
    const parsed = parse(snippet);
    const scripts = parsed.querySelectorAll('script');
    expect(scripts).to.have.length(2);
    const inline = parsed.querySelector('koop-goal-tracker > script[type="application/json"]')!;
    expect(JSON.parse(inline.textContent!)).to.deep.equal(document);
    expect(inlineJson({ a: '<' })).to.equal('{\n  "a": "\\u003c"\n}');
  });
});

describe('snippet builder: the data check', () => {
  it('lists every problem of an invalid document with its path and place, in German', () => {
    const report = checkValue(brokenDocument(), 'de');
    // One pass: the broken format, the reference to nothing and the cross-field warning together.
    expect(report.errors).to.deep.equal([
      {
        path: 'actors[0].name',
        fatal: true,
        where: 'Akteure › 1. Akteur „ini“ › Name',
        message: 'fehlt (Pflichtfeld)',
      },
      {
        path: 'goals[1].owners[0]',
        where: 'Ziele › 2. Ziel „Mehr Mitsprache“ › Verantwortliche › 1. Eintrag',
        message:
          'verweist auf „niemand“, aber die Liste der Akteure enthält keinen Eintrag mit dieser Kennung',
      },
    ]);
    expect(report.warnings).to.have.length(1);
    const target = report.warnings[0];
    expect(target.path).to.equal('goals[2].indicators[0].target.value');
    expect(target.where).to.equal(
      'Ziele › 3. Ziel „Bessere Versorgung“ › Indikatoren › 1. Indikator „Besuche“ › Zielwert › Wert',
    );
    expect(target.message).to.equal('muss bei messbaren Indikatoren eine Zahl sein');
  });

  it('says the same in English', () => {
    const report = checkValue(brokenDocument(), 'en');
    expect(report.errors[0].where).to.equal('Actors › 1st actor “ini” › Name');
    expect(report.errors[0].message).to.equal('is missing (required)');
    expect(checkValue(goalsDocument(), 'en')).to.deep.equal({ errors: [], warnings: [] });
  });

  it('names places in relations, unknown fields and the document itself', () => {
    const document = {
      relations: [{ source: 'a', target: 'b' }],
      goals: [{ id: 'g', title: { en: 'Only English' } }],
    };
    expect(describeLocation('relations[0].target', document, 'de')).to.equal(
      'Beziehungen › 1. Beziehung › Zu (Akteur)',
    );
    expect(describeLocation('goals[0].titel', document, 'de')).to.equal(
      'Ziele › 1. Ziel „Only English“ › „titel“',
    );
    expect(describeLocation('', document, 'en')).to.equal('The document as a whole');
    expect(describeLocation('entries[11]', {}, 'en')).to.equal('Entries › 12th entry');
    expect(parsePath('goals[3].indicators[0]["a b"].x')).to.deep.equal([
      'goals',
      3,
      'indicators',
      0,
      'a b',
      'x',
    ]);
  });

  it('reports a JSON syntax error with line and column', () => {
    const result = readDocumentText('\n{\n  "schemaVersion": "1.0",\n  "cooperation": { "name": "X" },\n}\n');
    expect(result.ok).to.equal(false);
    const failure = (result as { failure: any }).failure;
    expect(failure.kind).to.equal('json');
    expect([failure.line, failure.column]).to.deep.equal([5, 1]);
    expect(failure.excerpt).to.equal('}');
    expect((readDocumentText('{"a": [1, 2}') as any).failure).to.include({ line: 1, column: 12 });
    expect((readDocumentText('   ') as any).failure.kind).to.equal('empty');
    expect((readDocumentText('<!doctype html><p>404') as any).failure.kind).to.equal('not-json');
    expect(readDocumentText('\uFEFF{"a": 1}')).to.deep.equal({ ok: true, value: { a: 1 } });
  });

  it('fetches exactly the address and tells HTTP errors, HTML and bad addresses apart', async () => {
    const name = uniqueName('builder');
    const ok = await fetchDocumentText(`/__koop/doc/${name}.json`);
    expect(ok.ok).to.equal(true);
    expect(ok.contentType).to.equal(undefined);
    expect(JSON.parse(ok.text!).schemaVersion).to.equal('1.0');
    expect(await (await fetch(`/__koop/count/${name}.json`)).json()).to.equal(1);
    expect((await fetchDocumentText('/__koop/status/404')).failure).to.deep.equal({
      kind: 'http',
      status: 404,
    });
    const page = await fetchDocumentText('/__koop/html');
    expect(page.contentType).to.contain('text/html');
    expect((readDocumentText(page.text!) as any).failure.kind).to.equal('not-json');
    expect((await fetchDocumentText('javascript:alert(1)')).failure).to.deep.equal({ kind: 'invalid-url' });
    const far = await fetchDocumentText('http://127.0.0.1:9/koop.json');
    expect(far.failure).to.include({ kind: 'network', crossOrigin: true });
  });
});

// ----- the element -----

async function builder(attributes: { lang?: string } = {}) {
  const element = await fixture<KoopSnippetBuilder>(
    html`<koop-snippet-builder
      lang=${attributes.lang ?? 'de'}
      kit-url="/packages/kit/src/koop.ts"
    ></koop-snippet-builder>`,
  );
  return element;
}

const $ = <T extends Element = HTMLElement>(element: KoopSnippetBuilder, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;

async function type(element: KoopSnippetBuilder, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

async function choose(element: KoopSnippetBuilder, selector: string, value: string) {
  const select = $<HTMLSelectElement>(element, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Waits for the check that is under way (started before this is called) to finish. */
const checked = async (element: KoopSnippetBuilder) => {
  await element.updateComplete;
  await waitUntil(() => $(element, 'section.check').getAttribute('aria-busy') === 'false', 'checked', {
    timeout: 8000,
  });
  await element.updateComplete;
};

const summary = (element: KoopSnippetBuilder) =>
  $(element, '.summary').textContent!.replace(/\s+/g, ' ').trim();

async function checkUrl(element: KoopSnippetBuilder, url: string) {
  await type(element, '#document-url', url);
  $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
  await element.updateComplete;
  await checked(element);
}

async function dropFile(element: KoopSnippetBuilder, text: string, name = 'kooperation.json') {
  $<HTMLInputElement>(element, '#source-file').click();
  await element.updateComplete;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  $(element, '.drop').dispatchEvent(
    new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
  );
  await checked(element);
}

const previewWidget = (element: KoopSnippetBuilder) =>
  $(element, '#preview').firstElementChild as HTMLElement | null;

describe('the data check and the widgets say the same', () => {
  const TAGS = REGISTRY.filter((entry) => entry.widget).map((entry) => entry.tag);
  /** Every data problem a widget shows, as "where: what": its own notice and its footer. */
  const shownProblems = (widget: Element) =>
    [
      ...widget.shadowRoot!.querySelectorAll(
        ':is([part="problems"], [part="data-errors"], [part="data-warnings"]) > ol.problems > li',
      ),
    ].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

  async function shown(tag: string, document: unknown): Promise<string[]> {
    const host = await fixture(html`<div></div>`);
    const element = window.document.createElement(tag) as HTMLElement & {
      data: unknown;
      document?: unknown;
      updateComplete: Promise<unknown>;
    };
    element.data = document;
    host.append(element);
    await waitUntil(() => element.document, `${tag} shows the document`, { timeout: 5000 });
    // The role matrix loads its notice on demand.
    await waitUntil(
      () =>
        tag !== 'koop-role-matrix' ||
        shownProblems(element).length ||
        !checkValue(document, 'de').warnings.length,
      `${tag} notice`,
      { timeout: 5000 },
    );
    await element.updateComplete;
    return shownProblems(element);
  }

  /** What each widget shows about `document`. */
  const shownBy = async (document: unknown) =>
    Object.fromEntries(
      await Promise.all(TAGS.map(async (tag) => [tag, await shown(tag, document)] as const)),
    );
  const said = (document: unknown) => {
    const report = checkValue(document, 'de');
    return [...report.errors, ...report.warnings].map((p) => `${p.where}: ${p.message}`);
  };

  for (const file of ['ko-produktion', 'equal-strategien'] as const) {
    it(`on the demo document ${file}`, async () => {
      const document = await demoDocument(file);
      const check = said(document);
      expect(check, 'each demo document shows a role conflict whose role ended').to.have.length(1);
      const widgets = await shownBy(document);
      // Together the widgets say exactly what the check says; the role matrix says it, the one that shows roles.
      expect([...new Set(Object.values(widgets).flat())]).to.have.members(check);
      expect(widgets['koop-role-matrix']).to.have.members(check);
    });
  }

  it('on a reference to nothing: an error in the check, a notice in every widget that goes on showing', async () => {
    const document = await demoDocument('ko-produktion');
    (document.goals![0] as { owners?: string[] }).owners = ['stadt-verwaltung-typo'];
    const report = checkValue(document, 'de');
    expect(report.errors.map((p) => p.path)).to.deep.equal(['goals[0].owners[0]']);
    expect(report.errors[0].fatal).to.equal(undefined);
    const error = `${report.errors[0].where}: ${report.errors[0].message}`;
    const widgets = await shownBy(document);
    for (const tag of TAGS) expect(widgets[tag], tag).to.include(error);
    expect([...new Set(Object.values(widgets).flat())]).to.have.members(said(document));
  });
});

describe('<koop-snippet-builder>', () => {
  it('loads a document from an address, finds what the widgets say about it and previews the widget', async () => {
    const element = await builder();
    await checkUrl(element, '/demo/data/ko-produktion.json');
    // The role conflict whose role ended, which the role matrix on the public page points out.
    expect($(element, '#check-status').textContent).to.contain('Keine Fehler. 1 Hinweis');
    expect($(element, '.problems.warnings li').textContent).to.contain('Rollenkonflikte › 2. Konflikt');
    expect($(element, '#check-alert').textContent!.trim()).to.equal('');
    const widget = previewWidget(element)!;
    expect(widget.localName).to.equal('koop-goal-tracker');
    await waitUntil(() => widget.shadowRoot?.querySelector('.tracker'), 'preview rendered', {
      timeout: 5000,
    });
    const snippet = $<HTMLTextAreaElement>(element, '#snippet').value;
    // The path as the editor typed it (issue 12: it used to become an absolute address), and a
    // link to it in words inside the widget.
    expect(snippet).to.contain('<koop-goal-tracker src="/demo/data/ko-produktion.json">');
    expect(snippet).to.contain(
      '<a href="/demo/data/ko-produktion.json">Daten der Kooperation „Nachbarschaftshaus Alte Feuerwache – Ko-Produktion in Musterstadt“ (JSON-Datei)</a></koop-goal-tracker>',
    );
    await expect(element).to.be.accessible();
  });

  it('says where an address fails: HTTP 404, a web page instead of JSON', async () => {
    const element = await builder();
    await checkUrl(element, '/__koop/status/404');
    expect($(element, '#check-alert').textContent).to.contain('HTTP 404');
    expect(previewWidget(element)).to.equal(null);
    await checkUrl(element, `/__koop/html?${uniqueName()}`);
    expect($(element, '#check-alert').textContent).to.contain('Webseite (HTML)');
    expect(element.shadowRoot!.textContent).to.contain('text/html');
  });

  it('checks a dropped file and lists errors and warnings apart, in German and English', async () => {
    const element = await builder();
    await dropFile(element, JSON.stringify(brokenDocument()));
    expect($(element, '#check-alert').textContent).to.contain('2 Fehler und 1 Hinweis gefunden');
    expect($(element, '#check-alert').textContent).to.contain('So bitte nicht veröffentlichen');
    const errors = $(element, '.problems.errors');
    expect(errors.querySelector('h3')!.textContent).to.equal('2 Fehler');
    expect(errors.querySelector('li')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Akteure › 1. Akteur „ini“ › Name: fehlt (Pflichtfeld)',
    );
    expect(errors.querySelector('li code')!.textContent).to.equal('actors[0].name');
    // The preview is the widget itself, showing why it cannot show the data.
    const widget = previewWidget(element)!;
    await waitUntil(() => widget.shadowRoot?.querySelector('[role="alert"]'), 'widget error', {
      timeout: 5000,
    });
    await choose(element, '#ui-language', 'en');
    expect(summary(element)).to.contain('2 errors and 1 warning found');
    expect($(element, '.problems.errors li').textContent).to.contain('is missing (required)');

    // A reference to nothing alone: the widget shows the data, but it must not be published so.
    const dangling = brokenDocument();
    dangling.actors[0].name = 'Initiative';
    await dropFile(element, JSON.stringify(dangling));
    expect(summary(element)).to.contain('1 error and 1 warning found. Please do not publish');
    expect(summary(element)).to.contain('the widget shows them only in part');
    const preview = previewWidget(element)!;
    await waitUntil(() => preview.shadowRoot?.querySelector('[part="data-errors"]'), 'widget notice', {
      timeout: 5000,
    });
    expect(preview.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

    const fixed = structuredClone(dangling);
    fixed.goals[1].owners = ['ini'];
    await dropFile(element, JSON.stringify(fixed));
    expect($(element, '#check-status').textContent).to.contain('No errors. 1 warning');
    expect(element.shadowRoot!.querySelectorAll('.problems.warnings li')).to.have.length(1);
    expect(element.shadowRoot!.querySelector('.problems.errors')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows a JSON syntax error with line, column and the line itself', async () => {
    const element = await builder();
    await dropFile(element, '{\n  "schemaVersion": "1.0"\n  "cooperation": {}\n}');
    expect($(element, '#check-alert').textContent).to.contain('Zeile 3, Spalte 3');
    expect($(element, '.excerpt code').textContent).to.equal('  "cooperation": {}');
    expect($<HTMLTextAreaElement>(element, '#snippet').value).to.equal('');
    expect($<HTMLButtonElement>(element, '#copy').disabled).to.equal(true);
  });

  it('embeds a dropped file inline, or uses the address it will be uploaded to', async () => {
    const element = await builder();
    const document = goalsDocument() as any;
    document.cooperation.name = BREAKOUT;
    await dropFile(element, JSON.stringify(document));
    const inline = $<HTMLTextAreaElement>(element, '#snippet').value;
    expect(parse(inline).querySelectorAll('script')).to.have.length(2);
    expect(inline).to.contain('<script type="module" src="/packages/kit/src/koop.ts"></script>');
    $<HTMLInputElement>(element, '#delivery-upload').click();
    await element.updateComplete;
    expect($(element, '#snippet-hint').textContent).to.contain('hochgeladenen Datei');
    await type(element, '#uploaded-url', 'https://www.stadt.de/fileadmin/koop.json');
    // With the fallback link to it inside (issue 12).
    expect($<HTMLTextAreaElement>(element, '#snippet').value).to.contain(
      '<koop-goal-tracker src="https://www.stadt.de/fileadmin/koop.json"><a href="https://www.stadt.de/fileadmin/koop.json">',
    );
    // A path on the site stays the path the editor typed.
    await type(element, '#uploaded-url', '/fileadmin/koop.json');
    expect($<HTMLTextAreaElement>(element, '#snippet').value).to.contain(
      '<koop-goal-tracker src="/fileadmin/koop.json">',
    );
  });

  it('warns before embedding a large document', async () => {
    const element = await builder();
    const document = goalsDocument() as any;
    document.entries = Array.from({ length: 400 }, (_, i) => ({
      id: `e${i}`,
      date: '2004-01-01',
      type: 'meeting',
      title: `Sitzung ${i}`,
      summary: 'x'.repeat(150),
    }));
    await dropFile(element, JSON.stringify(document));
    // Large files start as "upload"; choosing "embed" brings the warning.
    expect($<HTMLInputElement>(element, '#delivery-upload').checked).to.equal(true);
    $<HTMLInputElement>(element, '#delivery-inline').click();
    await element.updateComplete;
    expect($(element, '.note.warning').textContent).to.match(/Die Daten sind \d+(,\d)? KB groß/);
  });

  it('fills id choices from the document and updates preview and snippet live', async () => {
    const element = await builder();
    $<HTMLInputElement>(element, '#widget-koop-transparency-feed').click();
    await element.updateComplete;
    await checkUrl(element, '/demo/data/equal-strategien.json');
    const actors = [...$<HTMLSelectElement>(element, '#option-koop-transparency-feed-actor').options].map(
      (o) => o.value,
    );
    expect(actors[0]).to.equal('');
    expect(actors.length).to.be.greaterThan(3);
    await choose(element, '#option-koop-transparency-feed-actor', actors[1]);
    await type(element, '#option-koop-transparency-feed-page-size', '3');
    await type(element, '#option-heading-level', '3');
    const widget = previewWidget(element)!;
    expect(widget.getAttribute('actor')).to.equal(actors[1]);
    expect(widget.getAttribute('page-size')).to.equal('3');
    await waitUntil(() => widget.shadowRoot?.querySelector('article'), 'entries', { timeout: 5000 });
    expect(widget.shadowRoot!.querySelectorAll('article').length).to.be.at.most(3);
    const snippet = $<HTMLTextAreaElement>(element, '#snippet').value;
    expect(snippet).to.contain(`heading-level="3" actor="${actors[1]}" page-size="3"`);
    // An invalid number is marked, explained and left out.
    await type(element, '#option-koop-transparency-feed-page-size', '0');
    const field = $<HTMLInputElement>(element, '#option-koop-transparency-feed-page-size');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, `#${field.getAttribute('aria-describedby')!.split(' ').pop()}`).textContent).to.contain(
      '1 bis 500',
    );
    expect($<HTMLTextAreaElement>(element, '#snippet').value).not.to.contain('page-size');
    // Another widget keeps what every widget has; each widget keeps its own options.
    await type(element, '#option-koop-transparency-feed-page-size', '3');
    $<HTMLInputElement>(element, '#widget-koop-role-matrix').click();
    await element.updateComplete;
    const matrix = previewWidget(element)!;
    expect(matrix.localName).to.equal('koop-role-matrix');
    expect(matrix.getAttribute('heading-level')).to.equal('3');
    expect(matrix.hasAttribute('page-size')).to.equal(false);
    expect($<HTMLInputElement>(element, '#option-koop-role-matrix-page-size').value).to.equal('');
    $<HTMLInputElement>(element, '#widget-koop-transparency-feed').click();
    await element.updateComplete;
    expect(previewWidget(element)!.getAttribute('page-size')).to.equal('3');
  });

  it('copies the snippet, and selects it when the clipboard is not available', async () => {
    const element = await builder();
    await checkUrl(element, '/demo/data/ko-produktion.json');
    const clipboard = navigator.clipboard as any;
    let copied = '';
    clipboard.writeText = async (text: string) => void (copied = text);
    try {
      $<HTMLButtonElement>(element, '#copy').click();
      await waitUntil(() => $(element, '#copy-status').textContent, 'copied');
      expect(copied).to.equal($<HTMLTextAreaElement>(element, '#snippet').value);
      expect($(element, '#copy-status').textContent).to.contain('Kopiert');
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      await choose(element, '#option-theme', 'dark');
      expect($(element, '#copy-status').textContent).to.equal('');
      $<HTMLButtonElement>(element, '#copy').click();
      await waitUntil(() => $(element, '#copy-status').textContent, 'fallback');
      expect($(element, '#copy-status').textContent).to.contain('Strg+C');
      const area = $<HTMLTextAreaElement>(element, '#snippet');
      expect(element.shadowRoot!.activeElement).to.equal(area);
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    } finally {
      delete clipboard.writeText;
    }
  });

  it('works with the keyboard alone: widget, address, check, options, copy', async () => {
    const element = await builder();
    $<HTMLSelectElement>(element, '#ui-language').focus();
    await sendKeys({ press: 'Tab' }); // the first widget
    expect(element.shadowRoot!.activeElement!.id).to.equal('widget-koop-goal-tracker');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement!.id).to.equal('widget-koop-transparency-feed');
    await sendKeys({ press: 'Tab' }); // source: address
    await sendKeys({ press: 'Tab' }); // URL field
    expect(element.shadowRoot!.activeElement!.id).to.equal('document-url');
    await sendKeys({ type: '/demo/data/ko-produktion.json' });
    await sendKeys({ press: 'Enter' });
    await checked(element);
    expect(previewWidget(element)!.localName).to.equal('koop-transparency-feed');
    const focused = element.shadowRoot!.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
  });

  it('keeps a long preview in a box of its own, so the copy step stays near', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const element = await builder();
      $<HTMLInputElement>(element, '#widget-koop-transparency-feed').click();
      await element.updateComplete;
      await checkUrl(element, '/demo/data/ko-produktion.json');
      const preview = $(element, '#preview');
      await waitUntil(() => previewWidget(element)?.shadowRoot?.querySelector('article'), 'feed', {
        timeout: 5000,
      });
      // The feed is thousands of px tall; the preview shows at most 70 % of the window and scrolls.
      expect(preview.scrollHeight).to.be.greaterThan(2000);
      expect(preview.getBoundingClientRect().height).to.be.at.most(0.7 * 800 + 1);
      expect(preview.getAttribute('tabindex')).to.equal('0');
      const copy = $(element, '#copy').getBoundingClientRect();
      expect(copy.top - preview.getBoundingClientRect().top).to.be.below(2 * 800);
      // The heading option in an editor's words, with the default explained.
      const label = $(element, 'label[for="option-heading-level"]').textContent!.trim();
      expect(label).to.equal('Größe der Überschrift im Widget');
      expect($(element, '#option-heading-level-hint').textContent).to.contain(
        '„Überschrift 2“, wählen Sie 3',
      );
      expect($(element, '#option-heading-level-hint').textContent).to.contain('Ohne Angabe: 2');
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fits 320 px and keeps its states visible in forced-colors mode', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await builder();
      await dropFile(element, JSON.stringify(brokenDocument()));
      const wide = [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((el) => !el.closest('#preview, textarea, pre') && el.getBoundingClientRect().right > 321)
        .map((el) => `${el.localName}#${el.id}.${el.className}`);
      expect(wide).to.deep.equal([]);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      expect(getComputedStyle($(element, '.summary')).borderInlineStartStyle).to.equal('solid');
      expect($(element, '.summary').textContent).to.contain('✖');
      await expect(element).to.be.accessible();
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
      await setViewport({ width: 800, height: 600 });
    }
  });
});

// ----- the snippet on a page of its own -----

/** Pastes HTML into an empty page (a same-origin frame) and returns its document. */
async function blankPage(snippet: string): Promise<{ doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Leere Seite</title></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, frame };
}

async function renderedIn(doc: Document, tag: string, text: string) {
  await waitUntil(
    () => doc.querySelector(tag)?.shadowRoot?.textContent?.includes(text),
    `${tag} rendered in the pasted page`,
    { timeout: 10000 },
  );
}

describe('pasting the snippet into a blank page', () => {
  it('renders the widget with koop.js and an inline document', async () => {
    const element = await builder();
    const document = goalsDocument() as any;
    document.cooperation.name = BREAKOUT;
    await dropFile(element, JSON.stringify(document));
    $<HTMLInputElement>(element, '#bundle-all').click();
    await element.updateComplete;
    const { doc, frame } = await blankPage($<HTMLTextAreaElement>(element, '#snippet').value);
    try {
      await renderedIn(doc, 'koop-goal-tracker', 'Teilhabe für alle');
      expect(doc.querySelectorAll('script')).to.have.length(2);
      expect((window as any).koopBrokeOut).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('renders the widget with the autoloader from the kit folder and a document address', async () => {
    const element = await builder();
    await type(element, '#kit-url', '/__kit/builder/koop/');
    $<HTMLInputElement>(element, '#widget-koop-role-matrix').click();
    await element.updateComplete;
    await checkUrl(element, `/__koop/doc/${uniqueName('pasted')}.json`);
    $<HTMLInputElement>(element, '#option-koop-role-matrix-at-all').click();
    await element.updateComplete;
    const snippet = $<HTMLTextAreaElement>(element, '#snippet').value;
    expect(snippet).to.contain('/__kit/builder/koop/koop-autoloader.js');
    expect(snippet).to.contain(' at="all"');
    const { doc, frame } = await blankPage(snippet);
    try {
      await renderedIn(doc, 'koop-role-matrix', 'Strategien');
      expect(doc.querySelector('koop-role-matrix')!.shadowRoot!.querySelector('table, [role="grid"], ul')).to
        .exist;
    } finally {
      frame.remove();
    }
  });
});

describe('pasting a <koop-data> snippet into a blank page', () => {
  it('renders every chosen widget from one request for the document', async () => {
    const element = await builder();
    await type(element, '#kit-url', '/__kit/builder/data/');
    $<HTMLInputElement>(element, '#widget-koop-data').click();
    await element.updateComplete;
    $<HTMLInputElement>(element, '#data-koop-transparency-feed').click();
    $<HTMLInputElement>(element, '#data-koop-milestone-timeline').click();
    await element.updateComplete;
    const name = `${uniqueName('data')}.json`;
    await checkUrl(element, `/__koop/doc/${name}`);
    await choose(element, '#option-lang', 'en');
    const preview = previewWidget(element)!;
    expect(preview.localName).to.equal('koop-data');
    expect([...preview.children].map((child) => child.localName)).to.deep.equal([
      'koop-goal-tracker',
      'koop-milestone-timeline',
    ]);
    const snippet = $<HTMLTextAreaElement>(element, '#snippet').value;
    expect(snippet).to.contain('lang="en"');
    const { doc, frame } = await blankPage(snippet);
    try {
      await renderedIn(doc, 'koop-goal-tracker', 'goals');
      await renderedIn(doc, 'koop-milestone-timeline', 'Milestones');
      // Only <koop-data> names the document; both widgets share its one request.
      expect([...doc.querySelectorAll('[src*="/__koop/"]')].map((e) => e.localName)).to.deep.equal([
        'koop-data',
      ]);
      const requests = (frame.contentWindow as Window).performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith(`/__koop/doc/${name}`));
      expect(requests).to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});

describe('snippet builder under the strict Content-Security-Policy', () => {
  it('checks, previews and builds snippets without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/builder-page.html';
    document.body.append(frame);
    try {
      await waitUntil(
        () =>
          frame.contentDocument
            ?.querySelector('koop-snippet-builder')
            ?.shadowRoot?.querySelector('#document-url'),
        'builder rendered',
        { timeout: 10000 },
      );
      const win = frame.contentWindow as Window & { cspViolations: unknown[] };
      const element = frame.contentDocument!.querySelector('koop-snippet-builder') as KoopSnippetBuilder;
      // A document with errors: the list and the widget's own error view.
      await checkUrl(element, `/__koop/sequence/${uniqueName('csp')}?steps=invalid`);
      expect($(element, '.problems.errors li code').textContent).to.equal('goals');
      await waitUntil(
        () => previewWidget(element)?.shadowRoot?.querySelector('[role="alert"]'),
        'error preview',
        {
          timeout: 5000,
        },
      );
      // A valid one in every widget, and a file embedded inline.
      await checkUrl(element, '/demo/data/ko-produktion.json');
      for (const tag of [
        'koop-transparency-feed',
        'koop-milestone-timeline',
        'koop-role-matrix',
        'koop-partner-map',
      ]) {
        $<HTMLInputElement>(element, `#widget-${tag}`).click();
        await element.updateComplete;
        const widget = previewWidget(element)!;
        expect(widget.localName).to.equal(tag);
        await waitUntil(
          () => widget.shadowRoot?.querySelector('[part~="base"] > :not([role="status"], .loading)'),
          tag,
          {
            timeout: 5000,
          },
        );
      }
      await dropFile(element, JSON.stringify(goalsDocument()));
      expect($<HTMLTextAreaElement>(element, '#snippet').value).to.contain(
        '<script type="application/json">',
      );
      expect(win.cspViolations).to.deep.equal([]);
      const response = await fetch('/test/csp/builder-page.html');
      expect(response.headers.get('Content-Security-Policy')).to.contain(
        "require-trusted-types-for 'script'",
      );
    } finally {
      frame.remove();
    }
  });
});
