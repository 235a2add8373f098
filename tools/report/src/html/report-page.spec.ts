import type { Report } from '../model/report';
import { formatInstant, renderReportPage } from './report-page';

const EVIL = '<img src=x onerror=alert(1)>';

function report(overrides: Partial<Report> = {}): Report {
  return {
    name: 'campaign-summary',
    title: `Campaign summary: ${EVIL}`,
    asOf: '2021-01-31T22:14:05.000Z',
    generatedAt: '2021-02-01T08:00:00.000Z',
    filter: [{ label: 'Campaign', value: `W4R-2020 — ${EVIL}` }],
    facts: [{ label: `Quantity ${EVIL}`, value: 243_045 }],
    tables: [
      {
        id: 'per-section',
        title: `Per section ${EVIL}`,
        columns: [
          { key: 'section', label: 'Section', kind: 'text' },
          { key: 'quantity', label: 'Quantity', kind: 'number' },
          { key: 'suppressed', label: 'Suppressed', kind: 'boolean', csvOnly: true },
        ],
        rows: [
          { cells: { section: EVIL, quantity: 61_230, suppressed: false } },
          { cells: { section: null, quantity: 128, suppressed: true }, suppressed: true },
        ],
        suppressedRows: 2,
        minPeople: 5,
        note: `note ${EVIL}`,
      },
    ],
    charts: [{ id: 'c', title: `Chart ${EVIL}`, labels: [EVIL], series: [{ name: EVIL, values: [1] }], note: `chart note ${EVIL}` }],
    warnings: [`SERVICE_UNAVAILABLE: ${EVIL}`],
    ...overrides,
  };
}

describe('the report page', () => {
  it('escapes every value that comes from the data', () => {
    const html = renderReportPage(report());
    expect(html).not.toContain('<img');
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)!.length).toBeGreaterThanOrEqual(10);
  });

  it('is self-contained: inline style, no script, nothing fetched from elsewhere', () => {
    const base = report();
    const plainTable = { ...base.tables[0], title: 'Per section', note: undefined, rows: [{ cells: { section: 'BE-FR', quantity: 3 } }] };
    const html = renderReportPage({ ...base, title: 'Campaign summary', filter: [], facts: [], warnings: [], tables: [plainTable], charts: [{ id: 'c', title: 'Per section', labels: ['BE-FR'], series: [{ name: 'Quantity', values: [3] }] }] });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
  });

  it('shows asOf, the filter, the facts with separators and an inline SVG per chart', () => {
    const html = renderReportPage(report({ charts: [{ id: 'c', title: 'Quantity per month', labels: ['2020-11'], series: [{ name: 'Quantity', values: [58_930] }] }] }));
    expect(html).toContain('Numbers as of <strong>2021-01-31 22:14 UTC</strong>');
    expect(html).toContain('<dt>Campaign</dt>');
    expect(html).toContain('<strong>243,045</strong>');
    expect(html).toMatch(/<figcaption>Quantity per month<\/figcaption>\n<svg /);
  });

  it('shows the small-cell note and names the merged row when rows were suppressed, and hides csv-only columns', () => {
    const html = renderReportPage(report());
    expect(html).toContain('class="small-cells"');
    expect(html).toContain('fewer than 5 people in a section');
    expect(html).toContain('<tr class="suppressed"><td class="text">Small cells merged (2 rows)</td><td class="number">128</td></tr>');
    expect(html).not.toContain('<th class="boolean">Suppressed</th>');
  });

  it('has no small-cell note when nothing was suppressed', () => {
    const base = report();
    const html = renderReportPage({ ...base, tables: [{ ...base.tables[0], rows: [base.tables[0].rows[0]], suppressedRows: 0, note: undefined }] });
    expect(html).not.toContain('class="small-cells"');
    expect(html).not.toContain('tr class="suppressed"');
  });

  it('says when no action was recorded yet', () => {
    expect(formatInstant(null)).toBe('no action recorded yet');
    expect(renderReportPage(report({ asOf: null }))).toContain('Numbers as of <strong>no action recorded yet</strong>');
  });
});
