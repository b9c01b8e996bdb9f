import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@koop/role-matrix/koop-role-matrix.js';
import type { KoopRoleMatrix } from '@koop/role-matrix';
import type { KoopDocument } from '@koop/schema';
import {
  ASSOCIATION,
  CHAIR,
  COMMITTEE,
  councilDocument,
  historicalRolesDocument,
} from '../fixtures/format-1-1.js';
import { shadow } from '../support/helpers.js';

async function matrix(data: KoopDocument, lang = 'de') {
  const element = await fixture<KoopRoleMatrix>(
    html`<koop-role-matrix .data=${data} lang=${lang}></koop-role-matrix>`,
  );
  await waitUntil(() => shadow(element).querySelector('.matrix'), 'rendered');
  await element.updateComplete;
  return element;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const summary = (element: Element) => clean(shadow(element).querySelector('.summary')!.textContent);

describe('<koop-role-matrix> with format 1.1', () => {
  it('names the body in which a role is held, in the cell and in the role’s history', async () => {
    const element = await matrix(councilDocument());
    const cells = [...shadow(element).querySelectorAll('td .assignment')].map((a) => clean(a.textContent));
    expect(cells).to.include(
      'ausgeübt in: Sozialausschuss · entscheidet verbindlich · ehrenamtlich · seit 01.07.2019',
    );
    shadow(element).querySelector<HTMLButtonElement>('thead button.role[value="vorsitz"]')!.click();
    await waitUntil(() => shadow(element).querySelector('#history'), 'history', { timeout: 5000 });
    expect(clean(shadow(element).querySelector('#history')!.textContent)).to.contain(
      'ausgeübt in: Sozialausschuss',
    );
  });

  it('says so in English', async () => {
    const element = await matrix(councilDocument(), 'en');
    expect(clean(shadow(element).querySelector('table')!.textContent)).to.contain('held in: Sozialausschuss');
  });

  it('opens the conflicts of actors whose ids are URLs or hold spaces', async () => {
    const document = councilDocument();
    document.conflicts = [
      { actor: CHAIR, roles: ['vorsitz', 'beratung'], description: 'Vorsitz und Beratung' },
      { actor: ASSOCIATION, roles: ['beratung', 'mitglied'], description: 'Berät und stimmt ab' },
    ];
    document.assignments!.push(
      { actor: CHAIR, role: 'beratung', in: COMMITTEE },
      { actor: ASSOCIATION, role: 'mitglied', in: COMMITTEE },
    );
    const element = await matrix(document);
    for (const [actor, name, description] of [
      [CHAIR, "Leila D'Souza", 'Vorsitz und Beratung'],
      [ASSOCIATION, 'Bürgerverein', 'Berät und stimmt ab'],
    ]) {
      const row = [...shadow(element).querySelectorAll('tr.nav')].find((tr) =>
        tr.querySelector('th .name')?.textContent?.includes(name),
      )!;
      const selected = oneEvent(element, 'koop-conflict-select');
      row.querySelector<HTMLButtonElement>('td.conflict button.select')!.click();
      expect((await selected).detail.actor).to.equal(actor);
      await waitUntil(
        () => clean(shadow(element).querySelector('#details')?.textContent).includes(description),
        `details of ${name}`,
        { timeout: 5000 },
      );
      expect(
        clean(shadow(element).querySelector('#details .panel-head, #details [role="heading"]')!.textContent),
      ).to.contain(name);
    }
  });

  it('shows a historical document on the last day roles were held, and says so', async () => {
    const element = await matrix(historicalRolesDocument());
    expect(summary(element)).to.contain(
      'Stand: 30. November 2019, der letzte Tag, an dem Rollen besetzt waren',
    );
    const names = [...shadow(element).querySelectorAll('th[scope="row"] .name')].map((th) =>
      clean(th.textContent),
    );
    expect(names).to.have.members(['Altstadtverein', 'Stadtplanungsamt']);
    expect(shadow(element).querySelector<HTMLInputElement>('#at')!.value).to.equal('2019-11-30');
    expect(shadow(element).querySelector('.empty')).to.equal(null);
  });

  it('keeps a day the page or reader chose, even when nobody held a role then', async () => {
    const element = await matrix(historicalRolesDocument());
    element.at = '2021-01-01';
    await element.updateComplete;
    expect(summary(element)).to.contain('Stand: 1. Januar 2021');
    expect(summary(element)).not.to.contain('letzte Tag');
    expect(clean(shadow(element).querySelector('.empty')!.textContent)).to.equal(
      'Zu diesem Zeitpunkt hat niemand eine Rolle inne.',
    );
  });
});
