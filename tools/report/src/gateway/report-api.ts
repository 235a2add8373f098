import { GatewayError, partialData, requireData, type GraphqlTransport } from './gateway-client';
import type {
  ActionReport,
  ActionReportFilter,
  ActionReportTotals,
  CampaignInfo,
  CaseInfo,
  CaseReportRow,
  ReportDimension,
  ReportPeriod,
  SectionInfo,
} from './report-types';

export interface ActionReportRequest {
  filter: ActionReportFilter;
  groupBy: ReportDimension[];
  period?: ReportPeriod;
  /** Ask for the totals too (distinct people over the whole report). */
  totals?: boolean;
}

/** What the reports read from Plume. Tests give canned answers through a fake transport. */
export interface ReportApi {
  actionReport(request: ActionReportRequest): Promise<ActionReport>;
  caseReport(filter: ActionReportFilter, first?: number): Promise<CaseReportRow[]>;
  campaign(code: string, language: string): Promise<CampaignInfo | null>;
  /** The case with its handovers and adopters; a subgraph that is down leaves its fields null, with a warning. */
  caseBySlug(slug: string, language: string): Promise<{ case: CaseInfo | null; warnings: string[] }>;
  sections(): Promise<SectionInfo[]>;
}

/** The totals of a report asked for with `totals: true`. */
export function totalsOf(report: ActionReport): ActionReportTotals {
  if (!report.totals) throw new GatewayError('the gateway answered a report without its totals');
  return report.totals;
}

const TOTALS = 'totals { actions quantity distinctSupporters distinctSigners }';

/** The actionReport document, asking only for the fields the grouping fills (the gateway counts every field). */
export function actionReportDocument(request: Pick<ActionReportRequest, 'groupBy' | 'totals'>): string {
  const dimensions = [
    request.groupBy.includes('CAMPAIGN') ? 'campaign { code name }' : '',
    request.groupBy.includes('CASE') ? 'case { slug personName }' : '',
  ].filter(Boolean);
  return `query ActionReport($filter: ActionReportFilter, $groupBy: [ReportDimension!], $period: ReportPeriod) {
  actionReport(filter: $filter, groupBy: $groupBy, period: $period) {
    rows { ${[...dimensions, 'section country type period periodStart suppressed actions quantity distinctSupporters distinctSigners'].join(' ')} }
    ${request.totals ? TOTALS : ''}
    asOf minPeople suppressedRows
  }
}`;
}

export const CASE_REPORT = `query CaseReport($filter: ActionReportFilter, $first: Int) {
  caseReport(filter: $filter, first: $first) {
    case { slug personName country status statusChangedOn }
    signatures onlineSignatures paperSignatures letters actions distinctSigners
  }
}`;

export const CAMPAIGN = `query ReportCampaign($code: String!, $language: String) {
  campaign(code: $code) { id code name(language: $language) kind startsOn endsOn status }
}`;

const COUNTS = 'signatures onlineSignatures paperSignatures letters';
export const CASE_BY_SLUG = `query ReportCase($slug: String!, $language: String) {
  case(slug: $slug) {
    id slug personName country status statusChangedOn
    campaigns { code name(language: $language) }
    adopterCount
    deliveries { section status plannedFor deliveredAt cutoffAt counts { ${COUNTS} } embassy { city(language: $language) hostCountry } }
    awaitingDelivery { section ${COUNTS} lastCutoffAt collected { ${COUNTS} } }
  }
}`;

export const SECTIONS = `query ReportSections { sections { code name } }`;

/** The report queries through the gateway. */
export function gatewayReportApi(transport: GraphqlTransport): ReportApi {
  return {
    async actionReport(request) {
      const variables = { filter: request.filter, groupBy: request.groupBy, period: request.period ?? null };
      const data = await requireData<{ actionReport: ActionReport }>(transport, actionReportDocument(request), variables);
      return data.actionReport;
    },
    async caseReport(filter, first = 1_000) {
      return (await requireData<{ caseReport: CaseReportRow[] }>(transport, CASE_REPORT, { filter, first })).caseReport;
    },
    async campaign(code, language) {
      return (await requireData<{ campaign: CampaignInfo | null }>(transport, CAMPAIGN, { code, language })).campaign;
    },
    async caseBySlug(slug, language) {
      const { data, warnings } = await partialData<{ case: CaseInfo | null }>(transport, CASE_BY_SLUG, { slug, language });
      // Without the case itself nothing else can be trusted: an error there is not a warning.
      if (!data.case && warnings.length) throw new GatewayError(`the gateway refused the report query:\n  ${warnings.join('\n  ')}`);
      return { case: data.case, warnings };
    },
    async sections() {
      return (await requireData<{ sections: SectionInfo[] }>(transport, SECTIONS, {})).sections;
    },
  };
}
