import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMediaFeatures } from './media.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Check<W> = (element: W) => unknown;

/** What a widget tells the presentation suite; every hook runs after the shared checks. */
export interface PresentationSuite<W extends Widget> {
  tag: string;
  /** Renders the widget, settled, into `container` (a fresh <div> in the page). */
  render(container: HTMLElement): Promise<W>;
  narrow?: {
    /** A harder document for 320 px (long words, URLs); default `render`. */
    render?(container: HTMLElement): Promise<W>;
    /** May open details before the overflow is measured, and check the narrow layout. */
    before?: Check<W>;
    /** Elements that may reach further, e.g. inside a region that scrolls on its own. */
    mayOverflow?(element: Element): boolean;
    after?: Check<W>;
  };
  /** Extra checks in forced colours (on the default rendering). */
  forcedColors?: Check<W>;
  /** Extra checks with the page at 62.5 % and the host's text at 18 px Georgia. */
  em?: Check<W>;
  /** Texts sized some other way that follows the host font (e.g. in map units, scaled by a camera). */
  sizedOtherwise?(element: Element): boolean;
  /** Extra checks when the reader prefers reduced motion. */
  reducedMotion?: Check<W>;
  focus?: {
    /** Reaches the first focus stop by keyboard from a button before the widget (default: one Tab). */
    reach?(element: W, before: HTMLButtonElement): Promise<Element>;
    /** The element that draws the focus indicator (default: the focused one). */
    indicator?(focused: Element, element: W): Element;
    after?(element: W, focused: Element): unknown;
  };
}

/** Everything the widget renders (its shadow tree). */
const all = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')];
const base = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A focus indicator one can see: an outline, or (in SVG) a stroke, at least 2 px wide. */
function expectVisibleIndicator(indicator: Element, what: string) {
  const style = getComputedStyle(indicator);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 1;
  const stroke = style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2;
  expect(
    outline || stroke,
    `${what}: outline ${style.outlineStyle} ${style.outlineWidth}, stroke ${style.stroke} ${style.strokeWidth}`,
  ).to.equal(true);
}

/**
 * The presentation every Koop widget promises, run against each of them: it fits 320 px, stays
 * legible in forced colours, sizes in em of the host's font, shows where keyboard focus is and
 * holds still for readers who prefer reduced motion.
 */
export function runPresentationSuite<W extends Widget>(suite: PresentationSuite<W>): void {
  const { tag } = suite;
  let container: HTMLElement;
  const render = (how = suite.render) => how.call(suite, container);

  /** Tabs into the widget and returns the element with focus and the one drawing its ring. */
  async function keyboardFocus(element: W) {
    const before = document.createElement('button');
    before.textContent = 'vorher';
    container.before(before);
    before.focus();
    try {
      let focused: Element | null;
      if (suite.focus?.reach) focused = await suite.focus.reach(element, before);
      else {
        await sendKeys({ press: 'Tab' });
        focused = element.shadowRoot!.activeElement;
      }
      expect(focused, 'focus inside the widget').to.be.instanceOf(Element);
      const indicator = suite.focus?.indicator?.(focused!, element) ?? focused!;
      return { focused: focused!, indicator };
    } finally {
      before.remove();
    }
  }

  describe(`${tag}: the presentation suite`, () => {
    // The container goes only before the next test: a widget's own `fixture` (given the container
    // as its parent) removes it itself after each test, and would fail on one removed already.
    beforeEach(() => {
      container?.remove();
      container = document.createElement('div');
      document.body.append(container);
    });
    after(() => container.remove());

    afterEach(async () => {
      container.replaceChildren();
      document.documentElement.style.fontSize = '';
      await emulateMediaFeatures([
        { name: 'forced-colors', value: 'none' },
        { name: 'prefers-reduced-motion', value: 'no-preference' },
      ]);
      await setViewport({ width: 800, height: 600 });
    });

    it('fits 320 px without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await render(suite.narrow?.render);
      await suite.narrow?.before?.(element);
      const wide = all(element)
        .filter((el) => el.getBoundingClientRect().right > 321 && !suite.narrow?.mayOverflow?.(el))
        .map(
          (el) =>
            `${el.tagName}.${el.getAttribute('class') ?? ''} ${Math.round(el.getBoundingClientRect().right)}`,
        );
      expect(wide.slice(0, 8), 'elements beyond 320 px').to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(base(element).scrollWidth).to.be.at.most(base(element).clientWidth);
      await expect(element).to.be.accessible();
      await suite.narrow?.after?.(element);
    });

    it('stays legible in forced colours: a frame, text apart from its background, a visible focus ring', async () => {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const element = await render();
      expect(getComputedStyle(base(element)).borderTopStyle).to.equal('solid');
      // Text apart from its background, also where a widget paints system colours itself.
      const unreadable = [base(element), ...all(element)]
        .filter((el) => {
          const style = getComputedStyle(el);
          return style.color === style.backgroundColor;
        })
        .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
      expect(unreadable, 'text in its background colour').to.deep.equal([]);
      await expect(element).to.be.accessible();
      await suite.forcedColors?.(element);
      const { indicator } = await keyboardFocus(element);
      expectVisibleIndicator(indicator, 'focus in forced colours');
    });

    it('sizes in em of the host font, also under html { font-size: 62.5% }', async () => {
      document.documentElement.style.fontSize = '62.5%';
      container.style.fontSize = '18px';
      container.style.fontFamily = 'Georgia, serif';
      const element = await render();
      await frame();
      const style = getComputedStyle(base(element));
      expect(style.fontFamily).to.contain('Georgia');
      expect(parseFloat(style.fontSize)).to.equal(18);
      // Twice the host font, twice every text: nothing is sized in rem or px.
      const before = all(element).map((el) => parseFloat(getComputedStyle(el).fontSize));
      container.style.fontSize = '36px';
      await frame();
      await element.updateComplete;
      const fixed = all(element)
        .map((el, i) => ({ el, was: before[i], now: parseFloat(getComputedStyle(el).fontSize) }))
        .filter(({ el, was, now }) => Math.abs(now - 2 * was) > 0.5 && !suite.sizedOtherwise?.(el))
        .map(({ el, was, now }) => `${el.tagName}.${el.getAttribute('class') ?? ''} ${was} → ${now}px`);
      expect(fixed.slice(0, 8), 'texts that do not follow the host font').to.deep.equal([]);
      container.style.fontSize = '18px';
      await frame();
      await element.updateComplete;
      await suite.em?.(element);
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const element = await render();
      const { focused, indicator } = await keyboardFocus(element);
      expectVisibleIndicator(indicator, 'focus');
      await suite.focus?.after?.(element, focused);
    });

    it('neither animates nor transitions when the reader prefers reduced motion', async () => {
      await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const element = await render();
      const moving = [element, ...all(element)]
        .filter((el) => {
          const style = getComputedStyle(el);
          const animated = style.animationName !== 'none' && style.animationDuration !== '0s';
          const transitions = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          return animated || transitions;
        })
        .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
      expect(moving.slice(0, 8), 'animated elements').to.deep.equal([]);
      await suite.reducedMotion?.(element);
    });
  });
}
