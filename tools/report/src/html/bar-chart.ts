import type { Chart } from '../model/report';
import { escapeHtml, formatValue } from './escape';

/** Geometry of the charts, in SVG user units (the SVG scales to the page width). */
export const CHART = {
  width: 760,
  labelWidth: 190,
  /** The longest bar: the largest value of the chart. */
  barArea: 460,
  barHeight: 16,
  barGap: 3,
  groupGap: 10,
  legendHeight: 26,
  maxLabelLength: 30,
} as const;

export const SERIES_COLOURS = ['#2b6cb0', '#dd8a1a', '#6b7280'];

/** The length of a bar: proportional to the largest value, at least 1 unit when above zero. */
export function barLength(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * CHART.barArea * 10) / 10);
}

function shorten(label: string): string {
  return label.length > CHART.maxLabelLength ? `${label.slice(0, CHART.maxLabelLength - 1)}…` : label;
}

/**
 * Horizontal bars as an inline SVG: one group per label, one bar per series, all on one scale, with the
 * value at the end of each bar. Every text is escaped; long labels are shortened (the full one is the
 * tooltip).
 */
export function renderBarChart(chart: Chart): string {
  const seriesCount = Math.max(1, chart.series.length);
  const legend = chart.series.length > 1 ? CHART.legendHeight : 0;
  const groupHeight = seriesCount * CHART.barHeight + (seriesCount - 1) * CHART.barGap;
  const height = legend + chart.labels.length * (groupHeight + CHART.groupGap) + CHART.groupGap;
  const max = Math.max(0, ...chart.series.flatMap((series) => series.values));
  const barX = CHART.labelWidth + 10;

  const parts: string[] = [];
  if (legend) {
    chart.series.forEach((series, index) => {
      const x = barX + index * 170;
      parts.push(
        `<rect x="${x}" y="6" width="12" height="12" fill="${SERIES_COLOURS[index % SERIES_COLOURS.length]}"/>` +
          `<text x="${x + 18}" y="16" class="legend">${escapeHtml(series.name)}</text>`,
      );
    });
  }
  chart.labels.forEach((label, group) => {
    const top = legend + CHART.groupGap + group * (groupHeight + CHART.groupGap);
    parts.push(
      `<text x="${CHART.labelWidth}" y="${top + groupHeight / 2 + 4}" text-anchor="end" class="label"><title>${escapeHtml(label)}</title>${escapeHtml(shorten(label))}</text>`,
    );
    chart.series.forEach((series, index) => {
      const value = series.values[group] ?? 0;
      const y = top + index * (CHART.barHeight + CHART.barGap);
      const length = barLength(value, max);
      parts.push(
        `<rect class="bar" x="${barX}" y="${y}" width="${length}" height="${CHART.barHeight}" fill="${SERIES_COLOURS[index % SERIES_COLOURS.length]}">` +
          `<title>${escapeHtml(`${label} — ${series.name}: ${formatValue(value)}`)}</title></rect>` +
          `<text x="${barX + length + 5}" y="${y + CHART.barHeight - 4}" class="value">${escapeHtml(formatValue(value))}</text>`,
      );
    });
  });
  if (chart.labels.length === 0) parts.push(`<text x="${barX}" y="${legend + 20}" class="label">No actions in this report.</text>`);
  const totalHeight = chart.labels.length === 0 ? legend + 32 : height;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${totalHeight}" width="100%" role="img" aria-label="${escapeHtml(chart.title)}">` +
    `<title>${escapeHtml(chart.title)}</title>${parts.join('')}</svg>`
  );
}
