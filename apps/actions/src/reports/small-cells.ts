export interface SmallCellOptions<Row> {
  minPeople: number;
  /** The section the whole report is narrowed to, if exactly one. */
  reportSection: string | null;
  section(row: Row): string | null;
  people(row: Row): number;
  measures(row: Row): { actions: number; quantity: number };
}

/** What the suppressed row carries: how many rows it merges and their sums. */
export interface MergedRows {
  rows: number;
  actions: number;
  quantity: number;
}

/**
 * The small-cell rule: a row that concerns one section (grouped by section, or the report narrowed to
 * one) and counts between 1 and `minPeople - 1` people could single someone out. Such rows are taken
 * out and merged into one suppressed row that keeps their actions and quantities, so totals still add
 * up, and shows no dimension and no people count. Rows of anonymous actions only (0 people) stay.
 */
export function suppressSmallCells<Row>(rows: Row[], options: SmallCellOptions<Row>): { kept: Row[]; suppressed: MergedRows | null } {
  const kept: Row[] = [];
  let suppressed: MergedRows | null = null;
  for (const row of rows) {
    const section = options.section(row) ?? options.reportSection;
    const people = options.people(row);
    if (section !== null && people > 0 && people < options.minPeople) {
      const { actions, quantity } = options.measures(row);
      suppressed ??= { rows: 0, actions: 0, quantity: 0 };
      suppressed.rows += 1;
      suppressed.actions += actions;
      suppressed.quantity += quantity;
    } else kept.push(row);
  }
  return { kept, suppressed };
}
