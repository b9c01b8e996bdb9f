// Every editor role, with and without DISALLOW_UNFILTERED_HTML (what managed hosting sets):
// the block, the shortcode and a pasted tag (block editor and classic editor) are stored
// intact, render the widget from a Media Library document, and survive a title edit. A
// Contributor's post goes through review and is published by an Editor.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  configure,
  createPost,
  launchBrowser,
  readPost,
  rest,
  ROLES,
  sitePhp,
  updatePost,
  upload,
  widgetsOn,
} from './support/client.mjs';

const root = new URL('../..', import.meta.url).pathname;
const NAME = 'Nachbarschaftshaus Alte Feuerwache – Ko-Produktion in Musterstadt';

const VARIANTS = [
  { name: 'default', constants: {} },
  { name: 'DISALLOW_UNFILTERED_HTML', constants: { DISALLOW_UNFILTERED_HTML: true } },
];

/** The markups, each with its own widget so the page shows which one rendered. */
const blockEditorContent = (src) => `<!-- wp:paragraph -->
<p>Ein Absatz vor den Widgets.</p>
<!-- /wp:paragraph -->

<!-- wp:koop/widget {"widgets":["goal-tracker"],"src":"${src}","options":{"goal-tracker":{"lang":"de"}}} /-->

<!-- wp:shortcode -->
[koop widget="transparency-feed" src="${src}" page-size="5"]
<!-- /wp:shortcode -->

<!-- wp:html -->
<koop-role-matrix src="${src}" conflicts-only><a href="${src}">Rollen der Kooperation (JSON)</a></koop-role-matrix>
<!-- /wp:html -->`;

const classicContent = (src) => `Ein Absatz vor den Widgets.

<koop-milestone-timeline src="${src}" view="list"><a href="${src}">Meilensteine der Kooperation (JSON)</a></koop-milestone-timeline>

[koop widget="partner-map" src="${src}" view="list" fallback="Partner der Kooperation (JSON)"]

Ein Absatz danach.`;

const CELLS = [
  ['block', 'koop-goal-tracker', 'Block'],
  ['shortcode', 'koop-transparency-feed', 'Shortcode'],
  ['pasted', 'koop-role-matrix', 'Pasted tag (Custom HTML block)'],
  ['classic-pasted', 'koop-milestone-timeline', 'Pasted tag (classic editor, wpautop)'],
  ['classic-shortcode', 'koop-partner-map', 'Shortcode (classic editor, wpautop)'],
];

let browser;
let page;
let src;
/** variant → role → cell → what was measured. */
const table = {};

before(async () => {
  const media = await upload(
    'author',
    'ko-produktion.json',
    readFileSync(`${root}demo/data/ko-produktion.json`),
  );
  assert.equal(media.status, 201, JSON.stringify(media.body));
  src = media.body.source_url;
  browser = await launchBrowser();
  page = await browser.newPage();
});

