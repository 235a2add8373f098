import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedTextMap } from '../localization/localized-text';

export type CaseStatus = 'ACTIVE' | 'RELEASED' | 'CLOSED';

@Entity({ name: 'case' })
@Check('case_status_check', `status IN ('ACTIVE', 'RELEASED', 'CLOSED')`)
// Keyset pagination walks cases by (person_name, id).
@Index('idx_case_person_name_id', ['personName', 'id'])
// A GIN index TypeORM cannot describe: declared so the drift check leaves it alone.
@Index('idx_case_themes', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  @Index('uq_case_slug', { unique: true })
  slug: string;

  @Column({ type: 'text' })
  personName: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  themes: string[];

  @Column({ type: 'text' })
  status: CaseStatus;

  @Column({ type: 'date', nullable: true })
  statusChangedOn: string | null;

  @Column({ type: 'text' })
  defaultLanguage: string;

  @Column({ type: 'jsonb' })
  summary: LocalizedTextMap;

  @Column({ type: 'jsonb' })
  story: LocalizedTextMap;

  @Column({ type: 'jsonb' })
  petitionText: LocalizedTextMap;

  @Column({ type: 'text', nullable: true })
  posterUrl: string | null;

  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  @Column({ type: 'text', nullable: true })
  moreInfoUrl: string | null;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
