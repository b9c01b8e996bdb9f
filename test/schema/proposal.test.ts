import { expect } from '@open-wc/testing';
import { PROPOSAL_VERSION, proposalSchema, validateProposal } from '@koop/schema/proposal.js';

async function demoProposal(): Promise<any> {
  return (await fetch('/demo/proposals/vorschlag-nachbarschaftsverein.json')).json();
}

describe('validateProposal', () => {
  it('accepts the demo proposal and returns it', async () => {
    const proposal = await demoProposal();
    const result = validateProposal(proposal);
    expect(result.valid).to.equal(true);
    expect(result.problems).to.deep.equal([]);
    expect(result.proposal).to.equal(proposal);
    expect(PROPOSAL_VERSION).to.equal('1.0');
    expect(proposalSchema.$id).to.equal('urn:koop:proposal:1.0');
  });

  it('reports each problem with its path, in German and English', async () => {
    const proposal = await demoProposal();
    proposal.base.hash = 'md5:abc';
    delete proposal.proposer.organisation;
    proposal.patch[1] = { op: 'move', from: '/actors/0', path: '/actors/1' };
    proposal.patch[2] = { op: 'replace', path: 'actors/9/description', value: 'x' };
    const { valid, problems } = validateProposal(proposal);
    expect(valid).to.equal(false);
    expect(problems.map((p) => p.path)).to.have.members([
      'base.hash',
      'proposer.organisation',
      'patch[1]',
      'patch[2]',
    ]);
    const missing = problems.find((p) => p.path === 'proposer.organisation')!;
    expect(missing.message.de).to.equal('fehlt (Pflichtfeld)');
    expect(missing.message.en).to.equal('is missing (required)');
    expect(problems.every((p) => p.severity === 'error')).to.equal(true);
  });

  it('refuses a newer major version with one clear error, and never throws', async () => {
    const newer = validateProposal({ ...(await demoProposal()), koopProposal: '2.0' });
    expect(newer.valid).to.equal(false);
    expect(newer.problems).to.have.length(1);
    expect(newer.problems[0].message.de).to.contain('Vorschlagsformat 2.0');
    expect(newer.problems[0].message.en).to.contain('Please update Koop');
    for (const value of [null, 1, 'x', [], {}, { koopProposal: '1.0', patch: [] }])
      expect(validateProposal(value).valid, JSON.stringify(value)).to.equal(false);
  });
});
