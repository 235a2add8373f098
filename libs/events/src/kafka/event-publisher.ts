import type { Kafka, Producer } from 'kafkajs';
import type { EventContract, EventData } from '../contracts/define-contract';
import { createCloudEvent, type CloudEvent } from '../envelope/cloud-event';
import { toKafkaRecord } from '../envelope/kafka-binary-mode';
import { reliableProducerConfig, topicName } from './kafka-client';
import { ensureTopics } from './topic-provisioning';

export interface PublishedEvent<Contract extends EventContract> {
  aggregateId: string;
  data: EventData<Contract>;
  /** Reuse an id to send the same event again (what a relay does after a crash). */
  id?: string;
  time?: Date;
}

export interface EventPublisher {
  /** Sends events of one contract to its topic in one batch, validated first; resolves to the CloudEvents sent. */
  publish<Contract extends EventContract>(contract: Contract, events: PublishedEvent<Contract>[]): Promise<CloudEvent<EventData<Contract>>[]>;
  stop(): Promise<void>;
}

/**
 * Publishes contract events straight to Kafka, as their owning subgraph's relay would (CloudEvents,
 * binary mode, keyed by aggregate): for tests that play another subgraph and for replay tools.
 * Services publish through their outbox, never through this.
 */
export async function createEventPublisher(kafka: Kafka): Promise<EventPublisher> {
  const producer: Producer = kafka.producer(reliableProducerConfig());
  await producer.connect();
  const ensured = new Set<string>();
  return {
    async publish(contract, events) {
      if (!ensured.has(contract.topic)) {
        await ensureTopics(kafka, [contract.topic]);
        ensured.add(contract.topic);
      }
      const sent = events.map((event) => ({
        aggregateId: event.aggregateId,
        cloudEvent: createCloudEvent({
          id: event.id,
          type: contract.type,
          source: `/${contract.topic.replace('.', '/')}`,
          subject: `${contract.aggregate}/${event.aggregateId}`,
          data: contract.schema.parse(event.data) as EventData<typeof contract>,
          time: event.time,
        }),
      }));
      await producer.send({ topic: topicName(kafka, contract.topic), acks: -1, messages: sent.map((s) => toKafkaRecord(s.cloudEvent, s.aggregateId)) });
      return sent.map((s) => s.cloudEvent);
    },
    stop: () => producer.disconnect(),
  };
}
