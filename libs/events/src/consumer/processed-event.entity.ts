import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Marks an event as applied by one consumer group; committed with the projection change it caused. */
@Entity({ name: 'processed_event' })
export class ProcessedEvent {
  @PrimaryColumn({ type: 'text' })
  consumerGroup: string;

  @PrimaryColumn({ type: 'text' })
  eventId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
