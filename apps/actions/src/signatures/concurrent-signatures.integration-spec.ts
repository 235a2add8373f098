import { randomUUID } from 'node:crypto';
import { createKafka, startEventReader, Topic, type EventReader, type ReceivedEvent } from '@plume/events';
import { errorCodes, testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
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
    // Group commit: signatures that arrived together shared transactions (rows of one transaction share its xmin).
    const [{ transactions }] = await service.sql<{ transactions: number }>(`SELECT count(DISTINCT xmin::text)::int AS transactions FROM action WHERE case_id = $1`, [caseId]);
    expect(transactions).toBeLessThan(SIGNERS);

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
      // Signatures committed together may take the total past the threshold in one step.
      expect(reached.event.data).toEqual({ caseId, metric: 'SIGNATURES', threshold, total: expect.any(Number), reachedAt: expect.any(String) });
      const { total } = reached.event.data as { total: number };
      expect(total).toBeGreaterThanOrEqual(threshold);
      expect(total).toBeLessThanOrEqual(160);
    }
    // Everything the case produced has arrived once its 160 signatures have.
    await waitFor('160 action.recorded events', () => distinctIds(reader.received, (r) => r.key === caseId && r.event.type === 'org.plume.action.recorded.v1').size >= 160, 60_000);
    expect(distinctIds(reader.received, isMilestone(100)).size).toBe(1);
    expect(distinctIds(reader.received, isMilestone(150)).size).toBe(1);
    expect(distinctIds(reader.received, isMilestone(1000)).size).toBe(0);
    expect(await service.sql(`SELECT threshold::int FROM case_milestone WHERE case_id = $1 ORDER BY threshold`, [caseId])).toEqual([{ threshold: 100 }, { threshold: 150 }]);
  });

  it('answers each request of a shared transaction on its own: a refused one fails nobody else, repeats and replays count once', async () => {
    const [caseA, caseB] = [await upstream.knownCase(), await upstream.knownCase()];
    const person = (n: number) => ({ name: `Mixed ${n}`, email: `mixed.${n}.${caseA.slice(0, 8)}@example.org`, country: 'BE' });
    const request = (caseId: string, who: ReturnType<typeof person>, idempotencyKey: string) =>
      service.call(SIGN, { caseId, signer: who, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey }, SITE_BE_FR);
    const sharedKey = randomUUID();
    const replayedKey = randomUUID();
    const [valid, repeats, replays, keyOnA, keyOnB, unknownCase] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, n) => request(caseA, person(n), randomUUID()))),
      Promise.all([request(caseA, person(0), randomUUID()), request(caseA, person(0), randomUUID())]), // the same person, other keys
      Promise.all([request(caseA, person(100), replayedKey), request(caseA, person(100), replayedKey)]), // a double click
      request(caseA, person(200), sharedKey),
      request(caseB, person(201), sharedKey), // one key for two cases: whichever came second is a conflict
      request(randomUUID(), person(300), randomUUID()),
    ]);
    expect([...valid, ...repeats, ...replays].filter((response) => response.errors)).toEqual([]);
    expect(errorCodes(unknownCase)).toEqual(['NOT_FOUND']);
    const sharedKeyCodes = [errorCodes(keyOnA), errorCodes(keyOnB)];
    expect(sharedKeyCodes).toContainEqual([]);
    expect(sharedKeyCodes).toContainEqual(['CONFLICT']);
    const aWon = errorCodes(keyOnA).length === 0 ? 1 : 0;

    const counted = async (caseId: string) => {
      const stats = await service.call<{ _entities: { actionStats: Record<string, number> }[] }>(STATS, { r: [{ __typename: 'Case', id: caseId }] });
      return stats.data!._entities[0].actionStats.onlineSignatures;
    };
    expect(await counted(caseA)).toBe(20 + 1 + aWon); // 20 people, the double click once, the shared key if A had it
    expect(await counted(caseB)).toBe(1 - aWon);
    const [rows] = await service.sql<{ requests: number; signatures: number }>(
      `SELECT (SELECT count(*)::int FROM petition_request WHERE case_id IN ($1, $2)) AS requests,
              (SELECT count(*)::int FROM signature WHERE case_id IN ($1, $2)) AS signatures`,
      [caseA, caseB],
    );
    expect(rows).toEqual({ requests: 20 + 2 + 1 + 1, signatures: 20 + 1 + 1 }); // every key once; every person once per case
  });
});
