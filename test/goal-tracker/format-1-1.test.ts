import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/goal-tracker/koop-goal-tracker.js';
import { indicatorProgress, type KoopGoalTracker } from '@koop/goal-tracker';
import type { Indicator } from '@koop/schema';
import { AGREEMENTS, RENEWABLES, sustainabilityDocument } from '../fixtures/format-1-1.js';
import { shadow } from '../support/helpers.js';

async function tracker(data: unknown = sustainabilityDocument(), lang = 'de') {
  const element = await fixture<KoopGoalTracker>(
    html`<koop-goal-tracker .data=${data} lang=${lang}></koop-goal-tracker>`,
  );
  await waitUntil(() => shadow(element).querySelector('.tracker'), 'rendered');
  await element.updateComplete;
  return element;
}

/** The rendered indicator named `name`. */
const indicatorOf = (element: Element, name: string) =>
  [...shadow(element).querySelectorAll<HTMLElement>('li.indicator')].find((li) =>
    li.querySelector('.indicator-name')!.textContent!.includes(name),
  )!;

async function openTable(element: KoopGoalTracker, name: string): Promise<HTMLTableElement> {
  indicatorOf(element, name).querySelector<HTMLButtonElement>('.table-toggle')!.click();
  await element.updateComplete;
  return indicatorOf(element, name).querySelector('table')!;
}

const rowTexts = (table: HTMLTableElement) =>
  [...table.tBodies[0].rows].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());

describe('<koop-goal-tracker> with indicators of format 1.1', () => {
  it('refers progress and forecast to the next target due and lists the others', async () => {
    const element = await tracker();
    const figures = indicatorOf(element, RENEWABLES)
      .querySelector('.figures')!
      .textContent!.replace(/\s+/g, ' ');
    // Reference date 30 June 2023: the 2020 target is due, 2030 is next.
    expect(figures).to.contain('Zielwert 30,0 % (2030)');
    expect(figures).to.contain('Weitere Zielwerte 2020: 18,0 %; 2040: 45,0 %; 2050: 60,0 %');
    expect(indicatorOf(element, RENEWABLES).querySelector('.forecast')!.textContent).to.contain(
      'Prognose für 2030',
    );
  });

  it('draws every target in the chart and lists every target in the table', async () => {
    const element = await tracker();
    const chart = indicatorOf(element, RENEWABLES).querySelector('svg.chart')!;
    expect(chart.querySelectorAll('path.target-mark')).to.have.length(4);
    expect(chart.querySelectorAll('path.target-mark.other')).to.have.length(3);
    expect(chart.querySelectorAll('line.target')).to.have.length(1);
    const rows = rowTexts(await openTable(element, RENEWABLES));
    expect(rows.filter((row) => row.includes('Zielwert'))).to.deep.equal([
      '2020 Zielwert 18,0 % Nachhaltigkeitsstrategie',
      '2030 Zielwert 30,0 %',
      '2040 Zielwert 45,0 %',
      '2050 Zielwert 60,0 %',
    ]);
  });

  it('shows a gap in the chart and the table, and flags beside their values', async () => {
    const element = await tracker();
    const chart = indicatorOf(element, RENEWABLES).querySelector('svg.chart')!;
    // The line stops at the gap (2015) and at the break in the series (2018).
    expect(chart.querySelectorAll('polyline.line')).to.have.length(2);
    expect(chart.querySelectorAll('line.gap')).to.have.length(1);
    expect(chart.querySelectorAll('circle.point')).to.have.length(8);
    expect(chart.querySelectorAll('circle.point.tentative')).to.have.length(2);
    const rows = rowTexts(await openTable(element, RENEWABLES));
    expect(rows).to.include('2015 Messung keine Angabe (Lücke) Erhebung ausgesetzt');
    expect(rows).to.include('2018 Messung 16,6 % (Zeitreihenbruch) neue Methodik');
    expect(rows).to.include('2022 Messung 23,8 % (vorläufig)');
    const latest = indicatorOf(element, RENEWABLES)
      .querySelector('.figures')!
      .textContent!.replace(/\s+/g, ' ');
    expect(latest).to.contain('Aktuell 23,8 % (2022, vorläufig)');
  });

  it('says the same in English', async () => {
    const element = await tracker(sustainabilityDocument(), 'en');
    const rows = rowTexts(await openTable(element, RENEWABLES));
    expect(rows).to.include('2015 Measurement no value (gap) Erhebung ausgesetzt');
    expect(rows).to.include('2022 Measurement 23.8% (provisional)');
  });

  it('shows values as precisely as the data and never forecasts a count as a fraction', async () => {
    const document = sustainabilityDocument();
    delete document.goals![0].indicators![0].decimals;
    const element = await tracker(document);
    const renewables = indicatorOf(element, RENEWABLES)
      .querySelector('.figures')!
      .textContent!.replace(/\s+/g, ' ');
    expect(renewables).to.contain('23,8 %');
    expect(renewables).to.contain('11,4 %');
    expect(renewables).to.contain('30 %');
    const forecast = indicatorOf(element, AGREEMENTS).querySelector('.forecast')!.textContent!;
    expect(forecast).to.match(/Prognose für 2026: \d+ Vereinbarungen/);
  });
});

describe('indicatorProgress with format 1.1', () => {
  const base: Indicator = {
    name: 'x',
    measure: 'number',
    baseline: { date: '2020', value: 0 },
    targets: [
      { date: '2022', value: 100 },
      { date: '2030', value: 400 },
    ],
  };

  it('moves on to the next target once one is due, and counts as missed only after the last', () => {
    const observations = [{ date: '2021', value: 60 }];
    expect(indicatorProgress({ ...base, observations }, Date.UTC(2021, 5)).target?.date).to.equal('2022');
    const later = indicatorProgress({ ...base, observations }, Date.UTC(2023, 5));
    expect(later.target?.date).to.equal('2030');
    expect(later.share).to.equal(60 / 400);
    expect(later.forecast).not.to.equal('missed');
    expect(indicatorProgress({ ...base, observations }, Date.UTC(2031, 0)).forecast).to.equal('missed');
  });

  it('takes target and targets together, in date order', () => {
    const progress = indicatorProgress({ ...base, target: { date: '2025', value: 200 } }, Date.UTC(2021, 0));
    expect(progress.targets.map((t) => t.date)).to.deep.equal(['2022', '2025', '2030']);
  });

  it('ignores gaps in the trend and for the latest value, and values before a break in the series', () => {
    const observations: Indicator['observations'] = [
      { date: '2021', value: 90 },
      { date: '2022', value: 10, flags: ['break-in-series'] },
      { date: '2023', value: 20 },
      { date: '2024', value: null },
    ];
    const progress = indicatorProgress({ ...base, observations }, Date.UTC(2024, 5));
    expect(progress.latest?.value).to.equal(20);
    expect(progress.gaps.map((g) => g.date)).to.deep.equal(['2024']);
    // 10 in 2022, 20 in 2023: about 10 a year, so about 90 in 2030 (the baseline and 90 in 2021 do not count).
    expect(progress.projected).to.be.closeTo(90, 0.5);
  });

  it('knows how precise the data is', () => {
    const progress = indicatorProgress(
      { ...base, observations: [{ date: '2021', value: 12.25 }] },
      Date.UTC(2021, 5),
    );
    expect(progress.decimals).to.equal(2);
    expect(indicatorProgress({ ...base, decimals: 0 }, 0).decimals).to.equal(0);
  });
});
