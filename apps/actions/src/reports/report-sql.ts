import type { ReportDimension, ReportFilter, ReportPeriod, ReportShape } from './report-filter';

/**
 * SQL for reports, built from whitelisted fragments only: user values always travel as parameters.
 * Rows read `report_monthly` when the report needs nothing finer than months (about 20 times fewer
 * rows), `report_daily` otherwise; people are counted in `report_participation` (daily).
 */

export type RollupTable = 'report_daily' | 'report_monthly' | 'report_participation';

const DIMENSION_COLUMNS: Record<ReportDimension, string> = {
  CAMPAIGN: 'r.campaign_id',
  CASE: 'r.case_id',
  SECTION: 'r.section',
  COUNTRY: 'k.country',
  ACTION_TYPE: 'r.type',
  SOURCE: 'r.source',
};

const PERIOD_LABELS: Record<ReportPeriod, string> = { DAY: 'YYYY-MM-DD', WEEK: 'IYYY-"W"IW', MONTH: 'YYYY-MM', YEAR: 'YYYY' };
const PERIOD_TRUNCATION: Record<ReportPeriod, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

const isMonthStart = (day: string) => day.endsWith('-01');
const isMonthEnd = (day: string) => {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
};

/** Monthly roll-ups answer when no day or week is asked for and the date range follows month bounds. */
export function cellTable(filter: ReportFilter, shape: ReportShape): 'report_daily' | 'report_monthly' {
  const finePeriod = shape.period === 'DAY' || shape.period === 'WEEK';
  const cutsMonths = (filter.from !== null && !isMonthStart(filter.from)) || (filter.to !== null && !isMonthEnd(filter.to));
  return finePeriod || cutsMonths ? 'report_daily' : 'report_monthly';
}

export interface ReportQuery {
  sql: string;
  parameters: unknown[];
}

/** The grouped SELECT over a roll-up table: dimension columns d0…dn, then p_start/p_label, then `measures`. */
export function groupedQuery(table: RollupTable, filter: ReportFilter, shape: ReportShape, measures: string, extraWhere: string[] = []): ReportQuery {
  const periodColumn = table === 'report_monthly' ? 'r.month' : 'r.day';
  const parameters: unknown[] = [];
  const parameter = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const where = [...extraWhere];
  if (filter.campaignIds) where.push(`r.campaign_id = ANY(${parameter(filter.campaignIds)}::uuid[])`);
  if (filter.caseIds) where.push(`r.case_id = ANY(${parameter(filter.caseIds)}::uuid[])`);
  if (filter.sections) where.push(`r.section = ANY(${parameter(filter.sections)}::text[])`);
  if (filter.countries) where.push(`k.country = ANY(${parameter(filter.countries)}::text[])`);
  if (filter.types) where.push(`r.type = ANY(${parameter(filter.types)}::text[])`);
  if (filter.sources) where.push(`r.source = ANY(${parameter(filter.sources)}::text[])`);
  // Monthly rows are named by their first day: a month-aligned range maps onto them exactly.
  if (filter.from) where.push(`${periodColumn} >= ${parameter(filter.from)}::date`);
  if (filter.to) where.push(`${periodColumn} <= ${parameter(table === 'report_monthly' ? `${filter.to.slice(0, 7)}-01` : filter.to)}::date`);

  const groups = shape.groupBy.map((dimension) => DIMENSION_COLUMNS[dimension]);
  const selected = groups.map((column, index) => `${column} AS d${index}`);
  if (shape.period) {
    const start = `date_trunc('${PERIOD_TRUNCATION[shape.period]}', ${periodColumn})::date`;
    groups.push(start);
    selected.push(`${start}::text AS p_start`, `to_char(${start}, '${PERIOD_LABELS[shape.period]}') AS p_label`);
  }
  const needsCountry = filter.countries !== null || shape.groupBy.includes('COUNTRY');
  const sql = [
    `SELECT ${[...selected, measures].join(', ')}`,
    `FROM ${table} r`,
    needsCountry ? 'LEFT JOIN known_case k ON k.case_id = r.case_id' : '',
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    groups.length > 0 ? `GROUP BY ${groups.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return { sql, parameters };
}
