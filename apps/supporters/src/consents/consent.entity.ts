import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupporterEntity } from '../supporters/supporter.entity';

export type ConsentPurpose = 'EMAIL_CONTACT' | 'POSTAL_MAIL' | 'SHARING_WITH_SECTION';
export type ConsentSource = 'WEBSITE' | 'STAFF';

/**
 * One decision of a supporter about one purpose. Rows are only added, never changed: the history is the
 * proof of what was agreed to, with which text, when. The current consent is the latest row per purpose.
 * Erasure deletes them all.
 */
@Entity({ name: 'consent' })
@Check('consent_purpose_check', `purpose IN ('EMAIL_CONTACT', 'POSTAL_MAIL', 'SHARING_WITH_SECTION')`)
@Check('consent_source_check', `source IN ('WEBSITE', 'STAFF')`)
@Index('idx_consent_supporter_purpose_recorded_at', ['supporterId', 'purpose', 'recordedAt'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supporterId: string;

  @ManyToOne(() => SupporterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supporter_id', foreignKeyConstraintName: 'fk_consent_supporter' })
  supporter?: SupporterEntity;

  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Column({ type: 'boolean' })
  granted: boolean;

  @Column({ type: 'text' })
  textVersion: string;

  @Column({ type: 'text' })
  textLanguage: string;

  @Column({ type: 'text' })
  source: ConsentSource;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
