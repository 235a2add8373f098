import { ALL_CONTRACTS } from '@plume/events';
import { exampleData } from './contract-example';

describe('the examples in CONTRACTS.md', () => {
  it.each(ALL_CONTRACTS.map((contract) => [contract.type, contract] as const))('%s: the example is valid data', (_type, contract) => {
    expect(() => contract.schema.parse(exampleData(contract))).not.toThrow();
  });
});
