import type { EntityManager } from 'typeorm';
import type { EventContract, EventData } from '../contracts/define-contract';
import { createCloudEvent, type CloudEvent } from '../envelope/cloud-event';
import { OutboxMessage } from './outbox-message.entity';

export interface OutboxEntry<Contract extends EventContract> {
  contract: Contract;
  /** Kafka key and CloudEvents subject: `${contract.aggregate}/${aggregateId}`. */
  aggregateId: string;
  data: EventData<Contract>;
  source: string;
  occurredAt?: Date;
}

/**
 * Appends an event to the outbox inside the caller's transaction: it is published if and only if the
 * state change commits. The data is validated against its contract first, so a malformed event fails
 * the request instead of reaching consumers.
 */
export async function appendToOutbox<Contract extends EventContract>(
  manager: EntityManager,
  entry: OutboxEntry<Contract>,
): Promise<CloudEvent<EventData<Contract>>> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`appendToOutbox(${entry.contract.type}) must run inside the transaction of the state change`);
  }
  const data = entry.contract.schema.parse(entry.data) as EventData<Contract>;
  const event = createCloudEvent({
    type: entry.contract.type,
    source: entry.source,
    subject: `${entry.contract.aggregate}/${entry.aggregateId}`,
    data,
    time: entry.occurredAt,
  });
  await manager.insert(OutboxMessage, {
    eventId: event.id,
    topic: entry.contract.topic,
    eventType: event.type,
    source: event.source,
    subject: event.subject ?? null,
    aggregateId: entry.aggregateId,
    occurredAt: new Date(event.time),
    data: event.data as object,
  });
  return event;
}
