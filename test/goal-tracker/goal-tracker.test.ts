import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { runWidgetContract } from '../support/widget-contract.js';
import '@koop/core/koop-data.js';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/goal-tracker/koop-goal-tracker.js';
import { indicatorProgress, type KoopGoalTracker } from '@koop/goal-tracker';
import type { Indicator } from '@koop/schema';
import { goalsDocument } from '../fixtures/documents.js';
import { shadow, textOf } from '../support/helpers.js';

async function tracker(
  attributes: Partial<Pick<KoopGoalTracker, 'goal' | 'lang' | 'today'>> = {},
  data: unknown = goalsDocument(),
) {
  const element = await fixture<KoopGoalTracker>(
    html`<koop-goal-tracker
      .data=${data}
      goal=${attributes.goal ?? ''}
      lang=${attributes.lang ?? 'de'}
      today=${attributes.today ?? ''}
    ></koop-goal-tracker>`,
  );
  // Documents with problems render once their messages have loaded.
  await waitUntil(() => element.shadowRoot!.querySelector('.tracker, [role="alert"]'), 'rendered');
  await element.updateComplete;
  return element;
}

const toggleFor = (element: Element, title: string) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('button.toggle')].find((b) =>
    b.textContent!.includes(title),
  )!;

const goalItem = (element: Element, title: string) => toggleFor(element, title).closest('li')!;

