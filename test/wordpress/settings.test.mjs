// JSON documents in the Media Library for the roles that may upload; Settings › Koop for
// administrators only, validated, behind WordPress's nonce; the kit from the site's own copy;
// uninstall.php removes the option.
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  configure,
  createPost,
  launchBrowser,
  loggedIn,
  recordKitRequests,
  site,
  sitePhp,
  upload,
  widgetsOn,
} from './support/client.mjs';

const root = new URL('../..', import.meta.url).pathname;
const documentText = readFileSync(`${root}demo/data/ko-produktion.json`);

let browser;
before(async () => {
  configure({});
  browser = await launchBrowser();
});
after(() => browser?.close());

describe('koop documents in the Media Library', () => {
  it('takes a .json file from an Author, as application/json', async () => {
    const { status, body } = await upload('author', 'kooperation.json', documentText);
    assert.equal(status, 201);
    assert.equal(body.mime_type, 'application/json');
    const served = await fetch(body.source_url);
    assert.equal(served.headers.get('content-type'), 'application/json');
    assert.deepEqual(await served.json(), JSON.parse(documentText));
  });

  it('takes a document with a syntax error too: the data check in the block says where it is', async () => {
    const { status, body } = await upload('author', 'tippfehler.json', '{\n  "schemaVersion": "1.0",,\n}');
    assert.equal(status, 201, JSON.stringify(body));
    assert.equal(body.mime_type, 'application/json');
  });

  it('refuses a web page named .json, and every upload from a Contributor', async () => {
    const page = await upload(
      'author',
      'seite.json',
      '<!doctype html><html><body><script>alert(1)</script></body></html>',
    );
    assert.equal(page.status, 500);
    assert.equal(page.body.code, 'rest_upload_unknown_error');
    const contributor = await upload('contributor', 'kooperation.json', documentText);
    assert.equal(contributor.status, 403);
    assert.equal(contributor.body.code, 'rest_cannot_create');
  });

  it('is the plugin’s doing: WordPress alone refuses .json', async () => {
    assert.deepEqual(await sitePhp('deactivate'), { active: false });
    try {
      const { status, body } = await upload('author', 'ohne-plugin.json', documentText);
      assert.equal(status, 500, JSON.stringify(body));
      assert.equal(body.code, 'rest_upload_unknown_error');
    } finally {
      assert.deepEqual(await sitePhp('activate'), { active: true });
    }
  });
});

describe('Settings › Koop', () => {
  const settings = `${site.url}/wp-admin/options-general.php?page=koop`;

  async function save(page, value) {
    await page.goto(settings, { waitUntil: 'domcontentloaded' });
    // The browser's own check of type="url" aside: the server's check is under test.
    await page.$eval(
      '#koop_kit_url',
      (input, value) => ((input.value = value), (input.form.noValidate = true)),
      value,
    );
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
    return {
      value: await page.$eval('#koop_kit_url', (input) => input.value),
      notices: await page.$$eval('.notice, .settings-error', (notices) =>
        notices.map((n) => n.textContent.trim()),
      ),
    };
  }

  it('is only for administrators', async () => {
    const page = await loggedIn(browser, 'editor');
    try {
      const response = await page.goto(settings, { waitUntil: 'domcontentloaded' });
      assert.equal(response.status(), 403);
      assert.equal(await page.$('#koop_kit_url'), null);
    } finally {
      await page.close();
    }
  });

  it('refuses an address that is not a kit folder or script over http(s), and keeps the one before', async () => {
    const page = await loggedIn(browser, 'administrator');
    try {
      await page.goto(settings, { waitUntil: 'domcontentloaded' });
      assert.equal(await page.$eval('h1', (h) => h.textContent), 'Koop');
      assert.equal(
        await page.$eval('label[for="koop_kit_url"]', (l) => l.textContent),
        'Adresse des Baukastens',
      );
      for (const wrong of [
        'javascript:alert(1)//',
        'ftp://www.example.org/koop/',
        'https://www.example.org/koop/koop-goal-tracker.css',
        'kit',
      ]) {
        const { value, notices } = await save(page, wrong);
        assert.equal(value, '', wrong);
        assert.ok(
          notices.some((n) => n.includes('Die Adresse wurde nicht geändert')),
          `${wrong}: ${notices}`,
        );
      }
    } finally {
      await page.close();
    }
  });

  it('needs WordPress’s nonce to change the address', async () => {
    const page = await loggedIn(browser, 'administrator');
    try {
      await page.goto(settings, { waitUntil: 'domcontentloaded' });
      const status = await page.evaluate(async () => {
        const body = new URLSearchParams({
          option_page: 'koop',
          action: 'update',
          koop_kit_url: 'https://www.example.org/koop/',
        });
        return (await fetch('/wp-admin/options.php', { method: 'POST', body })).status;
      });
      assert.equal(status, 403);
      assert.equal(await page.$eval('#koop_kit_url', (input) => input.value), '');
    } finally {
      await page.close();
    }
  });

  it("loads the kit from the site's own copy once its address is set", async () => {
    cpSync(join(site.site, 'wp-content/plugins/koop/kit'), join(site.site, 'eigene-kopie/koop'), {
      recursive: true,
    });
    const page = await loggedIn(browser, 'administrator');
    try {
      const own = `${site.url}/eigene-kopie/koop/`;
      const saved = await save(page, own);
      assert.equal(saved.value, own);
      const media = await upload('author', 'kopie.json', documentText);
      const post = await createPost('author', {
        title: 'Kit von der eigenen Kopie',
        content: `<!-- wp:koop/widget ${JSON.stringify({ widgets: ['role-matrix'], src: media.body.source_url })} /-->`,
        status: 'publish',
      });
      const reader = await browser.newPage();
      const requested = recordKitRequests(reader);
      await reader.goto(post.link, { waitUntil: 'domcontentloaded' });
      const [widget] = await widgetsOn(reader);
      assert.ok(widget.shows);
      assert.ok(requested.length > 0);
      assert.ok(
        requested.every((path) => path.startsWith('/eigene-kopie/koop/')),
        requested.join(', '),
      );
      await reader.close();
      assert.equal((await save(page, '')).value, '');
    } finally {
      await page.close();
    }
  });
});

describe('uninstalling the plugin', () => {
  it('removes its option (uninstall.php)', async () => {
    assert.deepEqual(await sitePhp('uninstall'), { optionAfterUninstall: null });
  });
});
