import { createKafka, startEventReader, Topic, type EventReader, type ReceivedEvent } from '@plume/events';
import { createDedicatedBroker, freePort, TEST_TOPIC_PREFIX, testLogger, uniqueName, waitFor, type DedicatedBroker } from '@plume/testing';
import { startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startSignatureLoad, succeeded, type SignatureAttempt } from '../test-support/signature-load';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const OUTAGE_MS = 60_000;
/** Everything that follows the broker's return (relay, outbox, topic, roll-ups) must be back within this. */
const RECOVERY_MS = 90_000;
const RECORDED = 'org.plume.action.recorded.v1';

interface Readiness {
  status: number;
  checks: Record<string, string>;
}

/**
 * Issue 7, "faults survived, nothing lost": the actions service on a throw-away broker of its own,
 * which the test really stops for a minute while section websites keep sending signatures (20 a second,
 * each by another person). Every signature answered as taken is in the database and announced on
 * plume.actions exactly once (by ce_id) when the broker is back; none is refused because of Kafka.
 */
describe('signatures while Kafka is down for a minute (real broker stopped, real PostgreSQL)', () => {
  let broker: DedicatedBroker;
  let service: ActionsTestService;
  let upstream: UpstreamEvents;
  let reader: EventReader | undefined;

  beforeAll(async () => {
    broker = await createDedicatedBroker(await freePort());
    await broker.start();
    service = await startActionsTestService('actions_broker_outage', { KAFKA_BROKERS: broker.brokers.join(','), DATABASE_POOL_SIZE: '10' });
    upstream = await startUpstreamEvents(service, { brokers: broker.brokers, clientId: uniqueName('outage-upstream'), topicPrefix: TEST_TOPIC_PREFIX });
  }, 120_000);
  afterAll(async () => {
    await reader?.stop();
    await upstream?.stop();
    await service?.stop();
    await broker?.destroy();
  }, 60_000);

  const readiness = async (): Promise<Readiness> => {
    const response = await fetch(service.server.url.replace('/graphql', '/ready'));
    return { status: response.status, ...((await response.json()) as { checks: Record<string, string> }) };
  };
  const relayIs = (state: 'up' | 'down') => async () => (await readiness()).checks['outbox-relay'] === state;
  const unpublished = async () => (await service.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`))[0].n;

  it('takes every signature during the outage and announces each exactly once when the broker returns', async () => {
    // A fresh broker: its first consumer groups take a while to form on a busy machine.
    const up = (checks: Record<string, string>) => ['outbox-relay', 'cases-projection', 'report-rollups'].every((name) => checks[name] === 'up');
    await waitFor('the relay and the consumers to be connected', async () => up((await readiness()).checks), 60_000, 200);
    const caseId = await upstream.knownCase();

    const load = startSignatureLoad(service.call, caseId, { loops: 4, intervalMs: 200 });
    let attempts: SignatureAttempt[] = [];
    const duringOutage: Readiness[] = [];
    let stoppedAt = 0;
    let measuredAt = 0;
    let returnedAt = 0;
    let waitingAtEndOfOutage = 0;
    try {
      const startedAt = Date.now();
      await waitFor('signatures before the outage', () => load.successesSince(startedAt) >= 100, 30_000);

      await broker.stop();
      stoppedAt = Date.now();
      await waitFor('the relay to report the outage', relayIs('down'), 30_000);
      // The broker stays down a real minute; /ready says so (its Kafka producer), the service keeps answering.
      await waitFor(
        'a minute of outage',
        async () => {
          duringOutage.push(await readiness());
          return Date.now() - stoppedAt >= OUTAGE_MS;
        },
        OUTAGE_MS + 10_000,
        1_000,
      );
      measuredAt = Date.now();
      waitingAtEndOfOutage = await unpublished();

      await broker.start();
      returnedAt = Date.now();
      await waitFor('the relay to publish again', relayIs('up'), RECOVERY_MS);
      const backAt = Date.now();
      await waitFor('signatures after the outage', () => load.successesSince(backAt) >= 100, 30_000);
    } finally {
      attempts = await load.stop();
    }

    // No request was refused because Kafka was down; /ready stayed 200 (in rotation) and reported the broker.
    const failed = attempts.filter((attempt) => !succeeded(attempt));
    expect(failed.map(({ status, errors }) => ({ status, errors }))).toEqual([]);
    expect(duringOutage.filter((ready) => ready.checks.database !== 'up')).toEqual([]);
    expect(duringOutage.filter((ready) => ready.status !== 200)).toEqual([]);
    expect(duringOutage.some((ready) => ready.checks['kafka-producer'] === 'down')).toBe(true);
    const taken = attempts.filter(succeeded);
    const during = taken.filter((attempt) => attempt.startedAt >= stoppedAt && attempt.endedAt <= measuredAt);
    expect(during.length).toBeGreaterThanOrEqual((OUTAGE_MS / 1_000) * 10); // at least half the offered 20/s
    expect(waitingAtEndOfOutage).toBeGreaterThanOrEqual(during.length); // their events really waited in the outbox

    // Every signature answered as taken has its counted action, one per person.
    const rows = await service.sql<{ idempotency_key: string; action_id: string }>(
      `SELECT r.idempotency_key, a.id AS action_id FROM petition_request r JOIN action a ON a.id = r.action_id
        WHERE r.case_id = $1 AND a.status = 'ACCEPTED'`,
      [caseId],
    );
    expect(new Set(rows.map((row) => row.idempotency_key))).toEqual(new Set(taken.map((attempt) => attempt.idempotencyKey)));
    const [{ actions }] = await service.sql<{ actions: number }>(`SELECT count(*)::int AS actions FROM action WHERE case_id = $1`, [caseId]);
    expect(actions).toBe(taken.length);
    const [{ quantity }] = await service.sql<{ quantity: string }>(
      `SELECT quantity::text FROM action_total WHERE subject_kind = 'CASE' AND subject_id = $1 AND section = '*' AND action_type = 'ONLINE_SIGNATURE'`,
      [caseId],
    );
    expect(Number(quantity)).toBe(taken.length);

    // Once the broker is back, the outbox drains and the topic holds one action.recorded per action.
    const left = () => Math.max(returnedAt + RECOVERY_MS - Date.now(), 1_000);
    await waitFor('the outbox to drain', async () => (await unpublished()) === 0, left());
    const kafka = createKafka({ brokers: broker.brokers, clientId: uniqueName('outage-reader'), topicPrefix: TEST_TOPIC_PREFIX }, testLogger());
    reader = await startEventReader(kafka, [Topic.Actions], uniqueName('actions-outage-reader'));
    const recorded = (r: ReceivedEvent) => r.key === caseId && r.event.type === RECORDED;
    const eventIdsByAction = () => {
      const ids = new Map<string, Set<string>>();
      for (const r of reader!.received.filter(recorded)) {
        const actionId = (r.event.data as { actionId: string }).actionId;
        ids.set(actionId, (ids.get(actionId) ?? new Set()).add(r.event.id));
      }
      return ids;
    };
    await waitFor(`${taken.length} announced actions`, () => eventIdsByAction().size >= taken.length, left());
    const announced = eventIdsByAction();
    expect(new Set(announced.keys())).toEqual(new Set(rows.map((row) => row.action_id)));
    expect([...announced.values()].filter((ids) => ids.size !== 1)).toEqual([]); // no action under two event ids
    const distinctEventIds = new Set(reader.received.filter(recorded).map((r) => r.event.id));
    expect(distinctEventIds.size).toBe(taken.length);

    // The service's own consumer of plume.actions (the report roll-ups) came back too, and counted each once.
    await waitFor(
      'the roll-ups to count every signature',
      async () => {
        const [{ n }] = await service.sql<{ n: number }>(`SELECT count(*)::int AS n FROM report_action WHERE counted`);
        if (n !== taken.length) throw new Error(`${n} of ${taken.length} counted; readiness ${JSON.stringify((await readiness()).checks)}`);
        return true;
      },
      left(),
      200,
    );
    const [rollup] = await service.sql<{ actions: string; quantity: string }>(
      `SELECT sum(actions)::text AS actions, sum(quantity)::text AS quantity FROM report_monthly WHERE case_id = $1`,
      [caseId],
    );
    expect([Number(rollup.actions), Number(rollup.quantity)]).toEqual([taken.length, taken.length]);
  }, 175_000);
});
