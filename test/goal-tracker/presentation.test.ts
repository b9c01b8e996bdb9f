import { expect, waitUntil } from '@open-wc/testing';
import '@koop/goal-tracker/koop-goal-tracker.js';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import { shadow } from '../support/helpers.js';
import { runPresentationSuite } from '../support/presentation-suite.js';

/** The tracker with every goal and every table open. */
async function fullyOpenTracker(container: HTMLElement): Promise<KoopGoalTracker> {
  const element = document.createElement('koop-goal-tracker');
  element.src = '/demo/data/ko-produktion.json';
  container.append(element);
  await waitUntil(() => element.document, 'loaded', { timeout: 5000 });
  element.expandAll();
  await element.updateComplete;
  for (const toggle of shadow(element).querySelectorAll<HTMLButtonElement>('.table-toggle')) toggle.click();
  await element.updateComplete;
  return element;
}

runPresentationSuite<KoopGoalTracker>({
  tag: 'koop-goal-tracker',
  render: fullyOpenTracker,
  narrow: {
    // Only a table may be wider, inside its own scrolling region.
    mayOverflow: (el) => el.closest('.table-wrap') !== null,
    after(element) {
      const region = shadow(element).querySelector<HTMLElement>('.table-wrap')!;
      expect(region.tabIndex).to.equal(0);
      expect(getComputedStyle(region).overflowX).to.equal('auto');
    },
  },
  forcedColors(element) {
    // Progress, status and outlines stay visible.
    const root = shadow(element);
    const fill = getComputedStyle(root.querySelector('.bar .fill')!).fill;
    const track = getComputedStyle(root.querySelector('.bar .track')!).fill;
    expect(fill).not.to.equal(track);
    expect(getComputedStyle(root.querySelector('.chart .line')!).stroke).not.to.equal('none');
    expect(getComputedStyle(root.querySelector('.goal')!).borderTopStyle).to.equal('solid');
  },
  em(element) {
    // The page's font, at the host's size, for the text and the buttons.
    const summary = shadow(element).querySelector('.summary')!;
    expect(getComputedStyle(summary).fontFamily).to.contain('Georgia');
    expect(parseFloat(getComputedStyle(summary).fontSize)).to.equal(18);
    const button = shadow(element).querySelector('button')!;
    expect(parseFloat(getComputedStyle(button).fontSize)).to.equal(18);
  },
  reducedMotion(element) {
    const chevron = shadow(element).querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
  },
  focus: {
    after(_, focused) {
      expect(focused.textContent).to.contain('Alle aufklappen');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    },
  },
});
