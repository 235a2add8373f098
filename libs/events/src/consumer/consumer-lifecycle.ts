import type { Consumer, Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { backoffDelay, Waiter } from '../backoff';
import { reliableProducerConfig, topicName } from '../kafka/kafka-client';
import { ensureTopics } from '../kafka/topic-provisioning';
import type { Lifecycle } from '../lifecycle';
import { deadLetterTopic } from '../topics';

export interface ConsumerGroupOptions {
  kafka: Kafka;
  logger: Logger;
  groupId: string;
  /** Logical topic names. */
  topics: string[];
  fromBeginning: boolean;
  maxWaitTimeInMs: number;
  /** Starts consuming (`consumer.run`), once connected and subscribed; the producer is for dead letters. */
  run(consumer: Consumer, deadLetterProducer: Producer): Promise<void>;
}

/**
 * The lifecycle every consumer group of Plume shares: topics (and the group's dead-letter topic)
 * provisioned, a dead-letter producer, the consumer subscribed. Kafka down when the service starts must
 * not stop the service from starting, so it keeps trying in the background (once running, kafkajs
 * itself rides out broker outages); ready() is true while the consumer is in its group.
 */
export function consumerGroupLifecycle(options: ConsumerGroupOptions): Lifecycle {
  const { kafka, logger, groupId } = options;
  const waiter = new Waiter();
  let running = false;
  let joined = false;
  let connecting: Promise<void> | undefined;
  let consumer: Consumer | undefined;
  let deadLetterProducer: Producer | undefined;

  async function connectAndRun(): Promise<void> {
    await ensureTopics(kafka, [...options.topics, deadLetterTopic(groupId)]);
    deadLetterProducer = kafka.producer(reliableProducerConfig());
    await deadLetterProducer.connect();
    consumer = kafka.consumer({ groupId, maxWaitTimeInMs: options.maxWaitTimeInMs, retry: { retries: 10 } });
    // Joining happens inside run(): listen before it.
    consumer.on(consumer.events.GROUP_JOIN, () => {
      joined = true;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      joined = false;
      // kafkajs restarts the consumer itself after a retriable crash; after any other it stays down,
      // so the group would silently stop consuming: start over, with the same backoff as at start.
      if (!payload.restart && running) void reconnect();
    });
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics.map((topic) => topicName(kafka, topic)), fromBeginning: options.fromBeginning });
    await options.run(consumer, deadLetterProducer);
  }

  async function disconnect(): Promise<void> {
    joined = false;
    await consumer?.disconnect().catch(() => undefined);
    await deadLetterProducer?.disconnect().catch(() => undefined);
    consumer = undefined;
    deadLetterProducer = undefined;
  }

  async function connectWithRetry(): Promise<void> {
    for (let failures = 1; running; failures += 1) {
      try {
        await connectAndRun();
        return;
      } catch (error) {
        await disconnect();
        if (failures === 1) logger.warn({ err: error }, 'consumer cannot reach Kafka yet; retrying in the background');
        await waiter.wait(backoffDelay(failures, 200, 5_000));
      }
    }
  }

  async function reconnect(): Promise<void> {
    logger.warn('consumer crashed for good; reconnecting');
    await connecting;
    await disconnect();
    connecting = connectWithRetry();
  }

  return {
    async start() {
      if (running) return;
      running = true;
      connecting = connectWithRetry();
    },
    async stop() {
      running = false;
      waiter.wake();
      await connecting;
      await disconnect();
    },
    ready: () => joined,
  };
}
