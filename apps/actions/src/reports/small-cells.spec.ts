import { suppressSmallCells } from './small-cells';

interface Row {
  section: string | null;
  people: number;
  actions: number;
  quantity: number;
}

const rule = (rows: Row[], reportSection: string | null = null) =>
  suppressSmallCells(rows, { minPeople: 5, reportSection, section: (row) => row.section, people: (row) => row.people, measures: (row) => row });

describe('the small-cell rule', () => {
  it('merges rows of 1 to 4 people in a section, keeping their sums', () => {
    const { kept, suppressed } = rule([
      { section: 'BE-FR', people: 4, actions: 4, quantity: 40 },
      { section: 'BE-FR', people: 5, actions: 9, quantity: 90 },
      { section: 'DZ', people: 1, actions: 2, quantity: 300 },
    ]);
    expect(kept.map((row) => row.people)).toEqual([5]);
    expect(suppressed).toEqual({ rows: 2, actions: 6, quantity: 340 });
  });

  it('keeps rows of anonymous actions only (no one to single out) and rows across sections', () => {
    const rows = [
      { section: 'BE-FR', people: 0, actions: 3, quantity: 1_200 },
      { section: null, people: 2, actions: 2, quantity: 2 },
    ];
    expect(rule(rows)).toEqual({ kept: rows, suppressed: null });
  });

  it('applies to every row of a report narrowed to one section', () => {
    const { kept, suppressed } = rule([{ section: null, people: 2, actions: 2, quantity: 2 }], 'DZ');
    expect(kept).toEqual([]);
    expect(suppressed).toEqual({ rows: 1, actions: 2, quantity: 2 });
  });
});
