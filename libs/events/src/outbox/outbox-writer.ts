import type { EntityManager } from 'typeorm';
import type { EventContract, EventData } from '../contracts/define-contract';
import { createCloudEvent, type CloudEvent } from '../envelope/cloud-event';

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
  await insertOutboxRows(manager, events, entries);
  return events;
}

/**
 * One row per event, positions in the order given. Plain SQL rather than `manager.insert`: TypeORM's
 * query builder cost per row showed in the CPU profile of one-click signing. The columns and values are
 * the ones the entity insert wrote (`published_at` stays NULL, `data` is the JSON text of the data).
 */
async function insertOutboxRows(manager: EntityManager, events: CloudEvent<unknown>[], entries: OutboxEntry<EventContract>[]): Promise<void> {
  await manager.query(
    `INSERT INTO outbox (event_id, topic, event_type, source, subject, aggregate_id, occurred_at, data)
     SELECT d.event_id, d.topic, d.event_type, d.source, d.subject, d.aggregate_id, d.occurred_at, d.data::jsonb
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[])
            WITH ORDINALITY AS d(event_id, topic, event_type, source, subject, aggregate_id, occurred_at, data, position)
      ORDER BY d.position`,
    [
      events.map((event) => event.id),
      entries.map((entry) => entry.contract.topic),
      events.map((event) => event.type),
      events.map((event) => event.source),
      events.map((event) => event.subject ?? null),
      entries.map((entry) => entry.aggregateId),
      events.map((event) => new Date(event.time)),
      events.map((event) => JSON.stringify(event.data)),
    ],
  );
}
