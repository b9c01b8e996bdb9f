// @koop/interop's XML reader in the browser (saxes is CommonJS: the test server bundles it).
import { expect } from '@open-wc/testing';
import { importAtom, parseXml } from '@koop/interop';

describe('interop XML in the browser', () => {
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
});
