import { expect, waitUntil } from '@open-wc/testing';
import '@koop/cooperation-summary/koop-cooperation-summary.js';
import type { KoopCooperationSummary } from '@koop/cooperation-summary';
import type { KoopDocument } from '@koop/schema';
import { demoDocument, shadow } from '../support/helpers.js';
import { runPresentationSuite } from '../support/presentation-suite.js';

/** The co-production with every line linked, so there is something to reach by keyboard. */
async function summary(container: HTMLElement, doc?: KoopDocument): Promise<KoopCooperationSummary> {
  const element = document.createElement('koop-cooperation-summary');
  for (const condition of ['goals', 'indicators', 'activities', 'communication', 'backbone'])
    element.setAttribute(`${condition}-href`, `#${condition}`);
  element.data = doc ?? (await demoDocument('ko-produktion'));
  container.append(element);
  await waitUntil(() => shadow(element).querySelector('.summary'), 'rendered');
  await element.updateComplete;
  return element;
}

runPresentationSuite<KoopCooperationSummary>({
  tag: 'koop-cooperation-summary',
  render: summary,
  narrow: {
    // A long unbroken name and milestone title wrap, in a row layout too.
    async render(container) {
      const doc = await demoDocument('ko-produktion');
      doc.cooperation.name = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung'.repeat(2);
      doc.milestones!.forEach((m) => (m.title = 'Nachbarschaftshausbetriebsvereinbarungsentwurf'.repeat(2)));
      const element = await summary(container, doc);
      element.layout = 'row';
      await element.updateComplete;
      return element;
    },
  },
  forcedColors(element) {
    const line = getComputedStyle(shadow(element).querySelector('.condition')!);
    expect(line.borderTopStyle).to.equal('solid');
    expect(line.borderTopColor).not.to.equal(line.backgroundColor);
    // The status icon is drawn in the text colour.
    const icon = getComputedStyle(shadow(element).querySelector('.status .icon')!);
    expect(icon.fill).not.to.equal(line.backgroundColor);
  },
  focus: {
    after(_, focused) {
      expect(focused.textContent).to.equal('Gemeinsame Ziele');
    },
  },
});
