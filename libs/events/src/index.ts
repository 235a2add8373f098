export { createCloudEvent } from './envelope/cloud-event';
export type { CloudEvent, NewCloudEvent } from './envelope/cloud-event';
export { fromKafkaRecord, InvalidEnvelopeError, toKafkaRecord } from './envelope/kafka-binary-mode';
export type { KafkaRecord } from './envelope/kafka-binary-mode';
export { deadLetterTopic, eventSource, Topic } from './topics';
export { defineEventContract, jsonSchemaOf } from './contracts/define-contract';
export type { EventContract, EventData } from './contracts/define-contract';
export * from './contracts/cases.contracts';
export * from './contracts/supporters.contracts';
export * from './contracts/actions.contracts';
export * from './contracts/deliveries.contracts';
export { ALL_CONTRACTS, contractFor } from './contracts/registry';
export { OutboxMessage } from './outbox/outbox-message.entity';
export { CreateEventsTables1763600000000 } from './outbox/events-tables.migration';
export { appendToOutbox } from './outbox/outbox-writer';
export type { OutboxEntry } from './outbox/outbox-writer';
export { createOutboxRelay } from './relay/outbox-relay';
export type { OutboxRelay, OutboxRelayOptions } from './relay/outbox-relay';
export { ProcessedEvent } from './consumer/processed-event.entity';
export { createIdempotentConsumer } from './consumer/idempotent-consumer';
export type { EventHandler, IdempotentConsumerOptions } from './consumer/idempotent-consumer';
export { startEventReader } from './consumer/event-reader';
export type { EventReader, ReceivedEvent } from './consumer/event-reader';
export { subscribeToEvents } from './consumer/event-subscription';
export type { EventSubscription, EventSubscriptionOptions } from './consumer/event-subscription';
export { onEvent } from './consumer/typed-handler';
export { createKafka, createKafkaFromSettings, deleteTopicsWithPrefix, ensureTopics, topicName } from './kafka/kafka-client';
export { createEventPublisher } from './kafka/event-publisher';
export type { EventPublisher, PublishedEvent } from './kafka/event-publisher';
export type { KafkaConnection, KafkaSettings } from './kafka/kafka-client';
export type { Lifecycle } from './lifecycle';

import { ProcessedEvent } from './consumer/processed-event.entity';
import { CreateEventsTables1763600000000 } from './outbox/events-tables.migration';
import { OutboxMessage } from './outbox/outbox-message.entity';

/** Entities and migrations a subgraph adds to its data source to get an outbox and idempotent consumers. */
export const EVENTS_ENTITIES = [OutboxMessage, ProcessedEvent];
export const EVENTS_MIGRATIONS = [CreateEventsTables1763600000000];
