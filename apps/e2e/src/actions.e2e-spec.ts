import { randomUUID } from 'node:crypto';
import { operation } from './support/operations';
import { SITE_DZ, startPlatform, type Platform } from './support/platform';

interface CasePage {
  case: { id: string; actionStats: { signatures: number; distinctSigners: number } };
}
interface Signed {
  signPetition: { accepted: boolean; retractionToken: string; case: { actionStats: { signatures: number } } };
}

/**
 * Issue 4 through the gateway, as a section website would: read the case page with its counters,
 * sign, see the counter rise in the answer itself; the same person again, or the same request
 * retried, is accepted and counted once.
 */
describe('one-click signing through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform('e2e_actions');
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  const casePage = async () => (await platform.call<CasePage>(operation('case-page'), { slug: 'khaled-drareni', language: 'fr' })).data!.case;
  const sign = (caseId: string, email: string, idempotencyKey: string) =>
    platform.call<Signed>(
      operation('sign-petition'),
      {
        caseId,
        signer: { name: 'Yasmine B.', email, country: 'DZ' },
        consent: { accepted: true, textVersion: '2020-11', language: 'fr' },
        idempotencyKey,
      },
      SITE_DZ,
    );

  it('counts a signature at once, and a repeat or a retried request only once', async () => {
    const before = await casePage();
    const signatures = before.actionStats.signatures;

    const first = await sign(before.id, 'yasmine.e2e@example.org', randomUUID());
    expect(first.errors).toBeUndefined();
    expect(first.data!.signPetition.accepted).toBe(true);
    expect(first.data!.signPetition.case.actionStats.signatures).toBe(signatures + 1);

    const samePerson = await sign(before.id, ' Yasmine.E2E@example.org ', randomUUID());
    expect(samePerson.data!.signPetition.accepted).toBe(true);
    expect(samePerson.data!.signPetition.case.actionStats.signatures).toBe(signatures + 1);

    // A retried request under the same key counts once even when its body differs (two different
    // emails here, so the per-person de-duplication cannot be what keeps it at one).
    const key = randomUUID();
    const [a, b] = await Promise.all([sign(before.id, 'karim.e2e@example.org', key), sign(before.id, 'nadia.e2e@example.org', key)]);
    expect(a.errors ?? b.errors).toBeUndefined();
    expect([a.data!.signPetition.accepted, b.data!.signPetition.accepted]).toEqual([true, true]);
    expect(a.data!.signPetition.retractionToken).toBe(b.data!.signPetition.retractionToken);

    const after = await casePage();
    expect(after.actionStats.signatures).toBe(signatures + 2);
    expect(after.actionStats.distinctSigners).toBe(before.actionStats.distinctSigners + 2);
  });
});
