import type { TopicMessages } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { toKafkaRecord } from '../envelope/kafka-binary-mode';

export interface OutboxRow {
  position: string;
  event_id: string;
  topic: string;
  event_type: string;
  source: string;
  subject: string | null;
  aggregate_id: string;
  occurred_at: Date;
  data: unknown;
}

/**
 * Whether any row waits, in one statement outside any transaction (on the partial index of unpublished
 * rows): an idle relay asks this 20 times a second, instead of opening a transaction, taking the
 * advisory lock and claiming nothing — four round trips and a transaction each time, in every service.
 */
export async function anyUnpublished(dataSource: DataSource): Promise<boolean> {
  const [{ pending }] = await dataSource.query('SELECT EXISTS (SELECT 1 FROM outbox WHERE published_at IS NULL) AS pending');
  return pending === true;
}

/** The oldest unpublished rows, locked for this transaction; rows another relay holds are skipped. */
export function claimUnpublished(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
  return manager.query(
    `SELECT position, event_id, topic, event_type, source, subject, aggregate_id, occurred_at, data
       FROM outbox
      WHERE published_at IS NULL
      ORDER BY position
      LIMIT $1
      FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

export async function markPublished(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
  await manager.query('UPDATE outbox SET published_at = now() WHERE position = ANY($1::bigint[])', [rows.map((row) => row.position)]);
}

/** Groups rows by (physical) topic, keeping position order within each topic (hence within each aggregate). */
export function toTopicMessages(rows: OutboxRow[], physicalTopic: (logical: string) => string = (topic) => topic): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    const record = toKafkaRecord(
      {
        specversion: '1.0',
        id: row.event_id,
        type: row.event_type,
        source: row.source,
        subject: row.subject ?? undefined,
        time: new Date(row.occurred_at).toISOString(),
        datacontenttype: 'application/json',
        data: row.data,
      },
      row.aggregate_id,
    );
    const topic = physicalTopic(row.topic);
    const entry = byTopic.get(topic) ?? { topic, messages: [] };
    entry.messages.push(record);
    byTopic.set(topic, entry);
  }
  return [...byTopic.values()];
}
