import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DeliveryEntity } from '../deliveries/delivery.entity';

export const HANDOVER_KINDS = ['ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'LETTER'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];

/**
 * One counted action that can be handed over (from `plume.actions`), kept row by row rather than as
 * running sums: a retraction must know what it takes back, and a handover marks exactly the rows it
 * covered, so a late event (occurred before a cut-off, consumed after the handover) is still awaiting.
 */
@Entity({ name: 'collected_action' })
@Check('collected_action_kind_check', `kind IN ('ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'LETTER')`)
@Check('collected_action_quantity_check', `quantity > 0`)
@Index('idx_collected_action_case_id_section', ['caseId', 'section'])
@Index('idx_collected_action_delivery_id', ['deliveryId'])
export class CollectedActionEntity {
  @PrimaryColumn({ type: 'uuid' })
  actionId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  section: string;

  @Column({ type: 'text' })
  kind: HandoverKind;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** Set when the action stopped counting; a retraction after the handover leaves the frozen counts alone. */
  @Column({ type: 'timestamptz', nullable: true })
  retractedAt: Date | null;

  /** The handover that took this action to the embassy; null while it awaits delivery. */
  @Column({ type: 'uuid', nullable: true })
  deliveryId: string | null;

  @ManyToOne(() => DeliveryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'fk_collected_action_delivery' })
  delivery?: DeliveryEntity;
}
