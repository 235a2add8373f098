import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event waiting to be (or already) published to Kafka. Written in the same transaction as the state
 * change it announces; `position` gives the publication order.
 */
@Entity({ name: 'outbox' })
@Index('outbox_unpublished_idx', ['position'], { where: 'published_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position: string;

  @Column({ type: 'uuid', unique: true })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  /** Kafka key: the aggregate id, so events of one aggregate stay in order on one partition. */
  @Column({ type: 'text' })
  aggregateId: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
