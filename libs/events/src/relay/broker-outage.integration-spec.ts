import { randomUUID } from 'node:crypto';
import { createDedicatedBroker, uniqueName, waitFor, type DedicatedBroker } from '@plume/testing';
import { CaseStatusChanged } from '../contracts/cases.contracts';
import { startEventReader } from '../consumer/event-reader';
import { createKafka } from '../kafka/kafka-client';
import { appendToOutbox } from '../outbox/outbox-writer';
import { startEventsHarness, type EventsTestHarness } from '../test-support/events-test-harness';
import { createOutboxRelay, type OutboxRelay } from './outbox-relay';

/**
 * Kafka really stopped (a throw-away broker of our own, so the shared one is untouched): writes keep
 * succeeding, events wait in the outbox, and are published once the broker is back.
 */
describe('outbox relay during a broker outage', () => {
  let harness: EventsTestHarness;
  let broker: DedicatedBroker;
  let relay: OutboxRelay;

  beforeAll(async () => {
    harness = await startEventsHarness('outage', ['CREATE TABLE case_state (id uuid PRIMARY KEY, status text NOT NULL)']);
    broker = await createDedicatedBroker(29092);
    await broker.start();
  }, 180_000);
  afterAll(async () => {
    await relay?.stop();
    await broker?.destroy();
    await harness?.close();
  }, 60_000);

  const releaseCase = (caseId: string) =>
    harness.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO case_state VALUES ($1, 'RELEASED')`, [caseId]);
      await appendToOutbox(manager, {
        contract: CaseStatusChanged,
        aggregateId: caseId,
        source: '/plume/test',
        data: { caseId, previousStatus: 'ACTIVE', status: 'RELEASED', effectiveOn: '2017-10-26' },
      });
    });

  it('keeps accepting writes while Kafka is down and publishes their events when it returns', async () => {
    const kafka = createKafka({ brokers: broker.brokers, clientId: uniqueName('outage') }, harness.logger);
    relay = createOutboxRelay({ dataSource: harness.dataSource, kafka, logger: harness.logger, topics: ['plume.cases'], maxBackoffMs: 1_000 });
    await relay.start();
    await waitFor('the relay to connect', () => relay.ready());

    await broker.stop();
    const duringOutage = randomUUID();
    await expect(releaseCase(duringOutage)).resolves.toBeUndefined();
    await waitFor('the relay to notice the outage', () => !relay.ready(), 30_000);
    const [{ pending }] = await harness.dataSource.query('SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL');
    expect(pending).toBe(1);

    await broker.start();
    const reader = await startEventReader(kafka, ['plume.cases'], uniqueName('outage-reader'));
    try {
      await reader.waitFor((r) => r.key === duringOutage, 60_000);
      await waitFor('the outbox to drain', async () => {
        const [{ left }] = await harness.dataSource.query('SELECT count(*)::int AS left FROM outbox WHERE published_at IS NULL');
        return left === 0;
      }, 30_000);
      expect(reader.received.filter((r) => r.key === duringOutage)).toHaveLength(1);
    } finally {
      await reader.stop();
    }
  }, 180_000);
});
