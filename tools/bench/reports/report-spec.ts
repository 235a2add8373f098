/** One report of the benchmark, asked both ways: through the gateway and as a GROUP BY over `action`. */
export interface ReportSpec {
  name: string;
  groupBy: ('CAMPAIGN' | 'CASE' | 'SECTION' | 'COUNTRY' | 'ACTION_TYPE' | 'SOURCE')[];
  period: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | null;
  campaignIds: string[] | null;
  /** Asks for distinct people (per row, or in the totals when nothing is grouped). */
  people: boolean;
}

/** What both answers are compared on: rows before the small-cell rule merges some, and their sums. */
export interface ReportNumbers {
  rows: number;
  actions: number;
  quantity: number;
  /** Distinct people of the whole report (reports without groups only). */
  people: number | null;
}

/** How many dimensions a report groups by (its period counts as one, as analysts see it). */
export const dimensionCount = (spec: ReportSpec) => spec.groupBy.length + (spec.period ? 1 : 0);

/**
 * The actions subgraph counts people for every row that concerns one section (the small-cell rule)
 * even when they are not asked for; the plain GROUP BY has to count them too to answer the same report.
 */
export const countsPeople = (spec: ReportSpec) => spec.people || spec.groupBy.includes('SECTION');
