// Test-runner commands for what the stock commands do not cover in Chromium via Puppeteer:
// media features, above all `forced-colors: active` (Windows high contrast), and the reader's
// time zone (as a browser set to another zone reports it).
export function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  const cdp = async (session) => {
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'koop-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command === 'koop-emulate-media-features') {
        await (await cdp(session)).send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      }
      if (command === 'koop-emulate-time-zone') {
        // An empty id goes back to the system's zone.
        await (await cdp(session)).send('Emulation.setTimezoneOverride', { timezoneId: payload.zone ?? '' });
        return true;
      }
      return undefined;
    },
  };
}
