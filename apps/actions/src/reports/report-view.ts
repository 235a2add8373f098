import type { ActionSource, ActionType } from '../actions/action.entity';
import type { EntityReference } from '../entity-reference';

/** What the GraphQL types ActionReport… resolve from (see report.service.ts). */
export interface ReportRowView {
  campaign: EntityReference | null;
  case: EntityReference | null;
  section: string | null;
  country: string | null;
  type: ActionType | null;
  source: ActionSource | null;
  period: string | null;
  periodStart: string | null;
  suppressed: boolean;
  actions: number;
  quantity: number;
  /** Distinct people of the row, counted on first demand (null on the suppressed row). */
  people: () => Promise<PeopleCountView | null>;
}

export interface PeopleCountView {
  distinctSupporters: number;
  distinctSigners: number;
}

/** Totals of the whole report; sums and distinct people are computed apart, on demand. */
export interface ReportTotalsView {
  sums: () => Promise<{ actions: number; quantity: number }>;
  people: () => Promise<PeopleCountView>;
}

/** Parts computed only when asked for: people counts over millions of rows cost more than sums. */
export interface ActionReportView {
  rows: () => Promise<ReportRowView[]>;
  totals: ReportTotalsView;
  asOf: () => Promise<Date | null>;
  minPeople: number;
  suppressedRows: () => Promise<number>;
}

export interface CaseReportRowView {
  case: EntityReference;
  signatures: number;
  onlineSignatures: number;
  paperSignatures: number;
  letters: number;
  actions: number;
  distinctSigners: number;
}
