import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@koop/role-matrix/koop-role-matrix.js';
import type { KoopRoleMatrix } from '@koop/role-matrix';
import { emulateMediaFeatures } from '../support/media.js';
import { shadow } from '../support/helpers.js';
import { hyphenates, midWordBreaks } from '../support/line-breaks.js';
import { rolesDocument } from './documents.js';
import { runPresentationSuite } from '../support/presentation-suite.js';

async function matrix(
  template = html`<koop-role-matrix at="all" .data=${rolesDocument()}></koop-role-matrix>`,
  container?: HTMLElement,
) {
  const element = await fixture<KoopRoleMatrix>(template, { parentNode: container });
  await waitUntil(() => shadow(element).querySelector('.matrix'), 'rendered', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The Tab stops on the way to the grid (kept by `focus.reach` for `focus.after`). */
let tabs: string[] = [];

runPresentationSuite<KoopRoleMatrix>({
  tag: 'koop-role-matrix',
  render: (container) => matrix(undefined, container),
  narrow: {
    // A list per actor, long names wrapped.
    render(container) {
      const doc = rolesDocument();
      doc.actors![0].name = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung'.repeat(2);
      delete doc.actors![0].shortName;
      doc.roles![1].name = `https://example.org/${'sehr-langer-rollenname/'.repeat(6)}`;
      return matrix(html`<koop-role-matrix at="all" .data=${doc}></koop-role-matrix>`, container);
    },
    async before(element) {
      const root = shadow(element);
      expect(root.querySelector('table')).to.equal(null);
      const cards = [...root.querySelectorAll<HTMLElement>('.card')];
      expect(cards).to.have.length(6);
      expect(cards.map((c) => clean(c.querySelector('.card-title')!.textContent)).slice(1, 3)).to.deep.equal([
        'Sozialamt',
        'Stiftung Musterstadt',
      ]);
      expect(cards[0].querySelector('.card-title')!.getAttribute('aria-level')).to.equal('4');
      expect(root.querySelector('.group-heading')!.getAttribute('aria-level')).to.equal('3');
      const sozialamt = cards[1];
      expect(sozialamt.classList.contains('conflict')).to.equal(true);
      const held = [...sozialamt.querySelectorAll('.held > li')].map((li) => clean(li.textContent));
      expect(held[0]).to.contain('Anna Beispiel beratend · hauptamtlich · Januar 2020 – Juni 2022');
      expect(held[0]).to.contain('Ben Muster beratend · hauptamtlich · seit Oktober 2022');
      expect(held[0]).to.contain('Konflikt');
      // Selecting a conflict and a role's history opens them inside the actor's entry (measured open).
      sozialamt.querySelector<HTMLButtonElement>(':scope > button.select')!.click();
      await waitUntil(() => sozialamt.querySelector('#details'), 'details inline');
      sozialamt.querySelector<HTMLButtonElement>('.held button.role')!.click();
      await waitUntil(() => sozialamt.querySelector('#history'), 'history inline');
    },
  },
  async forcedColors(element) {
    // Conflict marks and status keep apart by line style, icon and text.
    const root = shadow(element);
    const cell = root.querySelector<HTMLElement>('td.conflict')!;
    expect(getComputedStyle(cell).borderInlineStartStyle).to.equal('double');
    expect(getComputedStyle(cell.querySelector('button.select')!).borderTopStyle).to.equal('dashed');
    expect(
      getComputedStyle(root.querySelector('tr.conflict th[scope="row"]')!).borderInlineStartStyle,
    ).to.equal('double');
    const icon = cell.querySelector('.flag svg')!;
    expect(getComputedStyle(icon).fill).not.to.equal('none');
    expect(clean(cell.querySelector('.flag')!.textContent)).to.match(/Konflikt/);
    cell.querySelector<HTMLButtonElement>('button.select')!.click();
    await waitUntil(() => root.querySelector('#details'), 'details');
    await element.updateComplete;
    const status = root.querySelector<HTMLElement>('#details .status')!;
    expect(status.querySelector('svg')).to.exist;
    expect(clean(status.textContent)).not.to.equal('');
    expect(getComputedStyle(root.querySelector('#details')!).borderTopStyle).to.equal('solid');
    await expect(element).to.be.accessible();
  },
  focus: {
    // Tab to the grid's one stop (its corner), then an arrow key into a cell.
    async reach(element) {
      tabs = [];
      for (let i = 0; i < 10 && tabs.at(-1) !== 'TH'; i++) {
        await sendKeys({ press: 'Tab' });
        const active = shadow(element).activeElement as HTMLElement | null;
        tabs.push(active ? active.id || active.getAttribute('type') || active.tagName : 'outside');
      }
      const corner = shadow(element).activeElement as HTMLElement;
      expect(clean(corner.textContent)).to.equal('Akteur');
      await sendKeys({ press: 'ArrowDown' });
      return shadow(element).activeElement!;
    },
    async after(element, focused) {
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      // Conflicts only, sort, date (disabled here: all periods), all periods, the JSON paths of
      // the data notice (a disclosure), then the grid's one stop. The next Tab leaves the grid
      // (and the widget).
      expect(tabs).to.deep.equal(['checkbox', 'sort', 'checkbox', 'SUMMARY', 'TH']);
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement).to.equal(null);
    },
  },
});

describe('<koop-role-matrix> presentation, beyond the suite', () => {
  afterEach(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    await setViewport({ width: 800, height: 600 });
  });

  for (const file of ['ko-produktion', 'equal-strategien'])
    it(`breaks no header mid-word at 1,280 px and shows that the table scrolls (${file})`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const element = await matrix(
        html`<koop-role-matrix at="all" src="/demo/data/${file}.json"></koop-role-matrix>`,
      );
      await waitUntil(() => shadow(element).querySelector('table'), 'table', { timeout: 5000 });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const root = shadow(element);
      const headers = [...root.querySelectorAll('thead button.role, tbody th[scope="row"] .name')];
      expect(headers.length).to.be.greaterThan(5);
      // Without a German dictionary (Chromium downloads it; headless here has none) no line of a
      // header may end mid-word; where the browser hyphenates, such a line ends with a hyphen.
      if (!hyphenates('de')) expect(headers.flatMap((header) => midWordBreaks(header))).to.deep.equal([]);
      // The table is wider than its box: the edge fades and a hint says so in words.
      const frame = root.querySelector<HTMLElement>('.table-frame')!;
      const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
      expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
      expect(frame.classList.contains('more-end')).to.equal(true);
      await waitUntil(() => getComputedStyle(frame, '::after').opacity === '1', 'fade at the end');
      const hint = root.querySelector<HTMLElement>('.scroll-hint')!;
      expect(hint.offsetHeight).to.be.greaterThan(0);
      expect(hint.textContent).to.contain('seitlich scrollen');
      // Scrolled to the end, the actor column stays in view.
      wrap.scrollLeft = wrap.scrollWidth;
      await waitUntil(() => frame.classList.contains('more-start'), 'scrolled');
      expect(frame.classList.contains('more-end')).to.equal(false);
      const actor = root.querySelector('tbody th[scope="row"]')!.getBoundingClientRect();
      expect(actor.left).to.be.closeTo(wrap.getBoundingClientRect().left + 1, 1.5);
      await expect(element).to.be.accessible();
    });

  it('in the list, gives focus back to the actor’s conflict button when the details close', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await matrix();
    await waitUntil(() => shadow(element).querySelector('.card'), 'list layout');
    const opener = shadow(element).querySelector<HTMLButtonElement>('.card button.select')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element).querySelector('#details'), 'details shown');
    shadow(element).querySelector<HTMLButtonElement>('#details button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow(element).querySelector('#details')).to.equal(null);
    expect(shadow(element).activeElement === opener, 'focus back on the opener').to.equal(true);
    // The same for a role's history under an actor.
    const role = shadow(element).querySelector<HTMLButtonElement>('.card button.role')!;
    role.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element).querySelector('#history'), 'history shown');
    shadow(element).querySelector<HTMLButtonElement>('#history button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow(element).querySelector('#history')).to.equal(null);
    expect(shadow(element).activeElement === role, 'focus back on the role').to.equal(true);
  });

  it('switches between table and list as its own width crosses 480 px', async () => {
    const element = await matrix();
    expect(shadow(element).querySelector('table')).to.exist;
    element.style.width = '470px';
    await waitUntil(() => shadow(element).querySelector('.cards'), 'list', { timeout: 3000 });
    expect(shadow(element).querySelector('table')).to.equal(null);
    element.style.width = '700px';
    await waitUntil(() => shadow(element).querySelector('table'), 'table', { timeout: 3000 });
  });

  it('keeps the headers in view: sticky column headers and row headers', async () => {
    const element = await matrix();
    const root = shadow(element);
    expect(getComputedStyle(root.querySelector('thead th')!).position).to.equal('sticky');
    expect(getComputedStyle(root.querySelector('tbody th[scope="row"]')!).position).to.equal('sticky');
    const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
    expect(getComputedStyle(wrap).overflowX).to.equal('auto');
    expect(getComputedStyle(root.querySelector('table')!).tableLayout).to.equal('fixed');
  });
});
