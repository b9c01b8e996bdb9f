import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { KoopDocument, LocalizedText } from '@koop/schema';
import { demoDocument } from '../support/helpers.js';
import { openPage } from '../support/page-frame.js';

interface Printed {
  pages: { width: number; height: number; text: string }[];
}

/** A4 in PDF points (1/72 inch): 210 × 297 mm; Chromium rounds to whole hundredths of an inch. */
const A4 = { width: 595.28, height: 841.89 };
const ROUNDING = 1;
const de = (text: LocalizedText | undefined) =>
  (typeof text === 'string' ? text : (text?.de ?? '')).replace(/\s+/g, ' ').trim();

describe('printing the demo page (Chromium PDF output)', () => {
  let printed: Printed;
  let text: string;
  before(async function () {
    this.timeout(90_000);
    printed = (await executeServerCommand('koop-print-pdf', { path: '/demo/index.html' })) as Printed;
    text = printed.pages
      .map((page) => page.text)
      .join(' ')
      .replace(/\s+/g, ' ');
  });

  it('prints on A4 pages, none wider', () => {
    expect(printed.pages.length).to.be.greaterThan(3);
    for (const page of printed.pages) {
      expect(page.width).to.be.at.most(A4.width + ROUNDING);
      expect(page.height).to.be.closeTo(A4.height, ROUNDING);
    }
  });

  it('holds the text of every widget: all goals open, the timeline as a list, the matrix per actor', async () => {
    const ko = await demoDocument('ko-produktion');
    const equal = await demoDocument('equal-strategien');
    const missing = (expected: string[]) => expected.filter((title) => title && !text.includes(title));
    for (const doc of [ko, equal] as KoopDocument[]) {
      // Goal tracker: every goal, the nested ones too (on screen they start closed).
      expect(missing((doc.goals ?? []).map((g) => de(g.title))), 'goals').to.deep.equal([]);
      // Timeline: every milestone with its details (on screen: a panning axis, details closed).
      expect(
        missing((doc.milestones ?? []).filter((m) => m.planned || m.actual).map((m) => de(m.title))),
        'milestones',
      ).to.deep.equal([]);
      // Role matrix: every role held (on screen: a table wider than the page).
      const held = new Set((doc.assignments ?? []).map((a) => a.role));
      expect(
        missing((doc.roles ?? []).filter((r) => held.has(r.id)).map((r) => de(r.name))),
        'roles',
      ).to.deep.equal([]);
    }
    // The feed: every entry of the first one (on screen 10 at a time), the decisions of the second.
    expect(missing((ko.entries ?? []).map((e) => de(e.title))), 'ko entries').to.deep.equal([]);
    expect(
      missing((equal.entries ?? []).filter((e) => e.type === 'decision').map((e) => de(e.title))),
      'decisions',
    ).to.deep.equal([]);
    // Links written out (an address may wrap at the line end).
    expect(text.replace(/\s/g, '')).to.contain(
      'KoopWohl,2023)(https://nbn-resolving.org/urn:nbn:de:gbv:wim2-20230413-49549)',
    );
    // Controls that mean nothing on paper are left out.
    const controls = [
      'Als Liste',
      'Alle aufklappen',
      'Alle zuklappen',
      'Ganz zeigen',
      'Nur Konflikte',
      'Quartale',
    ];
    expect(
      controls.filter((control) => text.includes(control)),
      'controls on paper',
    ).to.deep.equal([]);
  });

  it('leaves no blank areas in full-page captures: short lists paint every item', async function () {
    this.timeout(40_000);
    const page = await openPage('/demo/index.html', 1280);
    try {
      const skipping = page.widgets.flatMap((widget) =>
        [...widget.shadowRoot!.querySelectorAll('*')]
          .filter((element) => getComputedStyle(element).contentVisibility === 'auto')
          .map((element) => `${widget.localName} ${element.localName}.${element.getAttribute('class')}`),
      );
      expect(skipping).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('prints the partner maps with the labels they show on screen', async function () {
    this.timeout(40_000);
    const page = await openPage('/demo/index.html', 1280);
    try {
      const maps = page.widgets.filter((w) => w.localName === 'koop-partner-map');
      expect(maps).to.have.length(2);
      for (const map of maps) {
        const labels = [...map.shadowRoot!.querySelectorAll('svg.base .labels .lb')].map((t) =>
          [...t.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
        );
        expect(labels.length).to.be.greaterThan(5);
        const absent = labels.filter((label) => !label.split(' ').every((word) => text.includes(word)));
        expect(absent, 'map labels').to.deep.equal([]);
      }
    } finally {
      page.remove();
    }
  });
});
