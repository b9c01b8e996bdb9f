import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/transparency-feed/koop-transparency-feed.js';
import { closeDirectionalControls, localize } from '@koop/core';

const RLO = '\u202e';
const PDF = '\u202c';
const RLI = '\u2067';
const PDI = '\u2069';

describe('directional controls in document text', () => {
  it('closes overrides and isolates a text leaves open, and leaves other text alone', () => {
    expect(closeDirectionalControls(`Stadt ${RLO}gpj.exe`)).to.equal(`Stadt ${RLO}gpj.exe${PDF}`);
    expect(closeDirectionalControls(`${RLI}abc`)).to.equal(`${RLI}abc${PDI}`);
    expect(closeDirectionalControls(`${RLO}a${PDF} b`)).to.equal(`${RLO}a${PDF} b`);
    expect(closeDirectionalControls(`${PDF}${PDF}x`)).to.equal(`${PDF}${PDF}x`);
    expect(closeDirectionalControls('Quartiersrat Nord')).to.equal('Quartiersrat Nord');
    expect(localize({ de: `${RLO}Amt`, en: 'Office' }, 'de')).to.equal(`${RLO}Amt${PDF}`);
  });

  it('cannot reorder the widget text that follows a name', async () => {
    const feed = await fixture(
      html`<koop-transparency-feed
        .data=${{
          schemaVersion: '1.0',
          cooperation: { name: 'Test' },
          actors: [{ id: 'a', name: `Amt ${RLO}regnüB` }],
          entries: [
            {
              id: 'e',
              date: '2026-03-01',
              type: 'decision',
              title: `Beschluss ${RLO}dnatsroV`,
              actors: ['a'],
            },
          ],
        }}
      ></koop-transparency-feed>`,
    );
    await waitUntil(() => feed.shadowRoot!.querySelector('article'), 'rendered');
    const opened = (feed.shadowRoot!.textContent!.match(/\u202e/g) ?? []).length;
    const closed = (feed.shadowRoot!.textContent!.match(/\u202c/g) ?? []).length;
    expect(opened).to.be.greaterThan(0);
    expect(closed).to.equal(opened);
  });
});
