import type { Batch, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { IDLE_FETCH_WAIT_MS } from './idle-fetch-wait';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { isTransientDatabaseError } from '@plume/database';
import { contractFor } from '../contracts/registry';
import type { CloudEvent } from '../envelope/cloud-event';
import { fromKafkaRecord } from '../envelope/kafka-binary-mode';
import { topicName } from '../kafka/kafka-client';
import type { Lifecycle } from '../lifecycle';
import { deadLetterTopic } from '../topics';
import { consumerGroupLifecycle } from './consumer-lifecycle';
import { sendToDeadLetter } from './dead-letter';

/**
 * Applies events of one partition, in order, inside the transaction that also moves the partition's
 * watermark. Must be idempotent per event (a relay may publish an event twice, at two offsets).
 */
export type BatchHandler = (events: CloudEvent[], manager: EntityManager) => Promise<void>;

export interface BatchConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  groupId: string;
  topics: string[];
  /** CloudEvents types the handler wants; other messages only move the watermark. */
  eventTypes: string[];
  handler: BatchHandler;
  /** Events applied per transaction at most. */
  maxEventsPerTransaction?: number;
  fromBeginning?: boolean;
}

interface PositionedEvent {
  event: CloudEvent;
  message: KafkaMessage;
}

/**
 * A consumer group for high-volume projections (report roll-ups): it applies a whole fetched batch in
 * one transaction instead of one transaction per event, and keeps, per partition, the offset it has
 * applied up to (`consumer_watermark`) in that same transaction, so a batch Kafka delivers again is
 * skipped message by message. A message that breaks its contract goes to the dead-letter topic; when a
 * batch fails for another reason than a database outage, its events are retried one by one so only
 * the culprit is dead-lettered.
 */
export function createBatchConsumer(options: BatchConsumerOptions): Lifecycle {
  const { kafka, dataSource, groupId } = options;
  const logger = options.logger.child({ component: 'batch-consumer', groupId });
  const wanted = new Set(options.eventTypes);
  const chunkSize = options.maxEventsPerTransaction ?? 2_000;
  let deadLetterProducer: Producer | undefined;

  async function deadLetter(batch: Batch, message: KafkaMessage, error: unknown): Promise<void> {
    if (!deadLetterProducer) throw new Error('consumer is not started');
    await sendToDeadLetter(deadLetterProducer, topicName(kafka, deadLetterTopic(groupId)), { consumerGroup: groupId, topic: batch.topic, partition: batch.partition, message, error });
    logger.warn({ topic: batch.topic, partition: batch.partition, offset: message.offset, err: error }, 'message sent to the dead-letter topic');
  }

  /** Applies messages (all of one partition, in order) and moves the watermark past the last one. */
  async function applyInTransaction(batch: Batch, messages: KafkaMessage[], events: PositionedEvent[]): Promise<void> {
    const last = messages[messages.length - 1];
    await dataSource.transaction(async (manager) => {
      const rows: { last_offset: string }[] = await manager.query(
        `SELECT last_offset FROM consumer_watermark WHERE consumer_group = $1 AND topic = $2 AND partition = $3 FOR UPDATE`,
        [groupId, batch.topic, batch.partition],
      );
      const applied = rows.length > 0 ? BigInt(rows[0].last_offset) : -1n;
      const fresh = events.filter((positioned) => BigInt(positioned.message.offset) > applied);
      if (fresh.length > 0) await options.handler(fresh.map((positioned) => positioned.event), manager);
      const newest = fresh.reduce<string | null>((latest, { event }) => (latest === null || event.time > latest ? event.time : latest), null);
      await manager.query(
        `INSERT INTO consumer_watermark (consumer_group, topic, partition, last_offset, last_event_time, updated_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (consumer_group, topic, partition) DO UPDATE
           SET last_offset = GREATEST(consumer_watermark.last_offset, EXCLUDED.last_offset),
               last_event_time = GREATEST(consumer_watermark.last_event_time, EXCLUDED.last_event_time),
               updated_at = now()`,
        [groupId, batch.topic, batch.partition, last.offset, newest],
      );
    });
  }

  /** Parses and validates; what breaks its contract is dead-lettered, unwanted types are dropped. */
  async function readEvents(batch: Batch, messages: KafkaMessage[]): Promise<PositionedEvent[]> {
    const events: PositionedEvent[] = [];
    for (const message of messages) {
      try {
        let event = fromKafkaRecord(message);
        if (!wanted.has(event.type)) continue;
        const contract = contractFor(event.type);
        if (contract) event = { ...event, data: contract.schema.parse(event.data) };
        events.push({ event, message });
      } catch (error) {
        await deadLetter(batch, message, error);
      }
    }
    return events;
  }

  async function applyChunk(batch: Batch, messages: KafkaMessage[]): Promise<void> {
    const events = await readEvents(batch, messages);
    try {
      await applyInTransaction(batch, messages, events);
    } catch (error) {
      // Throwing makes kafkajs fetch the batch again later without committing: right for an outage.
      if (isTransientDatabaseError(error)) throw error;
      logger.warn({ err: error, topic: batch.topic, partition: batch.partition }, 'batch failed; applying its events one by one');
      for (const message of messages) {
        const own = events.filter((positioned) => positioned.message === message);
        try {
          await applyInTransaction(batch, [message], own);
        } catch (single) {
          if (isTransientDatabaseError(single)) throw single;
          await deadLetter(batch, message, single);
          await applyInTransaction(batch, [message], []);
        }
      }
    }
  }

  async function eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    for (let start = 0; start < batch.messages.length; start += chunkSize) {
      if (!isRunning() || isStale()) return;
      const messages = batch.messages.slice(start, start + chunkSize);
      await applyChunk(batch, messages);
      resolveOffset(messages[messages.length - 1].offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  return consumerGroupLifecycle({
    kafka,
    logger,
    groupId,
    topics: options.topics,
    fromBeginning: options.fromBeginning ?? true,
    maxWaitTimeInMs: IDLE_FETCH_WAIT_MS,
    run: (consumer, producer) => {
      deadLetterProducer = producer;
      // Partitions are applied side by side: each holds its own aggregates (events are keyed by the
      // aggregate), and the watermark rows are per partition, so they never wait on each other.
      return consumer.run({ eachBatchAutoResolve: false, partitionsConsumedConcurrently: 3, eachBatch });
    },
  });
}
