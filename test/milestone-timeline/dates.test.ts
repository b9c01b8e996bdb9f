import { expect } from '@open-wc/testing';
import { delayBetween, timelineIndex } from '@koop/milestone-timeline';
import { timelineTestDocument } from '../fixtures/timeline-document.js';
import { shadow } from '../support/helpers.js';
import { details, milestone, timeline } from './support.js';

const translateX = (g: Element) => Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform')!)![1]);
const tickX = (element: Element, label: string) => {
  const text = [...shadow(element).querySelectorAll('.scale text')].find((t) => t.textContent === label)!;
  return Number(text.previousElementSibling!.getAttribute('x1'));
};
const listText = (element: Element) =>
  [...shadow(element).querySelectorAll('ol.list > li')].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

const utc = (locale: string, options: Intl.DateTimeFormatOptions, y: number, m = 1, d = 1) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
const DAY_FORMAT: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

/**
 * Runs `body` as if the browser were in a time zone `hours` off UTC: the local Date getters and
 * the default zone of Intl.DateTimeFormat shift; explicit time zones stay as asked.
 */
async function inTimeZone<T>(zone: string, hours: number, body: () => Promise<T>): Promise<T> {
  const proto = Date.prototype as any;
  const saved = new Map<string, unknown>();
  const shifted = (date: Date) => new Date(date.getTime() + hours * 3_600_000);
  const local: Record<string, string> = {
    getFullYear: 'getUTCFullYear',
    getMonth: 'getUTCMonth',
    getDate: 'getUTCDate',
    getDay: 'getUTCDay',
    getHours: 'getUTCHours',
  };
  for (const [name, utcName] of Object.entries(local)) {
    saved.set(name, proto[name]);
    proto[name] = function (this: Date) {
      return proto[utcName].call(shifted(this));
    };
  }
  saved.set('getTimezoneOffset', proto.getTimezoneOffset);
  proto.getTimezoneOffset = () => -hours * 60;
  const Original = Intl.DateTimeFormat;
  const Shifted = function (locales?: string | string[], options: Intl.DateTimeFormatOptions = {}) {
    return new Original(locales, { timeZone: zone, ...options });
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(Shifted, { supportedLocalesOf: Original.supportedLocalesOf, prototype: Original.prototype });
  (Intl as any).DateTimeFormat = Shifted;
  try {
    return await body();
  } finally {
    (Intl as any).DateTimeFormat = Original;
    for (const [name, fn] of saved) proto[name] = fn;
  }
}

describe('<koop-milestone-timeline> dates', () => {
  it('shows a year-only date with its precision, at the start of its year', async () => {
    const element = await timeline({ zoom: 'years', selected: 'm-jahr' });
    const jahr = milestone(element, 'Eröffnung');
    expect(jahr.getAttribute('aria-label')).to.equal(
      'Eröffnung. Inhaltlicher Meilenstein, geplant. Geplant: 2025',
    );
    expect(details(element)).to.contain('Geplant 2025');
    expect(details(element)).not.to.contain('Januar');
    expect(translateX(jahr)).to.be.closeTo(tickX(element, '2025'), 0.2);
    // A bar under the marker spans the whole year.
    const span = jahr.querySelector('.span')!;
    expect(Number(span.getAttribute('x2'))).to.be.closeTo(
      tickX(element, '2026') - tickX(element, '2025'),
      0.2,
    );
    expect(shadow(element).querySelector('time[datetime="2025"]')!.textContent).to.equal('2025');
  });

  it('shows a month-only date as its month', async () => {
    const element = await timeline({ zoom: 'months', selected: 'm-konzept' });
    const konzept = milestone(element, 'Nutzungskonzept');
    expect(konzept.getAttribute('aria-label')).to.contain('Geplant: September 2024');
    expect(details(element)).to.contain('Geplant September 2024');
    const span = Number(konzept.querySelector('.span')!.getAttribute('x2'));
    const month = (m: number) =>
      tickX(
        element,
        new Intl.DateTimeFormat('de', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, m - 1)),
      );
    // September is 30 days wide; the marker sits at its first day.
    expect(translateX(konzept)).to.be.closeTo(month(9), 0.2);
    expect(span).to.be.closeTo(month(10) - month(9), 0.2);
    // A day-precise date has no such bar.
    expect(milestone(element, 'Reflexionspunkt 1').querySelector('.span')).to.equal(null);
  });

  it('places milestones outside all phases and says so', async () => {
    const element = await timeline({ zoom: 'years', selected: 'm-outside' });
    const outside = milestone(element, 'Protest beginnt');
    const firstBand = Math.min(
      ...[...shadow(element).querySelectorAll('g.band rect')].map((r) => Number(r.getAttribute('x'))),
    );
    expect(translateX(outside)).to.be.lessThan(firstBand);
    expect(details(element)).to.contain('Phase außerhalb aller Phasen');
    // A milestone without `phase` gets the phases its date falls in.
    const index = timelineIndex(timelineTestDocument());
    const names = (id: string) =>
      index.milestones.find((m) => m.milestone.id === id)!.phases.map((p) => p.id);
    expect(names('m-konzept')).to.deep.equal(['p-design']);
    expect(names('m-late')).to.deep.equal(['p-impl']);
    expect(names('m-outside')).to.deep.equal([]);
  });

  it('reports undated milestones, including dates that do not exist', async () => {
    const doc = timelineTestDocument() as any;
    doc.milestones[5].planned = '2025-02-30';
    const element = await timeline({}, doc);
    const text = (li: Element) => li.textContent!.replace(/\s+/g, ' ').trim();
    const notice = shadow(element).querySelector('[part="undated"]')!;
    expect([...notice.querySelectorAll(':scope > ol > li')].map(text)).to.deep.equal([
      'Pachtvertrag Café',
      'Irgendwann: Fest im Hof',
      'Verstetigung',
    ]);
    // The paths are there for whoever maintains the data, in a disclosure.
    expect([...notice.querySelectorAll('[part="data-paths"] li')].map(text)).to.deep.equal([
      'milestones[5]',
      'milestones[8]',
      'phases[5]',
    ]);
    // The invalid date is also a data warning in the footer.
    expect(shadow(element).querySelector('[part="data-warnings"]')!.textContent).to.contain(
      'milestones[5].planned',
    );
  });

  it('shows the same calendar day as Intl in UTC, and the same in any time zone', async () => {
    const render = async () => {
      const element = await timeline({ view: 'list' });
      const list = listText(element);
      element.view = null;
      await element.updateComplete;
      const xs = [...shadow(element).querySelectorAll('g.ms[role="button"]')].map(translateX);
      const ticks = [...shadow(element).querySelectorAll('.scale text')].map((t) => t.textContent);
      element.remove();
      return { list, xs, ticks };
    };
    const reference = await render();
    const haushalt = reference.list.find((text) => text.startsWith('Haushalt'))!;
    expect(haushalt).to.contain(`Geplant ${utc('de', DAY_FORMAT, 2025, 1, 1)}`);
    expect(haushalt).to.contain(`Tatsächlich ${utc('de', DAY_FORMAT, 2024, 12, 31)} (1 Tag früher)`);
    expect(utc('de', DAY_FORMAT, 2025, 1, 1)).to.equal('1. Januar 2025');
    const protest = reference.list.find((text) => text.startsWith('Protest'))!;
    expect(protest).to.contain(utc('de', DAY_FORMAT, 2023, 10, 1));
    const konzept = reference.list.find((text) => text.startsWith('Nutzungskonzept'))!;
    expect(konzept).to.contain(utc('de', { year: 'numeric', month: 'long' }, 2024, 9));
    for (const [zone, hours] of [
      ['Pacific/Kiritimati', 14],
      ['Etc/GMT+12', -12],
      ['America/Los_Angeles', -8],
    ] as const) {
      const shifted = await inTimeZone(zone, hours, render);
      // The simulation works: a local getter really sees another day.
      const probe = await inTimeZone(zone, hours, async () => new Date(Date.UTC(2025, 0, 1)).getDate());
      expect(probe, zone).to.equal(hours > 0 ? 1 : 31);
      expect(shifted.list, zone).to.deep.equal(reference.list);
      expect(shifted.xs, zone).to.deep.equal(reference.xs);
      expect(shifted.ticks, zone).to.deep.equal(reference.ticks);
    }
  });

  it('measures delays in days, months or years as precise as both dates', () => {
    expect(delayBetween('2024-03-31', '2024-05-15')).to.deep.equal({ amount: 45, unit: 'day' });
    expect(delayBetween('2025-01-01', '2024-12-31')).to.deep.equal({ amount: -1, unit: 'day' });
    // Across the spring time change the day count stays whole.
    expect(delayBetween('2025-03-29', '2025-03-31')).to.deep.equal({ amount: 2, unit: 'day' });
    expect(delayBetween('2025-06-24', '2025-10-07')).to.deep.equal({ amount: 3, unit: 'month' });
    expect(delayBetween('2003-03', '2003-05-22')).to.deep.equal({ amount: 2, unit: 'month' });
    expect(delayBetween('2003-12', '2005-03-15')).to.deep.equal({ amount: 15, unit: 'month' });
    expect(delayBetween('2004', '2005-06')).to.deep.equal({ amount: 1, unit: 'year' });
    expect(delayBetween('2024-05', '2024-05-20')).to.deep.equal({ amount: 0, unit: 'month' });
    expect(delayBetween('2024-05', undefined)).to.equal(undefined);
    expect(delayBetween('2024-02-30', '2024-03-01')).to.equal(undefined);
  });

  it('packs overlapping phases into lanes and finds funding cliffs once per document', () => {
    const doc = timelineTestDocument();
    const index = timelineIndex(doc);
    expect(timelineIndex(doc)).to.equal(index);
    const lane = (id: string) => index.phases.find((p) => p.phase.id === id)!.lane;
    expect([lane('p-plan'), lane('p-design'), lane('p-impl')]).to.deep.equal([0, 1, 0]);
    expect([index.phaseLanes, index.fundingLanes]).to.deep.equal([2, 1]);
    expect(index.cliffs.map((c) => c.phase.id)).to.deep.equal(['f-2']);
    const [cliff] = index.cliffs;
    expect(new Date(cliff.end).toISOString()).to.equal('2026-01-01T00:00:00.000Z');
    expect(cliff.milestones.map((m) => m.milestone.id)).to.deep.equal(['m-late']);
    // Only paid roles with an end after the cliff: not open-ended ones, not volunteers.
    expect(cliff.assignments.map((a) => a.role)).to.deep.equal(['r-koord']);
    // A follow-up that names the period itself or does not exist is no follow-up.
    const broken = timelineTestDocument();
    broken.phases![3].followUp = 'gibt-es-nicht';
    expect(timelineIndex(broken).cliffs.map((c) => c.phase.id)).to.deep.equal(['f-1', 'f-2']);
    // Order in time, ties in document order.
    expect(index.milestones.map((m) => m.milestone.id)).to.deep.equal([
      'm-outside',
      'm-vertrag',
      'm-konzept',
      'm-reflexion',
      'm-neujahr',
      'm-jahr',
      'm-drop',
      'm-reflexion-2',
      'm-late',
    ]);
  });
});
