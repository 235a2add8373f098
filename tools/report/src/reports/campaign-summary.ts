import { totalsOf } from '../gateway/report-api';
import { actionTable, chartOf, MEASURE_COLUMNS, measureCells, oldestAsOf, quantityChart, totalsFacts } from '../model/action-tables';
import { caseTable } from '../model/case-tables';
import type { Report } from '../model/report';
import { ReportInputError, type ReportDefinition } from './report-definition';
import { actionFilter, describeFilter, resolveCampaign } from './report-filter';

/** One campaign: totals, per month, per section, per action type and per case. */
export const campaignSummary: ReportDefinition = {
  name: 'campaign-summary',
  summary: 'one campaign (--campaign CODE): totals, per month, per section, per action type, per case',
  steps: () => 5,
  async build({ api, options, progress, now }): Promise<Report> {
    if (!options.campaign) throw new ReportInputError('campaign-summary needs --campaign CODE, e.g. --campaign W4R-2020');
    progress.step(`campaign ${options.campaign}`);
    const campaign = await resolveCampaign(api, options.campaign, options.language);
    const filter = actionFilter(options, { campaignId: campaign.id });

    progress.step('totals and per month');
    const perMonth = await api.actionReport({ filter, groupBy: [], period: 'MONTH', totals: true });
    progress.step('per section');
    const perSection = await api.actionReport({ filter, groupBy: ['SECTION'] });
    progress.step('per action type');
    const perType = await api.actionReport({ filter, groupBy: ['ACTION_TYPE'] });
    progress.step('per case');
    const perCase = await api.caseReport(filter);

    const totals = totalsOf(perMonth);
    const months = actionTable({ id: 'per-month', title: 'Per month', report: perMonth, dimension: 'month', from: options.from ?? undefined, to: options.to ?? undefined });
    const sections = actionTable({ id: 'per-section', title: 'Per section', report: perSection, dimension: 'section' });
    const types = actionTable({ id: 'per-action-type', title: 'Per action type', report: perType, dimension: 'type' });
    const cases = caseTable(perCase);
    return {
      name: 'campaign-summary',
      title: `Campaign summary: ${campaign.name} (${campaign.code})`,
      asOf: oldestAsOf([perMonth.asOf, perSection.asOf, perType.asOf]),
      generatedAt: now.toISOString(),
      filter: [
        ...describeFilter(options, campaign),
        { label: 'Campaign dates', value: `${campaign.startsOn} – ${campaign.endsOn ?? 'open'} (${campaign.status.toLowerCase()})` },
      ],
      facts: [...totalsFacts(totals), { label: 'Cases with actions', value: perCase.length }],
      tables: [
        {
          id: 'totals',
          title: 'Totals',
          columns: [{ key: 'campaign', label: 'Campaign', kind: 'text' }, ...MEASURE_COLUMNS],
          rows: [{ cells: { campaign: campaign.code, ...measureCells(totals) } }],
          suppressedRows: 0,
        },
        months,
        sections,
        types,
        cases,
      ],
      charts: [
        quantityChart(months, 'month', 'Quantity per month'),
        quantityChart(sections, 'section', 'Quantity per section'),
        quantityChart(types, 'type', 'Quantity per action type'),
        chartOf(cases, { id: 'per-case', title: 'Signatures and letters per case', label: 'person_name', values: [{ key: 'signatures', name: 'Signatures' }, { key: 'letters', name: 'Letters' }] }),
      ],
      warnings: [],
    };
  },
};
