import { postalCodeProblem } from './postal-code';

describe('postal codes', () => {
  it('accepts the shapes of known countries', () => {
    expect(postalCodeProblem('BE', '1050')).toBeNull();
    expect(postalCodeProblem('DZ', '16030')).toBeNull();
    expect(postalCodeProblem('NL', '1012 AB')).toBeNull();
  });

  it('refuses a wrong or missing code where the shape is known', () => {
    expect(postalCodeProblem('BE', '10500')).toContain('not a postal code of BE');
    expect(postalCodeProblem('DZ', null)).toBe('is required for DZ');
  });

  it('checks nothing for countries it does not know', () => {
    expect(postalCodeProblem('SV', null)).toBeNull();
    expect(postalCodeProblem('SV', 'CP 1101')).toBeNull();
  });
});