after(async () => {
  configure({});
  await browser?.close();
  const mark = (cell) =>
    cell?.stored && cell?.renders
      ? '✔'
      : `✖ ${cell?.stored ? '' : 'lost on save'}${cell?.renders ? '' : ' does not render'}`;
  const lines = [
    `| variant | role | ${CELLS.map(([, , label]) => label).join(' | ')} | title edit keeps widgets |`,
    `| --- | --- | ${CELLS.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const [variant, roles] of Object.entries(table))
    for (const [role, cells] of Object.entries(roles))
      lines.push(
        `| ${variant} | ${role}${role === 'contributor' ? ' (→ review → Editor publishes)' : ''} | ${CELLS.map(([key]) => mark(cells[key])).join(' | ')} | ${cells.title ? '✔' : '✖'} |`,
      );
  mkdirSync(`${root}test-results`, { recursive: true });
  writeFileSync(`${root}test-results/wordpress-roles.md`, `${lines.join('\n')}\n`);
});

/** Publishes (a Contributor's post: submitted for review, then published by an Editor). */
async function publish(role, post) {
  if (role !== 'contributor') return post;
  assert.equal(post.status, 'pending');
  return updatePost('editor', post.id, { status: 'publish' });
}

async function rendered(link) {
  await page.goto(link, { waitUntil: 'domcontentloaded' });
  return widgetsOn(page);
}

for (const variant of VARIANTS) {
  describe(`WordPress ${variant.name === 'default' ? 'as installed' : `with ${variant.name}`}`, () => {
    before(() => configure(variant.constants));

    it(`${variant.constants.DISALLOW_UNFILTERED_HTML ? 'filters' : 'does not filter'} an Administrator's HTML`, async () => {
      const content = '<!-- wp:html -->\n<p>Vorher</p><script>console.log(1)</script>\n<!-- /wp:html -->';
      const post = await createPost('administrator', { title: 'Skript', content, status: 'draft' });
      assert.equal(post.content.raw.includes('<script>'), !variant.constants.DISALLOW_UNFILTERED_HTML);
      await rest('administrator', `/wp/v2/posts/${post.id}&force=true`, { method: 'DELETE' });
    });

    for (const role of ROLES) {
      describe(`${role}${role === 'contributor' ? ' (submits for review, an Editor publishes)' : ''}`, () => {
        const cells = ((table[variant.name] ??= {})[role] = {});
        const sent = {};
        const stored = {};
        let shown;

        before(async () => {
          const status = role === 'contributor' ? 'pending' : 'publish';
          sent.blocks = blockEditorContent(src);
          sent.classic = classicContent(src);
          let blocks = await createPost(role, { title: `Widgets von ${role}`, content: sent.blocks, status });
          let classic = await createPost(role, {
            title: `Klassisch von ${role}`,
            content: sent.classic,
            status,
          });
          stored.blocks = blocks.content.raw;
          stored.classic = classic.content.raw;
          // A title edit by the same role re-saves the content through the HTML filter.
          blocks = await updatePost(role, blocks.id, { title: `Widgets von ${role}, neuer Titel` });
          classic = await updatePost(role, classic.id, { title: `Klassisch von ${role}, neuer Titel` });
          cells.title = blocks.content.raw === sent.blocks && classic.content.raw === sent.classic;
          blocks = await publish(role, blocks);
          classic = await publish(role, classic);
          stored.published = blocks.content.raw === sent.blocks && classic.content.raw === sent.classic;
          shown = [...(await rendered(blocks.link)), ...(await rendered(classic.link))];
        });

        for (const [key, tag, label] of CELLS) {
          it(`${label}: stored intact and renders <${tag}> from the Media Library document`, () => {
            const content = key.startsWith('classic') ? 'classic' : 'blocks';
            const widget = shown.find((w) => w.tag === tag);
            cells[key] = {
              stored: stored[content] === sent[content] && stored.published,
              renders: Boolean(widget?.defined && widget.shows === NAME && !widget.fallbackVisible),
            };
            assert.equal(stored[content], sent[content], 'as saved');
            assert.ok(stored.published, 'as published');
            assert.ok(widget, `<${tag}> on the page`);
            assert.deepEqual(
              {
                defined: widget.defined,
                shows: widget.shows,
                error: widget.error,
                fallbackVisible: widget.fallbackVisible,
              },
              { defined: true, shows: NAME, error: null, fallbackVisible: false },
            );
            // Inside the element, after wpautop too.
            assert.ok(widget.fallback, 'the fallback link is inside the element');
          });
        }

        it('keeps every widget when the same role edits only the title', () => {
          assert.ok(cells.title);
        });
      });
    }
  });
}

describe('without the plugin (the reason it exists)', () => {
  it("loses an Author's pasted tag on saving, and keeps it with the plugin", async () => {
    configure({});
    const content = `<!-- wp:html -->\n<koop-goal-tracker src="${src}"><a href="${src}">Ziele (JSON)</a></koop-goal-tracker>\n<!-- /wp:html -->`;
    assert.deepEqual(await sitePhp('deactivate'), { active: false });
    try {
      const post = await createPost('author', { title: 'Ohne Plugin', content, status: 'draft' });
      assert.equal(
        post.content.raw,
        '<!-- wp:html -->\n<a href="' + src + '">Ziele (JSON)</a>\n<!-- /wp:html -->',
      );
    } finally {
      assert.deepEqual(await sitePhp('activate'), { active: true });
    }
    const post = await createPost('author', { title: 'Mit Plugin', content, status: 'draft' });
    assert.equal(post.content.raw, content);
  });

  it('never lets a <script> through for roles without unfiltered_html', async () => {
    const content = `<!-- wp:html -->\n<koop-goal-tracker src="${src}"><script>alert(1)</script></koop-goal-tracker>\n<!-- /wp:html -->`;
    const post = await createPost('author', { title: 'Mit Skript', content, status: 'draft' });
    assert.doesNotMatch(post.content.raw, /<script/);
    assert.match(post.content.raw, /<koop-goal-tracker src="[^"]+">/);
    const check = await readPost('author', post.id);
    assert.equal(check.content.raw, post.content.raw);
    await rest('author', `/wp/v2/posts/${post.id}`, { method: 'DELETE' });
  });
});
