// The demo page as a reader meets it: what editors copy must itself be accessible.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMediaFeatures } from '../support/media.js';
import { openPage, type PageFrame } from '../support/page-frame.js';

type Widget = HTMLElement & { document?: unknown; updateComplete: Promise<unknown> };

let demo: PageFrame;
const page = () => demo.document;

/** Every element of the page, looking into the widgets' shadow roots. */
function deepElements(root: ParentNode = page()): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

/** The focused element, looking into shadow roots. */
function deepActive(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? (deepActive(active.shadowRoot) ?? active) : active;
}

/** Whether `node` lies inside `container`, across shadow roots. */
function inside(container: Element, node: Element | null): boolean {
  for (
    let n: Node | null = node;
    n;
    n = n.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (n as ShadowRoot).host : n.parentNode
  )
    if (n === container) return true;
  return false;
}

/** The widget (shadow host) an element belongs to, else the page. */
const ownerOf = (element: Element) => (element.getRootNode() as ShadowRoot).host?.localName ?? 'page';

/** The landmarks a screen reader lists: named regions, search forms, with their names. */
function landmarks(): { role: string; name: string }[] {
  const name = (element: Element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    const root = element.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ')
      : (element.getAttribute('aria-label') ?? '');
    return text.replace(/\s+/g, ' ').trim();
  };
  return deepElements()
    .map((element) => {
      const role =
        element.getAttribute('role') ??
        (element.localName === 'section' && name(element) ? 'region' : element.localName);
      return { role, name: name(element) };
    })
    .filter(({ role, name }) => (role === 'region' && name) || role === 'search');
}

const duplicates = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i);

describe('the demo page', function () {
  this.timeout(120_000);

  before(async () => {
    demo = await openPage('/demo/index.html', 1280, 900);
    expect(demo.widgets).to.have.length(15);
  });
  after(() => demo.remove());

  it('takes one tab stop per group of chips and toolbars in its first <koop-data> section', async () => {
    const data = page().querySelector('koop-data')!;
    const start = page().createElement('button');
    start.textContent = 'start';
    data.before(start);
    demo.frame.focus();
    start.focus();
    const stops: Element[] = [];
    for (;;) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive(page());
      if (!inside(data, active) || stops.length > 200) break;
      stops.push(active!);
    }
    start.remove();
    const perWidget = new Map<string, number>();
    for (const stop of stops) perWidget.set(ownerOf(stop), (perWidget.get(ownerOf(stop)) ?? 0) + 1);
    console.log(
      `Tab stops of the first <koop-data> section: ${stops.length}`,
      JSON.stringify([...perWidget]),
    );
    // Before: 84 (the map's 17 legend chips alone were 17 stops; the feed's 7 entry types, 7).
    const chips = stops.filter((stop) => stop.matches('.chip'));
    expect(chips, 'legend chips: one stop per group (sectors, relation types)').to.have.length(2);
    expect(stops.filter((stop) => stop.matches('fieldset.types input'))).to.have.length(1);
    expect(stops.length).to.be.below(70);
  });

  it('exposes each widget as one region named by what it shows, and no two landmarks alike', () => {
    const found = landmarks();
    const regions = found.filter((l) => l.role === 'region').map((l) => l.name);
    const searches = found.filter((l) => l.role === 'search').map((l) => l.name);
    // Fifteen widgets (and the page's own four sections, the directory's planning table); feed
    // months are headings, not regions.
    expect(regions, JSON.stringify(regions)).to.have.length.at.most(20);
    expect(duplicates(regions), 'region names').to.deep.equal([]);
    expect(searches).to.have.length(3);
    expect(duplicates(searches), 'search landmark names').to.deep.equal([]);
    expect(regions).to.include('Ziele – Alte Feuerwache');
    expect(regions).to.include('Ziele – EP Strategien für die Zukunft');
    expect(
      deepElements()
        .filter((e) => e.matches('.month'))
        .every((e) => e.localName !== 'section'),
    ).to.equal(true);
  });

  it('has no duplicate id, so every label points at one element', () => {
    const ids = [...page().querySelectorAll('[id]')].map((element) => element.id);
    expect(duplicates(ids)).to.deep.equal([]);
    const equal = page().querySelector<HTMLElement>('section#equal')!;
    const heading = page().getElementById(equal.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.contain('Strategien für die Zukunft');
  });

  it('does not announce the first load: no live region speaks until the reader asks for something', () => {
    const spoken = deepElements()
      .filter((element) => element.matches('[role="status"], [aria-live]'))
      .map((element) => element.textContent!.replace(/\s+/g, ' ').trim())
      .filter((text) => /Daten (werden )?geladen|Data loaded|Loading data/.test(text));
    expect(spoken).to.deep.equal([]);
  });

  it('has a favicon that loads', async () => {
    const icon = page().querySelector<HTMLLinkElement>('link[rel="icon"]')!;
    expect(icon).to.exist;
    expect((await fetch(icon.href)).ok).to.equal(true);
  });

  it('turns dark with the reader’s setting, around the widgets that follow it', async () => {
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/\d+/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const background = () => getComputedStyle(page().documentElement).backgroundColor;
    const auto = page().querySelector<Widget>('[theme="auto"]')!;
    const autoBackground = () =>
      getComputedStyle(auto.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
    expect(luminance(background())).to.be.above(0.8);
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    try {
      expect(luminance(background())).to.be.below(0.2);
      expect(luminance(autoBackground())).to.be.below(0.2);
      const text = getComputedStyle(page().querySelector('main p')!).color;
      expect(luminance(text)).to.be.above(0.7);
    } finally {
      await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }
  });
});
