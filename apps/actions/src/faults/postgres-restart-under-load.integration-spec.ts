import { tokenHash } from '@plume/privacy';
import { createDedicatedPostgres, freePort, waitFor, type DedicatedPostgres } from '@plume/testing';
import { startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { signOnce, startSignatureLoad, succeeded, type SignatureAttempt } from '../test-support/signature-load';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

/** What a failed answer may say: a generic error, nothing about the database, its address or the code. */
const LEAKS = /ECONNREFUSED|127\.0\.0\.1|5432|postgres|terminat|SQL|SELECT|INSERT|relation|stack|\.ts:\d|node_modules/i;

/**
 * Issue 7, "faults survived, nothing lost": the actions service on a throw-away PostgreSQL cluster
 * that the test kills (`pg_ctl stop -m immediate`: crash recovery at the next start) and starts again
 * while section websites keep signing. The service comes back by itself: /ready goes 503 then 200,
 * later requests succeed, its consumers and relay resume. No signature answered as taken is missing;
 * requests that failed say so cleanly and left no half-written signature behind, so a website retrying
 * them with the same idempotency key gets each person counted exactly once.
 */
describe('signatures while PostgreSQL is killed and restarted (real cluster, real broker)', () => {
  let postgres: DedicatedPostgres;
  let service: ActionsTestService;
  let upstream: UpstreamEvents;

  beforeAll(async () => {
    postgres = await createDedicatedPostgres(await freePort());
    await postgres.start();
    const database = { url: postgres.url('plume_actions_restart'), drop: async () => undefined }; // goes with the cluster
    service = await startActionsTestService('actions_pg_restart', { DATABASE_POOL_SIZE: '10' }, { database });
    upstream = await startUpstreamEvents(service);
  }, 120_000);
  afterAll(async () => {
    await upstream?.stop();
    await service?.stop();
    await postgres?.destroy();
  }, 60_000);

  const readyStatus = async () => (await fetch(service.server.url.replace('/graphql', '/ready'))).status;
  const count = async (sql: string, params: unknown[] = []) => (await service.sql<{ n: number }>(sql, params))[0].n;

  it('recovers without a restart of its own, and loses or half-writes no signature', async () => {
    const joined = async () => {
      const { checks } = (await (await fetch(service.server.url.replace('/graphql', '/ready'))).json()) as { checks: Record<string, string> };
      return checks['cases-projection'] === 'up' && checks['report-rollups'] === 'up';
    };
    await waitFor('the consumers to join their groups', joined, 60_000, 200);
    const caseId = await upstream.knownCase();
    const load = startSignatureLoad(service.call, caseId, { loops: 4, intervalMs: 200 });
    let attempts: SignatureAttempt[] = [];
    let stoppedAt = 0;
    let readyAgainAt = 0;
    const readiness: number[] = [];
    try {
      const startedAt = Date.now();
      await waitFor('signatures before the restart', () => load.successesSince(startedAt) >= 60, 30_000);

      await postgres.stop('immediate');
      stoppedAt = Date.now();
      await waitFor('/ready to answer 503', async () => (await readyStatus()) === 503, 15_000);
      readiness.push(503);
      await waitFor('requests to fail during the outage', () => load.attempts.filter((a) => a.startedAt >= stoppedAt && !succeeded(a)).length >= 10, 30_000);

      await postgres.start();
      await waitFor('/ready to answer 200 again', async () => (await readyStatus()) === 200, 30_000);
      readiness.push(200);
      readyAgainAt = Date.now();
      await waitFor('signatures after the restart', () => load.successesSince(readyAgainAt) >= 60, 30_000);
    } finally {
      attempts = await load.stop();
    }
    expect(readiness).toEqual([503, 200]);

    // Later requests succeed: once /ready said so, nothing failed.
    const failed = attempts.filter((attempt) => !succeeded(attempt));
    expect(failed.filter((attempt) => attempt.startedAt >= readyAgainAt).map(({ status, errors }) => ({ status, errors }))).toEqual([]);
    expect(failed.length).toBeGreaterThanOrEqual(10);

    // Every signature answered as taken is there, counted.
    const counted = async () =>
      new Set(
        (
          await service.sql<{ idempotency_key: string }>(
            `SELECT r.idempotency_key FROM petition_request r JOIN action a ON a.id = r.action_id WHERE r.case_id = $1 AND a.status = 'ACCEPTED'`,
            [caseId],
          )
        ).map((row) => row.idempotency_key),
      );
    const taken = attempts.filter(succeeded);
    const before = await counted();
    expect(taken.filter((attempt) => !before.has(attempt.idempotencyKey))).toEqual([]);
    // …and each retraction token handed out is the one stored for its counted signature.
    const tokens = new Set(
      (
        await service.sql<{ hash: string }>(`SELECT r.retraction_token_hash AS hash FROM petition_request r JOIN action a ON a.id = r.action_id WHERE r.case_id = $1`, [caseId])
      ).map((row) => row.hash),
    );
    expect(taken.filter((attempt) => !tokens.has(tokenHash(attempt.retractionToken!)))).toEqual([]);
    // A failed request wrote nothing, or (its commit's acknowledgement lost with the connection) everything.
    const written = failed.filter((attempt) => before.has(attempt.idempotencyKey));
    expect(before.size).toBe(taken.length + written.length);

    // No half-written signature anywhere: a claimed request without its action, a signature or action
    // without the other, an action without its event in the outbox.
    expect(await count(`SELECT count(*)::int AS n FROM petition_request WHERE case_id = $1 AND action_id IS NULL`, [caseId])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM signature s LEFT JOIN action a ON a.id = s.action_id WHERE a.id IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM action a LEFT JOIN signature s ON s.action_id = a.id WHERE s.action_id IS NULL`)).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM action a
          WHERE (SELECT count(*) FROM outbox o WHERE o.event_type = 'org.plume.action.recorded.v1' AND o.data->>'actionId' = a.id::text) <> 1`,
      ),
    ).toBe(0);

    // The websites retry what failed, with the same keys: each person ends up counted exactly once.
    const retried = [];
    for (const attempt of failed) retried.push(await signOnce(service.call, caseId, attempt.idempotencyKey, attempt.email));
    expect(retried.filter((attempt) => !succeeded(attempt)).map(({ status, errors }) => ({ status, errors }))).toEqual([]);
    const after = await counted();
    expect(after).toEqual(new Set(attempts.map((attempt) => attempt.idempotencyKey)));
    expect(await count(`SELECT count(*)::int AS n FROM action WHERE case_id = $1`, [caseId])).toBe(attempts.length);
    expect(
      await count(
        `SELECT quantity::int AS n FROM action_total WHERE subject_kind = 'CASE' AND subject_id = $1 AND section = '*' AND action_type = 'ONLINE_SIGNATURE'`,
        [caseId],
      ),
    ).toBe(attempts.length);

    // What runs in the background came back too: the relay drains the outbox, the roll-ups count every
    // signature, the projection of plume.cases takes new cases.
    await waitFor('the outbox to drain', async () => (await count(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`)) === 0, 60_000);
    await waitFor('the roll-ups to count every signature', async () => (await count(`SELECT count(*)::int AS n FROM report_action WHERE counted`)) === attempts.length, 60_000);
    await expect(upstream.knownCase()).resolves.toEqual(expect.any(String));

    // Failures are clean: an HTTP answer, no detail of the database, and the code that tells a website
    // to try again (SERVICE_UNAVAILABLE, as @plume/database's isTransientDatabaseError documents).
    for (const attempt of failed) {
      expect(attempt.body ?? JSON.stringify(attempt.errors)).not.toMatch(LEAKS);
      expect({ status: attempt.status, codes: attempt.errors!.map((error) => error.extensions?.code) }).toEqual({ status: 200, codes: ['SERVICE_UNAVAILABLE'] });
    }
  }, 170_000);
});
