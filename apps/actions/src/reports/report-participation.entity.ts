import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ReportDimensionColumns } from './report-cell.entity';

/**
 * Who took part, per day and dimensions: one row per person (a `report_person` key) and cell, with the
 * number of their counted actions there. Distinct supporters and signers of any report are counted
 * here, exactly; rows drop to zero and are deleted when actions are retracted.
 */
@Entity({ name: 'report_participation' })
export class ReportParticipationEntity extends ReportDimensionColumns {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'integer' })
  personKey: number;

  @Column({ type: 'integer' })
  actions: number;
}
