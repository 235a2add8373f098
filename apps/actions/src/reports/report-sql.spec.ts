import { reportFilterSchema } from './report-filter';
import { cellTable, groupedQuery } from './report-sql';

const filter = (overrides: Record<string, unknown> = {}) => reportFilterSchema.parse(overrides);

describe('report SQL', () => {
  it('reads monthly roll-ups unless days, weeks or a range cutting months are asked for', () => {
    expect(cellTable(filter(), { groupBy: ['SECTION'], period: 'YEAR' })).toBe('report_monthly');
    expect(cellTable(filter({ from: '2019-01-01', to: '2019-12-31' }), { groupBy: [], period: 'MONTH' })).toBe('report_monthly');
    expect(cellTable(filter({ from: '2020-02-01', to: '2020-02-29' }), { groupBy: [], period: null })).toBe('report_monthly');
    expect(cellTable(filter({ from: '2019-01-02' }), { groupBy: [], period: null })).toBe('report_daily');
    expect(cellTable(filter({ to: '2019-12-30' }), { groupBy: [], period: null })).toBe('report_daily');
    expect(cellTable(filter(), { groupBy: [], period: 'WEEK' })).toBe('report_daily');
  });

  it('passes every value as a parameter, never inside the SQL text', () => {
    const query = groupedQuery('report_daily', filter({ sections: ['BE-FR'], countries: ['DZ'], from: '2019-01-01' }), { groupBy: ['COUNTRY'], period: 'MONTH' }, 'sum(r.actions) AS actions');
    expect(query.sql).not.toMatch(/BE-FR|'DZ'|2019-01-01/);
    expect(query.parameters).toEqual([['BE-FR'], ['DZ'], '2019-01-01']);
    expect(query.sql).toContain('LEFT JOIN known_case k');
  });

  it('maps a month-aligned end day onto the first day of its month for monthly rows', () => {
    const query = groupedQuery('report_monthly', filter({ to: '2019-12-31' }), { groupBy: [], period: null }, 'count(*)');
    expect(query.parameters).toEqual(['2019-12-01']);
  });

  it('refuses a range that ends before it starts', () => {
    expect(reportFilterSchema.safeParse({ from: '2020-02-01', to: '2020-01-31' }).success).toBe(false);
  });
});
