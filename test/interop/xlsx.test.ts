// The workbook in the browser, where the editor uses it: ExcelJS's browser build is fetched on
// the first export (not before), and a workbook the browser wrote reads back there.
import { expect } from '@open-wc/testing';
import { exportWorkbook, importWorkbook } from '@koop/interop';
import { demoDocument } from '../support/helpers.js';

const loaded = () => performance.getEntriesByType('resource').some((entry) => /exceljs/.test(entry.name));

describe('workbook export and import in the browser', () => {
  it('loads ExcelJS on demand and reads back what it wrote', async function () {
    // The first request bundles ExcelJS (a megabyte) for the test server.
    this.timeout(90_000);
    expect(loaded()).to.equal(false);
    const document = await demoDocument();
    const bytes = await exportWorkbook(document, { lang: 'en' });
    expect(loaded()).to.equal(true);
    // An .xlsx file is a zip archive.
    expect([...bytes.slice(0, 2)]).to.deep.equal([0x50, 0x4b]);
    const result = await importWorkbook(bytes, 'book.xlsx');
    expect(result.problems).to.deep.equal([]);
    expect(result.records.actors).to.deep.equal(document.actors);
    expect(result.records.entries?.map((entry) => entry.id)).to.deep.equal(
      document.entries?.map((entry) => entry.id),
    );
  });
});
