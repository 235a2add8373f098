import { registerSupporterInput } from './supporter.input';

const valid = {
  language: 'fr',
  givenName: ' Claire ',
  familyName: 'Dumont',
  email: ' Claire.Dumont@Example.ORG ',
  postalAddress: { street: 'Rue Saint-Gilles 42', postalCode: '4000', locality: 'Liège', country: 'be' },
  commitment: 'A_LOT',
  consentTextVersion: '2024-01',
  consents: [{ purpose: 'EMAIL_CONTACT', granted: true }, { purpose: 'POSTAL_MAIL', granted: true }],
};

const invalidFields = (input: unknown) => {
  const result = registerSupporterInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('registration input', () => {
  it('normalises names, email, country and defaults the consent text language', () => {
    const parsed = registerSupporterInput.parse(valid);
    expect(parsed).toMatchObject({ givenName: 'Claire', email: 'claire.dumont@example.org', consentTextLanguage: 'fr', phone: null });
    expect(parsed.postalAddress.country).toBe('BE');
  });

  it('requires the email and postal consents', () => {
    expect(invalidFields({ ...valid, consents: [] })).toEqual(['consents']);
    expect(invalidFields({ ...valid, consents: [{ purpose: 'EMAIL_CONTACT', granted: true }, { purpose: 'POSTAL_MAIL', granted: false }] })).toEqual(['consents']);
  });

  it('reports a malformed email, an over-long name, an unknown country and a bad postal code', () => {
    expect(invalidFields({ ...valid, email: 'claire@', givenName: 'x'.repeat(101) })).toEqual(['givenName', 'email']);
    expect(invalidFields({ ...valid, postalAddress: { ...valid.postalAddress, country: 'XX' } })).toEqual(['postalAddress.country']);
    expect(invalidFields({ ...valid, postalAddress: { ...valid.postalAddress, postalCode: '400' } })).toEqual(['postalAddress.postalCode']);
  });
});
