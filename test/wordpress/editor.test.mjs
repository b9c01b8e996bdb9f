// The block in the block editor, as an editor uses it: insert "Koop-Widget", upload a document
// with an error through the Media Library and read the data check, switch to a good document
// by address, see the kit's own widget as the preview, set an option, publish.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { configure, launchBrowser, loggedIn, readPost, site, upload, widgetsOn } from './support/client.mjs';

const root = new URL('../..', import.meta.url).pathname;
const NAME = 'Nachbarschaftshaus Alte Feuerwache – Ko-Produktion in Musterstadt';

let browser;
let good;
let brokenFile;

before(async () => {
  configure({});
  const media = await upload(
    'editor',
    'ko-produktion.json',
    readFileSync(`${root}demo/data/ko-produktion.json`),
  );
  assert.equal(media.status, 201);
  good = media.body.source_url;
  const broken = JSON.parse(readFileSync(`${root}demo/data/ko-produktion.json`, 'utf8'));
  delete broken.actors[0].name;
  brokenFile = join(mkdtempSync(join(tmpdir(), 'koop-editor-')), 'kooperation-mit-fehler.json');
  writeFileSync(brokenFile, JSON.stringify(broken, null, 2));
  browser = await launchBrowser();
});

after(() => browser?.close());

/** A new post in the block editor with the block inserted through the inserter, as `role`. */
async function newPostWithBlock(role) {
  const page = await loggedIn(browser, role);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  // The block editor is a lot of script for a busy machine.
  await page
    .waitForSelector('.edit-post-header-toolbar__inserter-toggle', { timeout: 120_000 })
    .catch((error) => {
      throw new Error(`${error.message}; errors on the page: ${errors.join('; ') || 'none'}`);
    });
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  await page.type('.block-editor-inserter__search input', 'Koop');
  await page.click('.editor-block-list-item-koop-widget');
  await page.waitForSelector('.wp-block-koop-widget');
  // The settings sidebar, which the inserter closed, with the block's tab.
  await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
  await page.waitForSelector('.koop-check');
  return page;
}

/** The element matching `selector` whose text is `label` (a button, a panel's toggle). */
const byText = async (page, selector, label) =>
  (
    await page.evaluateHandle(
      (selector, label) =>
        [...document.querySelectorAll(selector)].find((e) => e.textContent.trim() === label) ?? null,
      selector,
      label,
    )
  ).asElement();

/** The form control labelled `label`. */
const byLabel = async (page, label) =>
  (
    await page.evaluateHandle(
      (label) =>
        [...document.querySelectorAll('label')].find((e) => e.textContent.trim() === label)?.control ?? null,
      label,
    )
  ).asElement();

const text = (page, selector) =>
  page.$eval(selector, (element) => element.textContent.replace(/\s+/g, ' ').trim());

