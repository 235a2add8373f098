import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { uniqueName, waitFor } from '@plume/testing';
import { createCloudEvent } from '../envelope/cloud-event';
import { toKafkaRecord } from '../envelope/kafka-binary-mode';
import { topicName } from '../kafka/kafka-client';
import { ensureTopics } from '../kafka/topic-provisioning';
import { deadLetterTopic } from '../topics';
import { startEventsHarness, type EventsTestHarness } from '../test-support/events-test-harness';
import { startEventReader } from './event-reader';
import { createIdempotentConsumer } from './idempotent-consumer';

/**
 * A projection counting status changes per case, fed through the idempotent consumer from a real
 * topic. Each test uses its own topic and consumer group on the shared broker.
 */
describe('idempotent consumer', () => {
  let harness: EventsTestHarness;
  let producer: Producer;

  beforeAll(async () => {
    harness = await startEventsHarness('consumer', ['CREATE TABLE status_changes (case_id uuid PRIMARY KEY, changes int NOT NULL)']);
    producer = harness.kafka.producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    await harness.close();
  });

  const statusChanged = (caseId: string, id = randomUUID()) =>
    createCloudEvent({ id, type: 'org.plume.case.status-changed.v1', source: '/plume/test', subject: `case/${caseId}`, data: { caseId, previousStatus: 'ACTIVE', status: 'RELEASED', effectiveOn: '2017-10-26' } });

  const changesOf = async (caseId: string): Promise<number | undefined> => {
    const rows = await harness.dataSource.query('SELECT changes FROM status_changes WHERE case_id = $1', [caseId]);
    return rows[0]?.changes;
  };

  async function startCounting(topic: string, groupId: string, failFor?: string) {
    const consumer = createIdempotentConsumer({
      kafka: harness.kafka,
      dataSource: harness.dataSource,
      logger: harness.logger,
      groupId,
      topics: [topic],
      handlers: {
        'org.plume.case.status-changed.v1': async (event, manager) => {
          const { caseId } = event.data as { caseId: string };
          if (caseId === failFor) throw new Error('this projection cannot take that case');
          await manager.query(
            `INSERT INTO status_changes VALUES ($1, 1) ON CONFLICT (case_id) DO UPDATE SET changes = status_changes.changes + 1`,
            [caseId],
          );
        },
      },
    });
    await consumer.start();
    return consumer;
  }

  it('applies a redelivered event once', async () => {
    const topic = uniqueName('test.redelivery');
    await ensureTopics(harness.kafka, [topic], 1);
    const caseId = randomUUID();
    const event = statusChanged(caseId);
    const marker = statusChanged(randomUUID());
    // The same event three times (a producer retry, a relay crash before marking it sent…), then a marker.
    const record = toKafkaRecord(event, caseId);
    await producer.send({ topic: topicName(harness.kafka, topic), messages: [record, record, record, toKafkaRecord(marker, marker.data.caseId)] });

    const consumer = await startCounting(topic, uniqueName('redelivery'));
    try {
      await waitFor('the marker event to be applied', () => changesOf(marker.data.caseId));
      expect(await changesOf(caseId)).toBe(1);
    } finally {
      await consumer.stop();
    }
  });

  it('sends poison messages to the dead-letter topic and goes on with later messages', async () => {
    const topic = uniqueName('test.poison');
    const groupId = uniqueName('poison');
    await ensureTopics(harness.kafka, [topic, deadLetterTopic(groupId)], 1);
    const failing = statusChanged(randomUUID());
    const breaksContract = createCloudEvent({ type: 'org.plume.case.status-changed.v1', source: '/plume/test', data: { caseId: 'not-a-uuid' } });
    const later = statusChanged(randomUUID());
    await producer.send({
      topic: topicName(harness.kafka, topic),
      messages: [
        { key: 'garbage', value: 'not a cloud event at all', headers: { ce_specversion: '1.0' } },
        toKafkaRecord(breaksContract, 'x'),
        toKafkaRecord(failing, failing.data.caseId),
        toKafkaRecord(later, later.data.caseId),
      ],
    });
    const dlqReader = await startEventReader(harness.kafka, [deadLetterTopic(groupId)], uniqueName('dlq-reader'));
    const rawDeadLetters: Record<string, string>[] = [];
    const dlqRaw = harness.kafka.consumer({ groupId: uniqueName('dlq-raw'), maxWaitTimeInMs: 100 });
    await dlqRaw.connect();
    await dlqRaw.subscribe({ topic: topicName(harness.kafka, deadLetterTopic(groupId)), fromBeginning: true });
    await dlqRaw.run({
      eachMessage: async ({ message }) => {
        rawDeadLetters.push(Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])));
      },
    });

    const consumer = await startCounting(topic, groupId, failing.data.caseId);
    try {
      await waitFor('the later message to be applied', () => changesOf(later.data.caseId));
      await waitFor('three dead letters', () => rawDeadLetters.length === 3);
      expect(await changesOf(failing.data.caseId)).toBeUndefined();
      const physical = topicName(harness.kafka, topic);
      expect(rawDeadLetters.map((h) => h.dlq_original_topic)).toEqual([physical, physical, physical]);
      expect(rawDeadLetters.map((h) => h.dlq_original_offset)).toEqual(['0', '1', '2']);
      expect(rawDeadLetters.map((h) => h.dlq_original_partition)).toEqual(['0', '0', '0']);
      expect(rawDeadLetters[0].dlq_error).toContain('InvalidEnvelopeError');
      expect(rawDeadLetters[2].dlq_error).toContain('this projection cannot take that case');
      // The dead-lettered CloudEvent keeps its own headers, so it can be replayed as it was.
      expect(dlqReader.received.some((r) => r.event.id === failing.id)).toBe(true);
    } finally {
      await consumer.stop();
      await dlqRaw.disconnect();
      await dlqReader.stop();
    }
  });
});
