import type { Report, Table } from '../model/report';
import { suppressedLabel } from '../model/labels';
import { renderBarChart } from './bar-chart';
import { escapeHtml, formatValue } from './escape';
import { REPORT_CSS } from './report-style';

/** `2021-01-05T12:00:00.000Z` → `2021-01-05 12:00 UTC`. */
export function formatInstant(value: string | null): string {
  if (!value) return 'no action recorded yet';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function renderTable(table: Table): string {
  const columns = table.columns.filter((column) => !column.csvOnly);
  const head = columns.map((column) => `<th class="${column.kind}">${escapeHtml(column.label)}</th>`).join('');
  // The merged small cells have no dimension: their row is named in the first text column instead.
  const labelColumn = columns.findIndex((column) => column.kind === 'text');
  const body = table.rows
    .map((row) => {
      const cells = columns.map((column, index) => {
        const value = row.cells[column.key] ?? null;
        const text = row.suppressed && index === labelColumn && value === null ? suppressedLabel(table.suppressedRows) : formatValue(value);
        return `<td class="${column.kind}">${escapeHtml(text)}</td>`;
      });
      return `<tr${row.suppressed ? ' class="suppressed"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const empty = table.rows.length === 0 ? `<p class="empty">No rows.</p>` : '';
  return `<section class="table">
<h2>${escapeHtml(table.title)} <span class="file">${escapeHtml(`${table.id}.csv`)}</span></h2>
<table><thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table>${empty}
${table.note ? `<p class="note">${escapeHtml(table.note)}</p>` : ''}
</section>`;
}

/** The one self-contained page of a report: inline CSS and SVG, no script, no external resource. */
export function renderReportPage(report: Report): string {
  const suppressed = report.tables.filter((table) => table.suppressedRows > 0);
  const minPeople = suppressed.find((table) => table.minPeople !== undefined)?.minPeople;
  const filter = report.filter.map((item) => `<div><dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(formatValue(item.value))}</dd></div>`).join('');
  const facts = report.facts.map((fact) => `<div class="fact"><span>${escapeHtml(fact.label)}</span><strong>${escapeHtml(formatValue(fact.value))}</strong></div>`).join('\n');
  const charts = report.charts
    .map(
      (chart) => `<figure class="chart">
<figcaption>${escapeHtml(chart.title)}</figcaption>
${renderBarChart(chart)}
${chart.note ? `<p class="note">${escapeHtml(chart.note)}</p>` : ''}
</figure>`,
    )
    .join('\n');
  const warnings = report.warnings.length
    ? `<div class="warning"><strong>Incomplete:</strong><ul>${report.warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join('')}</ul></div>`
    : '';
  const smallCells = suppressed.length
    ? `<div class="small-cells"><strong>Small cells merged.</strong> In ${escapeHtml(suppressed.map((table) => `“${table.title}”`).join(', '))}, rows counting fewer than ${escapeHtml(minPeople ?? '')} people in a section were merged into one row without dimensions, so that no one can be singled out; the totals still include them.</div>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<p class="kicker">Plume report · ${escapeHtml(report.name)}</p>
<h1>${escapeHtml(report.title)}</h1>
<p class="as-of">Numbers as of <strong>${escapeHtml(formatInstant(report.asOf))}</strong> · generated ${escapeHtml(formatInstant(report.generatedAt))}</p>
<dl class="filter">${filter}</dl>
</header>
<main>
${warnings}
${smallCells}
<div class="facts">
${facts}
</div>
${charts}
${report.tables.map(renderTable).join('\n')}
</main>
<footer>Counts of actions only, never personal data. Quantity is what the actions add up to: letters, signatures (a paper petition counts its signatures), events…</footer>
</body>
</html>
`;
}
