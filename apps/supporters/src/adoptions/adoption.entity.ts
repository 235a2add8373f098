import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SectionEntity } from '../sections/section.entity';
import { SupporterEntity } from '../supporters/supporter.entity';

export type AdoptionStatus = 'ACTIVE' | 'ENDED';
export type AdoptionEndReason = 'CASE_RELEASED' | 'CASE_CLOSED' | 'SUPPORTER_LEFT' | 'SWITCHED';
export type KitStatus = 'REQUESTED' | 'SHIPPED' | 'DELIVERED' | 'RETURNED';

/**
 * A supporter acting for one case. `caseId` refers to the cases subgraph (no foreign key across
 * databases); adoptions are only created for cases the local projection knows to be ACTIVE.
 */
@Entity({ name: 'adoption' })
@Check('adoption_status_check', `status IN ('ACTIVE', 'ENDED')`)
@Check('adoption_end_reason_check', `end_reason IN ('CASE_RELEASED', 'CASE_CLOSED', 'SUPPORTER_LEFT', 'SWITCHED')`)
@Check('adoption_kit_status_check', `kit_status IN ('REQUESTED', 'SHIPPED', 'DELIVERED', 'RETURNED')`)
@Check(
  'adoption_ended_check',
  `(status = 'ACTIVE' AND ended_at IS NULL AND end_reason IS NULL) OR (status = 'ENDED' AND ended_at IS NOT NULL AND end_reason IS NOT NULL)`,
)
// At most one active adoption of a case per supporter.
@Index('uq_adoption_active_supporter_case', ['supporterId', 'caseId'], { unique: true, where: `status = 'ACTIVE'` })
// Adopter counts and the release of a case read the active adoptions of a case.
@Index('idx_adoption_active_case', ['caseId'], { where: `status = 'ACTIVE'` })
@Index('idx_adoption_supporter_id', ['supporterId'])
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supporterId: string;

  @ManyToOne(() => SupporterEntity)
  @JoinColumn({ name: 'supporter_id', foreignKeyConstraintName: 'fk_adoption_supporter' })
  supporter?: SupporterEntity;

  /** The supporter's section, kept here because every check and count of an adoption is per section. */
  @Column({ type: 'text' })
  sectionCode: string;

  @ManyToOne(() => SectionEntity)
  @JoinColumn({ name: 'section_code', foreignKeyConstraintName: 'fk_adoption_section' })
  section?: SectionEntity;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  status: AdoptionStatus;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  endReason: AdoptionEndReason | null;

  @Column({ type: 'text' })
  kitStatus: KitStatus;

  @Column({ type: 'timestamptz' })
  kitRequestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  kitShippedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  kitDeliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  kitReturnedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
