import { expect, waitUntil } from '@open-wc/testing';

describe('strict Content-Security-Policy', () => {
  it('renders and operates every widget state with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-page.html';
    document.body.append(frame);
    try {
      await waitUntil(
        () => (frame.contentWindow as Window & { cspDone?: unknown })?.cspDone,
        'page finished',
        {
          timeout: 15000,
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
      });
    } finally {
      frame.remove();
    }
  });

  it('would notice a violation (the page really is under the policy)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-page.html';
    document.body.append(frame);
    try {
      await waitUntil(() => (frame.contentWindow as any)?.cspDone, 'page finished', { timeout: 15000 });
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
