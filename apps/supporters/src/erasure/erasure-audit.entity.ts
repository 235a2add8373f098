import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who erased which supporter, and when — without anything about the supporter but the id and section.
 * `erasedBy` is the subject of the staff member's token.
 */
@Entity({ name: 'erasure_audit' })
@Index('idx_erasure_audit_supporter_id', ['supporterId'])
export class ErasureAuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supporterId: string;

  @Column({ type: 'text' })
  sectionCode: string;

  @Column({ type: 'text' })
  erasedBy: string;

  @Column({ type: 'timestamptz' })
  erasedAt: Date;
}
