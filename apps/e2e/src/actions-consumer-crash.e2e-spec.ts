import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { CaseCreated, deadLetterTopic, Topic } from '@plume/events';
import { subgraphCaller, uniqueName, waitFor, type SubgraphCall } from '@plume/testing';
import { expectedCells, publishActionBurst, publishCaseBurst, type ActionBurst, type CountedAction } from './support/action-burst';
import { killableService, type KillableService } from './support/killable-service';
import { SITE_BE_FR, SITE_DZ, STAFF_BE_FR, STAFF_DZ } from './support/platform';

const ROOT = resolve(__dirname, '../../..');
const MAIN = resolve(ROOT, 'dist/apps/actions/main.cjs');
const NO_CAMPAIGN = '00000000-0000-0000-0000-000000000000'; // how the roll-ups file actions without a campaign
const BURST = 12_000;
const CASES = 1_000;
const SETTINGS = { JWT_SECRET: 'e2e-consumer-crash-jwt-secret-0123456789abcdef', JWT_ISSUER: 'plume', JWT_AUDIENCE: 'plume', GATEWAY_CREDENTIAL: 'e2e-consumer-crash-gateway-credential' };

const SIGN = `mutation($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey) { retractionToken }
}`;
const RECORD = `mutation($input: RecordActionInput!) { recordAction(input: $input) { id } }`;
const RETRACT = `mutation($token: String!) { retractSignature(token: $token) { retracted } }`;

/**
 * Issue 7, "faults survived, nothing lost": the built actions service as a real process, SIGKILLed
 * while its consumers apply a burst of events — the report roll-ups (a batch consumer of plume.actions:
 * a whole batch per transaction, a watermark per partition) and the projection of plume.cases (an
 * idempotent consumer, one transaction per event). Started again on the same database and consumer
 * groups, it catches up, and every projection is exact: nothing lost, nothing counted twice, though
 * Kafka redelivers what was applied but not committed and the burst itself repeats 5 % of its events.
 */
