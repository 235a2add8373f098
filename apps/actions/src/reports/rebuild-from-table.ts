import type { DataSource } from 'typeorm';
import { NO_CAMPAIGN } from './report-cell.entity';

/** Who took an action, as the roll-up consumer names them (see report-identities.ts). */
const IDENTITY_SQL = `CASE
    WHEN a.supporter_id IS NOT NULL THEN 'supporter:' || a.supporter_id
    WHEN a.type = 'ONLINE_SIGNATURE' THEN coalesce('signer:' || s.contact_reference, 'action:' || a.id)
  END`;

/**
 * Rebuilds every roll-up from the actions table, in one transaction: what the consumer would have
 * built from the whole stream. People keep the number they had (report_action), so an erased person
 * still counts as one; actions new to the roll-ups get theirs from report_person. The consumer goes on
 * from its watermark afterwards: events of actions already counted here change nothing.
 */
export async function rebuildRollupsFromTable(dataSource: DataSource): Promise<{ actions: number }> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`LOCK TABLE report_action, report_daily, report_monthly, report_participation IN EXCLUSIVE MODE`);
    await manager.query(`
      INSERT INTO report_person (identity)
      SELECT DISTINCT ${IDENTITY_SQL}
        FROM action a LEFT JOIN signature s ON s.action_id = a.id
       WHERE a.status IN ('ACCEPTED', 'RETRACTED') AND ${IDENTITY_SQL} IS NOT NULL
      ON CONFLICT (identity) DO NOTHING`);
    await manager.query(`
      CREATE TEMPORARY TABLE rebuilt_action ON COMMIT DROP AS
      SELECT a.id AS action_id, a.status = 'ACCEPTED' AS counted, coalesce(ra.person_key, p.person_key) AS person_key
        FROM action a
        LEFT JOIN signature s ON s.action_id = a.id
        LEFT JOIN report_action ra ON ra.action_id = a.id
        LEFT JOIN report_person p ON p.identity = ${IDENTITY_SQL}
       WHERE a.status IN ('ACCEPTED', 'RETRACTED')`);
    await manager.query(`TRUNCATE report_action, report_daily, report_monthly, report_participation`);
    await manager.query(`INSERT INTO report_action (action_id, counted, person_key) SELECT action_id, counted, person_key FROM rebuilt_action`);
    const cell = `a.case_id, coalesce(a.campaign_id, '${NO_CAMPAIGN}'::uuid), a.section, a.type, a.source`;
    const counted = `FROM action a JOIN rebuilt_action r ON r.action_id = a.id AND r.counted`;
    const day = `(a.occurred_at AT TIME ZONE 'UTC')::date`;
    await manager.query(`
      INSERT INTO report_daily (day, case_id, campaign_id, section, type, source, actions, quantity)
      SELECT ${day}, ${cell}, count(*), sum(a.quantity) ${counted} GROUP BY 1, 2, 3, 4, 5, 6`);
    await manager.query(`
      INSERT INTO report_monthly (month, case_id, campaign_id, section, type, source, actions, quantity)
      SELECT date_trunc('month', day)::date, case_id, campaign_id, section, type, source, sum(actions), sum(quantity)
        FROM report_daily GROUP BY 1, 2, 3, 4, 5, 6`);
    await manager.query(`
      INSERT INTO report_participation (day, case_id, campaign_id, section, type, source, person_key, actions)
      SELECT ${day}, ${cell}, r.person_key, count(*) ${counted} AND r.person_key IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7`);
    const [{ count }]: { count: string }[] = await manager.query(`SELECT count(*) FROM rebuilt_action WHERE counted`);
    return { actions: Number(count) };
  });
}
