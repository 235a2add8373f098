import { contactReference, normalizeEmail } from './contact-reference';

describe('contact reference', () => {
  const secret = 'a-contact-reference-secret-0123456789';

  it('is the same for the same email written differently', () => {
    expect(contactReference(' Khaled.D@Example.org ', secret)).toBe(contactReference('khaled.d@example.org', secret));
  });

  it('differs between people and between secrets, and never contains the email', () => {
    const reference = contactReference('su@example.org', secret);
    expect(reference).not.toBe(contactReference('teodora@example.org', secret));
    expect(reference).not.toBe(contactReference('su@example.org', `${secret}-other`));
    expect(reference).not.toContain('su');
    expect(reference).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps provider-specific variants apart', () => {
    expect(normalizeEmail('a.b+w4r@example.org')).toBe('a.b+w4r@example.org');
  });
});
