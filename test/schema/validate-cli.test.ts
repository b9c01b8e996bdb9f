import { expect } from '@open-wc/testing';

/**
 * Runs scripts/validate.mjs (npm run validate) through the test server on a document with
 * `actors` actors lacking id and name (2 errors each); its output is read through a pipe, as by
 * `npm run validate … | less`.
 */
async function validateCli(actors: number): Promise<{ code: number; lines: string[] }> {
  const document = { schemaVersion: '1.0', cooperation: { name: 'x' }, actors: Array(actors).fill({}) };
  const response = await fetch('/__koop/validate/many-problems.json', {
    method: 'POST',
    body: JSON.stringify(document),
  });
  const { code, output } = (await response.json()) as { code: number; output: string };
  return { code, lines: output.split('\n').filter(Boolean) };
}

describe('npm run validate', () => {
  it('prints every problem when its output goes into a pipe, then exits with 1', async function () {
    // Starting Node and bundling the validator takes a while on a loaded machine.
    this.timeout(60_000);
    // 3,000 problems of about 60 bytes: far more than a pipe holds at once.
    const { code, lines } = await validateCli(1500);
    expect(code).to.equal(1);
    expect(lines[0]).to.match(/many-problems\.json: INVALID, cannot be shown \(3000 problems\)$/);
    expect(lines).to.have.length(3001);
    // Where in words, the JSON path, what.
    expect(lines.at(-1)).to.match(
      /^ {2}error {3}Akteure › 1500\. Akteur › Name \(actors\[1499\]\.name\): fehlt \(Pflichtfeld\)$/,
    );
  });
});
