import { expect } from '@open-wc/testing';
import { timelineIndex } from '@koop/milestone-timeline';
import { timelineTestDocument } from '../fixtures/timeline-document.js';
import { groupedLayout, slice } from '../../packages/milestone-timeline/src/layout.js';
import { milestoneLabels, todayLabel } from '../../packages/milestone-timeline/src/labels.js';
import { clamp, openingFrom, spanAt, zoomFor } from '../../packages/milestone-timeline/src/window.js';

const DAY = 86_400_000;
const EM = 16;

describe('milestone timeline: window, slicing and labels (DOM-free)', () => {
  const index = timelineIndex(timelineTestDocument());
  const length = index.end - index.start;

  it('keeps the window on the axis, centred when all of it fits', () => {
    expect(clamp(index.start - 10 * DAY, index, length / 4)).to.equal(index.start);
    expect(clamp(index.end, index, length / 4)).to.equal(index.end - length / 4);
    expect(clamp(0, index, length * 2)).to.equal(index.start - length / 2);
  });

  it('opens with today in view, else on the period', () => {
    const [start, end] = index.period;
    const span = (end - start) / 4;
    const today = start + (end - start) / 2;
    expect(openingFrom(index, today, span)).to.equal(today - span / 2);
    expect(openingFrom(index, end + 400 * DAY, span)).to.equal(start - span * 0.02);
    expect(openingFrom(index, end + 400 * DAY, (end - start) * 2)).to.equal(start - (end - start) / 2);
  });

  it('takes the zoom asked for, else the finest at which the period fits', () => {
    expect(zoomFor(index, 'months', EM, 100)).to.equal('months');
    expect(zoomFor(index, null, EM, 1)).to.equal('years');
    const wide = zoomFor(index, null, EM, 1e7);
    expect(wide).to.equal('months');
    expect(spanAt('years', EM, 160)).to.be.closeTo(365.25 * DAY, DAY / 1000);
  });

  it('slices a layout to the window; the first milestone in view takes focus', () => {
    const plan = groupedLayout(index, 'months', EM, undefined, () => '');
    const from = index.milestones[1].time - DAY;
    const width = 20 * EM;
    const part = slice(plan, index, from, width, EM, -1);
    const left = (from - index.start) * plan.scale;
    expect(part.left).to.equal(left);
    expect(part.roving).to.equal(plan.primary.find((o) => o.x >= left)!.m.order);
    expect(part.focusable).to.equal(plan.primary[part.roving]);
    expect(part.shown).not.to.include(part.focusable);
    for (const o of part.shown) expect(part.within(o.left, o.right)).to.equal(true);
    // A milestone kept in focus stays the focusable one, wherever the window is.
    expect(slice(plan, index, from, width, EM, 0).focusable).to.equal(plan.primary[0]);
  });

  it('names lanes by the grouped items, then a lane for none of them', () => {
    const plan = groupedLayout(index, 'years', EM, 'goal', (item) => (item ? 'goal' : 'none'));
    expect(plan.lanes.map((l) => l.label)).to.deep.equal(['goal', 'goal', 'none']);
  });

  it('places "today" right of its line, else left of it, else not at all', () => {
    const bounds: [number, number, number, number] = [0, 0, 200, 100];
    expect(todayLabel(50, 40, bounds, EM)!.end).to.equal(false);
    expect(todayLabel(190, 40, bounds, EM)!.end).to.equal(true);
    expect(todayLabel(300, 40, bounds, EM)).to.equal(undefined);
  });

  it('shows the title under the pointer in full, over the others, when it fits beside nothing', () => {
    const plan = groupedLayout(index, 'months', EM, undefined, () => '');
    const o = plan.primary[0];
    const bounds: [number, number, number, number] = [o.x - 2 * EM, 0, o.x + 2 * EM, plan.height];
    const title = 'A title far wider than the window it is in';
    const labels = milestoneLabels({
      visible: [o],
      selected: undefined,
      tip: o.m.order,
      title: () => title,
      measure: (text) => text.length * 8,
      bounds,
      em: EM,
      obstacles: [],
    });
    const hint = labels.get(o)!;
    expect(hint.text).to.equal(title);
    expect(hint.x).to.be.within(bounds[0], bounds[2]);
  });
});
