import { expect } from '@open-wc/testing';
import '@koop/partner-map/koop-partner-map.js';
import type { KoopPartnerMap } from '@koop/partner-map';
import { itemName, pressOn, runLinkedSelectionSuite } from '../support/linked-selection-suite.js';

runLinkedSelectionSuite<KoopPartnerMap>({
  tag: 'koop-partner-map',
  marks: {
    selection: 'goal:o-mainstreaming',
    // No actor selected; the goal's three owners ringed.
    async expect(map) {
      await map.updateComplete;
      expect(map.selected).to.equal(null);
      const ring = map.shadowRoot!.querySelector('svg.overlay .linked-ring')!;
      expect(ring.getAttribute('d')!.match(/M/g)).to.have.length(3);
    },
  },
  async select(map) {
    const name = await itemName('actor', 'inpuncto');
    const node = [...map.shadowRoot!.querySelectorAll<SVGGElement>('svg.base g.n')].find((n) =>
      n.getAttribute('aria-label')!.startsWith(`${name},`),
    )!;
    await pressOn(node);
    expect(map.shadowRoot!.activeElement).to.equal(node);
    return { kind: 'actor', id: 'inpuncto' };
  },
});
