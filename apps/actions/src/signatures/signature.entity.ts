import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActionEntity } from '../actions/action.entity';

/**
 * The personal side of an online signature: the name, email and country that go on the petition list
 * a section hands over at an embassy. Personal data of the collecting section, shown to its staff only;
 * wiped on retraction and on the supporter's erasure (the counted action stays, anonymous).
 */
@Entity({ name: 'signature' })
// One person signs a case's petition once: the contact reference (HMAC of the email) is the person.
// Wiped references are NULL, and NULLs never collide.
@Index('uq_signature_case_contact_reference', ['caseId', 'contactReference'], { unique: true })
// The petition list of a section for a case, in signing order, up to a cut-off time.
@Index('idx_signature_case_section_signed_at', ['caseId', 'section', 'signedAt', 'actionId'])
// Erasure finds a person's signatures in a section.
@Index('idx_signature_section_contact_reference', ['section', 'contactReference'])
export class SignatureEntity {
  @PrimaryColumn({ type: 'uuid' })
  actionId: string;

  // Deferred: the signature row is written first, to claim "this person, this case" before the action
  // is counted; the action row follows in the same transaction.
  @ManyToOne(() => ActionEntity, { deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'fk_signature_action' })
  action?: ActionEntity;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  section: string;

  @Column({ type: 'text', nullable: true })
  contactReference: string | null;

  @Column({ type: 'text', nullable: true })
  signerName: string | null;

  @Column({ type: 'text', nullable: true })
  signerEmail: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  signerCountry: string | null;

  /** Version and language of the text the signer agreed to. */
  @Column({ type: 'text' })
  consentTextVersion: string;

  @Column({ type: 'text' })
  consentLanguage: string;

  @Column({ type: 'timestamptz' })
  signedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  retractedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** The caller's address as the gateway saw it: abuse control only (invalidation by address block). */
  @Column({ type: 'inet', nullable: true })
  clientAddress: string | null;

  /** Double opt-in: true until the signer follows the emailed link; not counted, not listed meanwhile. */
  @Column({ type: 'boolean', default: false })
  confirmationPending: boolean;

  /** Staff rejected it in a bulk invalidation: no longer counted, personal data wiped. */
  @Column({ type: 'timestamptz', nullable: true })
  invalidatedAt: Date | null;
}
