import type { EachMessagePayload, Kafka, Producer } from 'kafkajs';
import { IDLE_FETCH_WAIT_MS } from './idle-fetch-wait';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { isTransientDatabaseError } from '@plume/database';
import { contractFor } from '../contracts/registry';
import type { CloudEvent } from '../envelope/cloud-event';
import { fromKafkaRecord } from '../envelope/kafka-binary-mode';
import { topicName } from '../kafka/kafka-client';
import type { Lifecycle } from '../lifecycle';
import { consumerGroupLifecycle } from './consumer-lifecycle';
import { deadLetterTopic } from '../topics';
import { sendToDeadLetter } from './dead-letter';

/** Applies one event to a projection, inside the transaction that also records the event as processed. */
export type EventHandler = (event: CloudEvent, manager: EntityManager) => Promise<void>;

export interface IdempotentConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  groupId: string;
  topics: string[];
  /** Handlers by CloudEvents type; other types on the topics are acknowledged and ignored. */
  handlers: Record<string, EventHandler>;
  /** Attempts for a handler error before the message is dead-lettered. */
  maxAttempts?: number;
  fromBeginning?: boolean;
  maxWaitTimeInMs?: number;
}

/**
 * Runs a consumer group whose projection updates happen exactly once per event id: the update and a
 * `processed_event` row commit together, so a redelivered event finds its row and changes nothing.
 * A message that cannot be processed (bad envelope, data breaking its contract, a handler that keeps
 * failing) goes to the group's dead-letter topic and the partition moves on. A database outage is
 * not the message's fault: it is retried, never dead-lettered.
 */
export function createIdempotentConsumer(options: IdempotentConsumerOptions): Lifecycle {
  const { kafka, dataSource, groupId, handlers } = options;
  const logger = options.logger.child({ component: 'consumer', groupId });
  const maxAttempts = options.maxAttempts ?? 3;
  let deadLetterProducer: Producer | undefined;

  async function apply(event: CloudEvent, handler: EventHandler): Promise<void> {
    await dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO processed_event (consumer_group, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [groupId, event.id],
      );
      if (inserted.length === 0) return; // already applied: a redelivery
      await handler(event, manager);
    });
  }

  async function deadLetter(payload: EachMessagePayload, error: unknown): Promise<void> {
    if (!deadLetterProducer) throw new Error('consumer is not started');
    await sendToDeadLetter(deadLetterProducer, topicName(kafka, deadLetterTopic(groupId)), { consumerGroup: groupId, topic: payload.topic, partition: payload.partition, message: payload.message, error });
    logger.warn({ topic: payload.topic, partition: payload.partition, offset: payload.message.offset, err: error }, 'message sent to the dead-letter topic');
  }

  async function handleMessage(payload: EachMessagePayload): Promise<void> {
    let event: CloudEvent;
    try {
      event = fromKafkaRecord(payload.message);
      const contract = contractFor(event.type);
      if (contract) event = { ...event, data: contract.schema.parse(event.data) };
    } catch (error) {
      await deadLetter(payload, error);
      return;
    }
    const handler = handlers[event.type];
    if (!handler) return;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await apply(event, handler);
        return;
      } catch (error) {
        // Throwing makes kafkajs retry the same offset later without committing: right for an outage.
        if (isTransientDatabaseError(error)) throw error;
        if (attempt >= maxAttempts) {
          await deadLetter(payload, error);
          return;
        }
      }
    }
  }

  return consumerGroupLifecycle({
    kafka,
    logger,
    groupId,
    topics: options.topics,
    fromBeginning: options.fromBeginning ?? true,
    maxWaitTimeInMs: options.maxWaitTimeInMs ?? IDLE_FETCH_WAIT_MS,
    run: (consumer, producer) => {
      deadLetterProducer = producer;
      return consumer.run({ eachMessage: handleMessage });
    },
  });
}
