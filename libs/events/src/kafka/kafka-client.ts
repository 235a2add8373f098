import { Kafka, logLevel as KafkaLogLevel, Partitioners, type LogEntry, type ProducerConfig } from 'kafkajs';
import type { Logger } from 'pino';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic this client touches (see KAFKA_TOPIC_PREFIX); '' by default. */
  topicPrefix?: string;
}

const topicPrefixes = new WeakMap<Kafka, string>();

/**
 * The physical name of a topic for this client: its prefix, then the logical name (`plume.cases`).
 * Every function of this library takes logical names and maps them here, so a prefixed client reads
 * and writes its own copy of every topic.
 */
export function topicName(kafka: Kafka, logicalName: string): string {
  return `${topicPrefixes.get(kafka) ?? ''}${logicalName}`;
}

/** The Kafka settings of a service's environment (the `kafkaEnvironment` fragment of @plume/config). */
export interface KafkaSettings {
  KAFKA_BROKERS: string[];
  KAFKA_CLIENT_ID?: string;
  KAFKA_TOPIC_PREFIX: string;
}

/** A service's client: its brokers and topic namespace, `KAFKA_CLIENT_ID` or the service's own name. */
export function createKafkaFromSettings(settings: KafkaSettings, defaultClientId: string, logger: Logger): Kafka {
  return createKafka({ brokers: settings.KAFKA_BROKERS, clientId: settings.KAFKA_CLIENT_ID ?? defaultClientId, topicPrefix: settings.KAFKA_TOPIC_PREFIX }, logger);
}

/** kafkajs logs through the service's pino logger, at pino's levels. */
function pinoLogCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...extra } = log;
      const fields = { kafka: extra };
      // Our relay bounds the idempotent producer's retries on purpose (its own loop retries with a
      // fresh producer; consumers de-duplicate on ce_id), so kafkajs' warning about it is only noise.
      if (message?.startsWith('Limiting retries for the idempotent producer')) return logger.debug(fields, message);
      if (level === KafkaLogLevel.ERROR) logger.error(fields, message);
      else if (level === KafkaLogLevel.WARN) logger.warn(fields, message);
      else if (level === KafkaLogLevel.INFO) logger.debug(fields, message);
      else logger.trace(fields, message);
    };
}

export function createKafka(connection: KafkaConnection, logger: Logger): Kafka {
  const kafka = new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
    logLevel: KafkaLogLevel.WARN,
    logCreator: pinoLogCreator(logger.child({ component: 'kafka' })),
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    // The relay and consumers have their own backoff loops; keep the client's retries short so a
    // broker outage is noticed quickly and does not pile up hidden retries.
    retry: { initialRetryTime: 200, maxRetryTime: 2_000, retries: 3 },
  });
  topicPrefixes.set(kafka, connection.topicPrefix ?? '');
  return kafka;
}

/** Producer settings shared by the relay and the dead-letter producer: idempotent, ordered, current partitioner. */
export function reliableProducerConfig(): ProducerConfig {
  return { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner };
}

/** Deletes every topic whose name starts with `prefix` (test clean-up of a topic namespace). */
export async function deleteTopicsWithPrefix(kafka: Kafka, prefix: string): Promise<void> {
  if (!prefix) throw new Error('refusing to delete topics without a prefix');
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}
