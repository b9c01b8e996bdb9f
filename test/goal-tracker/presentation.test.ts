import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@koop/goal-tracker/koop-goal-tracker.js';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import { emulateMediaFeatures } from '../support/media.js';
import { shadow } from '../support/helpers.js';

async function fullyOpenTracker(): Promise<KoopGoalTracker> {
  const element = await fixture<KoopGoalTracker>(
    html`<koop-goal-tracker src="/demo/data/ko-produktion.json"></koop-goal-tracker>`,
  );
  await waitUntil(() => element.document, 'loaded', { timeout: 5000 });
  element.expandAll();
  await element.updateComplete;
  for (const toggle of shadow(element).querySelectorAll<HTMLButtonElement>('.table-toggle')) toggle.click();
  await element.updateComplete;
  return element;
}

describe('<koop-goal-tracker> presentation', () => {
  afterEach(async () => {
    await emulateMediaFeatures([
      { name: 'forced-colors', value: 'none' },
      { name: 'prefers-reduced-motion', value: 'no-preference' },
    ]);
    await setViewport({ width: 800, height: 600 });
  });

  it('does not scroll sideways at 320 px, even fully opened', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fullyOpenTracker();
    // Only a table may be wider, inside its own scrolling region.
    const wide = [...shadow(element).querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > 321 && !el.closest('.table-wrap'))
      .map(
        (el) =>
          `${el.tagName}.${el.getAttribute('class') ?? ''} ${Math.round(el.getBoundingClientRect().right)}`,
      );
    expect(wide.slice(0, 8), 'elements beyond 320 px').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const base = shadow(element).querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const region = shadow(element).querySelector<HTMLElement>('.table-wrap')!;
    expect(region.tabIndex).to.equal(0);
    expect(getComputedStyle(region).overflowX).to.equal('auto');
    await expect(element).to.be.accessible();
  });

  it('inherits the page font and sizes in em (a CMS with html { font-size: 62.5% })', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture(
        html`<div class="page-text">
          <koop-goal-tracker src="/demo/data/ko-produktion.json"></koop-goal-tracker>
        </div>`,
      );
      (wrapper as HTMLElement).style.fontSize = '18px';
      (wrapper as HTMLElement).style.fontFamily = 'Georgia, serif';
      const element = wrapper.querySelector('koop-goal-tracker')!;
      await waitUntil(() => element.document, 'loaded', { timeout: 5000 });
      await element.updateComplete;
      const summary = shadow(element).querySelector('.summary')!;
      expect(getComputedStyle(summary).fontFamily).to.contain('Georgia');
      expect(parseFloat(getComputedStyle(summary).fontSize)).to.equal(18);
      const button = shadow(element).querySelector('button')!;
      expect(parseFloat(getComputedStyle(button).fontSize)).to.equal(18);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps progress, status and outlines visible in forced-colors mode', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const element = await fullyOpenTracker();
    const root = shadow(element);
    const fill = getComputedStyle(root.querySelector('.bar .fill')!).fill;
    const track = getComputedStyle(root.querySelector('.bar .track')!).fill;
    expect(fill).not.to.equal(track);
    expect(getComputedStyle(root.querySelector('.chart .line')!).stroke).not.to.equal('none');
    expect(getComputedStyle(root.querySelector('.goal')!).borderTopStyle).to.equal('solid');
    await expect(element).to.be.accessible();
  });

  it('does not animate when the reader prefers reduced motion', async () => {
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const element = await fullyOpenTracker();
    const chevron = shadow(element).querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const element = await fullyOpenTracker();
    const before = document.createElement('button');
    before.textContent = 'vorher';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(element).activeElement as HTMLElement;
    expect(focused.textContent).to.contain('Alle aufklappen');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
  });
});
