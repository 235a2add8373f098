import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActionSource, ActionType } from '../actions/action.entity';

/**
 * Who took part, per day and dimensions: one row per person (a `report_person` key) and cell, with the
 * number of their counted actions there. Distinct supporters and signers of any report are counted
 * here, exactly; rows drop to zero and are deleted when actions are retracted.
 */
@Entity({ name: 'report_participation' })
export class ReportParticipationEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ type: 'text' })
  section: string;

  @PrimaryColumn({ type: 'text' })
  type: ActionType;

  @PrimaryColumn({ type: 'text' })
  source: ActionSource;

  @PrimaryColumn({ type: 'integer' })
  personKey: number;

  @Column({ type: 'integer' })
  actions: number;
}
