import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The local projection of the supporters subgraph's questionnaire requests (from
 * `org.plume.supporter.feedback-requested.v1`). The link's token itself never reaches this service:
 * only its SHA-256 (`tokenHash`), which is enough to recognise the token when it is presented.
 */
@Entity({ name: 'feedback_request' })
@Index('uq_feedback_request_token_hash', ['tokenHash'], { unique: true })
export class FeedbackRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  adoptionId: string;

  /** Null once the supporter was erased. */
  @Column({ type: 'uuid', nullable: true })
  supporterId: string | null;

  @Column({ type: 'text' })
  section: string;

  /** The adopted case: the questionnaire is about it first. */
  @Column({ type: 'uuid' })
  caseId: string;

  /** `YYYY-MM` */
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;
}
