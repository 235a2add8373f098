import { resolve } from 'node:path';
import { deadLetterTopic, Topic } from '@plume/events';
import { uniqueName, waitFor } from '@plume/testing';
import { publishActionBurst, type ActionBurst } from './support/action-burst';
import { killableService, type KillableService } from './support/killable-service';

const ROOT = resolve(__dirname, '../../..');
const MAIN = resolve(ROOT, 'dist/apps/deliveries/main.cjs');
const BURST = 4_000;

/** The handover kind the deliveries subgraph files an action under, or null (see its tally/handover-kind.ts). */
const kindOf = ({ type, source }: { type: string; source: string }) =>
  type === 'ONLINE_SIGNATURE' || type === 'PAPER_SIGNATURES' ? type : type === 'LETTER' && source !== 'QUESTIONNAIRE' ? 'LETTER' : null;

/**
 * Issue 7, "faults survived, nothing lost": the built deliveries service as a real process, SIGKILLed
 * while its batch consumer of plume.actions (a fetched batch per transaction, with the partition's
 * watermark) works through a burst of actions. Started again on the same database and group, it catches up
 * and its tally of what awaits handover is exact: each action once, each retraction applied, though
 * Kafka redelivers what was applied but not committed and the burst repeats 5 % of its events.
 */
describe('deliveries service killed while its tally consumer applies a burst (real process, PostgreSQL, Kafka)', () => {
  let deliveries: KillableService;

  beforeAll(async () => {
    deliveries = await killableService({
      main: MAIN,
      database: 'e2e_deliveries_crash',
      env: { CASES_PROJECTION_GROUP_ID: uniqueName('e2e-crash-cases'), ACTIONS_TALLY_GROUP_ID: uniqueName('e2e-crash-tally') },
    });
  }, 60_000);
  afterAll(() => deliveries?.close(), 60_000);

  it('tallies every action exactly once after a SIGKILL in the middle of a burst', async () => {
    const { env, offsets } = deliveries;
    // The burst is on the topic before the service starts: a backlog to chew on.
    const burst = await publishActionBurst(deliveries.publisher, { size: BURST, cases: 50 });
    const handedOver = burst.recorded.filter((data) => kindOf(data) !== null);
    const applied = () => deliveries.count(`SELECT count(*) AS n FROM collected_action`);

    await deliveries.start(); // creates and migrates the database, then consumes
    const seen = await waitFor('the tally to be part-way through the burst', async () => {
      const n = await applied().catch(() => 0); // the table appears with the migrations
      return n >= handedOver.length * 0.1 ? n : undefined;
    }, 60_000, 10);
    await deliveries.kill();
    const atKill = await applied();
    expect(seen).toBeLessThanOrEqual(handedOver.length * 0.9);
    expect(atKill).toBeLessThan(handedOver.length); // work was really left for the next start

    await deliveries.start();
    const ends = await offsets.topicEnds(Topic.Actions);
    await waitFor('the tally consumer to commit the end of plume.actions', () => offsets.committedAtEnd(env.ACTIONS_TALLY_GROUP_ID, Topic.Actions, ends), 90_000, 200);
    await expectExactTally(burst);

    // Kafka delivering everything again changes nothing: the watermark skips what was applied.
    await deliveries.stop();
    await offsets.resetToEarliest(env.ACTIONS_TALLY_GROUP_ID, Topic.Actions);
    await deliveries.start();
    await waitFor('the tally consumer to read everything again', () => offsets.committedAtEnd(env.ACTIONS_TALLY_GROUP_ID, Topic.Actions, ends), 90_000, 200);
    await expectExactTally(burst);
  }, 170_000);

  async function expectExactTally(burst: ActionBurst): Promise<void> {
    const { db, env, offsets } = deliveries;
    // One row per action that can be handed over, with its quantity; retracted exactly when it was.
    const rows = (
      await db.query<{ action_id: string; case_id: string; section: string; kind: string; quantity: number; retracted: boolean }>(
        `SELECT action_id, case_id, section, kind, quantity, retracted_at IS NOT NULL AS retracted FROM collected_action`,
      )
    ).rows;
    const expected = burst.recorded
      .filter((data) => kindOf(data) !== null)
      .map((data) => ({ action_id: data.actionId, case_id: data.caseId, section: data.section, kind: kindOf(data), quantity: data.quantity, retracted: burst.retracted.has(data.actionId) }));
    const byAction = <T extends { action_id: string }>(list: T[]) => [...list].sort((a, b) => (a.action_id < b.action_id ? -1 : 1));
    expect(byAction(rows)).toEqual(byAction(expected));
    // Applied up to the end of every partition, as the watermark the batches committed with says.
    const ends = await offsets.topicEnds(Topic.Actions);
    const watermarks = new Map(
      (await db.query<{ partition: number; last_offset: string }>(`SELECT partition, last_offset::text FROM consumer_watermark WHERE consumer_group = $1`, [env.ACTIONS_TALLY_GROUP_ID])).rows.map(
        (row) => [row.partition, row.last_offset],
      ),
    );
    expect(ends.filter((end) => end.high !== '0' && watermarks.get(end.partition) !== String(BigInt(end.high) - 1n))).toEqual([]);
    expect(burst.messages).toBeGreaterThan(burst.eventIds); // the burst itself repeated events
    const deadLetters = await offsets.topicEnds(deadLetterTopic(env.ACTIONS_TALLY_GROUP_ID));
    expect(deadLetters.map((partition) => partition.high)).toEqual(deadLetters.map(() => '0'));
  }
});
