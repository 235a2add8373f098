import type { EntityManager } from 'typeorm';
import type { RollupDeltas } from './report-deltas';

/** Writes a batch's deltas: a handful of multi-row upserts whatever the number of events. */
export async function writeRollupDeltas(manager: EntityManager, deltas: RollupDeltas): Promise<void> {
  await upsertCells(manager, 'report_daily', 'day', deltas.dailyRows());
  await upsertCells(manager, 'report_monthly', 'month', deltas.monthlyRows());
  const people = deltas.participationRows().filter((row) => row.actions !== 0);
  if (people.length === 0) return;
  const columns = [
    people.map((row) => row.period),
    people.map((row) => row.caseId),
    people.map((row) => row.campaignId),
    people.map((row) => row.section),
    people.map((row) => row.type),
    people.map((row) => row.source),
    people.map((row) => row.personKey),
    people.map((row) => row.actions),
  ];
  await manager.query(
    `INSERT INTO report_participation AS p (day, case_id, campaign_id, section, type, source, person_key, actions)
     SELECT * FROM unnest($1::date[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[])
     ON CONFLICT (day, case_id, campaign_id, section, type, source, person_key)
       DO UPDATE SET actions = p.actions + EXCLUDED.actions`,
    columns,
  );
  // A person whose last action in a cell was retracted no longer took part there (only a retraction can
  // bring a row to zero: most batches have none, and skip this statement).
  if (!people.some((row) => row.actions < 0)) return;
  await manager.query(
    `DELETE FROM report_participation p
      USING unnest($1::date[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[]) AS t(day, case_id, campaign_id, section, type, source, person_key)
      WHERE (p.day, p.case_id, p.campaign_id, p.section, p.type, p.source, p.person_key)
          = (t.day, t.case_id, t.campaign_id, t.section, t.type, t.source, t.person_key)
        AND p.actions <= 0`,
    columns.slice(0, 7),
  );
}

async function upsertCells(
  manager: EntityManager,
  table: 'report_daily' | 'report_monthly',
  periodColumn: 'day' | 'month',
  rows: ReturnType<RollupDeltas['dailyRows']>,
): Promise<void> {
  const changed = rows.filter((row) => row.actions !== 0 || row.quantity !== 0);
  if (changed.length === 0) return;
  await manager.query(
    `INSERT INTO ${table} AS r (${periodColumn}, case_id, campaign_id, section, type, source, actions, quantity)
     SELECT * FROM unnest($1::date[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[])
     ON CONFLICT (case_id, campaign_id, section, type, source, ${periodColumn})
       DO UPDATE SET actions = r.actions + EXCLUDED.actions, quantity = r.quantity + EXCLUDED.quantity`,
    [
      changed.map((row) => row.period),
      changed.map((row) => row.caseId),
      changed.map((row) => row.campaignId),
      changed.map((row) => row.section),
      changed.map((row) => row.type),
      changed.map((row) => row.source),
      changed.map((row) => row.actions),
      changed.map((row) => row.quantity),
    ],
  );
}
