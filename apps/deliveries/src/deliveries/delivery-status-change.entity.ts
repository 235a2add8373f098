import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeliveryEntity, type DeliveryStatus } from './delivery.entity';

/**
 * One step of a delivery's history, written with the change itself. Ordered by `position` (the order the
 * changes were recorded in): `at` is when it happened in the world, and a handover may be recorded late.
 */
@Entity({ name: 'delivery_status_change' })
@Check('delivery_status_change_status_check', `status IN ('PLANNED', 'DELIVERED', 'REFUSED', 'POSTPONED', 'CANCELLED')`)
@Index('idx_delivery_status_change_delivery_id_position', ['deliveryId', 'position'])
export class DeliveryStatusChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => DeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'fk_delivery_status_change_delivery' })
  delivery?: DeliveryEntity;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'date', nullable: true })
  plannedFor: string | null;

  /** Internal (may name people or circumstances): staff of the section only. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** A staff member's token subject, or the event that caused the change (e.g. a case release). */
  @Column({ type: 'text' })
  changedBy: string;
}
