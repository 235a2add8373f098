import { loadActionsEnvironment } from './environment';

describe('actions environment', () => {
  it('has working development defaults: port 4003, database plume_actions, the usual milestones', () => {
    const environment = loadActionsEnvironment({});
    expect(environment.PORT).toBe(4003);
    expect(environment.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/plume_actions');
    expect(environment.MILESTONE_THRESHOLDS).toEqual([1_000, 10_000, 100_000, 1_000_000]);
  });

  it('reads milestone thresholds as a sorted list of whole numbers', () => {
    expect(loadActionsEnvironment({ MILESTONE_THRESHOLDS: '10000, 1000,10000' }).MILESTONE_THRESHOLDS).toEqual([1_000, 10_000]);
    expect(() => loadActionsEnvironment({ MILESTONE_THRESHOLDS: '1000,lots' })).toThrow(/MILESTONE_THRESHOLDS/);
  });

  it('refuses the development secrets in production, without echoing them', () => {
    const attempt = () => loadActionsEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), GATEWAY_CREDENTIAL: 'y'.repeat(30), CONTACT_REFERENCE_SECRET: 'z'.repeat(40) });
    expect(attempt).toThrow(/SIGNATURE_TOKEN_SECRET: must be set explicitly in production/);
    expect(attempt).not.toThrow(/dev-only-signature/);
  });
});
