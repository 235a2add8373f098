import type { ReportNumbers, ReportSpec } from './report-spec';

const ROW_FIELDS = 'campaign { id } case { id } section country type source period suppressed actions quantity';

/** The `actionReport` query of a spec: grouped rows, or the totals alone when nothing is grouped. */
export function actionReportQuery(spec: ReportSpec): { query: string; variables: Record<string, unknown> } {
  const selection =
    spec.groupBy.length === 0 && !spec.period
      ? `totals { actions quantity${spec.people ? ' distinctSupporters distinctSigners' : ''} }`
      : `rows { ${ROW_FIELDS}${spec.people ? ' distinctSupporters distinctSigners' : ''} } suppressedRows`;
  return {
    query: `query BenchReport($filter: ActionReportFilter, $groupBy: [ReportDimension!], $period: ReportPeriod) {
      actionReport(filter: $filter, groupBy: $groupBy, period: $period) { ${selection} } }`,
    variables: { filter: spec.campaignIds ? { campaignIds: spec.campaignIds } : {}, groupBy: spec.groupBy, period: spec.period },
  };
}

interface ActionReportAnswer {
  actionReport: {
    rows?: { suppressed: boolean; actions: number; quantity: number }[];
    suppressedRows?: number;
    totals?: { actions: number; quantity: number; distinctSupporters?: number };
  };
}

/** The numbers of a gateway answer; the suppressed row stands for `suppressedRows` rows. */
export function gatewayNumbers(answer: ActionReportAnswer): ReportNumbers {
  const { rows, suppressedRows, totals } = answer.actionReport;
  if (totals) return { rows: 1, actions: totals.actions, quantity: totals.quantity, people: totals.distinctSupporters ?? null };
  const all = rows ?? [];
  return {
    rows: all.filter((row) => !row.suppressed).length + (suppressedRows ?? 0),
    actions: all.reduce((sum, row) => sum + row.actions, 0),
    quantity: all.reduce((sum, row) => sum + row.quantity, 0),
    people: null,
  };
}
