import { expect, waitUntil } from '@open-wc/testing';

describe('strict Content-Security-Policy', () => {
  it('renders and operates every widget state with zero violations', async function () {
    this.timeout(40_000);
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-page.html';
    // Wide enough for the timeline's axis and the map's stage (narrower, they show lists).
    frame.style.width = '1100px';
    frame.style.height = '800px';
    document.body.append(frame);
    try {
      await waitUntil(
        () => (frame.contentWindow as Window & { cspDone?: unknown })?.cspDone,
        'page finished',
        {
          timeout: 35_000,
        },
      );
      const response = await fetch('/test/csp/strict-page.html');
      expect(response.headers.get('Content-Security-Policy')).to.contain(
        "require-trusted-types-for 'script'",
      );
      const { violations, rendered } = (frame.contentWindow as any).cspDone;
      expect(violations).to.deep.equal([]);
      expect(rendered).to.deep.equal({
        shared: 'ready',
        english: 'ready',
        own: 'ready',
        missing: 'error',
        inline: 'error',
        feed: 'ready',
        'feed-en': 'ready',
        timeline: 'ready',
        'timeline-en': 'ready',
        roles: 'ready',
        'roles-en': 'ready',
        map: 'ready',
        'map-geo': 'ready',
        summary: 'ready',
        'summary-en': 'ready',
        directory: 'ready',
        'directory-en': 'ready',
      });
      // The second round (test/hardening/csp-interactions.ts): every remaining interaction.
      const { more } = (frame.contentWindow as any).cspDone;
      const errorStates = Object.fromEntries(
        [
          'koop-goal-tracker',
          'koop-transparency-feed',
          'koop-milestone-timeline',
          'koop-role-matrix',
          'koop-partner-map',
          'koop-cooperation-summary',
          'koop-actor-directory',
        ].flatMap((tag) => [
          [`${tag} missing`, 'error'],
          [`${tag} invalid`, 'error'],
        ]),
      );
      expect(more).to.deep.equal({
        'map: interactions': 'ready',
        'map-geo: interactions': 'ready',
        'timeline: interactions': 'ready',
        'timeline-en: interactions': 'ready',
        ...errorStates,
        'refresh failed': 'stale',
        'refresh added': 'ready',
      });
    } finally {
      frame.remove();
    }
  });

  /** What an editor page under the policy reports once it has done everything. */
  async function editorPage(
    src: string,
  ): Promise<{ violations: unknown[]; rendered: Record<string, string> }> {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.width = '1280px';
    frame.style.height = '800px';
    document.body.append(frame);
    try {
      await waitUntil(() => (frame.contentWindow as any)?.cspDone, 'page finished', { timeout: 55_000 });
      return (frame.contentWindow as any).cspDone;
    } finally {
      frame.remove();
    }
  }

  it('lets the editor do everything with zero violations', async function () {
    this.timeout(60_000);
    const { violations, rendered } = await editorPage('/test/csp/editor-page.html');
    expect(violations).to.deep.equal([]);
    expect(rendered).to.deep.equal({
      actors: 'form',
      relations: 'form',
      roles: 'form',
      assignments: 'form',
      conflicts: 'form',
      conflictRules: 'form',
      goals: 'form',
      phases: 'form',
      milestones: 'form',
      entries: 'form',
      preview: '5',
      english: 'yes',
    });
  });

  it('lets the editor make and review change proposals with zero violations', async function () {
    this.timeout(60_000);
    const { violations, rendered } = await editorPage('/test/csp/proposals-page.html');
    expect(violations).to.deep.equal([]);
    expect(rendered).to.deep.equal({
      proposal: 'made',
      conflict: 'shown',
      refused: 'shown',
      applied: 'yes',
      english: 'yes',
    });
  });

  it('would notice a violation (the page really is under the policy)', async function () {
    // The page exercises every widget first: on a busy machine that takes longer than mocha's default.
    this.timeout(30_000);
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-page.html';
    document.body.append(frame);
    try {
      await waitUntil(() => (frame.contentWindow as any)?.cspDone, 'page finished', { timeout: 25000 });
      const win = frame.contentWindow as any;
      const element = win.document.createElement('div');
      element.setAttribute('style', 'color: red');
      win.document.body.append(element);
      await waitUntil(() => win.cspViolations.length > 0, 'violation reported', { timeout: 3000 });
      expect(win.cspViolations[0].directive).to.match(/style-src/);
    } finally {
      frame.remove();
    }
  });
});
