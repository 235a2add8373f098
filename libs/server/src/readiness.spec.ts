import { evaluateReadiness } from './readiness';

describe('evaluateReadiness', () => {
  it('is ready when every critical check is up, whatever the others say', async () => {
    const report = await evaluateReadiness([
      { name: 'database', critical: true, check: async () => true },
      { name: 'outbox-relay', critical: false, check: () => false },
    ]);
    expect(report).toEqual({ ready: true, checks: { database: 'up', 'outbox-relay': 'down' } });
  });

  it('is not ready when a critical check fails or throws', async () => {
    const report = await evaluateReadiness([{ name: 'database', critical: true, check: async () => Promise.reject(new Error('down')) }]);
    expect(report).toEqual({ ready: false, checks: { database: 'down' } });
  });
});
