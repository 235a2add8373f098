import { createTokenVerifier } from '@plume/auth';
import { loadReportSettings, MissingTokenError, resolveToken, usesDevelopmentSecret } from './report-settings';

const OWN_SECRET = 'a-real-secret-of-this-deployment-0123456789';

describe('report settings and token', () => {
  it('defaults to the local gateway and the development secret', () => {
    const settings = loadReportSettings({});
    expect(settings.REPORT_GATEWAY_URL).toBe('http://127.0.0.1:4000/graphql');
    expect(settings.REPORT_TOKEN).toBeUndefined();
    expect(usesDevelopmentSecret(settings)).toBe(true);
  });

  it('prefers --token, then REPORT_TOKEN', async () => {
    const settings = loadReportSettings({ REPORT_TOKEN: 'from-the-environment' });
    await expect(resolveToken('from-the-command-line', settings)).resolves.toEqual({ token: 'from-the-command-line', minted: false });
    await expect(resolveToken(null, settings)).resolves.toEqual({ token: 'from-the-environment', minted: false });
  });

  it('mints a short analyst token on a development setup, which the services accept', async () => {
    const settings = loadReportSettings({});
    const { token, minted } = await resolveToken(null, settings);
    expect(minted).toBe(true);
    const verify = createTokenVerifier({ secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE });
    await expect(verify(token)).resolves.toMatchObject({ role: 'analyst' });
  });

  it('mints nothing with a secret of its own, nor in production', async () => {
    await expect(resolveToken(null, loadReportSettings({ JWT_SECRET: OWN_SECRET }))).rejects.toBeInstanceOf(MissingTokenError);
    await expect(resolveToken(null, loadReportSettings({ NODE_ENV: 'production' }))).rejects.toBeInstanceOf(MissingTokenError);
  });

  it('refuses a gateway URL that is not http(s), without echoing it', () => {
    expect(() => loadReportSettings({ REPORT_GATEWAY_URL: 'file:///etc/passwd' })).toThrow(/REPORT_GATEWAY_URL: must be an http\(s\) URL/);
  });
});
