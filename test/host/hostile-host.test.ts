import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@koop/kit/koop.js';
import { shadow } from '../support/helpers.js';

// A host page that does everything a CMS theme does wrong (see hostile-host.css): 62.5 % root
// size, a dark body, and global rules for *, p, button, table, a, ul and svg.

const widgets = [
  ['koop-goal-tracker', '.tracker'],
  ['koop-transparency-feed', 'article'],
  ['koop-milestone-timeline', 'svg, .list'],
  ['koop-role-matrix', 'table, [part~="actor"]'],
  ['koop-partner-map', 'svg'],
  ['koop-cooperation-summary', '.summary'],
] as const;

const HOST_PINK = 'rgb(255, 0, 170)';
const HOST_LINK = 'rgb(27, 27, 27)';

before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./hostile-host.css', import.meta.url).href;
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

async function render(tag: string, ready: string, theme = 'light') {
  const container = await fixture(
    html`<div class="content">
      <p>Ein Absatz der Seite.</p>
      ${document
        .createRange()
        .createContextualFragment(`<${tag} src="/demo/data/ko-produktion.json" theme="${theme}"></${tag}>`)}
    </div>`,
  );
  const element = container.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `${tag} rendered`, { timeout: 8000 });
  await element.updateComplete;
  return element;
}

/** Elements of the widget that hold text of their own. */
const textElements = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('*')].filter(
    (el) =>
      el.checkVisibility() &&
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );

describe('widgets on a hostile host page', () => {
  for (const [tag, ready] of widgets) {
    describe(`<${tag}>`, () => {
      it('keeps its own type size, case, spacing and line height', async () => {
        const element = await render(tag, ready);
        const base = shadow(element).querySelector('[part~="base"]')!;
        const style = getComputedStyle(base);
        // body is 1.6rem = 16 px; the widget sizes in em, so the root's 62.5 % does not shrink it.
        expect(style.fontSize).to.equal('16px');
        expect(style.textTransform).to.equal('none');
        expect(style.letterSpacing).to.equal('normal');
        expect(parseFloat(style.lineHeight)).to.be.greaterThan(20);
        const tooSmall = textElements(shadow(element))
          .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
          .map((el) => `${el.localName}.${el.className}: ${getComputedStyle(el).fontSize}`);
        expect(tooSmall).to.deep.equal([]);
      });

      it('keeps its buttons, links, lists and graphics out of the page’s global rules', async () => {
        const element = await render(tag, ready);
        const root = shadow(element);
        for (const button of root.querySelectorAll('button')) {
          if (!button.checkVisibility()) continue;
          const style = getComputedStyle(button);
          expect(style.backgroundColor).not.to.equal(HOST_PINK);
          expect(style.color).not.to.equal(HOST_PINK);
          expect(parseFloat(style.fontSize)).to.be.at.least(12);
        }
        for (const link of root.querySelectorAll('a')) {
          expect(getComputedStyle(link).color).not.to.equal(HOST_LINK);
          expect(getComputedStyle(link).textDecorationLine).to.contain('underline');
        }
        for (const list of root.querySelectorAll('ul, ol'))
          expect(getComputedStyle(list).display).not.to.equal('inline');
        for (const svg of root.querySelectorAll('svg'))
          expect(getComputedStyle(svg).display).not.to.equal('none');
      });

      it('passes axe (contrast included) on the dark page, in its light and dark theme', async () => {
        await expect(await render(tag, ready, 'light')).to.be.accessible();
        await expect(await render(tag, ready, 'dark')).to.be.accessible();
      });

      it('fits 320 px', async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const element = await render(tag, ready);
          const base = shadow(element).querySelector<HTMLElement>('[part~="base"]')!;
          expect(base.getBoundingClientRect().right).to.be.at.most(321);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    });
  }
});
