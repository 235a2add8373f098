import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A number per person, so reports count people without holding who they are. `identity` is
 * `supporter:<id>` or `signer:<contact reference>` (the HMAC of an email, never the email); it is wiped
 * when the person is erased, and the bare number left behind identifies no one.
 */
@Entity({ name: 'report_person' })
@Index('uq_report_person_identity', ['identity'], { unique: true })
export class ReportPersonEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  personKey: number;

  @Column({ type: 'text', nullable: true })
  identity: string | null;
}
