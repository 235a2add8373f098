import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TokenRequest } from '@plume/auth';
import { readMailbox } from '@plume/mail';
import { startCaptchaProvider, waitFor } from '@plume/testing';
import { SITE_BE_FR, STAFF_BE_FR, STAFF_DZ, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const SIGN = `mutation($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!, $humanCheckToken: String) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey, humanCheckToken: $humanCheckToken) {
    accepted confirmationRequired case { actionStats { onlineSignatures } }
  }
}`;
const CONFIRM = `mutation($token: String!) { confirmSignature(token: $token) { confirmed case { actionStats { onlineSignatures } } } }`;
const INVALIDATE = `mutation($input: InvalidateSignaturesInput!) { invalidateSignatures(input: $input) { rejected dryRun } }`;
const PETITION = `query($caseId: ID!) { petitionSignatures(caseId: $caseId, first: 100) { totalCount edges { node { email } } } }`;
const STATS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { actionStats { onlineSignatures } } } }`;

const SITE_DE: TokenRequest = { role: 'site', subject: 'site-de', section: 'DE' };
const STAFF_DE: TokenRequest = { role: 'staff', subject: 'staff-de', section: 'DE' };
const SITE_CH: TokenRequest = { role: 'site', subject: 'site-ch', section: 'CH' };
const consent = { accepted: true, textVersion: '2020-11', language: 'fr' };

interface SignAnswer {
  signPetition: { accepted: boolean; confirmationRequired: boolean; case: { actionStats: { onlineSignatures: number } } };
}

/**
 * Issue 7's controls of public signing, on the real service, database and broker: double opt-in where a
 * section asks for it (DE), a human check where a section asks for it (CH), and bulk invalidation by
 * staff (by time window, address block, email domain).
 */
describe('controls of public signing (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;
  let captcha: Awaited<ReturnType<typeof startCaptchaProvider>>;
  let mailbox: string;

  beforeAll(async () => {
    mailbox = await mkdtemp(join(tmpdir(), 'plume-mailbox-'));
    captcha = await startCaptchaProvider();
    service = await startActionsTestService('actions_write_controls', {
      SIGNATURE_DOUBLE_OPT_IN_SECTIONS: 'DE',
      SIGNATURE_CONFIRMATION_LINK: 'https://www.amnesty.de/bestaetigen?token={token}',
      MAIL_TRANSPORT_URL: pathToFileURL(mailbox).href,
      HUMAN_CHECK_SECTIONS: 'CH',
      HUMAN_CHECK_VERIFY_URL: captcha.url,
      HUMAN_CHECK_SECRET: 'captcha-secret',
    });
    upstream = await startUpstreamEvents(service);
  });
  afterAll(async () => {
    await upstream?.stop();
    await service?.stop();
    await captcha?.stop();
    await rm(mailbox, { recursive: true, force: true });
  });

  const sign = (caseId: string, email: string, as: TokenRequest, extra: Record<string, unknown> = {}, clientAddress?: string) =>
    service.call<SignAnswer>(SIGN, { caseId, signer: { name: 'Signataire', email, country: 'BE' }, consent, idempotencyKey: randomUUID(), ...extra }, as, clientAddress ? { 'x-plume-client-address': clientAddress } : {});
  const counted = async (caseId: string) =>
    (await service.call<{ _entities: { actionStats: { onlineSignatures: number } }[] }>(STATS, { r: [{ __typename: 'Case', id: caseId }] })).data!._entities[0].actionStats.onlineSignatures;
  const listed = async (caseId: string, as: TokenRequest) => (await service.call<{ petitionSignatures: { totalCount: number; edges: { node: { email: string } }[] } }>(PETITION, { caseId }, as)).data!.petitionSignatures;
  const linksTo = async (email: string) => (await readMailbox(mailbox)).filter((mail) => mail.to === email).map((mail) => /token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]);
  const eventsOf = (type: string, caseId: string) => service.sql<{ data: { reason?: string } }>(`SELECT data FROM outbox WHERE event_type = $1 AND aggregate_id = $2`, [type, caseId]);

  describe('double opt-in', () => {
    it('holds a signature, uncounted and unlisted, until the emailed link is followed', async () => {
      const caseId = await upstream.knownCase();
      const email = `optin.${randomUUID().slice(0, 8)}@example.org`;
      const first = await sign(caseId, email, SITE_DE);
      expect(first.errors).toBeUndefined();
      expect(first.data!.signPetition).toMatchObject({ accepted: true, confirmationRequired: true, case: { actionStats: { onlineSignatures: 0 } } });
      expect(await listed(caseId, STAFF_DE)).toMatchObject({ totalCount: 0 });
      expect(await eventsOf('org.plume.action.recorded.v1', caseId)).toHaveLength(0);

      const [link] = await waitFor('the confirmation email', async () => ((await linksTo(email)).length === 1 ? linksTo(email) : undefined));
      const mail = (await readMailbox(mailbox)).find((candidate) => candidate.to === email)!;
      expect(mail.subject).toBe('Confirmez votre signature');
      expect(mail.text).toContain(`https://www.amnesty.de/bestaetigen?token=${link}`);

      // Signing again while it waits sends a new link; either link confirms the one signature.
      expect((await sign(caseId, email, SITE_DE)).data!.signPetition.confirmationRequired).toBe(true);
      await waitFor('the second email', async () => (await linksTo(email)).length === 2);
      const confirmed = await service.call<{ confirmSignature: { confirmed: boolean; case: { actionStats: { onlineSignatures: number } } } }>(CONFIRM, { token: link });
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data!.confirmSignature).toEqual({ confirmed: true, case: { actionStats: { onlineSignatures: 1 } } });
      expect((await service.call(CONFIRM, { token: (await linksTo(email))[1] })).errors).toBeUndefined();
      expect(await counted(caseId)).toBe(1);
      expect((await listed(caseId, STAFF_DE)).edges.map((edge) => edge.node.email)).toEqual([email]);
      expect(await eventsOf('org.plume.action.recorded.v1', caseId)).toHaveLength(1);
    });

    it('answers an unknown or malformed link clearly, and leaves other sections one click', async () => {
      expect((await service.call(CONFIRM, { token: 'A'.repeat(43) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await service.call(CONFIRM, { token: 'short' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const caseId = await upstream.knownCase();
      const email = `direct.${randomUUID().slice(0, 8)}@example.org`;
      expect((await sign(caseId, email, SITE_BE_FR)).data!.signPetition).toMatchObject({ confirmationRequired: false, case: { actionStats: { onlineSignatures: 1 } } });
      expect(await linksTo(email)).toEqual([]);
    });
  });

  describe('human check', () => {
    it('asks for the captcha token, refuses a bad one without writing anything, and takes a good one', async () => {
      const caseId = await upstream.knownCase();
      const email = `captcha.${randomUUID().slice(0, 8)}@example.org`;
      const missing = await sign(caseId, email, SITE_CH);
      expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].message).toMatch(/humanCheckToken/);
      expect((await sign(caseId, email, SITE_CH, { humanCheckToken: 'bot' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await service.sql(`SELECT 1 FROM petition_request WHERE case_id = $1`, [caseId])).toEqual([]);
      const human = await sign(caseId, email, SITE_CH, { humanCheckToken: 'human' });
      expect(human.errors).toBeUndefined();
      expect(human.data!.signPetition.case.actionStats.onlineSignatures).toBe(1);
    });

    it('guards the other public write of section websites (recordAction) the same way, not staff records', async () => {
      const caseId = await upstream.knownCase();
      const RECORD = `mutation($input: RecordActionInput!, $humanCheckToken: String) { recordAction(input: $input, humanCheckToken: $humanCheckToken) { id } }`;
      const input = () => ({ caseId, type: 'EMAIL', idempotencyKey: randomUUID() });
      expect((await service.call(RECORD, { input: input() }, SITE_CH)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await service.call(RECORD, { input: input(), humanCheckToken: 'bot' }, SITE_CH)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await service.call(RECORD, { input: input(), humanCheckToken: 'human' }, SITE_CH)).errors).toBeUndefined();
      const STAFF_CH: TokenRequest = { role: 'staff', subject: 'staff-ch', section: 'CH' };
      expect((await service.call(RECORD, { input: { caseId, type: 'LETTER', quantity: 3 } }, STAFF_CH)).errors).toBeUndefined();
    });
  });

  describe('bulk invalidation by staff', () => {
    const window = () => ({ signedFrom: new Date(Date.now() - 3_600_000).toISOString(), signedUntil: new Date(Date.now() + 60_000).toISOString() });

    it('rejects a flood by email domain and address block: counters corrected, events emitted, data wiped, audited', async () => {
      const caseId = await upstream.knownCase();
      const flood = Array.from({ length: 5 }, (_, n) => ({ email: `bot${n}.${randomUUID().slice(0, 6)}@troll-farm.example`, address: n < 3 ? `203.0.113.${n + 10}` : `198.51.100.${n}` }));
      for (const { email, address } of flood) expect((await sign(caseId, email, SITE_BE_FR, {}, address)).errors).toBeUndefined();
      const genuine = `vraie.${randomUUID().slice(0, 6)}@example.org`;
      expect((await sign(caseId, genuine, SITE_BE_FR, {}, '192.0.2.7')).errors).toBeUndefined();
      expect(await counted(caseId)).toBe(6);

      const dryRun = await service.call<{ invalidateSignatures: { rejected: number; dryRun: boolean } }>(INVALIDATE, { input: { ...window(), caseId, emailDomain: 'troll-farm.example', dryRun: true } }, STAFF_BE_FR);
      expect(dryRun.data!.invalidateSignatures).toEqual({ rejected: 5, dryRun: true });
      expect(await counted(caseId)).toBe(6);

      // Staff of another section touch nothing of BE-FR's.
      expect((await service.call<{ invalidateSignatures: { rejected: number } }>(INVALIDATE, { input: { ...window(), caseId } }, STAFF_DZ)).data!.invalidateSignatures.rejected).toBe(0);

      const byBlock = await service.call<{ invalidateSignatures: { rejected: number } }>(INVALIDATE, { input: { ...window(), caseId, addressBlock: '203.0.113.0/24' } }, STAFF_BE_FR);
      expect(byBlock.data!.invalidateSignatures.rejected).toBe(3);
      const byDomain = await service.call<{ invalidateSignatures: { rejected: number } }>(INVALIDATE, { input: { ...window(), caseId, emailDomain: 'TROLL-FARM.example' } }, STAFF_BE_FR);
      expect(byDomain.data!.invalidateSignatures.rejected).toBe(2);

      expect(await counted(caseId)).toBe(1);
      expect((await listed(caseId, STAFF_BE_FR)).edges.map((edge) => edge.node.email)).toEqual([genuine]);
      const retracted = await eventsOf('org.plume.action.retracted.v1', caseId);
      expect(retracted.map((event) => event.data.reason)).toEqual(Array(5).fill('INVALIDATED'));
      const wiped = await service.sql<{ left: number }>(
        `SELECT count(*)::int AS left FROM signature WHERE case_id = $1 AND invalidated_at IS NOT NULL AND (signer_email IS NOT NULL OR client_address IS NOT NULL OR contact_reference IS NOT NULL)`,
        [caseId],
      );
      expect(wiped[0].left).toBe(0);
      const audit = await service.sql<{ rejected: number; criteria: Record<string, unknown> }>(`SELECT rejected, criteria FROM signature_invalidation WHERE criteria->>'caseId' = $1 ORDER BY requested_at`, [caseId]);
      expect(audit.map((row) => [row.rejected, row.criteria.addressBlock, row.criteria.emailDomain])).toEqual([
        [3, '203.0.113.0/24', null],
        [2, null, 'troll-farm.example'],
      ]);
    });

    it('explains bad criteria and refuses callers other than staff', async () => {
      const bad = await service.call(INVALIDATE, { input: { ...window(), addressBlock: 'everyone' } }, STAFF_BE_FR);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].message).toMatch(/addressBlock/);
      const tooLong = await service.call(INVALIDATE, { input: { signedFrom: '2020-01-01T00:00:00Z', signedUntil: '2020-03-01T00:00:00Z' } }, STAFF_BE_FR);
      expect(tooLong.errors?.[0].message).toMatch(/31 days/);
      expect((await service.call(INVALIDATE, { input: window() }, SITE_BE_FR)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
