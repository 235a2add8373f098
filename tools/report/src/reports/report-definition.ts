import type { ReportApi } from '../gateway/report-api';
import type { Report } from '../model/report';
import type { Progress } from '../progress';

export const REPORT_NAMES = ['campaign-summary', 'case-dossier', 'section-league', 'month-by-month'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** The command line, parsed: what to report on. */
export interface ReportOptions {
  report: ReportName;
  /** Campaign code, e.g. `W4R-2020`. */
  campaign: string | null;
  /** Case slug, e.g. `khaled-drareni`. */
  caseSlug: string | null;
  /** First and last day included, `YYYY-MM-DD` (UTC). */
  from: string | null;
  to: string | null;
  /** Section codes, e.g. `BE-FR`; empty: every section the caller may see. */
  sections: string[];
  /** For campaign names and embassy cities. */
  language: string;
}

export interface ReportContext {
  api: ReportApi;
  options: ReportOptions;
  progress: Progress;
  now: Date;
}

export interface ReportDefinition {
  name: ReportName;
  /** One line for the usage text. */
  summary: string;
  /** The number of progress steps it announces for these options. */
  steps(options: ReportOptions): number;
  build(context: ReportContext): Promise<Report>;
}

/** Something the analyst asked for that does not exist or does not fit (exit code 2, no stack trace). */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}
