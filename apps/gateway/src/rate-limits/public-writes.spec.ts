import { parse, type OperationDefinitionNode } from 'graphql';
import { publicWritesOf } from './public-writes';

const operationOf = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('publicWritesOf', () => {
  it('counts every aliased write and reads the email from variables or literals', () => {
    const operation = operationOf(`mutation($s: SignerInput!) {
      a: signPetition(caseId: "1", signer: $s, consent: { accepted: true, textVersion: "1", language: "fr" }, idempotencyKey: "k1") { accepted }
      b: signPetition(caseId: "1", signer: { name: "B", email: "b@example.org", country: "DZ" }, consent: { accepted: true, textVersion: "1", language: "fr" }, idempotencyKey: "k2") { accepted }
      recordAction(input: { caseId: "1", type: TWEET }) { id }
    }`);
    expect(publicWritesOf(operation, { s: { name: 'A', email: 'a@example.org', country: 'DZ' } })).toEqual([
      { field: 'signPetition', email: 'a@example.org' },
      { field: 'signPetition', email: 'b@example.org' },
      { field: 'recordAction', email: undefined },
    ]);
  });

  it('ignores queries and other mutations', () => {
    expect(publicWritesOf(operationOf('{ campaigns { code } }'))).toEqual([]);
    expect(publicWritesOf(operationOf('mutation { createCampaign(input: {}) { id } }'))).toEqual([]);
  });
});
