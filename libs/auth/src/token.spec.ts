import { GraphQLError } from 'graphql';
import { actsForSection, requireRole, requireSectionRole } from './authorization';
import { isValidGatewayCredential } from './gateway-credential';
import { ANONYMOUS } from './principal';
import { principalFromAuthorization } from './request-principal';
import { createTokenVerifier, issueToken } from './token';

const settings = { secret: 'a-test-secret-that-is-long-enough-0123456789', issuer: 'plume', audience: 'plume' };
const verify = createTokenVerifier(settings);

describe('access tokens', () => {
  it('verifies a staff token with its section', async () => {
    const token = await issueToken(settings, { role: 'staff', subject: 'u1', section: 'BE-FR' });
    await expect(verify(token)).resolves.toEqual({ kind: 'authenticated', role: 'staff', subject: 'u1', section: 'BE-FR' });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await issueToken({ ...settings, secret: 'another-secret-that-is-long-enough-98765' }, { role: 'admin', subject: 'u1' });
    await expect(verify(token)).rejects.toThrow('the token is not valid');
  });

  it('refuses a site token without a section', async () => {
    const token = await issueToken(settings, { role: 'site', subject: 'site' });
    await expect(verify(token)).rejects.toThrow('the token claims are not valid');
  });

  it('refuses an expired token', async () => {
    const token = await issueToken(settings, { role: 'admin', subject: 'u1', expiresIn: '-1m' });
    await expect(verify(token)).rejects.toThrow('the token has expired');
  });

  it('remembers a verified token only until it expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-10T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const token = await issueToken(settings, { role: 'site', subject: 'site-be-fr', section: 'BE-FR', expiresIn: '1m' });
      await expect(verify(token)).resolves.toMatchObject({ role: 'site', section: 'BE-FR' });
      await expect(verify(token)).resolves.toMatchObject({ role: 'site', section: 'BE-FR' }); // remembered
      jest.setSystemTime(new Date('2026-12-10T10:01:01Z'));
      await expect(verify(token)).rejects.toThrow('the token has expired');
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not remember a refusal: the same bad token is refused every time', async () => {
    const token = await issueToken({ ...settings, secret: 'another-secret-that-is-long-enough-98765' }, { role: 'admin', subject: 'u1' });
    await expect(verify(token)).rejects.toThrow('the token is not valid');
    await expect(verify(token)).rejects.toThrow('the token is not valid');
  });

  it('treats a missing header as anonymous and a malformed one as UNAUTHENTICATED', async () => {
    await expect(principalFromAuthorization(undefined, verify)).resolves.toBe(ANONYMOUS);
    await expect(principalFromAuthorization('Basic abc', verify)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('requireRole', () => {
  it('answers UNAUTHENTICATED to anonymous callers and FORBIDDEN to other roles', () => {
    expect(() => requireRole(ANONYMOUS, 'admin')).toThrow(GraphQLError);
    expect(() => requireRole(ANONYMOUS, 'admin')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => requireRole({ kind: 'authenticated', role: 'site', subject: 's', section: 'DZ' }, 'admin')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });
});

describe('gateway credential', () => {
  it('accepts only the exact credential', () => {
    expect(isValidGatewayCredential('secret-credential', 'secret-credential')).toBe(true);
    expect(isValidGatewayCredential('secret-credentiaL', 'secret-credential')).toBe(false);
    expect(isValidGatewayCredential(undefined, 'secret-credential')).toBe(false);
  });

  it('checks against the expected credential of each call, not one remembered from an earlier call', () => {
    expect(isValidGatewayCredential('secret-credential', 'secret-credential')).toBe(true);
    expect(isValidGatewayCredential('secret-credential', 'rotated-credential')).toBe(false);
    expect(isValidGatewayCredential('rotated-credential', 'rotated-credential')).toBe(true);
    expect(isValidGatewayCredential('rotated-credential', 'secret-credential')).toBe(false);
  });
});

describe('section scoping', () => {
  const staffBeFr = { kind: 'authenticated', role: 'staff', subject: 's', section: 'BE-FR' } as const;

  it('returns the section a site or staff caller acts for, and refuses others', () => {
    expect(requireSectionRole(staffBeFr, 'staff').section).toBe('BE-FR');
    expect(() => requireSectionRole(ANONYMOUS, 'staff')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => requireSectionRole({ kind: 'authenticated', role: 'analyst', subject: 'a', section: null }, 'staff')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });

  it('acts for a section only with the right role and the same section', () => {
    expect(actsForSection(staffBeFr, 'BE-FR', 'staff')).toBe(true);
    expect(actsForSection(staffBeFr, 'DZ', 'staff')).toBe(false);
    expect(actsForSection(staffBeFr, 'BE-FR', 'site')).toBe(false);
    expect(actsForSection(ANONYMOUS, 'BE-FR', 'staff')).toBe(false);
  });
});
