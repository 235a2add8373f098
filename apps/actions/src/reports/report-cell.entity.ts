import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ActionSource, ActionType } from '../actions/action.entity';

/** `campaign_id` of roll-up rows for actions credited to no campaign (a primary key cannot hold NULL). */
export const NO_CAMPAIGN = '00000000-0000-0000-0000-000000000000';

/**
 * The dimensions every report can filter and group on (besides time). The country of the case is not
 * stored: reports join it from `known_case` (one row per case).
 */
export abstract class ReportDimensionColumns {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  /** NO_CAMPAIGN when the action is credited to no campaign. */
  @PrimaryColumn({ type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ type: 'text' })
  section: string;

  @PrimaryColumn({ type: 'text' })
  type: ActionType;

  @PrimaryColumn({ type: 'text' })
  source: ActionSource;
}

/** The dimensions and the two additive measures. */
abstract class ReportCellColumns extends ReportDimensionColumns {
  /** Counted action records. */
  @Column({ type: 'bigint' })
  actions: string;

  /** The sum of their quantities (letters, signatures…). */
  @Column({ type: 'bigint' })
  quantity: string;
}

/** Counted actions per UTC day of `occurredAt` and dimensions: reports by day or week, or cut mid-month. */
@Entity({ name: 'report_daily' })
@Index('idx_report_daily_case', ['caseId', 'day'])
export class ReportDailyEntity extends ReportCellColumns {
  @PrimaryColumn({ type: 'date' })
  day: string;
}

/** The same per month (its first day): what most reports read, about 20 times fewer rows. */
@Entity({ name: 'report_monthly' })
@Index('idx_report_monthly_case', ['caseId', 'month'])
export class ReportMonthlyEntity extends ReportCellColumns {
  @PrimaryColumn({ type: 'date' })
  month: string;
}
