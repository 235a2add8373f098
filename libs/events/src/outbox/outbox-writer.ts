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
  const [event] = await appendAllToOutbox(manager, [entry]);
  return event as CloudEvent<EventData<Contract>>;
}

/**
 * Several events in one statement (a batch of actions recorded together), in the order given: that is
 * their outbox position, so the order per aggregate holds as if they had been appended one by one.
 */
export async function appendAllToOutbox(manager: EntityManager, entries: OutboxEntry<EventContract>[]): Promise<CloudEvent<unknown>[]> {
  if (entries.length === 0) return [];
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`appendToOutbox(${entries[0].contract.type}) must run inside the transaction of the state change`);
  }
  const events = entries.map((entry) =>
    createCloudEvent({
      type: entry.contract.type,
      source: entry.source,
      subject: `${entry.contract.aggregate}/${entry.aggregateId}`,
      data: entry.contract.schema.parse(entry.data),
      time: entry.occurredAt,
    }),
  );
  await manager.insert(
    OutboxMessage,
    events.map((event, index) => ({
      eventId: event.id,
      topic: entries[index].contract.topic,
      eventType: event.type,
      source: event.source,
      subject: event.subject ?? null,
      aggregateId: entries[index].aggregateId,
      occurredAt: new Date(event.time),
      data: event.data as object,
    })),
  );
  return events;
}
