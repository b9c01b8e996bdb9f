import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/core/koop-data.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import { KoopGoalTracker } from '@koop/goal-tracker';
import { clearDocumentCache, type KoopDataElement } from '@koop/core';
import { goalsDocument } from '../fixtures/documents.js';
import {
  freshCache,
  nextError,
  nextLoad,
  requestCount,
  shadow,
  textOf,
  uniqueName,
} from '../support/helpers.js';

type Tracker = KoopGoalTracker;

async function loaded(element: Tracker) {
  await waitUntil(() => element.document !== undefined, 'document loaded', { timeout: 5000 });
  await element.updateComplete;
}

async function failed(element: Tracker) {
  await waitUntil(() => shadow(element).querySelector('[role="alert"]'), 'error shown', { timeout: 5000 });
  await element.updateComplete;
  return shadow(element).querySelector('[role="alert"]')!;
}

describe('loading a document', () => {
  freshCache();

  it('takes the document from the data property and fires koop-load', async () => {
    const element = document.createElement('koop-goal-tracker');
    const load = nextLoad(element);
    element.data = goalsDocument();
    document.body.append(element);
    const event = await load;
    expect(event.detail.document.cooperation.name).to.deep.equal({ de: 'Testverbund', en: 'Test network' });
    await element.updateComplete;
    expect(textOf(element)).to.contain('Gemeinsam planen');
    element.remove();
  });

  it('takes the document from an inline JSON script', async () => {
    const json = JSON.stringify(goalsDocument());
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker
        ><script type="application/json">
          ${json}
        </script></koop-goal-tracker
      >`,
    );
    await element.updateComplete;
    expect(element.document?.cooperation.type).to.equal('cooperation');
    expect(textOf(element)).to.contain('Mehr Mitsprache');
  });

  it('loads src, showing the loading state without announcing a load the reader did not ask for', async () => {
    const name = uniqueName();
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker src="/__koop/slow/${name}?ms=300"></koop-goal-tracker>`,
    );
    const status = shadow(element).querySelector('[role="status"]')!;
    expect(shadow(element).querySelector('.loading')!.textContent).to.contain('Daten werden geladen');
    expect(status.textContent!.trim()).to.equal('');
    await loaded(element);
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    expect(shadow(element).querySelector('.loading')).to.equal(null);
    expect(status.textContent!.trim()).to.equal('');
  });

  it('announces a load the reader asked for: the retry after a failure, keeping focus in the widget', async () => {
    const name = uniqueName();
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker src="/__koop/sequence/${name}?steps=500,ok"></koop-goal-tracker>`,
    );
    const alert = await failed(element);
    const status = shadow(element).querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.contain('Erneut versuchen');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    // The button went with the error: focus waits in the widget, not on the page.
    expect(document.activeElement === element, 'focus stays in the widget').to.equal(true);
    expect(
      shadow(element).activeElement === shadow(element).querySelector('[part~="base"]'),
      'focus on the widget box',
    ).to.equal(true);
    await loaded(element);
    expect(status.textContent).to.contain('Daten geladen: Strategien für die Zukunft');
    expect(document.activeElement === element, 'focus stays in the widget').to.equal(true);
    expect(
      shadow(element).activeElement === shadow(element).querySelector('[part~="base"]'),
      'focus on the widget box',
    ).to.equal(true);
  });

  it('announces the load once per <koop-data>, and only when the reader asked for it', async () => {
    const name = uniqueName();
    const data = await fixture<KoopDataElement>(
      html`<koop-data src="/__koop/sequence/${name}?steps=ok,changed">
        <koop-goal-tracker></koop-goal-tracker>
        <koop-goal-tracker goal="g-stabilisierung"></koop-goal-tracker>
        <koop-data .data=${goalsDocument()}><koop-goal-tracker></koop-goal-tracker></koop-data>
      </koop-data>`,
    );
    const trackers = [...data.querySelectorAll('koop-goal-tracker')];
    for (const tracker of trackers) await loaded(tracker);
    const spoken = () => trackers.map((t) => shadow(t).querySelector('[role="status"]')!.textContent!.trim());
    expect(spoken()).to.deep.equal(['', '', '']);
    const load = nextLoad(data);
    data.reload();
    await load;
    for (const tracker of trackers) await tracker.updateComplete;
    expect(spoken()).to.deep.equal(['Daten geladen: Geänderter Name', '', '']);
  });

  it('shares one request among widgets naming the same src', async () => {
    const name = uniqueName();
    const container = await fixture(
      html`<div>
        <koop-goal-tracker src="/__koop/doc/${name}"></koop-goal-tracker>
        <koop-goal-tracker src="/__koop/doc/${name}"></koop-goal-tracker>
        <koop-goal-tracker src="/__koop/doc/${name}" goal="none"></koop-goal-tracker>
      </div>`,
    );
    const trackers = [...container.querySelectorAll('koop-goal-tracker')];
    for (const tracker of trackers) await loaded(tracker);
    expect(await requestCount(name)).to.equal(1);
  });

  it('shares the document of an enclosing <koop-data> with one request', async () => {
    const name = uniqueName();
    const data = await fixture<KoopDataElement>(
      html`<koop-data src="/__koop/doc/${name}">
        <koop-goal-tracker></koop-goal-tracker>
        <section><koop-goal-tracker lang="en"></koop-goal-tracker></section>
      </koop-data>`,
    );
    const [german, english] = [...data.querySelectorAll('koop-goal-tracker')];
    await loaded(german);
    await loaded(english);
    expect(german.document).to.equal(english.document);
    expect(data.document).to.equal(german.document);
    expect(await requestCount(name)).to.equal(1);
    expect(textOf(english)).to.contain('Goals');
  });

  it('lets a widget inside <koop-data> use its own src instead', async () => {
    const data = await fixture<KoopDataElement>(
      html`<koop-data .data=${goalsDocument()}>
        <koop-goal-tracker src="/__koop/status/404"></koop-goal-tracker>
      </koop-data>`,
    );
    const tracker = data.querySelector('koop-goal-tracker')!;
    const alert = await failed(tracker);
    expect(alert.textContent).to.contain('404');
  });

  it('honours properties set before the element is defined', async () => {
    const tag = `koop-late-${uniqueName()}`;
    const element = document.createElement(tag) as Tracker;
    element.data = goalsDocument();
    element.goal = 'shared';
    document.body.append(element);
    customElements.define(tag, class extends KoopGoalTracker {});
    await (element as Tracker).updateComplete;
    expect(element.document).to.exist;
    expect(shadow(element).querySelector('[role="heading"]')!.textContent).to.contain('Gemeinsam planen');
    element.remove();
  });

  it('keeps showing its document while the warnings of a new one are put into words', async () => {
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker .data=${goalsDocument()}></koop-goal-tracker>`,
    );
    const next = goalsDocument();
    next.goals![1].owners = ['niemand'];
    element.data = next;
    await element.updateComplete;
    expect(shadow(element).querySelector('.loading')).to.equal(null);
    expect(textOf(element)).to.contain('Mehr Mitsprache');
    // A reference to nothing: an error the widget lives with, shown in a notice.
    await waitUntil(() => textOf(element).includes('Die Daten enthalten einen Fehler'), 'notice shown');
    expect(textOf(element)).to.contain('Mehr Mitsprache');
  });

  it('shows a polite hint when no document is named', async () => {
    const element = await fixture<Tracker>(html`<koop-goal-tracker></koop-goal-tracker>`);
    expect(textOf(element)).to.contain('src');
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('failures', () => {
  freshCache();

  // Each failure of a server, with the reason the reader is given (German, then English).
  const cases: [string, string, string, string][] = [
    [
      '/__koop/status/404',
      'http',
      'Das Dokument wurde nicht gefunden (HTTP 404).',
      'was not found (HTTP 404)',
    ],
    [
      '/__koop/status/500',
      'http',
      'Der Server hat mit einem Fehler geantwortet (HTTP 500).',
      'an error (HTTP 500)',
    ],
    [
      '/__koop/html',
      'not-json',
      'Statt JSON-Daten kam eine Webseite (HTML) zurück',
      'A web page (HTML) came back',
    ],
    ['/__koop/truncated', 'json', 'Das Dokument ist kein gültiges JSON.', 'is not valid JSON'],
    ['/__koop/empty', 'empty', 'Das Dokument ist leer.', 'The document is empty.'],
    [
      'http://127.0.0.1:9/koop.json',
      'network',
      'Der Server war nicht erreichbar (Netzwerkfehler).',
      'could not be reached',
    ],
    [
      '/__koop/redirect-loop/0',
      'redirect',
      'Der Server leitet die Anfrage weiter',
      'The server redirects the request',
    ],
    [
      '/__koop/huge/h1?mb=20',
      'too-large',
      'Das Dokument ist zu groß (mehr als 10 MB).',
      'too large (over 10 MB)',
    ],
    [
      '/__koop/huge/h2?mb=20&length=1',
      'too-large',
      'Das Dokument ist zu groß (mehr als 10 MB).',
      'too large (over 10 MB)',
    ],
  ];
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    uncaught.length = 0;
  });

  for (const [src, kind, german, english] of cases) {
    it(`reports ${kind} (${src}) inside the widget and as koop-error, in German and English`, async () => {
      for (const lang of ['de', 'en']) {
        clearDocumentCache();
        const element = document.createElement('koop-goal-tracker');
        element.lang = lang;
        const error = nextError(element);
        element.src = src;
        document.body.append(element);
        const event = await error;
        expect(event.detail.kind).to.equal(kind);
        expect(event.detail.stale).to.equal(false);
        const alert = await failed(element);
        expect(alert.textContent).to.contain(lang === 'de' ? german : english);
        element.remove();
      }
    });
  }

  it('gives each failure a message of its own', async () => {
    const distinct = new Map<string, string>();
    for (const [, kind, german] of cases) distinct.set(german, kind);
    // Only the two sizes (announced and streamed) share one: it is the same failure.
    expect(distinct.size).to.equal(cases.length - 1);
  });

  it('refuses a 20 MB document quickly, without reading it all or stalling the page', async () => {
    for (const query of ['mb=20', 'mb=20&length=1', 'mb=200']) {
      clearDocumentCache();
      const element = document.createElement('koop-goal-tracker');
      const error = nextError(element);
      element.src = `/__koop/huge/${uniqueName('huge')}?${query}`;
      let longest = 0;
      let last = performance.now();
      let ticking = true;
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (ticking) setTimeout(tick, 10);
      };
      tick();
      const start = performance.now();
      document.body.append(element);
      expect((await error).detail.kind, query).to.equal('too-large');
      ticking = false;
      expect(performance.now() - start, `${query}: time to refuse`).to.be.below(4000);
      expect(longest, `${query}: longest stall of the page`).to.be.below(500);
      element.remove();
    }
  });

  it('gives up after the timeout', async () => {
    const element = document.createElement('koop-goal-tracker');
    const error = nextError(element);
    element.timeout = 200;
    element.src = `/__koop/slow/${uniqueName()}?ms=3000`;
    document.body.append(element);
    expect((await error).detail.kind).to.equal('timeout');
    expect((await failed(element)).textContent).to.contain('Zeitüberschreitung');
    element.remove();
  });

  it('lists every problem of an invalid document with its path, in the page language', async () => {
    const doc = goalsDocument() as unknown as Record<string, any>;
    doc.goals[3].indicators[0].target.value = 'hundert';
    doc.goals[3].indicators[0].baseline = { value: false };
    delete doc.cooperation.name;
    const element = document.createElement('koop-goal-tracker');
    element.lang = 'en';
    const error = nextError(element);
    element.data = doc;
    document.body.append(element);
    const event = await error;
    expect(event.detail.kind).to.equal('invalid');
    const paths = event.detail.problems.map((p) => p.path);
    expect(paths).to.include.members(['cooperation.name', 'goals[3].indicators[0].baseline.value']);
    const alert = await failed(element);
    const items = [...alert.querySelectorAll('ol.problems:not(details ol) > li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    // Where in words, for the reader; the JSON path in a disclosure, for the data's maintainer.
    expect(items, JSON.stringify(items)).to.include('Cooperation › Name: is missing (required)');
    const shownPaths = [...alert.querySelectorAll('[part="data-paths"] li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(shownPaths).to.include('cooperation.name');
    expect(alert.textContent).to.contain('does not follow the Koop format');
    element.remove();
  });

  it('says so when the document needs a newer version of the kit', async () => {
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker .data=${{ ...goalsDocument(), schemaVersion: '3.0' }}></koop-goal-tracker>`,
    );
    const alert = await failed(element);
    expect(alert.textContent).to.contain('neuere Version');
    expect(alert.textContent).to.contain('schemaVersion');
  });

  it('keeps other widgets on the page working', async () => {
    const container = await fixture(
      html`<div>
        <koop-goal-tracker src="/__koop/status/500"></koop-goal-tracker>
        <koop-goal-tracker .data=${goalsDocument()}></koop-goal-tracker>
      </div>`,
    );
    const [broken, working] = container.querySelectorAll('koop-goal-tracker');
    await failed(broken);
    await working.updateComplete;
    expect(textOf(working)).to.contain('Gemeinsam planen');
  });

  it('offers to try again after a network failure', async () => {
    const name = uniqueName();
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker src="/__koop/sequence/${name}?steps=503,ok"></koop-goal-tracker>`,
    );
    const alert = await failed(element);
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.contain('Erneut versuchen');
    const load = nextLoad(element);
    retry.click();
    await load;
    await element.updateComplete;
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('refresh', () => {
  freshCache();

  it('keeps the last good data when a refresh fails, with a quiet notice', async () => {
    const name = uniqueName();
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker
        refresh="1"
        src="/__koop/sequence/${name}?steps=ok,500,invalid,changed"
      ></koop-goal-tracker>`,
    );
    await loaded(element);
    const first = element.document;

    let event = await nextError(element);
    expect(event.detail).to.include({ kind: 'http', status: 500, stale: true });
    await element.updateComplete;
    expect(element.document).to.equal(first);
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    expect(shadow(element).querySelector('[part="stale-notice"]')!.textContent).to.contain('HTTP 500');
    expect(textOf(element)).to.contain('Gemeinsam');

    event = await nextError(element);
    expect(event.detail).to.include({ kind: 'invalid', stale: true });
    expect(element.document).to.equal(first);

    const load = await nextLoad(element);
    expect(load.detail.document.cooperation.name).to.equal('Geänderter Name');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="stale-notice"]')).to.equal(null);
    element.refresh = null;
  });

  it('keeps the last good data through every kind of failed refresh, each with its own notice', async () => {
    const name = uniqueName();
    const steps = [
      'ok',
      '404',
      '500',
      'html',
      'truncated',
      'empty',
      'redirect-loop',
      'huge',
      'slow',
      'invalid',
    ];
    // After a failed request the loader asks once more without following redirects: the
    // redirect step answers both.
    const requests = steps.flatMap((step) => (step === 'redirect-loop' ? [step, step] : [step]));
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker
        timeout="1000"
        src="/__koop/sequence/${name}?steps=${requests.join(',')}"
      ></koop-goal-tracker>`,
    );
    await loaded(element);
    const first = element.document;
    const notices = new Set<string>();
    const kinds: string[] = [];
    for (const step of steps.slice(1)) {
      const error = nextError(element);
      element.reload();
      const event = await error;
      kinds.push(event.detail.kind);
      expect(event.detail.stale, step).to.equal(true);
      await element.updateComplete;
      expect(element.document, step).to.equal(first);
      expect(shadow(element).querySelector('[role="alert"]'), step).to.equal(null);
      expect(textOf(element), step).to.contain('Gemeinsam');
      const notice = shadow(element).querySelector('[part="stale-notice"]')!.textContent!.trim();
      expect(notice, step).to.contain('Angezeigt wird der letzte gültige Stand');
      notices.add(notice);
    }
    expect(kinds).to.deep.equal([
      'http',
      'http',
      'not-json',
      'json',
      'empty',
      'redirect',
      'too-large',
      'timeout',
      'invalid',
    ]);
    expect(notices.size, 'one notice per failure').to.equal(kinds.length);
  });

  it('shows a document that changes between refreshes, and only announces real changes', async () => {
    const name = uniqueName();
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker
        src="/__koop/sequence/${name}?steps=ok,changed,changed,added"
      ></koop-goal-tracker>`,
    );
    await loaded(element);
    expect(textOf(element)).not.to.contain('Geänderter Name');
    const loads: string[] = [];
    element.addEventListener('koop-load', (event) =>
      loads.push(String(event.detail.document.cooperation.name)),
    );
    element.reload();
    await waitUntil(() => loads.length === 1, 'changed document loaded');
    await element.updateComplete;
    expect(textOf(element)).to.contain('Geänderter Name');
    const changed = element.document;
    element.reload();
    while ((await requestCount(name)) < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loads, 'an unchanged body fires no koop-load').to.have.length(1);
    expect(element.document).to.equal(changed);
    element.reload();
    await waitUntil(() => loads.length === 2, 'document with a new entry loaded');
    expect(element.document!.entries![0].id).to.equal('neu-eingetroffen');
  });

  it('reloads on demand without losing what is shown', async () => {
    const name = uniqueName();
    const element = await fixture<Tracker>(
      html`<koop-goal-tracker src="/__koop/sequence/${name}?steps=ok,500"></koop-goal-tracker>`,
    );
    await loaded(element);
    const error = nextError(element);
    element.reload();
    expect((await error).detail.stale).to.equal(true);
    await element.updateComplete;
    expect(element.document).to.exist;
  });
});

describe('registration', () => {
  it('does not throw when a second copy registers the same tag', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => KoopGoalTracker.define('koop-goal-tracker')).not.to.throw();
      expect(() => class Copy extends KoopGoalTracker {}.define('koop-goal-tracker')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    // The same class again is silent; another copy's class warns, naming the tag, and the
    // first copy keeps it.
    expect(warnings).to.have.length(1);
    expect(String((warnings[0] as unknown[])[0])).to.contain('<koop-goal-tracker> is already registered');
    expect(customElements.get('koop-goal-tracker')).to.equal(KoopGoalTracker);
  });
});
