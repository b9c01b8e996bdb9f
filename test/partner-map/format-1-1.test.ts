import { expect, waitUntil } from '@open-wc/testing';
import type { KoopPartnerMap } from '@koop/partner-map';
import { fundingNetworkDocument } from '../fixtures/format-1-1.js';
import { partnerMap, removeMaps, root, text } from './support.js';

/** The map with `selected` chosen, once its details are shown. */
async function details(selected: string, lang = 'de'): Promise<{ element: KoopPartnerMap; items: string[] }> {
  const element = await partnerMap({ selected, lang }, fundingNetworkDocument());
  await waitUntil(() => root(element).querySelector('.details'), 'details', { timeout: 5000 });
  const items = [...root(element).querySelectorAll('.details ul:not(.distances) > li')].map((li) => text(li));
  return { element, items };
}

describe('<koop-partner-map> with format 1.1', () => {
  afterEach(() => removeMaps());

  it('draws relations of another kind in a line style of their own, with a legend entry', async () => {
    const element = await partnerMap({}, fundingNetworkDocument());
    expect(root(element).querySelectorAll('svg.base path.e.t-other')).to.have.length(1);
    const legend = [...root(element).querySelectorAll('.legend .chip')].map((chip) => text(chip));
    expect(legend).to.include('Andere Beziehung (2)');
    expect(root(element).querySelector('.legend svg.key path.t-other')).to.exist;
  });

  it('reads a relation of another kind by its label, and names the untyped one', async () => {
    const { items } = await details('n2');
    expect(items).to.include('kennt sich Nachbarschaftshilfe Süd');
    expect(items).to.include('in Beziehung mit Quartiersbüro');
  });

  it('draws a mutual relation with an arrowhead at both ends and says it runs both ways', async () => {
    const element = await partnerMap({}, fundingNetworkDocument());
    const heads = (type: string) =>
      (root(element).querySelector(`svg.base path.a.t-${type}`)?.getAttribute('d') ?? '').split('M').length -
      1;
    expect(heads('advice')).to.equal(2);
    expect(heads('funding')).to.equal(1);
    const { items } = await details('n1');
    expect(items).to.include('Beratung mit Quartiersbüro (gegenseitig)');
  });

  it('shows the amount of a funding relation in the details, in both languages', async () => {
    const de = await details('n3');
    expect(de.items).to.include(
      'gefördert von Stiftung Gemeinsinn: Koordinationsstelle (120.000 €, Januar 2021 – Dezember 2022)',
    );
    removeMaps();
    const en = await details('n3', 'en');
    expect(en.items).to.include(
      'funded by Stiftung Gemeinsinn: Koordinationsstelle (€120,000, January 2021 – December 2022)',
    );
  });

  it('links an actor’s tel: address', async () => {
    const { element } = await details('n1');
    expect(root(element).querySelector('.details a[href^="tel:"]')!.getAttribute('href')).to.equal(
      'tel:+49-30-5550123',
    );
  });

  it('lists the same in the list view', async () => {
    const element = await partnerMap({ view: 'list' }, fundingNetworkDocument());
    await waitUntil(() => root(element).querySelector('.list'), 'list', { timeout: 5000 });
    const all = text(root(element).querySelector('.list'));
    expect(all).to.contain('kennt sich Tafel am Fluss');
    expect(all).to.contain('Beratung mit Nachbarschaftshilfe Süd (gegenseitig)');
    expect(all).to.contain('fördert Quartiersbüro: Koordinationsstelle (120.000 €');
  });
});