describe('the block in the block editor', () => {
  it('is inserted from the inserter, in German, with its description', async () => {
    const page = await newPostWithBlock('author');
    try {
      const type = await page.evaluate(() => {
        const { title, description, keywords } = window.wp.blocks.getBlockType('koop/widget');
        return { title, description, keywords };
      });
      assert.deepEqual(type, {
        title: 'Koop-Widget',
        description:
          'Zeigt die Ziele, Partner, Rollen, Meilensteine oder Beschlüsse einer Kooperation aus einer Koop-Datei.',
        keywords: ['koop', 'Kooperation', 'Transparenz'],
      });
      assert.equal(await text(page, '.wp-block-koop-widget .components-placeholder__label'), 'Koop-Widget');
    } finally {
      await page.close();
    }
  });

  it('checks a document uploaded to the Media Library, previews the widget, and publishes it', async () => {
    const page = await newPostWithBlock('editor');
    try {
      // Upload through the Media Library dialog, as an editor does.
      await (await byText(page, '.wp-block-koop-widget button', 'Aus der Mediathek wählen')).click();
      const input = await page.waitForSelector('.media-modal input[type="file"]');
      await input.uploadFile(brokenFile);
      await page.waitForSelector('.media-modal li.attachment.selected:not(.uploading)', { timeout: 30_000 });
      await page.click('.media-modal .media-button-select');

      await page.waitForFunction(() => document.querySelector('.koop-check [role="alert"]')?.textContent, {
        timeout: 30_000,
        polling: 200,
      });
      assert.equal(
        await text(page, '.koop-check [role="alert"]'),
        // One pass: the broken name and the demo's role conflict whose role ended, together.
        '1 Fehler und 1 Hinweis gefunden. So bitte nicht veröffentlichen: mit diesen Fehlern zeigt das Widget die Daten nicht an.',
      );
      assert.equal(
        await text(page, '.koop-check-errors li'),
        'Akteure › 1. Akteur „stadt“ › Name: fehlt (Pflichtfeld) Stelle in der Datei: actors[0].name',
      );
      // The preview is the kit's widget, saying what readers would see.
      await page.waitForFunction(
        () =>
          document
            .querySelector('.koop-block-preview koop-goal-tracker')
            ?.shadowRoot?.querySelector('[role="alert"]'),
        { timeout: 30_000, polling: 200 },
      );

      // A good document by its address.
      const address = await page.$('.koop-address input');
      await address.click({ clickCount: 3 });
      await address.type(good);
      await page.click('.koop-address button[type="submit"]');
      await page.waitForFunction(() => !document.querySelector('.koop-check [role="alert"]')?.textContent, {
        timeout: 30_000,
        polling: 200,
      });
      await page.waitForSelector('.koop-check [role="status"] .koop-check-summary');
      assert.match(
        await text(page, '.koop-check [role="status"]'),
        /^(Keine Probleme gefunden|Keine Fehler\.)/,
      );
      await page.waitForFunction(
        (name) =>
          document.querySelector('.koop-block-preview koop-goal-tracker')?.document?.cooperation?.name?.de ===
          name,
        { timeout: 30_000, polling: 200 },
        NAME,
      );

      // An option from the manifest: the widget's language.
      await (await byText(page, '.components-panel__body-toggle', 'Einstellungen')).click();
      await page.waitForFunction(() => document.querySelector('.koop-widget-options'), { polling: 200 });
      await (await byLabel(page, 'Sprache des Widgets')).select('en');
      await page.waitForSelector('.koop-block-preview koop-goal-tracker[lang="en"]');

      await page.type('.editor-post-title__input', 'Ziele der Ko-Produktion');
      await page.click('.editor-post-publish-panel__toggle');
      await page.click('.editor-post-publish-panel .editor-post-publish-button');
      await page.waitForSelector('.post-publish-panel__postpublish', { timeout: 30_000 });
      const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
      const post = await readPost('editor', id);
      assert.equal(
        post.content.raw,
        `<!-- wp:koop/widget ${JSON.stringify({ widgets: ['goal-tracker'], src: good, options: { 'goal-tracker': { lang: 'en' } } })} /-->`,
      );
      const reader = await browser.newPage();
      await reader.goto(post.link, { waitUntil: 'domcontentloaded' });
      const [widget] = await widgetsOn(reader);
      assert.equal(widget.shows, NAME);
      assert.equal(await reader.$eval('koop-goal-tracker', (e) => e.getAttribute('lang')), 'en');
      await reader.close();
    } finally {
      await page.close();
    }
  });

  it('lets a Contributor, who may not upload, give the address instead', async () => {
    const page = await newPostWithBlock('contributor');
    try {
      // The editor learns what the user may do from the REST API; until then it offers uploads.
      await page.waitForFunction(() => window.wp.data.select('core').canUser('create', 'media') === false, {
        polling: 200,
      });
      assert.equal(await byText(page, 'button', 'Aus der Mediathek wählen'), null);
      await page.type('.koop-address input', good);
      await page.click('.koop-address button[type="submit"]');
      await page.waitForFunction(
        () => document.querySelector('.koop-block-preview koop-goal-tracker')?.document,
        { timeout: 30_000, polling: 200 },
      );
    } finally {
      await page.close();
    }
  });
});
