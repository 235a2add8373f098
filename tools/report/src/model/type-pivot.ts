import { ACTION_TYPES, type ActionReport } from '../gateway/report-types';
import { SUPPRESSED_COLUMN } from './action-tables';
import { actionTypeLabel, smallCellNote } from './labels';
import { monthsBetween } from './months';
import type { CellValue, Column, Table, TableRow } from './report';

/**
 * Months down, action types across (the quantity of each), from a report grouped by ACTION_TYPE per
 * MONTH. Only the types that occur get a column. A missing cell is 0 — unless small cells were merged,
 * when it may be one of them and stays empty; the merged row comes last, its quantity in `total`.
 */
export function monthByTypeTable(report: ActionReport, range: { from?: string; to?: string } = {}): Table {
  const kept = report.rows.filter((row) => !row.suppressed);
  const present = new Set(kept.map((row) => row.type));
  const types = ACTION_TYPES.filter((type) => present.has(type));
  const known = report.suppressedRows === 0;
  const observed = [...new Set(kept.map((row) => row.period).filter((period): period is string => period !== null))].sort();
  const first = [range.from?.slice(0, 7), observed[0]].filter((month): month is string => Boolean(month)).sort()[0];
  const last = [range.to?.slice(0, 7), observed.at(-1)].filter((month): month is string => Boolean(month)).sort().at(-1);
  const months = known && first && last ? monthsBetween(first, last) : observed;

  const rows: TableRow[] = months.map((month) => {
    const cells: Record<string, CellValue> = { period: month, period_start: `${month}-01` };
    let total = 0;
    for (const type of types) {
      const row = kept.find((candidate) => candidate.period === month && candidate.type === type);
      cells[type.toLowerCase()] = row ? row.quantity : known ? 0 : null;
      total += row?.quantity ?? 0;
    }
    cells.total = total;
    cells.suppressed = false;
    return { cells };
  });
  for (const row of report.rows.filter((candidate) => candidate.suppressed)) {
    const cells: Record<string, CellValue> = { period: null, period_start: null, total: row.quantity, suppressed: true };
    for (const type of types) cells[type.toLowerCase()] = null;
    rows.push({ cells, suppressed: true });
  }
  const columns: Column[] = [
    { key: 'period', label: 'Month', kind: 'text' },
    { key: 'period_start', label: 'From', kind: 'text', csvOnly: true },
    ...types.map((type): Column => ({ key: type.toLowerCase(), label: actionTypeLabel(type), kind: 'number' })),
    { key: 'total', label: 'Total quantity', kind: 'number' },
    SUPPRESSED_COLUMN,
  ];
  return {
    id: 'per-month-by-type',
    title: 'Quantity per month and action type',
    columns,
    rows,
    suppressedRows: report.suppressedRows,
    minPeople: report.minPeople,
    note: report.suppressedRows > 0 ? smallCellNote(report.suppressedRows, report.minPeople) : undefined,
  };
}
