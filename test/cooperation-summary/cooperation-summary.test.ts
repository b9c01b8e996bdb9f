import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/cooperation-summary/koop-cooperation-summary.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import type { KoopCooperationSummary } from '@koop/cooperation-summary';
import type { KoopDocument } from '@koop/schema';
import { runWidgetContract } from '../support/widget-contract.js';
import { demoDocument, freshCache, shadow } from '../support/helpers.js';

async function summary(template: ReturnType<typeof html>) {
  const element = await fixture<KoopCooperationSummary>(template);
  await waitUntil(() => shadow(element).querySelector('.summary, [role="alert"]'), 'rendered', {
    timeout: 5000,
  });
  await element.updateComplete;
  return element;
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Each line as "name | status | facts". */
const lines = (element: Element) =>
  [...shadow(element).querySelectorAll('.condition')].map((li) =>
    ['.name', '.status', '.facts'].map((part) => text(li.querySelector(part))).join(' | '),
  );
const line = (element: Element, condition: string) =>
  shadow(element).querySelector(`.condition.${condition}`);

describe('<koop-cooperation-summary>', () => {
  freshCache();

  it('shows the co-production along the five conditions, each with status in words and an icon', async () => {
    const element = await summary(
      html`<koop-cooperation-summary src="/demo/data/ko-produktion.json"></koop-cooperation-summary>`,
    );
    const root = shadow(element);
    expect(text(root.querySelector('[role="heading"]'))).to.equal(
      'Nachbarschaftshaus Alte Feuerwache – Ko-Produktion in Musterstadt',
    );
    expect(root.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(text(root.querySelector('.meta'))).to.equal('Ko-Produktion · seit Februar 2024');
    expect(lines(element)).to.deep.equal([
      '1 Gemeinsame Ziele | Achtung | 14 Ziele: 7 im Plan, 2 gefährdet, 3 erreicht',
      '2 Gemeinsame Indikatoren und Messung | Achtung | 14 Indikatoren, 13 mit Messwert; 8 von 11 im Plan (73 %); 3 gefährdet oder verfehlt; letzte Messung Juni 2026',
      '3 Sich verstärkende Aktivitäten | Achtung | 19 Partner: 6 Zivilgesellschaft, 5 Verwaltung, 2 Politik, 1 Fördermittelgebende, 1 Wirtschaft, 1 Wissenschaft, 2 Intermediäre, 1 Medien; 11 von 17 Meilensteinen erreicht; 1 verzögert oder überfällig; nächster: Ende der Modellförderung (31. August 2026)',
      '4 Kontinuierliche Kommunikation | in Ordnung | 24 Einträge; zuletzt: Reflexionspunkt 3: vor dem Förderende (23. Juni 2026); letzte Sitzung 11. Februar 2026; etwa jährlich',
      // The cliff says when the funding ends: no "gefördert bis" beside it.
      '5 Koordination (Rückgrat) | Achtung | Koordination: Stadtentwicklungsamt (hauptamtlich), Koordinatorin (hauptamtlich); Förderende ohne Anschlussfinanzierung am 31. August 2026',
    ]);
    for (const li of root.querySelectorAll('.condition')) {
      expect(li.querySelector('.status svg.icon[aria-hidden="true"]')).to.exist;
      expect(text(li.querySelector('.status'))).to.be.oneOf(['in Ordnung', 'Achtung', 'keine Angaben']);
    }
    // The funding cliff the timeline marks: the model funding ends in August 2026.
    expect(text(line(element, 'backbone')!.querySelector('[part~="funding-cliff"]'))).to.equal(
      'Förderende ohne Anschlussfinanzierung am 31. August 2026',
    );
    expect(line(element, 'backbone')!.classList.contains('status-attention')).to.equal(true);
    expect(root.querySelector('ol')!.getAttribute('aria-label')).to.equal('Bedingungen gemeinsamen Wirkens');
    await expect(element).to.be.accessible();
  });

  it('says how the partnership of the past stood on its last day: funded on, no cliff', async () => {
    const element = await summary(
      html`<koop-cooperation-summary src="/demo/data/equal-strategien.json"></koop-cooperation-summary>`,
    );
    const backbone = text(line(element, 'backbone'));
    expect(backbone).to.contain('gefördert bis Dezember 2005');
    expect(backbone).not.to.contain('Förderende');
    expect(text(line(element, 'communication'))).to.contain('letzte Sitzung 12. Mai 2005');
    expect(text(line(element, 'communication'))).to.contain('etwa alle 8 Monate');
  });

  it('hides lines named in hide, lays them out in a row, and takes a reference date', async () => {
    const element = await summary(
      html`<koop-cooperation-summary
        src="/demo/data/ko-produktion.json"
        hide="communication,  backbone unknown"
        layout="row"
        today="2026-09-15"
      ></koop-cooperation-summary>`,
    );
    const root = shadow(element);
    expect([...root.querySelectorAll('.condition')].map((li) => li.className.split(' ')[1])).to.deep.equal([
      'goals',
      'indicators',
      'activities',
    ]);
    expect(root.querySelector('.summary')!.classList.contains('row')).to.equal(true);
    // Wide enough: the lines side by side.
    const [a, b] = root.querySelectorAll('.condition');
    expect(a.getBoundingClientRect().top).to.equal(b.getBoundingClientRect().top);
    element.hide = '';
    element.today = '2026-10-01';
    await element.updateComplete;
    // After the end of the model funding: no funding, and the cliff is behind.
    expect(text(line(element, 'backbone'))).to.contain('keine laufende Förderung');
    expect(text(line(element, 'backbone'))).not.to.contain('Förderende');
  });

  it('links each line to its attribute, else to the widget with the details on the page, else nowhere', async () => {
    const page = await fixture(
      html`<div>
        <koop-cooperation-summary
          src="/demo/data/ko-produktion.json"
          goals-href="/ziele.html"
          indicators-href="javascript:alert(1)"
          communication-href=""
        ></koop-cooperation-summary>
        <div id="feed-box"></div>
        <koop-transparency-feed-stub id="feed"></koop-transparency-feed-stub>
        <koop-role-matrix id="rollen"></koop-role-matrix>
        <koop-milestone-timeline></koop-milestone-timeline>
        <koop-partner-map id="karte und mehr"></koop-partner-map>
      </div>`,
    );
    const element = page.querySelector<KoopCooperationSummary>('koop-cooperation-summary')!;
    await waitUntil(() => shadow(element).querySelector('.summary'), 'rendered', { timeout: 5000 });
    const href = (condition: string) =>
      line(element, condition)!.querySelector('a')?.getAttribute('href') ?? null;
    expect(href('goals')).to.equal('/ziele.html');
    // Refused by the allowlist, and an empty attribute: plain text.
    expect(href('indicators')).to.equal(null);
    expect(text(line(element, 'indicators')!.querySelector('.name'))).to.equal(
      '2 Gemeinsame Indikatoren und Messung',
    );
    expect(href('communication')).to.equal(null);
    // The timeline has no id: the partner map, its id as a fragment.
    expect(href('activities')).to.equal('#karte%20und%20mehr');
    expect(href('backbone')).to.equal('#rollen');
    await expect(element).to.be.accessible();
  });

  it('links by default to the widgets of its own <koop-data> first', async () => {
    const page = await fixture(
      html`<div>
        <koop-data><koop-goal-tracker-stub></koop-goal-tracker-stub></koop-data>
        <koop-goal-tracker id="oben"></koop-goal-tracker>
        <koop-data src="/demo/data/ko-produktion.json">
          <koop-cooperation-summary></koop-cooperation-summary>
          <koop-goal-tracker id="unten"></koop-goal-tracker>
        </koop-data>
      </div>`,
    );
    const element = page.querySelector<KoopCooperationSummary>('koop-cooperation-summary')!;
    await waitUntil(() => shadow(element).querySelector('.summary'), 'rendered', { timeout: 5000 });
    expect(line(element, 'goals')!.querySelector('a')!.getAttribute('href')).to.equal('#unten');
    // Nothing in its <koop-data> for the feed, nor on the page: plain text.
    expect(line(element, 'communication')!.querySelector('a')).to.equal(null);
  });

  it('reserves a compact card’s 16em before its document arrives (the other widgets 45em), or the page’s --koop-height', async () => {
    const waiting = await fixture<KoopCooperationSummary>(
      html`<koop-cooperation-summary src="/__koop/slow/summary-reserve?ms=5000"></koop-cooperation-summary>`,
    );
    const em = parseFloat(getComputedStyle(waiting).fontSize);
    expect(parseFloat(getComputedStyle(waiting).minHeight)).to.be.closeTo(16 * em, 0.5);
    waiting.style.setProperty('--koop-height', '30em');
    expect(parseFloat(getComputedStyle(waiting).minHeight)).to.be.closeTo(30 * em, 0.5);
    const tracker = document.createElement('koop-goal-tracker');
    tracker.setAttribute('src', '/__koop/slow/tracker-reserve?ms=5000');
    waiting.after(tracker);
    await customElements.whenDefined('koop-goal-tracker');
    expect(parseFloat(getComputedStyle(tracker).minHeight)).to.be.closeTo(45 * em, 0.5);
    tracker.remove();
  });

  it('speaks English when asked', async () => {
    const element = await summary(
      html`<koop-cooperation-summary
        lang="en"
        src="/demo/data/ko-produktion.json"
      ></koop-cooperation-summary>`,
    );
    await waitUntil(
      () => text(shadow(element).querySelector('.meta')).startsWith('Co-production'),
      'English',
    );
    expect(text(shadow(element).querySelector('[role="heading"]'))).to.equal(
      'Alte Feuerwache neighbourhood centre – co-production in Musterstadt',
    );
    expect(text(line(element, 'backbone'))).to.contain(
      'funding ends without follow-up funding on August 31, 2026',
    );
    expect(text(line(element, 'goals'))).to.equal(
      '1 Shared goals attention 14 goals: 7 on track, 2 at risk, 3 achieved',
    );
  });

  it('says "keine Angaben" for conditions a document has nothing on', async () => {
    const element = await summary(
      html`<koop-cooperation-summary
        .data=${{ schemaVersion: '1.1', cooperation: { name: 'Leer' }, actors: [] }}
      ></koop-cooperation-summary>`,
    );
    expect(lines(element)).to.deep.equal([
      '1 Gemeinsame Ziele | keine Angaben | ',
      '2 Gemeinsame Indikatoren und Messung | keine Angaben | ',
      '3 Sich verstärkende Aktivitäten | keine Angaben | ',
      '4 Kontinuierliche Kommunikation | keine Angaben | ',
      '5 Koordination (Rückgrat) | keine Angaben | ',
    ]);
    expect(shadow(element).querySelector('.meta')).to.equal(null);
  });

  it('renders document text as text', async () => {
    const doc = (await demoDocument('ko-produktion')) as KoopDocument;
    doc.cooperation.name = '<img src=x onerror="window.__pwned=1">';
    doc.milestones![0].title = '<script>window.__pwned=1</script>';
    const element = await summary(html`<koop-cooperation-summary .data=${doc}></koop-cooperation-summary>`);
    expect(text(shadow(element).querySelector('[role="heading"]'))).to.equal(doc.cooperation.name);
    expect(shadow(element).querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

runWidgetContract('koop-cooperation-summary');
