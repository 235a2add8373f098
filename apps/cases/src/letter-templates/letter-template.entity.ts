import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { TargetEntity } from '../targets/target.entity';

@Entity({ name: 'letter_template' })
@Index('idx_letter_template_case_id_language', ['caseId', 'language'])
export class LetterTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_letter_template_case' })
  case?: CaseEntity;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @ManyToOne(() => TargetEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_letter_template_target' })
  target?: TargetEntity;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
