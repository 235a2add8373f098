import { GatewayError } from '../gateway/gateway-client';
import { gatewayReportApi } from '../gateway/report-api';
import type { ActionReport } from '../gateway/report-types';
import { cannedTransport, type CannedAnswers, type RecordedCall } from '../fixtures/canned-transport';
import { DEMO_ANSWERS, DRARENI_ID, reportRow, W4R_2020_ID } from '../fixtures/demo-answers';
import type { Report, Table } from '../model/report';
import { REPORTS, ReportInputError, type ReportName, type ReportOptions } from '.';

const NOW = new Date('2021-02-01T08:00:00Z');

function options(report: ReportName, overrides: Partial<ReportOptions> = {}): ReportOptions {
  return { report, campaign: null, caseSlug: null, from: null, to: null, sections: [], language: 'en', ...overrides };
}

async function build(report: ReportName, overrides: Partial<ReportOptions> = {}, answers: CannedAnswers = DEMO_ANSWERS) {
  const calls: RecordedCall[] = [];
  const steps: string[] = [];
  const built = await REPORTS[report].build({
    api: gatewayReportApi(cannedTransport(answers, calls)),
    options: options(report, overrides),
    progress: { step: (label) => steps.push(label) },
    now: NOW,
  });
  return { report: built, calls, steps };
}

