import { expect } from '@open-wc/testing';
import { fundingNetworkDocument } from '../fixtures/format-1-1.js';
import { shadow } from '../support/helpers.js';
import { details, timeline } from './support.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('<koop-milestone-timeline> with format 1.1', () => {
  it('names the amount of a funding period on its band, in the list and in a milestone’s details', async () => {
    const element = await timeline({ today: '2022-03-01', selected: 'm1' }, fundingNetworkDocument());
    const band = shadow(element).querySelector('g.band.funding')!;
    expect(clean(band.getAttribute('aria-label'))).to.equal(
      'Förderzeitraum: Förderperiode 2021–2022, Januar 2021 bis Dezember 2022, Fördersumme: 120.000 €',
    );
    expect(details(element)).to.contain('Förderperiode 2021–2022 (Fördersumme: 120.000 €)');
    const list = await timeline({ today: '2022-03-01', view: 'list', lang: 'en' }, fundingNetworkDocument());
    expect(clean(shadow(list).querySelector('[part~="phase-list"]')!.textContent)).to.contain(
      'Funded by: Stiftung Gemeinsinn. Amount: €120,000',
    );
  });

  it('says how much funding ends where a funding cliff warns', async () => {
    const document = fundingNetworkDocument();
    document.milestones!.push({ id: 'm2', title: 'Abschlussbericht', kind: 'content', planned: '2023-03' });
    const element = await timeline({ today: '2022-03-01' }, document);
    expect(clean(shadow(element).querySelector('[part~="funding-cliff"]')!.textContent)).to.contain(
      'Fördersumme: 120.000 €.',
    );
  });
});
