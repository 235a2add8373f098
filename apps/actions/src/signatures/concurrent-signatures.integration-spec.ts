import { randomUUID } from 'node:crypto';
import { createKafka, startEventReader, Topic, type EventReader, type ReceivedEvent } from '@plume/events';
import { testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
import { SITE_BE_FR, SITE_DZ, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const SIGN = `mutation Sign($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey) { accepted }
}`;
const STATS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { actionStats { onlineSignatures signatures distinctSigners } } } }`;
const SIGNERS = 200;

/** Distinct CloudEvents ids among what the reader received (delivery is at least once: duplicates are allowed). */
const distinctIds = (received: ReceivedEvent[], keep: (r: ReceivedEvent) => boolean) => new Set(received.filter(keep).map((r) => r.event.id));

describe('counters under concurrent signatures (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;
  let reader: EventReader;

  beforeAll(async () => {
    service = await startActionsTestService('actions_concurrency', { MILESTONE_THRESHOLDS: '100,150,1000', DATABASE_POOL_SIZE: '10' });
    upstream = await startUpstreamEvents(service);
    const kafka = createKafka(await testKafkaConnection('actions-concurrency-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Actions], uniqueName('actions-concurrency-reader'));
  });
  afterAll(async () => {
    await reader?.stop();
    await upstream?.stop();
    await service?.stop();
  });

  it(`counts ${SIGNERS} people signing one case at once exactly, and announces each once (${SIGNERS} distinct ce_id)`, async () => {
    const caseId = await upstream.knownCase();
    const responses = await Promise.all(
      Array.from({ length: SIGNERS }, (_, n) =>
        service.call(
          SIGN,
          { caseId, signer: { name: `Signer ${n}`, email: `concurrent.${n}.${randomUUID().slice(0, 6)}@example.org`, country: 'BE' }, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() },
          n % 2 ? SITE_BE_FR : SITE_DZ,
        ),
      ),
    );
    expect(responses.filter((response) => response.errors)).toEqual([]);

    const stats = await service.call<{ _entities: { actionStats: Record<string, number> }[] }>(STATS, { r: [{ __typename: 'Case', id: caseId }] });
    expect(stats.data!._entities[0].actionStats).toEqual({ onlineSignatures: SIGNERS, signatures: SIGNERS, distinctSigners: SIGNERS });
    const perSection = await service.sql<{ section: string; quantity: string }>(
      `SELECT section, quantity::text FROM action_total WHERE subject_kind = 'CASE' AND subject_id = $1 ORDER BY section`,
      [caseId],
    );
    expect(perSection).toEqual([
      { section: '*', quantity: String(SIGNERS) },
      { section: 'BE-FR', quantity: String(SIGNERS / 2) },
      { section: 'DZ', quantity: String(SIGNERS / 2) },
    ]);

    const isRecorded = (r: ReceivedEvent) => r.key === caseId && r.event.type === 'org.plume.action.recorded.v1';
    await waitFor(`${SIGNERS} action.recorded events of the case`, () => distinctIds(reader.received, isRecorded).size >= SIGNERS, 60_000);
    expect(distinctIds(reader.received, isRecorded).size).toBe(SIGNERS);
    const actionIds = new Set(reader.received.filter(isRecorded).map((r) => (r.event.data as { actionId: string }).actionId));
    expect(actionIds.size).toBe(SIGNERS);
  });

  it('announces each milestone crossed under concurrency exactly once', async () => {
    const caseId = await upstream.knownCase();
    await Promise.all(
      Array.from({ length: 160 }, (_, n) =>
        service.call(
          SIGN,
          { caseId, signer: { name: `Signer ${n}`, email: `milestone.${n}.${randomUUID().slice(0, 6)}@example.org`, country: 'DZ' }, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() },
          SITE_DZ,
        ),
      ),
    );
    const isMilestone = (threshold: number) => (r: ReceivedEvent) =>
      r.key === caseId && r.event.type === 'org.plume.case.milestone-reached.v1' && (r.event.data as { threshold: number }).threshold === threshold;
    for (const threshold of [100, 150]) {
      const reached = await reader.waitFor(isMilestone(threshold), 30_000);
      expect(reached.event.data).toEqual({ caseId, metric: 'SIGNATURES', threshold, total: threshold, reachedAt: expect.any(String) });
    }
    // Everything the case produced has arrived once its 160 signatures have.
    await waitFor('160 action.recorded events', () => distinctIds(reader.received, (r) => r.key === caseId && r.event.type === 'org.plume.action.recorded.v1').size >= 160, 60_000);
    expect(distinctIds(reader.received, isMilestone(100)).size).toBe(1);
    expect(distinctIds(reader.received, isMilestone(150)).size).toBe(1);
    expect(distinctIds(reader.received, isMilestone(1000)).size).toBe(0);
    expect(await service.sql(`SELECT threshold::int FROM case_milestone WHERE case_id = $1 ORDER BY threshold`, [caseId])).toEqual([{ threshold: 100 }, { threshold: 150 }]);
  });
});
