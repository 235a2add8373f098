import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who rejected which signatures in bulk, and why: the accountability of invalidateSignatures. */
@Entity({ name: 'signature_invalidation' })
export class SignatureInvalidationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  section: string;

  /** The criteria as sent (time window, case, address block, email domain): no personal data. */
  @Column({ type: 'jsonb' })
  criteria: Record<string, unknown>;

  @Column({ type: 'integer' })
  rejected: number;

  /** The staff member's token subject. */
  @Column({ type: 'text' })
  requestedBy: string;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;
}