describe('actions service killed while its consumers apply a burst (real process, PostgreSQL, Kafka)', () => {
  let actions: KillableService;
  let call: SubgraphCall;

  beforeAll(async () => {
    actions = await killableService({
      main: MAIN,
      database: 'e2e_actions_crash',
      env: {
        ...SETTINGS,
        CASES_PROJECTION_GROUP_ID: uniqueName('e2e-crash-cases'),
        SUPPORTERS_EVENTS_GROUP_ID: uniqueName('e2e-crash-supporters'),
        REPORT_ROLLUPS_GROUP_ID: uniqueName('e2e-crash-rollups'),
      },
    });
    call = subgraphCaller(`${actions.origin}/graphql`, SETTINGS);
    await actions.start();
  }, 90_000);
  afterAll(() => actions?.close(), 60_000);

  /** Real actions through the API first: the roll-ups must also agree with the action table. */
  async function actThroughTheApi(): Promise<void> {
    const caseId = randomUUID();
    await actions.publisher.publish(CaseCreated, [
      { aggregateId: caseId, data: { caseId, slug: `crash-${caseId.slice(0, 8)}`, country: 'DZ', themes: ['journalists'], published: true, campaignCodes: [], status: 'ACTIVE', defaultLanguage: 'fr' } },
    ]);
    await waitFor('the case to be known', async () => (await actions.count(`SELECT count(*) AS n FROM known_case WHERE case_id = $1`, [caseId])) === 1, 30_000);
    const tokens: string[] = [];
    for (let n = 0; n < 40; n += 1) {
      const signer = { name: 'Signataire', email: `crash.${n}.${randomUUID().slice(0, 8)}@example.org`, country: 'BE' };
      const consent = { accepted: true, textVersion: '2020-11', language: 'fr' };
      const signed = await call<{ signPetition: { retractionToken: string } }>(SIGN, { caseId, signer, consent, idempotencyKey: randomUUID() }, n % 2 ? SITE_BE_FR : SITE_DZ);
      expect(signed.errors).toBeUndefined();
      tokens.push(signed.data!.signPetition.retractionToken);
    }
    for (let n = 0; n < 30; n += 1) {
      const input = { caseId, type: n % 3 ? 'PAPER_SIGNATURES' : 'LETTER', quantity: 1 + ((n * 97) % 400), source: n % 2 ? 'IMPORT' : 'EVENT', idempotencyKey: randomUUID() };
      const recorded = await call(RECORD, { input }, n % 2 ? STAFF_BE_FR : STAFF_DZ);
      expect(recorded.errors).toBeUndefined();
    }
    for (const token of tokens.slice(0, 5)) expect((await call(RETRACT, { token })).errors).toBeUndefined();
    await waitFor('the outbox to drain', async () => (await actions.count(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`)) === 0, 30_000);
  }

  it('applies every event exactly once after a SIGKILL in the middle of a burst', async () => {
    const { db, env, offsets } = actions;
    await actThroughTheApi();
    await actions.stop();

    // The burst arrives while the service is down, so it has a backlog to chew on when it starts.
    const burst: ActionBurst = await publishActionBurst(actions.publisher, { size: BURST, cases: 50 });
    const caseIds = await publishCaseBurst(actions.publisher, CASES);
    const [{ n: realActions }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM action`)).rows;
    const applied = () => actions.count(`SELECT count(*) AS n FROM report_action`);

    // Kill it once the roll-ups have applied between 10 % and 90 % of the burst.
    await actions.start();
    const seen = await waitFor('the roll-ups to be part-way through the burst', async () => {
      const n = await applied();
      return n >= realActions + BURST * 0.1 ? n : undefined;
    }, 60_000, 10);
    await actions.kill();
    const atKill = await applied();
    expect(seen).toBeLessThanOrEqual(realActions + BURST * 0.9);
    expect(atKill).toBeLessThan(realActions + BURST); // work was really left for the next start

    // Started again: it catches up, to the end of every partition.
    await actions.start();
    const ends = await offsets.topicEnds(Topic.Actions);
    const watermarks = async () =>
      new Map(
        (await db.query<{ partition: number; last_offset: string }>(`SELECT partition, last_offset::text FROM consumer_watermark WHERE consumer_group = $1`, [env.REPORT_ROLLUPS_GROUP_ID])).rows.map(
          (row) => [row.partition, row.last_offset],
        ),
      );
    const atEnd = async () => {
      const applied = await watermarks();
      return ends.every((end) => end.high === '0' || applied.get(end.partition) === String(BigInt(end.high) - 1n));
    };
    await waitFor('the roll-ups to reach the end of plume.actions', atEnd, 90_000, 200);
    await waitFor('the cases projection to catch up', async () => (await actions.count(`SELECT count(*) AS n FROM known_case`)) === CASES + 1, 60_000, 200);

    await expectExactProjections(burst, caseIds);
    expect(burst.messages).toBeGreaterThan(burst.eventIds); // the burst itself repeated events

    // Kafka delivering everything again (committed offsets back to the beginning) changes nothing:
    // the watermark skips what the roll-ups applied, processed_event what the projection did.
    await actions.stop();
    await offsets.resetToEarliest(env.REPORT_ROLLUPS_GROUP_ID, Topic.Actions);
    await offsets.resetToEarliest(env.CASES_PROJECTION_GROUP_ID, Topic.Cases);
    await actions.start();
    const caseEnds = await offsets.topicEnds(Topic.Cases);
    const readAgain = async () =>
      (await offsets.committedAtEnd(env.REPORT_ROLLUPS_GROUP_ID, Topic.Actions, ends)) && (await offsets.committedAtEnd(env.CASES_PROJECTION_GROUP_ID, Topic.Cases, caseEnds));
    await waitFor('both groups to have read everything again', readAgain, 60_000, 200);
    await expectExactProjections(burst, caseIds);
  }, 170_000);

  /** Every projection of the service's database is exactly what the action table and the burst say. */
  async function expectExactProjections(burst: ActionBurst, caseIds: string[]): Promise<void> {
    const { db, env, offsets } = actions;
    const syntheticCounted = burst.recorded.filter((data) => !burst.retracted.has(data.actionId));
    // report_action: one row per action seen, counted unless retracted.
    const real = (
      await db.query<CountedAction & { status: string }>(
        `SELECT id AS "actionId", case_id AS "caseId", campaign_id AS "campaignId", section, supporter_id AS "supporterId", type, source, quantity,
                occurred_at AS "occurredAt", status FROM action WHERE status IN ('ACCEPTED', 'RETRACTED')`,
      )
    ).rows.map((row) => ({ ...row, occurredAt: new Date(row.occurredAt).toISOString() }));
    const realCounted = real.filter((row) => row.status === 'ACCEPTED');
    expect(realCounted.length).toBe(65); // 40 signatures and 30 records, 5 signatures retracted
    const counted = [...realCounted, ...syntheticCounted];
    expect(await actions.count(`SELECT count(*) AS n FROM report_action`)).toBe(real.length + BURST);
    const countedIds = new Set((await db.query<{ action_id: string }>(`SELECT action_id FROM report_action WHERE counted`)).rows.map((row) => row.action_id));
    expect(countedIds).toEqual(new Set(counted.map((action) => action.actionId)));

    // The roll-ups: the exact totals of the action table plus what was published, cell by cell.
    const [totals] = (await db.query<{ actions: string; quantity: string }>(`SELECT sum(actions)::text AS actions, sum(quantity)::text AS quantity FROM report_monthly`)).rows;
    const [table] = (await db.query<{ actions: string; quantity: string }>(`SELECT count(*)::text AS actions, sum(quantity)::text AS quantity FROM action WHERE status = 'ACCEPTED'`)).rows;
    const publishedQuantity = syntheticCounted.reduce((sum, data) => sum + data.quantity, 0);
    expect({ actions: Number(totals.actions), quantity: Number(totals.quantity) }).toEqual({
      actions: Number(table.actions) + syntheticCounted.length,
      quantity: Number(table.quantity) + publishedQuantity,
    });
    for (const [table, grain, period] of [['report_daily', 'day', 'day'], ['report_monthly', 'month', 'month']] as const) {
      const rows = (
        await db.query<{ key: string; actions: number; quantity: number }>(
          `SELECT concat_ws('|', ${period}::text, case_id, campaign_id, section, type, source) AS key, actions::int, quantity::int FROM ${table}
            WHERE actions <> 0 OR quantity <> 0`,
        )
      ).rows;
      expect(new Map(rows.map((row) => [row.key, { actions: row.actions, quantity: row.quantity }]))).toEqual(expectedCells(counted, grain, NO_CAMPAIGN));
    }
    // Distinct people: one participation per counted action of a supporter or an online signer.
    const withPerson = counted.filter((action) => action.supporterId !== null || action.type === 'ONLINE_SIGNATURE').length;
    expect(await actions.count(`SELECT coalesce(sum(actions), 0) AS n FROM report_participation`)).toBe(withPerson);
    expect(await actions.count(`SELECT count(*) AS n FROM report_participation WHERE actions <= 0`)).toBe(0);

    // Nothing was dead-lettered along the way.
    for (const groupId of [env.REPORT_ROLLUPS_GROUP_ID, env.CASES_PROJECTION_GROUP_ID]) {
      const deadLetters = await offsets.topicEnds(deadLetterTopic(groupId));
      expect(deadLetters.map((partition) => partition.high)).toEqual(deadLetters.map(() => '0'));
    }

    // The idempotent projection of plume.cases: each case once, each event id once.
    expect(await actions.count(`SELECT count(*) AS n FROM known_case WHERE case_id = ANY($1::uuid[])`, [caseIds])).toBe(CASES);
    expect(await actions.count(`SELECT count(*) AS n FROM processed_event WHERE consumer_group = $1`, [env.CASES_PROJECTION_GROUP_ID])).toBe(CASES + 1);
  }
});
