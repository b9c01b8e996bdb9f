// What the WordPress tests use to talk to the site run.mjs started: its REST API with each
// role's application password, its wp-config switches, and Chromium (puppeteer-core).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';
import { sitePhp as runSitePhp } from './servers.mjs';

if (!process.env.KOOP_WORDPRESS) throw new Error('Run the WordPress tests with npm run test:wordpress.');

/** The site: `url`, `site` (its folder), `users` by role. */
export const site = JSON.parse(process.env.KOOP_WORDPRESS);
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];

/** Sets wp-config constants such as DISALLOW_UNFILTERED_HTML for the next requests. */
export function configure(constants = {}) {
  writeFileSync(join(site.site, 'koop-test.json'), JSON.stringify(constants));
}

/** Runs one action of support/site.php (the site's command line) and returns its JSON. */
export const sitePhp = (...args) => runSitePhp(site.site, ...args);

/** A REST request as `role`; `json` is sent as the JSON body. Resolves to status and body. */
export async function rest(role, route, { method = 'GET', json, body, headers = {} } = {}) {
  const { login, appPassword } = site.users[role];
  const response = await fetch(`${site.url}/?rest_route=${route}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: json === undefined ? body : JSON.stringify(json),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, body: parsed };
}

/** Uploads a file to the Media Library as `role`, as a form upload (what the editor's dialog sends). */
export function upload(role, name, content, type = 'application/json') {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  return rest(role, '/wp/v2/media', { method: 'POST', body: form });
}

/** Creates a post as `role` and reads it back as stored (`content.raw`). */
export async function createPost(role, fields) {
  const created = await rest(role, '/wp/v2/posts', { method: 'POST', json: fields });
  if (created.status !== 201)
    throw new Error(`${role} could not create a post: ${JSON.stringify(created.body)}`);
  return readPost(role, created.body.id);
}

export async function readPost(role, id) {
  const { status, body } = await rest(role, `/wp/v2/posts/${id}&context=edit`);
  if (status !== 200) throw new Error(`${role} could not read post ${id}: ${JSON.stringify(body)}`);
  return body;
}

export async function updatePost(role, id, fields) {
  const { status, body } = await rest(role, `/wp/v2/posts/${id}`, { method: 'POST', json: fields });
  if (status !== 200) throw new Error(`${role} could not update post ${id}: ${JSON.stringify(body)}`);
  return readPost(role, id);
}

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: findChromium(),
    // No outside network here: other hosts (WordPress's Gravatar images) fail at once, not after a DNS timeout.
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 120_000,
  });
}

/** A page in a browser context of its own (own cookies), logged in as `role` through wp-login.php. */
export async function loggedIn(browser, role) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.close = () => context.close();
  const { login: name, password } = site.users[role];
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  // Set, not typed: wp-login.php selects the user field 200 ms after loading, and typing into
  // the selection would replace what was typed before it.
  await page.$eval('#user_login', (input, value) => (input.value = value), name);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  if (!new URL(page.url()).pathname.startsWith('/wp-admin/')) throw new Error(`${role} could not log in`);
  return page;
}

/** Paths of the kit's files a page requests, from the moment this is called. */
export function recordKitRequests(page) {
  const paths = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/koop/kit/') || /\/koop[^/]*\.js$/.test(pathname)) paths.push(pathname);
  });
  return paths;
}

/**
 * What each `koop-*` element on the page shows, once every widget has loaded its document or
 * given up: tag, whether it is defined, the cooperation it shows (or its error), and whether
 * its fallback content is still visible.
 */
export async function widgetsOn(page, { timeout = 30_000 } = {}) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('koop-') && element.localName !== 'koop-data')
        .every(
          (element) =>
            element.shadowRoot?.querySelector('[part~="base"]') &&
            (element.document || element.shadowRoot.querySelector('[role="alert"]')),
        ),
    { timeout, polling: 100 },
  );
  // The document arrives before the render that hides the fallback (which may wait for strings).
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('koop-'))
        .map((element) => element.updateComplete),
    ),
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('koop-'))
      .map((element) => ({
        tag: element.localName,
        defined: customElements.get(element.localName) !== undefined,
        shows: element.document?.cooperation?.name?.de ?? element.document?.cooperation?.name ?? null,
        error: element.shadowRoot?.querySelector('[role="alert"]')?.textContent.trim() ?? null,
        fallback: element.querySelector(':scope > a')?.textContent ?? null,
        fallbackVisible: [...element.children].some(
          (child) => child.localName === 'a' && child.checkVisibility(),
        ),
        parent: element.parentElement.localName,
      })),
  );
}
