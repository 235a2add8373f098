import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SectionEntity } from '../sections/section.entity';

export type CommitmentLevel = 'A_LITTLE' | 'A_LOT' | 'PASSIONATELY';
export type SupporterStatus = 'ACTIVE' | 'PAUSED' | 'ERASED';

/** The columns that hold personal data: erasure sets every one of them to null. */
export const PERSONAL_COLUMNS = ['givenName', 'familyName', 'email', 'street', 'postalCode', 'locality', 'addressCountry', 'phone', 'contactReference'] as const;

/**
 * A person who signed up with a section. Personal columns are nullable only so that erasure can wipe
 * them; the checks make the database refuse an erased row that still holds any, or a live row missing one.
 */
@Entity({ name: 'supporter' })
@Check('supporter_status_check', `status IN ('ACTIVE', 'PAUSED', 'ERASED')`)
@Check('supporter_commitment_check', `commitment IN ('A_LITTLE', 'A_LOT', 'PASSIONATELY')`)
@Check(
  'supporter_erased_check',
  `status <> 'ERASED' OR (given_name IS NULL AND family_name IS NULL AND email IS NULL AND street IS NULL AND postal_code IS NULL
   AND locality IS NULL AND address_country IS NULL AND phone IS NULL AND contact_reference IS NULL AND erased_at IS NOT NULL)`,
)
@Check(
  'supporter_personal_data_check',
  `status = 'ERASED' OR (given_name IS NOT NULL AND family_name IS NOT NULL AND email IS NOT NULL AND street IS NOT NULL
   AND locality IS NOT NULL AND address_country IS NOT NULL AND contact_reference IS NOT NULL)`,
)
// De-duplication: one supporter per person (contact reference) and section.
@Index('uq_supporter_section_contact_reference', ['sectionCode', 'contactReference'], { unique: true })
// Staff page through their section by name.
@Index('idx_supporter_section_name', ['sectionCode', 'familyName', 'givenName', 'id'])
export class SupporterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  sectionCode: string;

  @ManyToOne(() => SectionEntity)
  @JoinColumn({ name: 'section_code', foreignKeyConstraintName: 'fk_supporter_section' })
  section?: SectionEntity;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text', nullable: true })
  givenName: string | null;

  @Column({ type: 'text', nullable: true })
  familyName: string | null;

  /** Normalised (trimmed, lower-case). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  locality: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  addressCountry: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  commitment: CommitmentLevel;

  @Column({ type: 'text' })
  status: SupporterStatus;

  /** HMAC of the normalised email (@plume/privacy): finds duplicates without comparing emails. */
  @Column({ type: 'text', nullable: true })
  contactReference: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
