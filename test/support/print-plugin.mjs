// A test-runner command that prints a page of the test server to PDF in the launched Chromium
// (Puppeteer's page.pdf, i.e. CDP Page.printToPDF, the same as "Save as PDF") and reads the PDF
// back with pdf.js: each page's size in points and its text, for tests of the print styles.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export function printPdfPlugin() {
  return {
    name: 'koop-print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'koop-print-pdf') return undefined;
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        await page.bringToFront();
        await page.setViewport({ width: payload.width ?? 1280, height: 900 });
        await page.goto(new URL(payload.path, testPage.url()).href, { waitUntil: 'load' });
        // Every widget shows its document (or an error), and has drawn itself once more.
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('*')]
              .filter((e) => /^koop-(?!data$)/.test(e.localName))
              .every((e) => e.document || e.shadowRoot?.querySelector('[role="alert"]')),
          { timeout: 20_000, polling: 100 },
        );
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
        );
        const pdf = await page.pdf({
          format: 'A4',
          margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' },
        });
        return await readPdf(pdf);
      } finally {
        await page.close();
        await testPage.bringToFront();
      }
    },
  };
}

async function readPdf(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  await document.destroy();
  return { pages };
}
