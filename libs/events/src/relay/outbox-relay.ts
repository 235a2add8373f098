import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { createBrokerProbe } from '../kafka/broker-probe';
import { reliableProducerConfig, topicName } from '../kafka/kafka-client';
import { ensureTopics } from '../kafka/topic-provisioning';
import type { Lifecycle } from '../lifecycle';
import { backoffDelay, Waiter } from '../backoff';
import { anyUnpublished, claimUnpublished, markPublished, toTopicMessages } from './outbox-batch';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  /** Topics to create when missing, before the first publication. */
  topics: string[];
  batchSize?: number;
  /** How often an idle relay looks for new rows. */
  idleIntervalMs?: number;
  maxBackoffMs?: number;
}

export interface OutboxRelay extends Lifecycle {
  /** Publishes one batch now; resolves to the number of events published (tests and tools use it). */
  publishBatch(): Promise<number>;
  /**
   * Whether the relay's broker answers right now (a metadata request, see createBrokerProbe). `ready()`
   * says whether the last publication worked, which stays true while an idle relay's broker is gone.
   */
  brokerReachable(): Promise<boolean>;
}

// Any constant works as long as every relay of one database uses the same one: it elects the single
// relay that publishes at a time, which is what keeps per-aggregate order across relay instances.
const RELAY_LOCK_KEY = 0x706c756d; // "plum"

/**
 * Publishes the outbox to Kafka: claims a batch in position order (FOR UPDATE SKIP LOCKED, under an
 * advisory lock), sends it with an idempotent producer (acks=all), marks the rows published in the
 * same transaction. Kafka down: the transaction rolls back, rows stay, the relay backs off and retries.
 * Delivery is at-least-once (a crash between send and commit re-sends); consumers de-duplicate on ce_id.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { dataSource, kafka, topics } = options;
  const logger = options.logger.child({ component: 'outbox-relay' });
  const batchSize = options.batchSize ?? 500;
  const idleIntervalMs = options.idleIntervalMs ?? 50;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const waiter = new Waiter();
  const brokerProbe = createBrokerProbe(kafka);
  let producer: Producer | undefined;
  let running = false;
  let healthy = false;
  let loop: Promise<void> | undefined;

  async function connectedProducer(): Promise<Producer> {
    if (producer) return producer;
    const fresh = kafka.producer(reliableProducerConfig());
    await fresh.connect();
    await ensureTopics(kafka, topics);
    producer = fresh;
    return fresh;
  }

  async function dropProducer(): Promise<void> {
    const old = producer;
    producer = undefined;
    await old?.disconnect().catch(() => undefined);
  }

  async function publishBatch(): Promise<number> {
    const activeProducer = await connectedProducer();
    if (!(await anyUnpublished(dataSource))) return 0;
    return dataSource.transaction(async (manager: EntityManager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK_KEY]);
      if (!locked) return 0;
      const rows = await claimUnpublished(manager, batchSize);
      if (rows.length === 0) return 0;
      await activeProducer.sendBatch({ acks: -1, topicMessages: toTopicMessages(rows, (topic) => topicName(kafka, topic)) });
      await markPublished(manager, rows);
      return rows.length;
    });
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      try {
        const published = await publishBatch();
        if (failures > 0) logger.info({ afterFailures: failures }, 'outbox relay publishing again');
        failures = 0;
        healthy = true;
        if (published < batchSize) await waiter.wait(idleIntervalMs);
      } catch (error) {
        failures += 1;
        healthy = false;
        // One warning per outage, then debug: a broker down for an hour must not flood the logs.
        const log = failures === 1 ? logger.warn.bind(logger) : logger.debug.bind(logger);
        log({ err: error, failures }, 'outbox relay could not publish; events wait in the outbox');
        await dropProducer();
        if (running) await waiter.wait(backoffDelay(failures, 200, maxBackoffMs));
      }
    }
  }

  return {
    publishBatch,
    async start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      waiter.wake();
      await loop;
      await dropProducer();
      await brokerProbe.close();
      healthy = false;
    },
    ready: () => healthy,
    brokerReachable: () => brokerProbe.reachable(),
  };
}
