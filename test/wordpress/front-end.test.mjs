// The published page in Twenty Twenty-Three: the kit loads only where a widget is, and then
// only that widget's modules; <koop-data> stays in the content column; readers without
// JavaScript get the link; axe finds nothing; the snippet builder's WordPress output works.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { elements } from '../../scripts/elements.mjs';
import { bundle } from '../support/bundle.mjs';
import {
  configure,
  createPost,
  launchBrowser,
  recordKitRequests,
  upload,
  widgetsOn,
} from './support/client.mjs';

const root = new URL('../..', import.meta.url).pathname;
const ELEMENT_MODULES = elements.map(({ name }) => `${name}.js`);

let browser;
let page;
let src;

const block = (attributes) => `<!-- wp:koop/widget ${JSON.stringify(attributes)} /-->`;
const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

before(async () => {
  configure({});
  const media = await upload(
    'editor',
    'kooperation.json',
    readFileSync(`${root}demo/data/ko-produktion.json`),
  );
  assert.equal(media.status, 201);
  src = media.body.source_url;
  browser = await launchBrowser();
  page = await browser.newPage();
});

after(() => browser?.close());

describe('loading the kit', () => {
  it('loads no kit file on a page without a widget', async () => {
    const post = await createPost('author', {
      title: 'Ohne Widget',
      content: paragraph('Nur Text.'),
      status: 'publish',
    });
    const requested = recordKitRequests(page);
    const response = await page.goto(post.link, { waitUntil: 'networkidle0' });
    assert.deepEqual(requested, []);
    assert.doesNotMatch(await response.text(), /koop-autoloader|\/koop\/kit\//);
  });

  it('loads, as an ES module, only the modules of the widget on the page', async () => {
    const post = await createPost('author', {
      title: 'Ein Widget',
      content: `${paragraph('Unsere Ziele:')}\n\n${block({ widgets: ['goal-tracker'], src })}`,
      status: 'publish',
    });
    const requested = recordKitRequests(page);
    const response = await page.goto(post.link, { waitUntil: 'networkidle0' });
    const html = await response.text();
    assert.equal(
      html.match(
        /<script type="module" src="[^"]*\/koop\/kit\/koop-autoloader\.js\?ver=[^"]+" id="koop-js"><\/script>/g,
      )?.length,
      1,
    );
    const [widget] = await widgetsOn(page);
    assert.equal(widget.tag, 'koop-goal-tracker');
    assert.ok(widget.shows);
    const files = requested.map((path) => path.split('/koop/kit/')[1]);
    assert.ok(files.includes('koop-autoloader.js'));
    assert.deepEqual(
      files.filter((file) => ELEMENT_MODULES.includes(file) || file === 'koop.js'),
      ['koop-goal-tracker.js'],
    );
    assert.ok(
      files.every(
        (file) => ['koop-autoloader.js', 'koop-goal-tracker.js'].includes(file) || file.startsWith('chunks/'),
      ),
      files.join(', '),
    );
  });
});

describe('the page', () => {
  let post;
  before(async () => {
    post = await createPost('author', {
      title: 'Zwei Widgets, ein Dokument',
      content: [
        paragraph('Ein Absatz in der Inhaltsspalte.'),
        block({
          widgets: ['goal-tracker', 'transparency-feed'],
          src,
          options: { 'transparency-feed': { 'page-size': '3' } },
        }),
        paragraph('Ein Absatz danach.'),
      ].join('\n\n'),
      status: 'publish',
    });
  });

  it("keeps a <koop-data> block's two widgets inside Twenty Twenty-Three's content column", async () => {
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(post.link, { waitUntil: 'domcontentloaded' });
    const widgets = await widgetsOn(page);
    assert.deepEqual(
      widgets.map((w) => [w.tag, w.parent]),
      [
        ['koop-data', 'div'],
        ['koop-goal-tracker', 'koop-data'],
        ['koop-transparency-feed', 'koop-data'],
      ],
    );
    const boxes = await page.evaluate(() => {
      const box = (element) => element.getBoundingClientRect().toJSON();
      return {
        paragraph: box(document.querySelector('.wp-block-post-content > p')),
        widgets: [...document.querySelectorAll('koop-goal-tracker, koop-transparency-feed')].map(box),
      };
    });
    // Twenty Twenty-Three's contentSize.
    assert.equal(boxes.paragraph.width, 650);
    for (const widget of boxes.widgets) {
      assert.ok(
        widget.left >= boxes.paragraph.left - 0.5 && widget.right <= boxes.paragraph.right + 0.5,
        JSON.stringify(widget),
      );
      assert.ok(widget.height > 100);
    }
    // The theme's block gap between them, as between any two blocks.
    assert.ok(boxes.widgets[1].top >= boxes.widgets[0].bottom + 16, 'space between the widgets');
  });

  it('passes axe', async () => {
    await page.goto(post.link, { waitUntil: 'domcontentloaded' });
    await widgetsOn(page);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      // WordPress's own skip link (outside any landmark) is not the plugin's to fix.
      const result = await window.axe.run({ exclude: [['.skip-link']] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
  });

  it('shows readers without JavaScript the link inside the widget', async () => {
    const plain = await browser.newPage();
    try {
      await plain.setJavaScriptEnabled(false);
      await plain.goto(post.link, { waitUntil: 'domcontentloaded' });
      const link = await plain.evaluate(() => {
        const a = document.querySelector('koop-data > koop-goal-tracker > a');
        return a && { href: a.href, text: a.textContent, visible: a.checkVisibility() };
      });
      assert.deepEqual(link, { href: src, text: 'Die Daten der Kooperation (JSON)', visible: true });
    } finally {
      await plain.close();
    }
  });
});

describe("the snippet builder's output, pasted into WordPress", () => {
  let snippet;
  before(async () => {
    const code = await bundle({
      entryPoints: [`${root}packages/kit/src/snippet.ts`],
      platform: 'node',
      conditions: ['koop-source'],
    });
    snippet = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  });
  const choices = () => ({
    tag: 'koop-data',
    widgets: ['koop-goal-tracker', 'koop-transparency-feed'],
    values: {
      lang: 'en',
      'koop-transparency-feed/types': 'decision',
      'koop-transparency-feed/page-size': '4',
    },
    fallback: 'Data of the cooperation “Ko-Produktion” (JSON file)',
  });
  /** The link for readers without JavaScript: in the first widget, wherever WordPress put the tags. */
  const fallbackLink = () =>
    page.evaluate(() => {
      const a = document.querySelector('koop-data > koop-goal-tracker > a');
      return a && { href: a.getAttribute('href'), text: a.textContent };
    });

  for (const target of ['block', 'shortcode']) {
    it(`renders the ${target} target for an Author`, async () => {
      const { wordpressBlock, wordpressShortcode, wordpressWidget } = snippet;
      const widget = wordpressWidget(choices(), src);
      const pasted =
        target === 'block'
          ? wordpressBlock(widget)
          : `<!-- wp:shortcode -->\n${wordpressShortcode(widget)}<!-- /wp:shortcode -->`;
      const post = await createPost('author', {
        title: `Aus dem Baukasten: ${target}`,
        content: pasted,
        status: 'publish',
      });
      assert.equal(post.content.raw, pasted);
      await page.goto(post.link, { waitUntil: 'domcontentloaded' });
      await widgetsOn(page);
      const markup = await page.evaluate(() =>
        [...document.querySelectorAll('koop-data, koop-data *')].map((e) => [
          e.localName,
          ...e
            .getAttributeNames()
            .filter((n) => n !== 'class')
            .map((n) => `${n}=${e.getAttribute(n)}`),
        ]),
      );
      assert.deepEqual(
        markup.filter(([name]) => name.startsWith('koop-')),
        [
          ['koop-data', `src=${src}`, 'lang=en'],
          ['koop-goal-tracker'],
          ['koop-transparency-feed', 'types=decision', 'page-size=4'],
        ],
      );
      assert.deepEqual(await fallbackLink(), { href: src, text: choices().fallback });
    });
  }

  it('keeps widgets and fallback content of its HTML snippet inside the elements through wpautop (classic editor)', async () => {
    const html = snippet.buildSnippet({
      ...choices(),
      source: { kind: 'url', url: src },
      kitUrl: '',
      bundle: 'autoloader',
    });
    // Without the script tag, which WordPress removes for most roles and the plugin does not need.
    const pasted = html.replace(/^<script[^>]*><\/script>\n/, '');
    assert.doesNotMatch(pasted, /<script/);
    const post = await createPost('author', {
      title: 'HTML aus dem Baukasten',
      content: `Vorher.\n\n${pasted}\nNachher.`,
      status: 'publish',
    });
    await page.goto(post.link, { waitUntil: 'domcontentloaded' });
    const widgets = await widgetsOn(page);
    assert.deepEqual(widgets.map((w) => [w.tag, w.parent]).slice(1), [
      ['koop-goal-tracker', 'koop-data'],
      ['koop-transparency-feed', 'koop-data'],
    ]);
    assert.ok(widgets.slice(1).every((w) => w.shows));
    assert.deepEqual(await fallbackLink(), { href: src, text: choices().fallback });
    // Whatever the builder puts inside a tag (a fallback link) is still inside it.
    const inside = await page.evaluate(() =>
      [...document.querySelectorAll('koop-data *:not(koop-goal-tracker, koop-transparency-feed)')]
        .filter((e) => e.checkVisibility())
        .map((e) => e.localName),
    );
    // The line breaks wpautop adds between the tags take no room; no paragraph splits a tag.
    assert.ok(!inside.includes('p') && !inside.includes('br'), `inside the elements: ${inside}`);
  });
});
