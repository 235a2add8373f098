import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A case's signatures and letters over all sections, in one row: the row lock orders concurrent
 * writers, so each transaction sees exactly which thresholds its own delta crossed (milestones).
 * Totals below zero are refused by counter-store.ts (see action_total for why not by a CHECK).
 */
@Entity({ name: 'case_progress' })
export class CaseProgressEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'bigint' })
  signatures: string;

  @Column({ type: 'bigint' })
  letters: string;
}
