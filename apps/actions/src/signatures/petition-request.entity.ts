import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActionEntity } from '../actions/action.entity';

/**
 * Every signPetition request, by the website's idempotency key: a double click or a retried request
 * finds its key taken and gets the first answer again. `actionId` is null for a repeat by someone who
 * had already signed (accepted, not counted). Holds no personal data.
 */
@Entity({ name: 'petition_request' })
@Index('uq_petition_request_retraction_token_hash', ['retractionTokenHash'], { unique: true })
@Index('uq_petition_request_confirmation_token_hash', ['confirmationTokenHash'], { unique: true })
export class PetitionRequestEntity {
  @PrimaryColumn({ type: 'text' })
  section: string;

  @PrimaryColumn({ type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid', nullable: true })
  actionId: string | null;

  @ManyToOne(() => ActionEntity)
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'fk_petition_request_action' })
  action?: ActionEntity;

  /** SHA-256 of the "that was not me" token handed to the website (the token itself is never stored). */
  @Column({ type: 'text' })
  retractionTokenHash: string;

  /** Double opt-in: SHA-256 of the token of the link emailed to the signer; null where not asked for. */
  @Column({ type: 'text', nullable: true })
  confirmationTokenHash: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;
}
