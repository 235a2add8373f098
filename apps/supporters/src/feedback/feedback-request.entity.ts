import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdoptionEntity } from '../adoptions/adoption.entity';

/** The monthly questionnaire due for one adoption; the emailed link carries `token`. */
@Entity({ name: 'feedback_request' })
@Check('feedback_request_period_check', `period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
// One request per adoption and month: the job and the staff mutation can both run, any number of times.
@Index('uq_feedback_request_adoption_period', ['adoptionId', 'period'], { unique: true })
@Index('uq_feedback_request_token', ['token'], { unique: true })
export class FeedbackRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  adoptionId: string;

  @ManyToOne(() => AdoptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adoption_id', foreignKeyConstraintName: 'fk_feedback_request_adoption' })
  adoption?: AdoptionEntity;

  /** `YYYY-MM` */
  @Column({ type: 'text' })
  period: string;

  /** 256 random bits, base64url. */
  @Column({ type: 'text' })
  token: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
