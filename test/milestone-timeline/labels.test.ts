import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import '@koop/milestone-timeline/koop-milestone-timeline.js';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import { shadow } from '../support/helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function demoTimeline(file: string, attributes: { today: string; groupBy?: string }) {
  const element = await fixture<KoopMilestoneTimeline>(
    html`<koop-milestone-timeline
      src="/demo/data/${file}.json"
      today=${attributes.today}
      group-by=${attributes.groupBy ?? ''}
    ></koop-milestone-timeline>`,
  );
  await waitUntil(() => shadow(element).querySelector('svg.axis'), 'axis', { timeout: 8000 });
  await frame();
  await element.updateComplete;
  return element;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && a.right > b.left + 0.5 && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5;

/** Texts of the axis that reach past its box, and pairs of texts that overlap. */
function problems(element: Element): string[] {
  const svg = shadow(element).querySelector('svg.axis')!;
  const edge = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
  const boxes = texts.map((t) => t.getBoundingClientRect());
  const found: string[] = [];
  texts.forEach((t, i) => {
    const b = boxes[i];
    if (
      b.left < edge.left - 0.5 ||
      b.right > edge.right + 0.5 ||
      b.top < edge.top - 0.5 ||
      b.bottom > edge.bottom + 0.5
    )
      found.push(`clipped: ${t.textContent}`);
    for (let j = i + 1; j < texts.length; j++)
      if (overlap(b, boxes[j])) found.push(`overlap: ${t.textContent} / ${texts[j].textContent}`);
  });
  return found;
}

describe('<koop-milestone-timeline> labels', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const cases = [
    { file: 'ko-produktion', today: '2026-12-03' },
    { file: 'ko-produktion', today: '2026-12-03', groupBy: 'goal' },
    { file: 'equal-strategien', today: '2004-06-30', groupBy: 'phase' },
    { file: 'equal-strategien', today: '2005-12-20' },
  ];
  for (const width of [800, 1280])
    for (const c of cases)
      it(`neither overlap nor are cut at an edge: ${c.file}${c.groupBy ? ` by ${c.groupBy}` : ''}, ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const element = await demoTimeline(c.file, c);
        const labels = [...shadow(element).querySelectorAll('g.ms text')];
        expect(labels.length, 'milestone labels').to.be.greaterThan(3);
        expect(problems(element)).to.deep.equal([]);
        // The today label is clear of the scale's labels (years, quarters).
        const today = shadow(element).querySelector('.today text');
        if (today) {
          const box = today.getBoundingClientRect();
          const scale = [...shadow(element).querySelectorAll('.scale text')].map((t) =>
            t.getBoundingClientRect(),
          );
          expect(scale.filter((b) => overlap(b, box))).to.deep.equal([]);
          for (const band of shadow(element).querySelectorAll('.band rect'))
            expect(overlap(band.getBoundingClientRect(), box), 'today over a band').to.equal(false);
        }
        // Moved to the end of the axis, the labels there stay clear of the edge too.
        shadow(element).querySelector<SVGGElement>('g.ms[tabindex="0"]')!.focus();
        await sendKeys({ press: 'End' });
        await new Promise((resolve) => setTimeout(resolve, 400));
        await element.updateComplete;
        expect(problems(element).filter((p) => p.startsWith('clipped'))).to.deep.equal([]);
      });

  it('shows the full title on focus and on hover, and Escape hides it again', async () => {
    await setViewport({ width: 800, height: 800 });
    const element = await demoTimeline('ko-produktion', { today: '2026-12-03' });
    const title = (g: Element) => g.getAttribute('aria-label')!.split('. ')[0];
    const short = () =>
      [...shadow(element).querySelectorAll<SVGGElement>('g.ms[role="button"]')].filter((g) => {
        const text = g.querySelector('text')?.textContent ?? '';
        return text !== title(g);
      });
    const [first] = short();
    expect(first, 'a milestone without its full title').to.exist;
    const name = title(first);
    first.focus();
    await element.updateComplete;
    const shown = () =>
      [...shadow(element).querySelectorAll('g.ms[role="button"]')].find((g) => title(g) === name)!;
    expect(shown().querySelector('text')!.textContent).to.equal(name);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shown().querySelector('text')?.textContent ?? '').not.to.equal(name);
    (shadow(element).activeElement as HTMLElement).blur();
    await element.updateComplete;
    // Hover: the pointer over another shortened one.
    const [other] = short().filter((g) => title(g) !== name);
    const box = other.querySelector('.shape')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitUntil(
      () =>
        [...shadow(element).querySelectorAll('g.ms[role="button"]')]
          .find((g) => title(g) === title(other))!
          .querySelector('text')?.textContent === title(other),
      'full title on hover',
    );
    await resetMouse();
  });
});
