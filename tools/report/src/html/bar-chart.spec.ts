import { barLength, CHART, renderBarChart } from './bar-chart';
import { escapeHtml, formatValue } from './escape';

/** The widths of the bars, in drawing order. */
function barWidths(svg: string): number[] {
  return [...svg.matchAll(/<rect class="bar"[^>]* width="([\d.]+)"/g)].map((match) => Number(match[1]));
}

describe('escaping', () => {
  it('escapes the five HTML special characters, in text and in attributes', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    expect(escapeHtml(null)).toBe('');
  });

  it('formats numbers with thousands separators and null as a dash', () => {
    expect(formatValue(800000)).toBe('800,000');
    expect(formatValue(null)).toBe('—');
    expect(formatValue(true)).toBe('yes');
  });
});

describe('bar charts', () => {
  it('scales bars to the largest value of the chart', () => {
    expect(barLength(100, 100)).toBe(CHART.barArea);
    expect(barLength(50, 100)).toBe(CHART.barArea / 2);
    expect(barLength(0, 100)).toBe(0);
    expect(barLength(0, 0)).toBe(0);
    expect(barLength(1, 1_000_000)).toBe(1);

    const svg = renderBarChart({ id: 'c', title: 'Quantity per section', labels: ['FR', 'BE-FR', 'DZ'], series: [{ name: 'Quantity', values: [120_400, 60_200, 0] }] });
    expect(barWidths(svg)).toEqual([CHART.barArea, CHART.barArea / 2, 0]);
    expect(svg).toContain('>120,400</text>');
    expect(svg).toContain('>60,200</text>');
  });

  it('draws every series of a group on the same scale, with a legend', () => {
    const svg = renderBarChart({
      id: 'c',
      title: 'Collected and handed over',
      labels: ['BE-FR', 'DZ'],
      series: [
        { name: 'Collected', values: [40, 20] },
        { name: 'Handed over', values: [10, 0] },
      ],
    });
    // Drawing order: BE-FR collected, BE-FR handed over, DZ collected, DZ handed over.
    expect(barWidths(svg)).toEqual([CHART.barArea, CHART.barArea / 4, CHART.barArea / 2, 0]);
    expect(svg).toContain('class="legend">Collected</text>');
    expect(svg).toContain('class="legend">Handed over</text>');
  });

  it('escapes labels, series names and the title, and shortens long labels keeping the full one as tooltip', () => {
    const label = 'Teodora <del> Carmen & "Vásquez" de la Paz y más';
    const svg = renderBarChart({ id: 'c', title: 'A <b>title</b>', labels: [label], series: [{ name: 'Q<s>', values: [3] }] });
    expect(svg).not.toMatch(/<(del|b|s)>/);
    expect(svg).toContain('aria-label="A &lt;b&gt;title&lt;/b&gt;"');
    expect(svg).toContain(`<title>${escapeHtml(label)}</title>`);
    expect(svg).toContain(`${escapeHtml(label.slice(0, CHART.maxLabelLength - 1))}…</text>`);
    expect(svg).toContain('Q&lt;s&gt;: 3');
  });

  it('says so when there is nothing to draw', () => {
    const svg = renderBarChart({ id: 'c', title: 'Empty', labels: [], series: [{ name: 'Quantity', values: [] }] });
    expect(barWidths(svg)).toEqual([]);
    expect(svg).toContain('No actions in this report.');
  });
});
