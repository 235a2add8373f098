/** What a report is, whatever it is written to (CSV files, the HTML page). */

export type CellValue = string | number | boolean | null;

export interface Column {
  /** The CSV header: snake_case, stable for scripts. */
  key: string;
  /** The HTML header. */
  label: string;
  kind: 'text' | 'number' | 'boolean';
  /** Written to the CSV only (e.g. `suppressed`: the HTML page marks that row instead). */
  csvOnly?: boolean;
}

export interface TableRow {
  cells: Record<string, CellValue>;
  /** The row that merges the small cells: no dimensions, no people counts. */
  suppressed?: boolean;
}

export interface Table {
  /** File name of its CSV, without `.csv`: `per-month`. */
  id: string;
  title: string;
  columns: Column[];
  rows: TableRow[];
  /** How many rows of the report were merged into its suppressed row (0: none). */
  suppressedRows: number;
  /** The threshold behind the suppression, from the report. */
  minPeople?: number;
  note?: string;
}

export interface ChartSeries {
  name: string;
  values: number[];
}

/** Horizontal bars, one group per label, one bar per series. */
export interface Chart {
  id: string;
  title: string;
  labels: string[];
  series: ChartSeries[];
  note?: string;
}

export interface Fact {
  label: string;
  value: CellValue;
}

export interface Report {
  /** `campaign-summary`. */
  name: string;
  title: string;
  /** The newest action event the numbers include (the oldest of the report's queries); null before the first. */
  asOf: string | null;
  generatedAt: string;
  /** The filter in words, e.g. Campaign: W4R-2020 — Write for Rights 2020. */
  filter: Fact[];
  /** Headline numbers. */
  facts: Fact[];
  tables: Table[];
  charts: Chart[];
  /** Parts that could not be read (a subgraph down): shown on the page and on stderr. */
  warnings: string[];
}
