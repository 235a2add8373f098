import type { ActionReport, ActionReportRow, ActionReportTotals } from '../gateway/report-types';
import { actionTypeLabel, smallCellNote } from './labels';
import { monthsBetween } from './months';
import type { CellValue, Chart, Column, Fact, Table, TableRow } from './report';

export const MEASURE_COLUMNS: Column[] = [
  { key: 'actions', label: 'Actions', kind: 'number' },
  { key: 'quantity', label: 'Quantity', kind: 'number' },
  { key: 'distinct_supporters', label: 'Distinct supporters', kind: 'number' },
  { key: 'distinct_signers', label: 'Online signers', kind: 'number' },
];

export const SUPPRESSED_COLUMN: Column = { key: 'suppressed', label: 'Suppressed', kind: 'boolean', csvOnly: true };

/** The dimension a table of action report rows is laid out by. */
export type Dimension = 'month' | 'section' | 'type';

const DIMENSION_COLUMNS: Record<Dimension, Column[]> = {
  month: [
    { key: 'period', label: 'Month', kind: 'text' },
    { key: 'period_start', label: 'From', kind: 'text', csvOnly: true },
  ],
  section: [{ key: 'section', label: 'Section', kind: 'text' }],
  type: [
    { key: 'type', label: 'Type', kind: 'text', csvOnly: true },
    { key: 'type_label', label: 'Action type', kind: 'text' },
  ],
};

function dimensionCells(dimension: Dimension, row: ActionReportRow): Record<string, CellValue> {
  switch (dimension) {
    case 'month':
      return { period: row.period, period_start: row.periodStart };
    case 'section':
      return { section: row.section };
    case 'type':
      return { type: row.type, type_label: row.type === null ? null : actionTypeLabel(row.type) };
  }
}

export function measureCells(row: Pick<ActionReportRow, 'actions' | 'quantity' | 'distinctSupporters' | 'distinctSigners'>): Record<string, CellValue> {
  return { actions: row.actions, quantity: row.quantity, distinct_supporters: row.distinctSupporters, distinct_signers: row.distinctSigners };
}

/** The headline numbers of a report's totals, in the order of MEASURE_COLUMNS. */
export function totalsFacts(totals: ActionReportTotals): Fact[] {
  return [
    { label: 'Actions recorded', value: totals.actions },
    { label: 'Quantity (letters, signatures…)', value: totals.quantity },
    { label: 'Distinct supporters', value: totals.distinctSupporters },
    { label: 'Online signers', value: totals.distinctSigners },
  ];
}

export interface ActionTableOptions {
  id: string;
  title: string;
  report: ActionReport;
  dimension: Dimension;
  /** Months: the filter's first and last day, so that months without actions show as 0. */
  from?: string;
  to?: string;
}

/**
 * A table of action report rows laid out by one dimension: months in calendar order (months without
 * actions as zeros, unless small cells were merged: a missing month might then be one of them), sections
 * and types biggest first; the suppressed row last.
 */
export function actionTable(options: ActionTableOptions): Table {
  const { report, dimension } = options;
  const kept = report.rows.filter((row) => !row.suppressed);
  const suppressed = report.rows.filter((row) => row.suppressed);
  const ordered = dimension === 'month' ? fillMonths(kept, report.suppressedRows === 0, options.from, options.to) : [...kept].sort(byQuantity);
  const rows: TableRow[] = [
    ...ordered.map((row) => ({ cells: { ...dimensionCells(dimension, row), ...measureCells(row), suppressed: false } })),
    ...suppressed.map((row) => ({ cells: { ...dimensionCells(dimension, row), ...measureCells(row), suppressed: true }, suppressed: true })),
  ];
  return {
    id: options.id,
    title: options.title,
    columns: [...DIMENSION_COLUMNS[dimension], ...MEASURE_COLUMNS, SUPPRESSED_COLUMN],
    rows,
    suppressedRows: report.suppressedRows,
    minPeople: report.minPeople,
    note: report.suppressedRows > 0 ? smallCellNote(report.suppressedRows, report.minPeople) : undefined,
  };
}

function byQuantity(a: ActionReportRow, b: ActionReportRow): number {
  return b.quantity - a.quantity || b.actions - a.actions || String(a.section ?? a.type).localeCompare(String(b.section ?? b.type));
}

function fillMonths(rows: ActionReportRow[], fill: boolean, from?: string, to?: string): ActionReportRow[] {
  const sorted = [...rows].sort((a, b) => String(a.period).localeCompare(String(b.period)));
  if (!fill) return sorted;
  const byMonth = new Map(sorted.map((row) => [row.period, row]));
  const first = [from?.slice(0, 7), sorted[0]?.period].filter((month): month is string => Boolean(month)).sort()[0];
  const last = [to?.slice(0, 7), sorted.at(-1)?.period].filter((month): month is string => Boolean(month)).sort().at(-1);
  if (!first || !last) return sorted;
  return monthsBetween(first, last).map(
    (month) =>
      byMonth.get(month) ?? {
        section: null,
        country: null,
        type: null,
        period: month,
        periodStart: `${month}-01`,
        suppressed: false,
        actions: 0,
        quantity: 0,
        distinctSupporters: 0,
        distinctSigners: 0,
      },
  );
}

/** A bar chart of one or more number columns of a table, labelled by another; the suppressed row is left out (and said so). */
export function chartOf(table: Table, options: { id: string; title: string; label: string; values: { key: string; name: string }[] }): Chart {
  const rows = table.rows.filter((row) => !row.suppressed);
  return {
    id: options.id,
    title: options.title,
    labels: rows.map((row) => String(row.cells[options.label] ?? '')),
    series: options.values.map(({ key, name }) => ({ name, values: rows.map((row) => Number(row.cells[key] ?? 0)) })),
    note: table.suppressedRows > 0 ? 'The merged small cells are not drawn.' : undefined,
  };
}

/** The column that labels an action table's rows on a chart, per dimension (of DIMENSION_COLUMNS, the one the page shows). */
const LABEL_COLUMN: Record<Dimension, string> = { month: 'period', section: 'section', type: 'type_label' };

/** The quantity of each row of an action table laid out by `dimension` (see actionTable), under the table's id. */
export function quantityChart(table: Table, dimension: Dimension, title: string): Chart {
  return chartOf(table, { id: table.id, title, label: LABEL_COLUMN[dimension], values: [{ key: 'quantity', name: 'Quantity' }] });
}

/** The report's "as of": the oldest of its queries' (every number includes at least the events up to then). */
export function oldestAsOf(values: (string | null)[]): string | null {
  const known = values.filter((value): value is string => value !== null);
  if (known.length === 0) return null;
  return known.reduce((oldest, value) => (Date.parse(value) < Date.parse(oldest) ? value : oldest));
}
