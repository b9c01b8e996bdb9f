import { expect, waitUntil } from '@open-wc/testing';
import { autoload } from '../../packages/kit/src/autoload.js';
import { requestCount, textOf, uniqueName } from '../support/helpers.js';

// The autoloader as dist/ ships it, served from a folder of the page's choosing (see
// test/support/kit-middleware.mjs): the element modules it requests must sit next to it.
const base = '/__kit/cms/fileadmin/koop/';

/** Paths of the kit modules this page has requested so far. */
const kitRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/__kit/'));

function addScript(src: string): Promise<unknown> {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  document.head.append(script);
  return loaded;
}

const rendered = (element: Element, selector: string) =>
  waitUntil(() => element.shadowRoot?.querySelector(selector), `${element.localName} rendered`, {
    timeout: 8000,
  });

describe('koop-autoloader.js', () => {
  const area = document.createElement('main');
  document.body.append(area);

  it('loads only the modules of the tags on the page, from its own folder', async () => {
    area.insertAdjacentHTML(
      'beforeend',
      `<koop-goal-tracker src="/__koop/doc/${uniqueName('auto')}.json"></koop-goal-tracker>`,
    );
    await addScript(`${base}koop-autoloader.js`);
    const tracker = area.querySelector('koop-goal-tracker')!;
    await rendered(tracker, '.tracker');
    expect(textOf(tracker)).to.contain('EQUAL');
    expect(kitRequests()).to.have.members([`${base}koop-autoloader.js`, `${base}koop-goal-tracker.js`]);
  });

  it('upgrades tags added later, including widgets inside a <koop-data> added at once', async () => {
    const name = uniqueName('auto-late');
    const section = document.createElement('section');
    section.insertAdjacentHTML(
      'beforeend',
      `<koop-data src="/__koop/doc/${name}">
        <koop-milestone-timeline></koop-milestone-timeline>
        <koop-goal-tracker></koop-goal-tracker>
      </koop-data>`,
    );
    area.append(section);
    const timeline = section.querySelector('koop-milestone-timeline')!;
    const tracker = section.querySelector('koop-goal-tracker')!;
    await rendered(timeline, 'svg, .list');
    await rendered(tracker, '.tracker');
    expect(await requestCount(name)).to.equal(1);
    expect(kitRequests()).to.have.members([
      `${base}koop-autoloader.js`,
      `${base}koop-goal-tracker.js`,
      `${base}koop-data.js`,
      `${base}koop-milestone-timeline.js`,
    ]);
  });

  it('requests each module once, however many tags use it', async () => {
    for (let i = 0; i < 3; i++)
      area.insertAdjacentHTML('beforeend', `<koop-milestone-timeline lang="en"></koop-milestone-timeline>`);
    await waitUntil(() => customElements.get('koop-milestone-timeline'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(kitRequests().filter((path) => path.endsWith('koop-milestone-timeline.js'))).to.have.length(1);
  });

  it('never requests anything for tags that are not the kit’s', async () => {
    area.insertAdjacentHTML('beforeend', '<koop-evil></koop-evil><koop-data-x></koop-data-x>');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(kitRequests().some((path) => /evil|data-x/.test(path))).to.equal(false);
    expect(kitRequests()).to.have.length(4);
  });
});

describe('autoload()', () => {
  it('keeps a tag whose module failed to load, and tries again when one is inserted again', async () => {
    // Detached, so the page's own autoloader (from the tests above) never sees these tags.
    const root = document.createElement('div');
    const calls: string[] = [];
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let fail = true;
    const stop = autoload(root, (tag) => {
      calls.push(tag);
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve();
    });
    try {
      root.insertAdjacentHTML('beforeend', '<p>Vorab-Text</p><koop-role-matrix></koop-role-matrix>');
      await waitUntil(() => errors.length === 1, 'failure reported');
      expect(root.querySelector('p')!.textContent).to.equal('Vorab-Text');
      fail = false;
      root.append(document.createElement('koop-role-matrix'));
      await waitUntil(() => calls.length === 2, 'second attempt');
      root.append(document.createElement('koop-role-matrix'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls).to.deep.equal(['koop-role-matrix', 'koop-role-matrix']);
    } finally {
      stop();
      console.error = consoleError;
    }
  });

  it('scans the root it is given, including the root element itself', async () => {
    const root = document.createElement('koop-transparency-feed');
    root.insertAdjacentHTML('beforeend', '<koop-partner-map></koop-partner-map>');
    const calls: string[] = [];
    const stop = autoload(root, (tag) => (calls.push(tag), Promise.resolve()));
    stop();
    expect(calls).to.have.members(['koop-transparency-feed', 'koop-partner-map']);
  });
});
