import { GatewayError } from '../gateway/gateway-client';
import { totalsOf } from '../gateway/report-api';
import type { ActionReportRow, SectionInfo } from '../gateway/report-types';
import { MEASURE_COLUMNS, measureCells, SUPPRESSED_COLUMN, totalsFacts } from '../model/action-tables';
import { smallCellNote } from '../model/labels';
import type { Chart, Report, Table } from '../model/report';
import type { ReportDefinition } from './report-definition';
import { actionFilter, describeFilter, optionalCampaign } from './report-filter';

/** Standard competition ranking (1, 2, 2, 4) of rows by a score, biggest first. */
export function ranks<T>(rows: T[], score: (row: T) => number): Map<T, number> {
  const sorted = [...rows].sort((a, b) => score(b) - score(a));
  const result = new Map<T, number>();
  let rank = 0;
  sorted.forEach((row, index) => {
    if (index === 0 || score(sorted[index - 1]) !== score(row)) rank = index + 1;
    result.set(row, rank);
  });
  return result;
}

function byQuantity(a: ActionReportRow, b: ActionReportRow): number {
  return b.quantity - a.quantity || b.actions - a.actions || String(a.section).localeCompare(String(b.section));
}

/** Sections ranked by quantity and by distinct supporters over a period (a campaign, some sections). */
export const sectionLeague: ReportDefinition = {
  name: 'section-league',
  summary: 'sections ranked by actions, quantity and distinct supporters over a period',
  steps: (options) => (options.campaign ? 3 : 2),
  async build(context): Promise<Report> {
    const { api, options, progress, now } = context;
    const campaign = await optionalCampaign(context);
    const filter = actionFilter(options, { campaignId: campaign?.id });
    progress.step('per section');
    const report = await api.actionReport({ filter, groupBy: ['SECTION'], totals: true });
    progress.step('section names');
    const warnings: string[] = [];
    let names: SectionInfo[] = [];
    try {
      names = await api.sections();
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      warnings.push(`section names are missing: ${error.message.replace(/\s+/g, ' ')}`);
    }
    const nameOf = (code: string | null) => names.find((section) => section.code === code)?.name ?? null;

    const kept = report.rows.filter((row) => !row.suppressed).sort(byQuantity);
    const suppressed = report.rows.filter((row) => row.suppressed);
    const byQuantityRank = ranks(kept, (row) => row.quantity);
    const bySupportersRank = ranks(kept, (row) => row.distinctSupporters ?? 0);
    const totals = totalsOf(report);
    const share = (quantity: number) => (totals.quantity > 0 ? Math.round((quantity / totals.quantity) * 1000) / 10 : 0);
    const table: Table = {
      id: 'section-league',
      title: 'Sections ranked by quantity',
      columns: [
        { key: 'rank', label: 'Rank', kind: 'number' },
        { key: 'section', label: 'Section', kind: 'text' },
        { key: 'section_name', label: 'Name', kind: 'text' },
        ...MEASURE_COLUMNS,
        { key: 'share_of_quantity_percent', label: 'Share of quantity (%)', kind: 'number' },
        { key: 'rank_by_supporters', label: 'Rank by supporters', kind: 'number' },
        SUPPRESSED_COLUMN,
      ],
      rows: [
        ...kept.map((row) => ({
          cells: {
            rank: byQuantityRank.get(row) ?? null,
            section: row.section,
            section_name: nameOf(row.section),
            ...measureCells(row),
            share_of_quantity_percent: share(row.quantity),
            rank_by_supporters: bySupportersRank.get(row) ?? null,
            suppressed: false,
          },
        })),
        ...suppressed.map((row) => ({
          cells: { rank: null, section: null, section_name: null, ...measureCells(row), share_of_quantity_percent: share(row.quantity), rank_by_supporters: null, suppressed: true },
          suppressed: true,
        })),
      ],
      suppressedRows: report.suppressedRows,
      minPeople: report.minPeople,
      note: report.suppressedRows > 0 ? smallCellNote(report.suppressedRows, report.minPeople) : undefined,
    };
    const bySupporters = [...kept].sort((a, b) => (b.distinctSupporters ?? 0) - (a.distinctSupporters ?? 0) || String(a.section).localeCompare(String(b.section)));
    const note = report.suppressedRows > 0 ? 'The merged small cells are not drawn.' : undefined;
    const charts: Chart[] = [
      { id: 'quantity', title: 'Quantity per section', labels: kept.map((row) => String(row.section)), series: [{ name: 'Quantity', values: kept.map((row) => row.quantity) }], note },
      {
        id: 'supporters',
        title: 'Distinct supporters per section',
        labels: bySupporters.map((row) => String(row.section)),
        series: [{ name: 'Distinct supporters', values: bySupporters.map((row) => row.distinctSupporters ?? 0) }],
        note,
      },
    ];
    return {
      name: 'section-league',
      title: campaign ? `Section league: ${campaign.name} (${campaign.code})` : 'Section league',
      asOf: report.asOf,
      generatedAt: now.toISOString(),
      filter: describeFilter(options, campaign),
      facts: [
        { label: 'Sections ranked', value: kept.length },
        ...totalsFacts(totals),
      ],
      tables: [table],
      charts,
      warnings,
    };
  },
};
