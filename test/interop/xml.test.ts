// @koop/interop's XML and YAML readers in the browser (saxes is CommonJS: the test server bundles it).
import { expect } from '@open-wc/testing';
import { importAtom, importOpenSdg, parseXml } from '@koop/interop';

describe('interop XML and YAML in the browser', () => {
  it('parses namespaces, CDATA and HTML entities, with lines', () => {
    const { root, errors } = parseXml('<a:x xmlns:a="urn:a">\n<a:y b="1"><![CDATA[<z>]]>&auml;</a:y></a:x>');
    expect(errors).to.deep.equal([]);
    expect(root?.uri).to.equal('urn:a');
    expect(root?.children[0]).to.include({ name: 'y', text: '<z>ä', line: 2 });
  });

  it('imports an Atom feed', () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>1</id>' +
      '<title>Sitzung</title><updated>2026-01-02T10:00:00Z</updated></entry></feed>';
    const { records, problems } = importAtom(atom, 'f.atom');
    expect(problems).to.deep.equal([]);
    expect(records.entries?.map((e) => [e.type, e.title])).to.deep.equal([['meeting', 'Sitzung']]);
  });

  it('imports Open SDG data with YAML metadata', () => {
    const { records, problems } = importOpenSdg(
      [
        { name: 'indicator_1-2-1.csv', text: 'Year;Value\n2020;3,5\n' },
        { name: '1-2-1.md', text: '---\nindicator_name: Armut\ngraph_target_lines:\n  - value: 2\n---\n' },
      ],
      'x',
    );
    expect(problems).to.deep.equal([]);
    const [indicator] = records.goals![0].indicators!;
    expect([indicator.name, indicator.observations, indicator.targets]).to.deep.equal([
      'Armut',
      [{ date: '2020', value: 3.5 }],
      [{ date: '2030', value: 2 }],
    ]);
  });
});
