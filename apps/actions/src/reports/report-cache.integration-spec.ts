import { randomUUID } from 'node:crypto';
import { waitFor } from '@plume/testing';
import { ANALYST, STAFF_BE_FR, STAFF_DZ, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const REPORT = `query($groupBy: [ReportDimension!]) {
  actionReport(groupBy: $groupBy) {
    asOf
    rows { section actions quantity distinctSupporters }
    totals { actions quantity distinctSupporters }
  }
}`;
const RECORD = `mutation($input: RecordActionInput!) { recordAction(input: $input) { id } }`;

interface ActionReport {
  asOf: string | null;
  rows: { section: string | null; actions: number; quantity: number; distinctSupporters: number | null }[];
  totals: { actions: number; quantity: number; distinctSupporters: number };
}

describe('report answers served again for REPORT_CACHE_MAX_AGE_SECONDS (real PostgreSQL and Kafka)', () => {
  /** Caches for an hour: nothing in this test expires it. */
  let cached: ActionsTestService;
  /** A second copy on the same database that caches nothing (and runs no consumer: the roll-ups are the first's). */
  let uncached: ActionsTestService;
  let upstream: UpstreamEvents;
  let caseId: string;

  const report = async (service: ActionsTestService, as = ANALYST) => {
    const response = await service.call<{ actionReport: ActionReport }>(REPORT, { groupBy: ['SECTION'] }, as);
    expect(response.errors).toBeUndefined();
    return response.data!.actionReport;
  };
  const recordLetters = async (quantity: number) => {
    const response = await cached.call(RECORD, { input: { idempotencyKey: randomUUID(), caseId, type: 'LETTER', quantity } }, STAFF_DZ);
    expect(response.errors).toBeUndefined();
  };
  /** Waits on the roll-up table itself, not on a report (which the cache may answer). */
  const rolledUp = (quantity: number) =>
    waitFor(`the roll-ups to hold ${quantity} letters`, async () => {
      const [row] = await cached.sql<{ quantity: string }>(`SELECT coalesce(sum(quantity), 0) AS quantity FROM report_monthly`);
      return Number(row.quantity) === quantity;
    });

  beforeAll(async () => {
    cached = await startActionsTestService('actions_report_cache', { REPORT_CACHE_MAX_AGE_SECONDS: '3600' });
    upstream = await startUpstreamEvents(cached);
    caseId = await upstream.knownCase({ country: 'DZ' });
    uncached = await startActionsTestService(
      'actions_report_cache_uncached',
      {
        REPORT_CACHE_MAX_AGE_SECONDS: '0',
        REPORT_ROLLUPS_ENABLED: 'false',
        // The first copy's consumer group: its watermark is the asOf of these roll-ups.
        REPORT_ROLLUPS_GROUP_ID: cached.environment.REPORT_ROLLUPS_GROUP_ID,
        CASES_PROJECTION_ENABLED: 'false',
        SUPPORTERS_EVENTS_ENABLED: 'false',
        OUTBOX_RELAY_ENABLED: 'false',
      },
      { database: { url: cached.database.url, drop: async () => undefined } },
    );
  });
  afterAll(async () => {
    await uncached?.stop();
    await upstream?.stop();
    await cached?.stop();
  });

  it('serves the same answer within the max age, with the asOf it was computed at, and a fresh one with max age 0', async () => {
    await recordLetters(3);
    await rolledUp(3);
    const first = await report(cached);
    expect(first.totals).toMatchObject({ actions: 1, quantity: 3 });
    expect(first.asOf).not.toBeNull();
    expect(await report(cached)).toEqual(first);

    await recordLetters(5);
    await rolledUp(8);
    // Within the max age: the old numbers, and the old asOf that says which events they include.
    expect(await report(cached)).toEqual(first);

    // Without the cache, the same roll-ups give the new totals and a later asOf.
    const fresh = await report(uncached);
    expect(fresh.totals).toMatchObject({ actions: 2, quantity: 8 });
    expect(Date.parse(fresh.asOf!)).toBeGreaterThan(Date.parse(first.asOf!));
  });

  it('never serves one scope’s answer to another', async () => {
    const analyst = await report(cached);
    expect(analyst.totals.actions).toBeGreaterThan(0);
    // The same query from staff of another section: their own (empty) section, not the analyst's answer.
    const otherSection = await report(cached, STAFF_BE_FR);
    expect(otherSection.totals).toMatchObject({ actions: 0, quantity: 0 });
    expect(otherSection.rows).toEqual([]);
  });
});
