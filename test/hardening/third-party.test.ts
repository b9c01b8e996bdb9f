// No third-party traffic: a page with every widget (inside <koop-data> and standalone), whose
// documents point every URL field at other hosts, requests nothing but its two documents and
// the kit's own modules, whatever the reader opens, switches or exports.
import { expect, waitUntil } from '@open-wc/testing';

const DOCUMENTS = ['/__koop/foreign/ko-produktion.json', '/__koop/foreign/equal-strategien.json'];

interface Recorded {
  violations: { directive: string; blocked: string }[];
  resources: { name: string; initiatorType: string }[];
}

async function requestCount(file: string): Promise<number> {
  return (await fetch(`/__koop/count/foreign-${file}`)).json();
}

async function openPage(
  query = '',
): Promise<{ recorded: Recorded; states: string[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/hardening/third-party.html${query}`;
  frame.style.width = '1000px';
  frame.style.height = '800px';
  document.body.append(frame);
  const win = () => frame.contentWindow as Window & { thirdPartyDone?: any; recorded: Recorded };
  await waitUntil(() => win()?.thirdPartyDone, 'page finished', { timeout: 40_000 });
  const done = win().thirdPartyDone;
  expect(done.error, 'page script').to.equal(undefined);
  return { recorded: win().recorded, states: done.states, frame };
}

/** What each request is: a named document, a module of the kit, or anything else. */
function classify({ name, initiatorType }: { name: string; initiatorType: string }) {
  const url = new URL(name, location.href);
  if (url.origin !== location.origin) return 'other host';
  if (DOCUMENTS.includes(url.pathname))
    return initiatorType === 'fetch' ? 'document' : 'document, not fetched';
  if (['fetch', 'xmlhttprequest', 'beacon'].includes(initiatorType)) return 'other fetch';
  if (/\.(m?[jt]s)$/.test(url.pathname) || url.pathname.startsWith('/__web-dev-server'))
    return initiatorType === 'script' || initiatorType === 'other' || initiatorType === 'link'
      ? 'module'
      : `module as ${initiatorType}`;
  return `unexpected ${initiatorType}`;
}

describe('no third-party traffic', function () {
  this.timeout(60_000);

  it('requests only the named documents (once each) and the kit’s own modules', async () => {
    const before = await Promise.all(['ko-produktion', 'equal-strategien'].map(requestCount));
    const { recorded, states, frame } = await openPage();
    try {
      expect(states).to.have.length(10);
      expect(states.filter((s) => !s.endsWith('ready'))).to.deep.equal([]);
      expect(recorded.violations, 'blocked requests to other hosts').to.deep.equal([]);
      const classes = recorded.resources.map((entry) => ({ ...entry, kind: classify(entry) }));
      const unexpected = classes.filter((entry) => !['document', 'module'].includes(entry.kind));
      expect(unexpected).to.deep.equal([]);
      const documents = classes
        .filter((entry) => entry.kind === 'document')
        .map((e) => new URL(e.name).pathname);
      expect(documents.sort()).to.deep.equal([...DOCUMENTS].sort());
      // Lazily loaded parts of the kit came from this origin too (English strings, views).
      expect(classes.some((e) => e.kind === 'module' && /strings\.en/.test(e.name))).to.equal(true);
      const after = await Promise.all(['ko-produktion', 'equal-strategien'].map(requestCount));
      expect(
        after.map((n, i) => n - before[i]),
        'requests per document',
      ).to.deep.equal([1, 1]);
    } finally {
      frame.remove();
    }
  });

  it('would notice a request to another host (the recording works)', async () => {
    const { recorded, frame } = await openPage('?canary');
    try {
      expect(recorded.violations.map((v) => v.blocked)).to.include('https://evil.example/canary.png');
    } finally {
      frame.remove();
    }
  });
});
