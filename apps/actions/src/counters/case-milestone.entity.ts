import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type MilestoneMetric = 'SIGNATURES' | 'LETTERS';

/** A threshold a case has crossed; the primary key is what makes the milestone event a one-off. */
@Entity({ name: 'case_milestone' })
@Check('case_milestone_metric_check', `metric IN ('SIGNATURES', 'LETTERS')`)
export class CaseMilestoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  metric: MilestoneMetric;

  @PrimaryColumn({ type: 'bigint' })
  threshold: string;

  @Column({ type: 'timestamptz' })
  reachedAt: Date;
}
