import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type KnownCaseStatus = 'ACTIVE' | 'RELEASED' | 'CLOSED';

/**
 * A subgraph's local projection of the cases subgraph's cases, built from `plume.cases`: ids, public
 * classification and status only (events carry no names or stories). One shape for every subgraph that
 * keeps it, so one set of handlers can maintain it; each app creates the table in its own migrations.
 */
@Entity({ name: 'known_case' })
@Check('known_case_status_check', `status IN ('ACTIVE', 'RELEASED', 'CLOSED')`)
export class KnownCaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  /** Null while only a status change of the case has been seen (its creation not yet, or never). */
  @Column({ type: 'text', nullable: true })
  slug: string | null;

  /** ISO 3166-1 alpha-2 code of the country where the person is at risk; null like the slug. */
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'text' })
  status: KnownCaseStatus;

  /** The day the status changed in the world (release, closure); null until a status change is seen. */
  @Column({ type: 'date', nullable: true })
  statusChangedOn: string | null;

  /** False until the creation or an update says otherwise: nothing unseen is shown to the public. */
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  campaignCodes: string[];

  /** When this projection last changed the row: among cases sharing a slug, the latest heard of wins. */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
