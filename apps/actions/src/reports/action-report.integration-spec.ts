import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { createKafka } from '@plume/events';
import { testKafkaConnection, testLogger, waitFor } from '@plume/testing';
import { createActionsDataSource } from '../data-source';
import { ADMIN, ANALYST, SITE_BE_FR, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';
import { rebuildRollupsFromTable } from './rebuild-from-table';
import { rebuildRollupsFromTopic } from './rebuild-from-topic';
import { buildReportHistory, type ReportHistory } from './test-support/report-history';
import { expectedReport, type ExpectedRow, type RawFilter } from './test-support/raw-report';

const MIN_PEOPLE = 3;
const REPORT = `query($filter: ActionReportFilter, $groupBy: [ReportDimension!], $period: ReportPeriod) {
  actionReport(filter: $filter, groupBy: $groupBy, period: $period) {
    asOf minPeople suppressedRows
    rows { campaign { id } case { id } section country type source period periodStart suppressed actions quantity distinctSupporters distinctSigners }
    totals { actions quantity distinctSupporters distinctSigners }
  }
}`;
const CASE_REPORT = `query($filter: ActionReportFilter) { caseReport(filter: $filter) { case { id } signatures onlineSignatures paperSignatures letters actions distinctSigners } }`;

interface ReportRow {
  campaign: { id: string } | null;
  case: { id: string } | null;
  section: string | null;
  country: string | null;
  type: string | null;
  source: string | null;
  period: string | null;
  suppressed: boolean;
  actions: number;
  quantity: number;
  distinctSupporters: number | null;
  distinctSigners: number | null;
}
interface ActionReport {
  asOf: string | null;
  minPeople: number;
  suppressedRows: number;
  rows: ReportRow[];
  totals: { actions: number; quantity: number; distinctSupporters: number; distinctSigners: number };
}

const DIMENSIONS = ['CAMPAIGN', 'CASE', 'SECTION', 'COUNTRY', 'ACTION_TYPE', 'SOURCE'] as const;
const rowKey = (row: ReportRow, groupBy: readonly string[]) =>
  groupBy
    .map((dimension) => {
      if (dimension === 'CAMPAIGN') return row.campaign?.id ?? null;
      if (dimension === 'CASE') return row.case?.id ?? null;
      if (dimension === 'ACTION_TYPE') return row.type;
      return row[dimension.toLowerCase() as 'section' | 'country' | 'source'];
    })
    .concat(row.period)
    .join('|');

describe('reports for the international secretariat (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;
  let history: ReportHistory;
  /** Days where filters bite: the days of actions and their neighbours, the first and last days of their months. */
  let interestingDays: { any: string[]; monthStarts: string[]; monthEnds: string[] };

  const report = async (variables: Record<string, unknown>, as = ANALYST) => service.call<{ actionReport: ActionReport }>(REPORT, variables, as);
  const caughtUp = () =>
    waitFor('the roll-ups to include every counted action', async () => {
      const [raw] = await service.sql<{ actions: string; quantity: string }>(`SELECT count(*) AS actions, coalesce(sum(quantity), 0) AS quantity FROM action WHERE status = 'ACCEPTED'`);
      const response = await report({});
      const totals = response.data?.actionReport.totals;
      return totals?.actions === Number(raw.actions) && totals.quantity === Number(raw.quantity);
    });

  beforeAll(async () => {
    // No cache: every report here must count what the roll-ups hold now (report-cache.integration-spec.ts tests the cache).
    service = await startActionsTestService('actions_reports', { REPORT_MIN_PEOPLE: String(MIN_PEOPLE), REPORT_CACHE_MAX_AGE_SECONDS: '0' });
    upstream = await startUpstreamEvents(service);
    history = await buildReportHistory(service, upstream);
    await caughtUp();
    const [days] = await service.sql<{ any: string[]; month_starts: string[]; month_ends: string[] }>(`
      WITH d AS (SELECT DISTINCT (occurred_at AT TIME ZONE 'UTC')::date AS day FROM action),
           m AS (SELECT DISTINCT date_trunc('month', day)::date AS month FROM d)
      SELECT (SELECT array_agg(DISTINCT x::text) FROM d, LATERAL (VALUES (day), (day - 1), (day + 1)) v(x)) AS any,
             (SELECT array_agg(month::text) FROM m) AS month_starts,
             (SELECT array_agg((month + interval '1 month - 1 day')::date::text) FROM m) AS month_ends`);
    interestingDays = { any: [...days.any, ...days.month_starts, ...days.month_ends], monthStarts: days.month_starts, monthEnds: days.month_ends };
  });
  afterAll(async () => {
    await upstream?.stop();
    await service?.stop();
  });

  const filterArbitrary = () =>
    fc.record({
      campaignIds: fc.option(fc.subarray(history.campaignIds, { minLength: 1 }), { nil: undefined }),
      caseIds: fc.option(fc.subarray(history.caseIds, { minLength: 1 }), { nil: undefined }),
      sections: fc.option(fc.subarray(history.sections, { minLength: 1 }), { nil: undefined }),
      countries: fc.option(fc.subarray(history.countries, { minLength: 1 }), { nil: undefined }),
      types: fc.option(fc.subarray([...history.types], { minLength: 1 }), { nil: undefined }),
      sources: fc.option(fc.subarray([...history.sources], { minLength: 1 }), { nil: undefined }),
      // Any two interesting days, or whole months (what the monthly roll-ups answer).
      range: fc.option(
        fc.oneof(
          fc.tuple(fc.constantFrom(...interestingDays.any), fc.constantFrom(...interestingDays.any)),
          fc.tuple(fc.constantFrom(...interestingDays.monthStarts), fc.constantFrom(...interestingDays.monthEnds)),
        ),
        { nil: undefined },
      ),
    });
  const toFilter = (drawn: ReturnType<ReturnType<typeof filterArbitrary>['generate']>['value']): RawFilter => {
    const { range, ...lists } = drawn;
    if (!range) return lists;
    const [a, b] = [...range].sort();
    return { ...lists, from: a, to: b };
  };

  it('totals equal the sums of the raw actions exactly, for random filters, groupings and periods (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        filterArbitrary(),
        fc.shuffledSubarray([...DIMENSIONS], { maxLength: 3 }),
        fc.constantFrom(null, 'DAY', 'WEEK', 'MONTH', 'YEAR'),
        async (drawn, groupBy, period) => {
          const filter = toFilter(drawn);
          const response = await report({ filter, groupBy, period });
          expect(response.errors).toBeUndefined();
          const actual = response.data!.actionReport;
          const expected = await expectedReport(service, filter, groupBy, period);

          // The whole report: raw sums and distinct people, exactly.
          expect(actual.totals).toEqual(expected.totals);

          // Rows: every group of the raw actions, except those of 1..MIN_PEOPLE-1 people in one section,
          // which only the suppressed row carries (their sums, no people).
          const singleSection = filter.sections?.length === 1;
          const isSmall = (row: ExpectedRow) => (groupBy.includes('SECTION') || singleSection) && row.distinctSupporters > 0 && row.distinctSupporters < MIN_PEOPLE;
          const visible = expected.rows.filter((row) => !isSmall(row));
          const small = expected.rows.filter(isSmall);
          const shown = actual.rows.filter((row) => !row.suppressed);
          expect(Object.fromEntries(shown.map((row) => [rowKey(row, groupBy), [row.actions, row.quantity, row.distinctSupporters, row.distinctSigners]]))).toEqual(
            Object.fromEntries(visible.map((row) => [row.key, [row.actions, row.quantity, row.distinctSupporters, row.distinctSigners]])),
          );
          const suppressed = actual.rows.filter((row) => row.suppressed);
          expect(actual.suppressedRows).toBe(small.length);
          if (small.length === 0) expect(suppressed).toEqual([]);
          else {
            expect(suppressed).toHaveLength(1);
            expect([suppressed[0].actions, suppressed[0].quantity]).toEqual([sum(small, 'actions'), sum(small, 'quantity')]);
            expect([suppressed[0].section, suppressed[0].case, suppressed[0].distinctSupporters]).toEqual([null, null, null]);
          }
        },
      ),
      { numRuns: 60, seed: 20261121 },
    );
  });

  it('merges the rows of fewer than minPeople people in a section into one suppressed row', async () => {
    // The lone staff section FR has one supporter: grouped by section, its row cannot be shown.
    const response = await report({ groupBy: ['SECTION'], filter: { sources: ['STAFF'], types: ['LETTER'] } });
    const rows = response.data!.actionReport.rows;
    expect(rows.find((row) => row.section === history.loneSection)).toBeUndefined();
    expect(rows.some((row) => row.suppressed)).toBe(true);
    expect(response.data!.actionReport.minPeople).toBe(MIN_PEOPLE);
  });

  it('contains no personal data: no names, emails, supporter ids or contact references', async () => {
    const body = JSON.stringify(await report({ groupBy: ['CASE', 'SECTION', 'SOURCE'], period: 'MONTH' }));
    const references = await service.sql<{ contact_reference: string }>(`SELECT contact_reference FROM signature WHERE contact_reference IS NOT NULL`);
    expect(references.length).toBeGreaterThan(0);
    for (const secret of [...history.signerNames, ...history.signerEmails, ...history.supporterIds, ...references.map((row) => row.contact_reference)]) {
      expect(body).not.toContain(secret);
    }
  });

  it('lets staff see their own section only, and refuses section websites and anonymous callers', async () => {
    const staff = { role: 'staff' as const, subject: 'staff-report', section: 'DZ' };
    const own = await report({ groupBy: ['SECTION'] }, staff);
    expect(own.errors).toBeUndefined();
    expect(new Set(own.data!.actionReport.rows.filter((row) => !row.suppressed).map((row) => row.section))).toEqual(new Set(['DZ']));

    const other = await report({ filter: { sections: ['BE-FR'] } }, staff);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await report({}, SITE_BE_FR)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await service.call(REPORT, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await report({}, ADMIN)).errors).toBeUndefined();
  });

  it('explains bad filters with BAD_USER_INPUT', async () => {
    const response = await report({ filter: { from: '2020-02-30', sections: ['belgium'] }, groupBy: ['CASE', 'CASE'] });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/filter\.from|filter\.sections/);
  });

  it('composes per case: signatures collected, by kind, and distinct signers', async () => {
    const response = await service.call<{ caseReport: { case: { id: string }; signatures: number; onlineSignatures: number; paperSignatures: number; distinctSigners: number }[] }>(
      CASE_REPORT,
      { filter: { caseIds: history.caseIds } },
      ANALYST,
    );
    expect(response.errors).toBeUndefined();
    const expected = await expectedReport(service, { caseIds: history.caseIds, types: ['ONLINE_SIGNATURE', 'PAPER_SIGNATURES'] }, ['CASE'], null);
    for (const row of response.data!.caseReport) {
      const raw = expected.rows.find((candidate) => candidate.key === `${row.case.id}|`);
      expect(row.signatures).toBe(raw?.quantity ?? 0);
      expect(row.signatures).toBe(row.onlineSignatures + row.paperSignatures);
      expect(row.distinctSigners).toBe(raw?.distinctSigners ?? 0);
    }
    const signatures = response.data!.caseReport.map((row) => row.signatures);
    expect(signatures).toEqual([...signatures].sort((a, b) => b - a));
  });

  it('rebuilds to the same roll-ups from the actions table and from the plume.actions topic', async () => {
    const snapshot = async () =>
      JSON.stringify([
        await service.sql('SELECT * FROM report_daily ORDER BY case_id, campaign_id, section, type, source, day'),
        await service.sql('SELECT * FROM report_monthly ORDER BY case_id, campaign_id, section, type, source, month'),
        await service.sql('SELECT * FROM report_participation ORDER BY day, case_id, campaign_id, section, type, source, person_key'),
      ]);
    const live = await snapshot();
    const dataSource = await createActionsDataSource({ url: service.database.url, poolSize: 2 }).initialize();
    try {
      await rebuildRollupsFromTable(dataSource);
      expect(await snapshot()).toBe(live);
      const progress: number[] = [];
      const kafka = createKafka(await testKafkaConnection('reports-rebuild'), testLogger());
      const replay = await rebuildRollupsFromTopic({ dataSource, kafka, logger: testLogger(), onProgress: (applied) => progress.push(applied) });
      expect(replay.messages).toBeGreaterThan(0);
      expect(progress[progress.length - 1]).toBe(replay.messages);
      expect(await snapshot()).toBe(live);
    } finally {
      await dataSource.destroy();
    }
  });

  it('keeps counting an erased signer, as one anonymous person, and forgets who they were', async () => {
    const before = (await report({})).data!.actionReport.totals;
    const [signature] = await service.sql<{ contact_reference: string; section: string }>(
      `SELECT contact_reference, section FROM signature WHERE signer_email = $1 AND contact_reference IS NOT NULL LIMIT 1`,
      [history.signerEmails[history.signerEmails.length - 1]],
    );
    await upstream.supporterErased({ supporterId: randomUUID(), section: signature.section, contactReference: signature.contact_reference });
    expect((await report({})).data!.actionReport.totals).toEqual(before);
    expect(await service.sql(`SELECT 1 FROM report_person WHERE identity LIKE $1`, [`%${signature.contact_reference}`])).toEqual([]);
  });
});

const sum = (rows: ExpectedRow[], field: 'actions' | 'quantity') => rows.reduce((total, row) => total + row[field], 0);
