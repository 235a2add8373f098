import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { KnownCaseEntity } from '@plume/case-projection';
import { EmbassyEntity } from '../embassies/embassy.entity';

export const DELIVERY_STATUSES = ['PLANNED', 'DELIVERED', 'REFUSED', 'POSTPONED', 'CANCELLED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Statuses from which a delivery can still be handed over, refused, postponed or cancelled. */
export const OPEN_DELIVERY_STATUSES: readonly DeliveryStatus[] = ['PLANNED', 'POSTPONED'];

export const EVIDENCE_KINDS = ['PHOTO', 'PRESS', 'VIDEO', 'SOCIAL_MEDIA', 'OTHER'] as const;
export interface Evidence {
  kind: (typeof EVIDENCE_KINDS)[number];
  url: string;
  caption: string | null;
}

/** The official handover of a case's collected petitions to an embassy, by one section. */
@Entity({ name: 'delivery' })
@Check('delivery_status_check', `status IN ('PLANNED', 'DELIVERED', 'REFUSED', 'POSTPONED', 'CANCELLED')`)
// A delivered handover always says when, up to when, and what: the database refuses anything less.
@Check(
  'delivery_handover_check',
  `status <> 'DELIVERED' OR (delivered_at IS NOT NULL AND cutoff_at IS NOT NULL AND online_signatures IS NOT NULL AND paper_signatures IS NOT NULL AND letters IS NOT NULL)`,
)
@Check('delivery_cutoff_check', `cutoff_at <= delivered_at`)
@Check('delivery_counts_check', `online_signatures >= 0 AND paper_signatures >= 0 AND letters >= 0`)
// A case's deliveries by section (Case.deliveries, the previous handover's cut-off).
@Index('idx_delivery_case_id_section', ['caseId', 'section'])
// A section's deliveries by status (Query.deliveries).
@Index('idx_delivery_section_status', ['section', 'status'])
@Index('idx_delivery_embassy_id', ['embassyId'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => KnownCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_delivery_known_case' })
  knownCase?: KnownCaseEntity;

  @Column({ type: 'text' })
  section: string;

  @Column({ type: 'uuid' })
  embassyId: string;

  @ManyToOne(() => EmbassyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'embassy_id', foreignKeyConstraintName: 'fk_delivery_embassy' })
  embassy?: EmbassyEntity;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'date', nullable: true })
  plannedFor: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cutoffAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  onlineSignatures: number | null;

  @Column({ type: 'integer', nullable: true })
  paperSignatures: number | null;

  @Column({ type: 'integer', nullable: true })
  letters: number | null;

  @Column({ type: 'text', nullable: true })
  receivedByTitle: string | null;

  /** Personal data of the embassy official: never in events or logs. */
  @Column({ type: 'text', nullable: true })
  receivedByName: string | null;

  /** Token subject of the staff member who recorded the handover. */
  @Column({ type: 'text', nullable: true })
  deliveredBy: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'jsonb' })
  evidence: Evidence[];

  /** Token subject of the staff member who planned it. */
  @Column({ type: 'text' })
  plannedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
