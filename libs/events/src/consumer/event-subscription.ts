import type { Kafka } from 'kafkajs';
import { IDLE_FETCH_WAIT_MS } from './idle-fetch-wait';
import { fromKafkaRecord } from '../envelope/kafka-binary-mode';
import { topicName } from '../kafka/kafka-client';
import { ensureTopics } from '../kafka/topic-provisioning';
import type { ReceivedEvent } from './event-reader';

export interface EventSubscriptionOptions {
  topics: string[];
  groupId: string;
  /** true: replay the topics from their first message; false: only what arrives from now on. */
  fromBeginning: boolean;
  /** Called for every CloudEvent, in order within a partition. Messages that are not CloudEvents are skipped. */
  onEvent(received: ReceivedEvent): void | Promise<void>;
  /**
   * Told true when the consumer has joined its group (partitions assigned: from then on no event is
   * missed) and false when it crashed (kafkajs rejoins by itself when it can). For readers that must
   * know whether they are hearing the stream, e.g. the gateway's response cache.
   */
  onMembershipChange?(joined: boolean): void;
}

export interface EventSubscription {
  stop(): Promise<void>;
}

/**
 * A plain, projection-less subscription to CloudEvents: the building block of internal tools that
 * watch the stream (e.g. tools/actions-tail) and of the test reader. No processed_event bookkeeping,
 * no dead letters: a tool that needs exactly-once effects uses createIdempotentConsumer instead.
 */
export async function subscribeToEvents(kafka: Kafka, options: EventSubscriptionOptions): Promise<EventSubscription> {
  await ensureTopics(kafka, options.topics);
  const consumer = kafka.consumer({ groupId: options.groupId, maxWaitTimeInMs: IDLE_FETCH_WAIT_MS });
  const { onMembershipChange } = options;
  if (onMembershipChange) {
    // Joining happens inside run(): listen before it.
    consumer.on(consumer.events.GROUP_JOIN, () => onMembershipChange(true));
    consumer.on(consumer.events.CRASH, () => onMembershipChange(false));
  }
  await consumer.connect();
  await consumer.subscribe({ topics: options.topics.map((topic) => topicName(kafka, topic)), fromBeginning: options.fromBeginning });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]));
      let event;
      try {
        event = fromKafkaRecord(message);
      } catch {
        return; // not a CloudEvent: nothing a reader of Plume events can use
      }
      await options.onEvent({ event, key: message.key?.toString() ?? null, topic, partition, offset: message.offset, headers });
    },
  });
  return { stop: () => consumer.disconnect() };
}
