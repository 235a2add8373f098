import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';

/** An authority to write to. Public content: it is printed on every letter kit. */
@Entity({ name: 'target' })
@Index('idx_target_case_id', ['caseId'])
export class TargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_target_case' })
  case?: CaseEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  street: string;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text' })
  locality: string;

  @Column({ type: 'char', length: 2 })
  addressCountry: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