describe('<koop-goal-tracker>', () => {
  it('shows the hierarchy vision → goals → objectives with the top level open', async () => {
    const element = await tracker();
    const vision = toggleFor(element, 'Teilhabe für alle');
    expect(vision.getAttribute('aria-expanded')).to.equal('true');
    expect(vision.closest('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const shared = toggleFor(element, 'Gemeinsam planen');
    expect(shared.getAttribute('aria-expanded')).to.equal('false');
    expect(shared.closest('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    // The objective below the collapsed shared goal is not rendered yet.
    expect(toggleFor(element, 'Eigenes Büro')).to.equal(undefined);
    expect(textOf(element)).to.contain('1 Unterziel');
  });

  it('summarises the goals by status', async () => {
    const element = await tracker();
    const summary = shadow(element).querySelector('.summary')!.textContent!;
    expect(summary).to.contain('5 Ziele');
    expect(summary).to.contain('1 im Plan');
    expect(summary).to.contain('1 gefährdet');
    expect(summary).to.contain('1 aufgegeben');
  });

  it('shows status as icon and text, never colour alone', async () => {
    const element = await tracker();
    const status = goalItem(element, 'Gemeinsam planen').querySelector('[part="status"]')!;
    expect(status.textContent!.trim()).to.equal('gefährdet');
    expect(status.querySelector('svg.icon')).to.exist;
  });

  it('opens and closes a goal with the keyboard, updating aria-expanded', async () => {
    const element = await tracker();
    const shared = toggleFor(element, 'Gemeinsam planen');
    shared.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shared.getAttribute('aria-expanded')).to.equal('true');
    const body = shadow(element).getElementById(shared.getAttribute('aria-controls')!)!;
    expect(body.hidden).to.equal(false);
    expect(body.textContent).to.contain('Beteiligte Personen');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(shared.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
  });

  it('keeps dropped goals visible with their reason', async () => {
    const element = await tracker();
    element.expandAll();
    await element.updateComplete;
    const dropped = goalItem(element, 'Eigenes Büro');
    expect(dropped.textContent).to.contain('aufgegeben');
    expect(dropped.textContent).to.contain('Keine Förderung für Miete.');
  });

  it('shows where the perspectives of civil society and administration meet in a shared goal', async () => {
    const element = await tracker();
    element.expandAll();
    await element.updateComplete;
    const shared = goalItem(element, 'Gemeinsam planen');
    expect(shared.textContent).to.contain('Gemeinsames Ziel');
    const related = shared.querySelector('.related')!.textContent!.replace(/\s+/g, ' ');
    expect(related).to.contain('Führt zusammen');
    expect(related).to.contain('Mehr Mitsprache (Ziel der Zivilgesellschaft)');
    expect(related).to.contain('Bessere Versorgung (Ziel der Verwaltung)');
    expect(goalItem(element, 'Mehr Mitsprache').textContent).to.contain('Eingeflossen in');
    expect(goalItem(element, 'Mehr Mitsprache').textContent).to.contain('Bürgerinitiative Nord');
  });

  it('computes progress from baseline to target in the indicator direction and flags a trend that misses', async () => {
    const element = await tracker();
    const shared = goalItem(element, 'Gemeinsam planen');
    const lines = [...shared.querySelectorAll('.indicator-line')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    // (32 − 10) / (110 − 10) = 22 %; the trend reaches about 55 by mid-2005: at risk.
    expect(lines[0]).to.contain('Beteiligte Personen');
    expect(lines[0]).to.contain('22');
    expect(lines[0]).to.contain('Gefährdet');
    // Waiting time falls 60 → 40 of the way to 30: 67 %, on course.
    expect(lines[1]).to.contain('67');
    expect(lines[1]).not.to.contain('Gefährdet');
    expect(lines[2]).to.contain('überwiegend gut');
  });

  it('offers the chart data as a table', async () => {
    const element = await tracker();
    toggleFor(element, 'Gemeinsam planen').click();
    await element.updateComplete;
    const toggle = shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).querySelector('.chart')).to.exist;
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = shadow(element)
      .getElementById(toggle.getAttribute('aria-controls')!)!
      .querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('Beteiligte Personen');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.have.length(5);
    expect(rows[0]).to.contain('Ausgangswert');
    expect(rows[0]).to.contain('10 Personen');
    expect(rows[4]).to.contain('Zielwert');
    expect(table.querySelectorAll('th[scope="col"]')).to.have.length(4);
  });

  it('names the indicator in each table button, so two of them never sound the same', async () => {
    const element = await tracker();
    toggleFor(element, 'Gemeinsam planen').click();
    await element.updateComplete;
    const names = [...shadow(element).querySelectorAll<HTMLButtonElement>('.table-toggle')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(names.length).to.be.greaterThan(1);
    expect(names[0]).to.equal('Daten als Tabelle: Beteiligte Personen');
    expect(new Set(names).size).to.equal(names.length);
  });

  it('never makes a javascript: source a link, and shows document text as text', async () => {
    const doc = goalsDocument() as any;
    doc.goals[3].indicators[0].observations[0].sourceUrl = ' JavaScript:alert(1)';
    doc.goals[3].title = '<img src=x onerror="window.__xss=1">';
    const element = await tracker({}, doc);
    element.expandAll();
    await element.updateComplete;
    for (const toggle of shadow(element).querySelectorAll<HTMLButtonElement>('.table-toggle')) toggle.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect(textOf(element)).to.contain('<img src=x onerror="window.__xss=1">');
    const links = [...shadow(element).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/zaehlung']);
    expect(textOf(element)).to.contain('Protokoll');
    expect((window as any).__xss).to.equal(undefined);
  });

  it('shows one goal and its subtree with goal=', async () => {
    const element = await tracker({ goal: 'shared' });
    expect(shadow(element).querySelector('#heading')!.textContent).to.contain('Gemeinsam planen');
    expect(toggleFor(element, 'Eigenes Büro')).to.exist;
    expect(toggleFor(element, 'Mehr Mitsprache')).to.equal(undefined);
  });

  it('says when the goal= id does not exist', async () => {
    const element = await tracker({ goal: 'gibt-es-nicht' });
    expect(textOf(element)).to.contain('„gibt-es-nicht“ gibt es in diesem Dokument nicht');
  });

  it('speaks English when asked', async () => {
    const element = await tracker({ lang: 'en' });
    expect(textOf(element)).to.contain('Goals');
    expect(textOf(element)).to.contain('Plan together');
    expect(textOf(element)).to.contain('at risk');
    expect(textOf(element)).to.contain('Test data.');
  });

  it('inherits the language of the page around it', async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB"><koop-goal-tracker .data=${goalsDocument()}></koop-goal-tracker></div>`,
    );
    const element = wrapper.querySelector('koop-goal-tracker')!;
    await element.updateComplete;
    expect(textOf(element)).to.contain('As of 30 June 2004');
  });

  it('links the milestones of a goal', async () => {
    const element = await tracker();
    toggleFor(element, 'Gemeinsam planen').click();
    await element.updateComplete;
    const milestones = shadow(element).querySelector('.milestones')!.textContent!.replace(/\s+/g, ' ');
    expect(milestones).to.contain('Mai 2003');
    expect(milestones).to.contain('Kooperationsvertrag unterzeichnet');
    expect(milestones).to.contain('erreicht');
  });

  it('shows an empty state when there are no goals', async () => {
    const element = await tracker({}, { schemaVersion: '1.0', cooperation: { name: 'Leer' } });
    expect(textOf(element)).to.contain('noch keine Ziele');
  });

  it('survives goals whose parents form a cycle', async () => {
    const doc = goalsDocument() as any;
    doc.goals[0].parent = 'cs';
    const element = await tracker({}, doc);
    element.expandAll();
    await element.updateComplete;
    expect(textOf(element)).to.contain('Teilhabe für alle');
  });

  it('is accessible (axe), collapsed and fully expanded, in light and dark', async () => {
    const element = await tracker();
    await expect(element).to.be.accessible();
    element.expandAll();
    element.theme = 'dark';
    await element.updateComplete;
    for (const toggle of shadow(element).querySelectorAll<HTMLButtonElement>('.table-toggle')) toggle.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('shows 25 top-level goals at a time, and the next ones on request with focus on the first', async () => {
    const document = {
      schemaVersion: '1.0',
      cooperation: { name: 'Viele Ziele' },
      goals: Array.from({ length: 30 }, (_, i) => ({ id: `g${i + 1}`, title: `Ziel ${i + 1}` })),
    };
    const element = await tracker({}, document);
    const topLevel = () => shadow(element).querySelectorAll('.tracker > .goals > li');
    expect(topLevel()).to.have.length(25);
    const more = shadow(element).querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent!.trim()).to.equal('5 weitere Ziele anzeigen (noch 5)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => topLevel().length === 30, 'the next goals');
    await element.updateComplete;
    expect(shadow(element).activeElement!.textContent).to.contain('Ziel 26');
    expect(toggleFor(element, 'Ziel 26').getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(element).querySelector('button.more')).to.equal(null);
  });
});

describe('indicatorProgress', () => {
  const base: Indicator = {
    name: 'x',
    measure: 'number',
    baseline: { date: '2020-01', value: 0 },
    target: { date: '2022-01', value: 100 },
  };
  const today = Date.UTC(2021, 0, 1);

  it('clamps progress between 0 and 1', () => {
    expect(
      indicatorProgress({ ...base, observations: [{ date: '2020-06', value: -20 }] }, today).share,
    ).to.equal(0);
    expect(
      indicatorProgress({ ...base, observations: [{ date: '2020-06', value: 150 }] }, today).share,
    ).to.equal(1);
  });

  it('forecasts from the linear trend', () => {
    const onTrack = indicatorProgress({ ...base, observations: [{ date: '2021-01', value: 60 }] }, today);
    expect(onTrack.forecast).to.equal('on-track');
    const atRisk = indicatorProgress({ ...base, observations: [{ date: '2021-01', value: 30 }] }, today);
    expect(atRisk.forecast).to.equal('at-risk');
    expect(atRisk.projected).to.be.closeTo(60, 1);
  });

  it('knows reached and missed targets', () => {
    expect(
      indicatorProgress({ ...base, observations: [{ date: '2021-01', value: 100 }] }, today).forecast,
    ).to.equal('reached');
    expect(
      indicatorProgress({ ...base, observations: [{ date: '2021-01', value: 50 }] }, Date.UTC(2023, 0, 1))
        .forecast,
    ).to.equal('missed');
  });

  it('treats maintain as holding the target', () => {
    const maintain: Indicator = {
      ...base,
      direction: 'maintain',
      baseline: { value: 80 },
      target: { value: 80 },
    };
    expect(
      indicatorProgress({ ...maintain, observations: [{ date: '2021-01', value: 85 }] }, today).share,
    ).to.equal(1);
    expect(
      indicatorProgress({ ...maintain, observations: [{ date: '2021-01', value: 70 }] }, today).share,
    ).to.equal(0);
  });

  it('does not claim progress for qualitative indicators', () => {
    const result = indicatorProgress(
      { name: 'q', measure: 'qualitative', observations: [{ date: '2021', value: 'gut' }] },
      today,
    );
    expect(result.measurable).to.equal(false);
    expect(result.share).to.equal(undefined);
    expect(result.latest?.value).to.equal('gut');
  });
});

runWidgetContract('koop-goal-tracker');
