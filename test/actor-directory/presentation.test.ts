import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/actor-directory/koop-actor-directory.js';
import type { KoopActorDirectory } from '@koop/actor-directory';
import { directoryDocument } from '../fixtures/directory-document.js';
import { shadow } from '../support/helpers.js';
import { runPresentationSuite } from '../support/presentation-suite.js';

async function directory(container: HTMLElement, doc = directoryDocument()): Promise<KoopActorDirectory> {
  const element = document.createElement('koop-actor-directory');
  element.data = doc;
  element.selected = 'verein';
  container.append(element);
  await waitUntil(() => shadow(element).querySelector('article'), 'rendered');
  await element.updateComplete;
  return element;
}

runPresentationSuite<KoopActorDirectory>({
  tag: 'koop-actor-directory',
  render: directory,
  narrow: {
    // Long unbroken names, addresses and many districts wrap; the planning table scrolls on its own.
    render(container) {
      const doc = directoryDocument();
      doc.actors![0].name = 'Nachbarschaftsvereinigungsgeschäftsstellenkoordinationsbüro'.repeat(2);
      doc.actors![0].offers![0].contact!.email = `${'sehr-lange-adresse.'.repeat(6)}@example.org`;
      doc.districts!.push(
        ...Array.from({ length: 8 }, (_, i) => ({ id: `d${i}`, label: `Stadtteil mit langem Namen ${i}` })),
      );
      return directory(container, doc);
    },
    async before(element) {
      element.planning = true;
      await element.updateComplete;
    },
    mayOverflow: (element) => Boolean(element.closest('.table-scroll')),
  },
  forcedColors(element) {
    const style = getComputedStyle(shadow(element).querySelector('.actor')!);
    expect(style.borderTopStyle).not.to.equal('none');
    expect(style.borderTopColor).not.to.equal(style.backgroundColor);
  },
  focus: {
    // Operated by keyboard alone: search first, then the filters.
    async after(element, focused) {
      expect(focused.id).to.equal('query');
      await sendKeys({ type: 'erzahlcafe' });
      await element.updateComplete;
      expect(element.query).to.equal('erzahlcafe');
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement!.id).to.equal('target-group');
    },
  },
});
