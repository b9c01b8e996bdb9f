// A test-runner command for media features the stock emulateMedia command does not cover in
// Chromium via Puppeteer, above all `forced-colors: active` (Windows high contrast).
export function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'koop-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'koop-emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
