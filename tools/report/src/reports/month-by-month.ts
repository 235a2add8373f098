import { totalsOf } from '../gateway/report-api';
import { actionTable, chartOf, oldestAsOf, quantityChart, totalsFacts } from '../model/action-tables';
import type { Report } from '../model/report';
import { monthByTypeTable } from '../model/type-pivot';
import type { ReportDefinition } from './report-definition';
import { actionFilter, describeFilter, optionalCampaign } from './report-filter';

/** The whole movement (or a campaign, some sections, a period) month by month, with a column per action type. */
export const monthByMonth: ReportDefinition = {
  name: 'month-by-month',
  summary: 'the whole movement (or a campaign, sections, a period) per month, with a column per action type',
  steps: (options) => (options.campaign ? 4 : 3),
  async build(context): Promise<Report> {
    const { api, options, progress, now } = context;
    const campaign = await optionalCampaign(context);
    const filter = actionFilter(options, { campaignId: campaign?.id });
    const range = { from: options.from ?? undefined, to: options.to ?? undefined };
    progress.step('totals per month');
    const perMonth = await api.actionReport({ filter, groupBy: [], period: 'MONTH', totals: true });
    progress.step('per month and action type');
    const perMonthAndType = await api.actionReport({ filter, groupBy: ['ACTION_TYPE'], period: 'MONTH' });
    progress.step('per action type');
    const perType = await api.actionReport({ filter, groupBy: ['ACTION_TYPE'] });

    const months = actionTable({ id: 'per-month', title: 'Per month', report: perMonth, dimension: 'month', ...range });
    const pivot = monthByTypeTable(perMonthAndType, range);
    const types = actionTable({ id: 'per-action-type', title: 'Per action type (whole period)', report: perType, dimension: 'type' });
    const totals = totalsOf(perMonth);
    return {
      name: 'month-by-month',
      title: campaign ? `Month by month: ${campaign.name} (${campaign.code})` : 'Month by month: the whole movement',
      asOf: oldestAsOf([perMonth.asOf, perMonthAndType.asOf, perType.asOf]),
      generatedAt: now.toISOString(),
      filter: describeFilter(options, campaign),
      facts: [
        { label: 'Months', value: months.rows.filter((row) => !row.suppressed).length },
        ...totalsFacts(totals),
      ],
      tables: [months, pivot, types],
      charts: [
        quantityChart(months, 'month', 'Quantity per month'),
        chartOf(months, { id: 'supporters-per-month', title: 'Distinct supporters per month', label: 'period', values: [{ key: 'distinct_supporters', name: 'Distinct supporters' }] }),
        quantityChart(types, 'type', 'Quantity per action type'),
      ],
      warnings: [],
    };
  },
};