const table = (report: Report, id: string): Table => {
  const found = report.tables.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no table ${id} in ${report.tables.map((t) => t.id).join(', ')}`);
  return found;
};
const column = (t: Table, key: string) => t.rows.map((row) => row.cells[key]);
const actionReportCalls = (calls: RecordedCall[]) => calls.filter((call) => call.operation === 'ActionReport');

describe('campaign-summary', () => {
  it('resolves the campaign code to its id and narrows every query to it, the dates and the sections', async () => {
    const { calls, steps } = await build('campaign-summary', { campaign: 'W4R-2020', from: '2020-11-01', to: '2021-01-31', sections: ['BE-FR', 'DZ'] });
    expect(calls[0]).toMatchObject({ operation: 'ReportCampaign', variables: { code: 'W4R-2020', language: 'en' } });
    const filter = { campaignIds: [W4R_2020_ID], sections: ['BE-FR', 'DZ'], from: '2020-11-01', to: '2021-01-31' };
    expect(calls.slice(1).map((call) => call.variables.filter)).toEqual([filter, filter, filter, filter]);
    expect(actionReportCalls(calls).map((call) => [call.variables.groupBy, call.variables.period])).toEqual([
      [[], 'MONTH'],
      [['SECTION'], null],
      [['ACTION_TYPE'], null],
    ]);
    // The distinct-people totals are asked for once only.
    expect(actionReportCalls(calls).filter((call) => call.document.includes('totals'))).toHaveLength(1);
    expect(steps).toHaveLength(REPORTS['campaign-summary'].steps(options('campaign-summary', { campaign: 'W4R-2020' })));
  });

  it('assembles totals, months, sections (biggest first, merged small cells last), types and cases', async () => {
    const { report } = await build('campaign-summary', { campaign: 'W4R-2020' });
    expect(report.title).toBe('Campaign summary: Write for Rights 2020 (W4R-2020)');
    expect(report.asOf).toBe('2021-01-31T22:14:05.000Z');
    expect(report.tables.map((t) => t.id)).toEqual(['totals', 'per-month', 'per-section', 'per-action-type', 'per-case']);
    expect(table(report, 'totals').rows[0].cells).toEqual({ campaign: 'W4R-2020', actions: 140_770, quantity: 243_045, distinct_supporters: 52_310, distinct_signers: 48_900 });
    expect(column(table(report, 'per-month'), 'period')).toEqual(['2020-11', '2020-12', '2021-01']);

    const sections = table(report, 'per-section');
    expect(column(sections, 'section')).toEqual(['FR', 'BE-FR', 'DZ', 'CA-FR', 'MA', null]);
    expect(sections.rows.at(-1)).toEqual({ suppressed: true, cells: { section: null, actions: 83, quantity: 128, distinct_supporters: null, distinct_signers: null, suppressed: true } });
    expect(sections.suppressedRows).toBe(2);
    expect(sections.note).toContain('fewer than 5 people');
    // The merged small cells keep the totals whole.
    expect((column(sections, 'quantity') as number[]).reduce((a, b) => a + b, 0)).toBe(243_045);

    expect(column(table(report, 'per-action-type'), 'type')[0]).toBe('ONLINE_SIGNATURE');
    expect(column(table(report, 'per-action-type'), 'type_label')[0]).toBe('Online signatures');
    expect(table(report, 'per-case').rows[0].cells).toMatchObject({ person_name: 'Khaled Drareni', signatures: 170_360, letters: 41_280 });

    const sectionChart = report.charts.find((chart) => chart.id === 'per-section')!;
    expect(sectionChart.labels).toEqual(['FR', 'BE-FR', 'DZ', 'CA-FR', 'MA']);
    expect(sectionChart.series[0].values).toEqual([120_400, 61_230, 38_115, 14_870, 8_302]);
    expect(sectionChart.note).toBe('The merged small cells are not drawn.');
  });

  it('fills the months without actions with zeros between --from and --to', async () => {
    const { report } = await build('campaign-summary', { campaign: 'W4R-2020', from: '2020-10-15', to: '2021-02-28' });
    const months = table(report, 'per-month');
    expect(column(months, 'period')).toEqual(['2020-10', '2020-11', '2020-12', '2021-01', '2021-02']);
    expect(months.rows[0].cells).toMatchObject({ period_start: '2020-10-01', actions: 0, quantity: 0, distinct_supporters: 0 });
  });

  it('refuses a campaign code the gateway does not know', async () => {
    await expect(build('campaign-summary', { campaign: 'W4R-1999' })).rejects.toThrow(new ReportInputError('no campaign has the code W4R-1999 (or it is not visible to this token)'));
  });

  it('fails with the code and message of each GraphQL error', async () => {
    const answers: CannedAnswers = {
      ...DEMO_ANSWERS,
      actionReportErrors: [{ message: 'Only analysts, admins and staff may read reports.', path: ['actionReport'], extensions: { code: 'FORBIDDEN' } }],
    };
    const failure = build('campaign-summary', { campaign: 'W4R-2020' }, answers);
    await expect(failure).rejects.toBeInstanceOf(GatewayError);
    await expect(failure).rejects.toThrow('FORBIDDEN: Only analysts, admins and staff may read reports. (at actionReport)');
  });
});

describe('case-dossier', () => {
  it('reads the case by slug, then narrows every report to its id', async () => {
    const { calls, steps } = await build('case-dossier', { caseSlug: 'khaled-drareni', to: '2020-12-31' });
    expect(calls[0]).toMatchObject({ operation: 'ReportCase', variables: { slug: 'khaled-drareni' } });
    expect(calls.slice(1).map((call) => call.variables.filter)).toEqual(Array(4).fill({ caseIds: [DRARENI_ID], to: '2020-12-31' }));
    expect(steps).toHaveLength(5);
  });

  it('sets signatures collected against those handed over (delivered handovers only) and awaiting, per section', async () => {
    const { report } = await build('case-dossier', { caseSlug: 'khaled-drareni' });
    expect(report.title).toBe('Case dossier: Khaled Drareni');
    const fact = (label: string) => report.facts.find((candidate) => candidate.label === label)?.value;
    expect(fact('Status')).toBe('ACTIVE');
    expect(fact('Adopters now')).toBe(37);
    expect(fact('Signatures collected')).toBe(170_360);
    expect(fact('Signatures handed over')).toBe(40_200);
    expect(fact('Signatures awaiting delivery')).toBe(2_130 + 27_400);

    const versus = table(report, 'signatures-handed-over');
    expect(versus.rows.map((row) => row.cells)).toEqual([
      { section: 'BE-FR', signatures_collected: 42_330, signatures_handed_over: 40_200, signatures_awaiting: 2_130, letters_collected: 9_710, letters_handed_over: 9_300, letters_awaiting: 410, last_cutoff_at: '2021-01-14T23:00:00.000Z' },
      { section: 'DZ', signatures_collected: 27_400, signatures_handed_over: 0, signatures_awaiting: 27_400, letters_collected: 5_020, letters_handed_over: 0, letters_awaiting: 5_020, last_cutoff_at: null },
    ]);
    expect(column(table(report, 'handovers'), 'status')).toEqual(['PLANNED', 'DELIVERED']);
    expect(column(table(report, 'handovers'), 'embassy_city')).toEqual(['Algiers', 'Brussels']);
    const chart = report.charts.find((candidate) => candidate.id === 'signatures-handed-over')!;
    expect(chart.series.map((series) => series.values)).toEqual([
      [42_330, 27_400],
      [40_200, 0],
    ]);
  });

  it('still reports when the deliveries subgraph is down, with a warning and no made-up handovers', async () => {
    const [drareni] = DEMO_ANSWERS.cases!;
    const answers: CannedAnswers = {
      ...DEMO_ANSWERS,
      cases: [{ ...drareni, deliveries: null, awaitingDelivery: null }],
      caseErrors: [{ message: 'The deliveries service is unavailable.', path: ['case', 'deliveries'], extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    };
    const { report } = await build('case-dossier', { caseSlug: 'khaled-drareni' }, answers);
    expect(report.warnings).toEqual(['SERVICE_UNAVAILABLE: The deliveries service is unavailable. (at case.deliveries)']);
    expect(report.facts.find((fact) => fact.label === 'Signatures handed over')?.value).toBeNull();
    expect(table(report, 'handovers').rows).toEqual([]);
  });

  it('refuses a slug the gateway does not know', async () => {
    await expect(build('case-dossier', { caseSlug: 'nobody' })).rejects.toBeInstanceOf(ReportInputError);
  });
});

describe('section-league', () => {
  const league = (rows: ActionReport['rows'], suppressedRows = 0): CannedAnswers => ({
    ...DEMO_ANSWERS,
    actionReports: {
      'SECTION|': { rows, suppressedRows, minPeople: 5, asOf: null, totals: { actions: 40, quantity: 200, distinctSupporters: 30, distinctSigners: 10 } },
    },
  });

  it('ranks sections by quantity (ties share a rank) and by distinct supporters, with names and shares', async () => {
    const answers = league([
      reportRow({ section: 'DZ', actions: 10, quantity: 50, distinctSupporters: 12, distinctSigners: 3 }),
      reportRow({ section: 'BE-FR', actions: 20, quantity: 100, distinctSupporters: 9, distinctSigners: 4 }),
      reportRow({ section: 'FR', actions: 9, quantity: 50, distinctSupporters: 9, distinctSigners: 3 }),
      reportRow({ suppressed: true, actions: 1, quantity: 0 }),
    ], 1);
    const { report } = await build('section-league', {}, answers);
    const t = table(report, 'section-league');
    expect(t.rows.map((row) => [row.cells.rank, row.cells.section, row.cells.section_name, row.cells.share_of_quantity_percent, row.cells.rank_by_supporters])).toEqual([
      [1, 'BE-FR', 'Amnesty International Belgique francophone', 50, 2],
      [2, 'DZ', 'Amnesty International Algérie', 25, 1],
      [2, 'FR', 'Amnesty International France', 25, 2],
      [null, null, null, 0, null],
    ]);
    expect(t.rows.at(-1)!.suppressed).toBe(true);
    expect(report.charts.find((chart) => chart.id === 'supporters')!.labels).toEqual(['DZ', 'BE-FR', 'FR']);
  });

  it('narrows to a campaign when asked, and ranks without names when the sections cannot be read', async () => {
    const answers = { ...league([reportRow({ section: 'DZ', actions: 1, quantity: 1, distinctSupporters: 5, distinctSigners: 0 })]), sections: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] };
    const { report, calls } = await build('section-league', { campaign: 'W4R-2020', from: '2020-11-20' }, answers);
    expect(actionReportCalls(calls)[0].variables.filter).toEqual({ campaignIds: [W4R_2020_ID], from: '2020-11-20' });
    expect(table(report, 'section-league').rows[0].cells).toMatchObject({ rank: 1, section: 'DZ', section_name: null });
    expect(report.warnings[0]).toContain('SERVICE_UNAVAILABLE: down');
  });
});

describe('progress', () => {
  it.each([
    ['campaign-summary', { campaign: 'W4R-2020' }],
    ['case-dossier', { caseSlug: 'khaled-drareni' }],
    ['case-dossier', { caseSlug: 'khaled-drareni', campaign: 'W4R-2020' }],
    ['section-league', {}],
    ['section-league', { campaign: 'W4R-2020' }],
    ['month-by-month', {}],
    ['month-by-month', { campaign: 'W4R-2020' }],
  ] as [ReportName, Partial<ReportOptions>][])('%s %j announces as many steps as it takes', async (name, overrides) => {
    const { steps } = await build(name, overrides);
    expect(steps.length).toBe(REPORTS[name].steps(options(name, overrides)));
    expect(steps.length).toBeGreaterThanOrEqual(2);
  });
});

describe('month-by-month', () => {
  it('lays out months down and action types across, totals per month on the right', async () => {
    const { report, calls } = await build('month-by-month');
    expect(calls.map((call) => call.operation)).toEqual(['ActionReport', 'ActionReport', 'ActionReport']);
    expect(calls[0].variables.filter).toEqual({});
    const pivot = table(report, 'per-month-by-type');
    expect(pivot.columns.map((c) => c.key)).toEqual(['period', 'period_start', 'letter', 'email', 'tweet', 'postcard', 'drawing', 'online_signature', 'paper_signatures', 'event', 'total', 'suppressed']);
    expect(pivot.rows[2].cells).toMatchObject({ period: '2021-01', letter: 0, postcard: 860, online_signature: 610, total: 12_870 });
    // Each month's types add up to the month's quantity.
    expect(column(pivot, 'total')).toEqual(column(table(report, 'per-month'), 'quantity'));
    expect(report.title).toBe('Month by month: the whole movement');
  });

  it('leaves missing cells empty, not zero, when small cells were merged (a missing cell may be one of them)', async () => {
    const answers: CannedAnswers = {
      ...DEMO_ANSWERS,
      actionReports: {
        ...DEMO_ANSWERS.actionReports,
        'ACTION_TYPE|MONTH': {
          rows: [
            reportRow({ period: '2020-11', periodStart: '2020-11-01', type: 'LETTER', actions: 9, quantity: 9, distinctSupporters: 6, distinctSigners: 0 }),
            reportRow({ period: '2021-01', periodStart: '2021-01-01', type: 'EMAIL', actions: 7, quantity: 7, distinctSupporters: 7, distinctSigners: 0 }),
            reportRow({ suppressed: true, actions: 3, quantity: 4 }),
          ],
          asOf: null,
          minPeople: 5,
          suppressedRows: 2,
        },
      },
    };
    const { report } = await build('month-by-month', { sections: ['BE-FR'], from: '2020-10-01' }, answers);
    const pivot = table(report, 'per-month-by-type');
    expect(pivot.rows.map((row) => [row.cells.period, row.cells.letter, row.cells.email, row.cells.total, row.suppressed ?? false])).toEqual([
      ['2020-11', 9, null, 9, false],
      ['2021-01', null, 7, 7, false],
      [null, null, null, 4, true],
    ]);
    expect(pivot.note).toContain('2 rows counting fewer than 5 people');
  });
});
