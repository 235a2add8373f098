import type { Client } from 'pg';
import { RECORDED_BY_BENCH } from './action-row';
import { BENCH_CODE_PREFIX, BENCH_SLUG_PREFIX, type World } from './world';

/**
 * What the actions subgraph knows of bench cases and campaigns (its `known_case` / `known_campaign`
 * projections, normally fed by plume.cases): cases published and ACTIVE, past marathons ENDED, the
 * networks ACTIVE. The cases subgraph never hears of them: reports name them by id only.
 */
export async function writeCatalog(client: Client, world: World): Promise<void> {
  await client.query(
    `INSERT INTO known_campaign (campaign_id, code, status) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
    [world.campaigns.map((c) => c.id), world.campaigns.map((c) => c.code), world.campaigns.map((c) => (c.kind === 'MARATHON' ? 'ENDED' : 'ACTIVE'))],
  );
  await client.query(
    `INSERT INTO known_case (case_id, slug, status, published, campaign_codes, country)
     SELECT id, slug, 'ACTIVE', true, ARRAY[code], country FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(id, slug, code, country)`,
    [world.cases.map((c) => c.id), world.cases.map((c) => c.slug), world.cases.map((c) => c.campaign.code), world.cases.map((c) => c.country)],
  );
}

/** Whether bench data is loaded already (a second load would double it). */
export async function hasBenchData(client: Client): Promise<boolean> {
  const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM known_campaign WHERE code LIKE $1) AS loaded`, [`${BENCH_CODE_PREFIX}%`]);
  return rows[0].loaded as boolean;
}

/**
 * Removes bench data: actions by their mark (recorded_by = 'bench', which no write path uses), their
 * signatures, and the bench cases and campaigns by their code and slug prefixes.
 */
export async function deleteBenchData(client: Client): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  const run = async (name: string, sql: string, parameters: unknown[] = []) => (removed[name] = (await client.query(sql, parameters)).rowCount ?? 0);
  await run('signatures', `DELETE FROM signature s USING action a WHERE s.action_id = a.id AND a.recorded_by = $1`, [RECORDED_BY_BENCH]);
  await run('actions', `DELETE FROM action WHERE recorded_by = $1`, [RECORDED_BY_BENCH]);
  await run('cases', `DELETE FROM known_case WHERE slug LIKE $1`, [`${BENCH_SLUG_PREFIX}%`]);
  await run('campaigns', `DELETE FROM known_campaign WHERE code LIKE $1`, [`${BENCH_CODE_PREFIX}%`]);
  return removed;
}

/**
 * After the roll-ups were rebuilt without the bench actions: people numbered for them only. No write
 * path deletes actions, so a person no counted or retracted action refers to can only come from here.
 */
export async function deleteUnreferencedPeople(client: Client): Promise<number> {
  const { rowCount } = await client.query(`DELETE FROM report_person p WHERE NOT EXISTS (SELECT 1 FROM report_action ra WHERE ra.person_key = p.person_key)`);
  return rowCount ?? 0;
}
