import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ACTION_SOURCES, ACTION_TYPES } from '@plume/events';
import { FeedbackSubmissionEntity } from '../feedback/feedback-submission.entity';

export type ActionType = (typeof ACTION_TYPES)[number];
export type ActionSource = (typeof ACTION_SOURCES)[number];
export type ActionStatus = 'ACCEPTED' | 'PENDING_CONFIRMATION' | 'REJECTED' | 'RETRACTED';

/**
 * One thing supporters did for a case: a letter, a signature, 200 signatures on a paper sheet, an
 * event… Only ACCEPTED actions are counted; the counters (action_total) move in the same transaction
 * as the status, so they never need recomputing from this table.
 */
@Entity({ name: 'action' })
@Check('action_type_check', `type IN ('LETTER', 'EMAIL', 'TWEET', 'POSTCARD', 'DRAWING', 'ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'EVENT', 'OTHER')`)
@Check('action_source_check', `source IN ('WEBSITE', 'QUESTIONNAIRE', 'EVENT', 'IMPORT', 'STAFF')`)
@Check('action_status_check', `status IN ('ACCEPTED', 'PENDING_CONFIRMATION', 'REJECTED', 'RETRACTED')`)
// The documented maximum of one record (see action-limits.ts); the database refuses anything beyond it too.
@Check('action_quantity_check', `quantity BETWEEN 1 AND 1000000`)
@Index('idx_action_case_id', ['caseId'])
@Index('idx_action_supporter_id', ['supporterId'])
@Index('idx_action_feedback_submission_id', ['feedbackSubmissionId'])
// A section's website or staff retrying a request with the same key records one action.
@Index('uq_action_section_idempotency_key', ['section', 'idempotencyKey'], { unique: true })
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: ActionType;

  @Column({ type: 'integer' })
  quantity: number;

  /** A case of the cases subgraph (known here through the local projection). */
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  /** The section that collected the action. */
  @Column({ type: 'text' })
  section: string;

  @Column({ type: 'uuid', nullable: true })
  supporterId: string | null;

  @Column({ type: 'text' })
  source: ActionSource;

  @Column({ type: 'text' })
  status: ActionStatus;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  /** Who recorded it: the subject of the caller's token, or `questionnaire`. Never shown publicly. */
  @Column({ type: 'text' })
  recordedBy: string;

  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  feedbackSubmissionId: string | null;

  @ManyToOne(() => FeedbackSubmissionEntity)
  @JoinColumn({ name: 'feedback_submission_id', foreignKeyConstraintName: 'fk_action_feedback_submission' })
  feedbackSubmission?: FeedbackSubmissionEntity;
}
