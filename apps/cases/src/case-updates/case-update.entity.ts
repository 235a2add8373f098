import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import type { LocalizedTextMap } from '../localization/localized-text';

@Entity({ name: 'case_update' })
@Index('idx_case_update_case_id_published_at', ['caseId', 'publishedAt'])
export class CaseUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_update_case' })
  case?: CaseEntity;

  @Column({ type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'jsonb' })
  title: LocalizedTextMap;

  @Column({ type: 'jsonb' })
  body: LocalizedTextMap;
}
