import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One case's line of a questionnaire answer, as the supporter gave it. */
export interface FeedbackEntryAnswer {
  caseId: string;
  letters: number;
  signaturesCollected: number;
  otherActions: number;
}

/**
 * The answer to the monthly questionnaire of one adoption for one month. Answering again replaces it
 * (revision + 1): its earlier actions are retracted and the new ones recorded, in one transaction.
 */
@Entity({ name: 'feedback_submission' })
// One answer per adoption and month, whichever link (a resent request) it came through.
@Index('uq_feedback_submission_adoption_period', ['adoptionId', 'period'], { unique: true })
export class FeedbackSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  adoptionId: string;

  /** `YYYY-MM` */
  @Column({ type: 'text' })
  period: string;

  /** The request whose link was used last. */
  @Column({ type: 'uuid' })
  feedbackRequestId: string;

  /** Null once the supporter was erased. */
  @Column({ type: 'uuid', nullable: true })
  supporterId: string | null;

  @Column({ type: 'text' })
  section: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'jsonb' })
  entries: FeedbackEntryAnswer[];

  @Column({ type: 'timestamptz' })
  submittedAt: Date;
}
