import { campaignSummary } from './campaign-summary';
import { caseDossier } from './case-dossier';
import { monthByMonth } from './month-by-month';
import type { ReportDefinition, ReportName } from './report-definition';
import { sectionLeague } from './section-league';

export const REPORTS: Record<ReportName, ReportDefinition> = {
  'campaign-summary': campaignSummary,
  'case-dossier': caseDossier,
  'section-league': sectionLeague,
  'month-by-month': monthByMonth,
};

export { REPORT_NAMES, ReportInputError } from './report-definition';
export type { ReportContext, ReportDefinition, ReportName, ReportOptions } from './report-definition';
