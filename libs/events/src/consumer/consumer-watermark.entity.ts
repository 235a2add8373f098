import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far a batch consumer group has applied one partition: the offset of the last message applied
 * and the time of the newest event seen in it. Written in the transaction that applies the batch, so
 * a redelivered batch is recognised by its offsets, and readers know up to when a projection is.
 */
@Entity({ name: 'consumer_watermark' })
export class ConsumerWatermark {
  @PrimaryColumn({ type: 'text' })
  consumerGroup: string;

  @PrimaryColumn({ type: 'text' })
  topic: string;

  @PrimaryColumn({ type: 'integer' })
  partition: number;

  @Column({ type: 'bigint' })
  lastOffset: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastEventTime: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
