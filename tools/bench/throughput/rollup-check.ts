import type { Client } from 'pg';
import { IDENTITY } from '../reports/raw-report';

export interface RollupCheck {
  rollups: { actions: number; quantity: number; people: number };
  table: { actions: number; quantity: number; people: number };
  same: boolean;
}

/** Whether what the consumer rolled up from the stream adds up to the counted rows of `action`. */
export async function checkRollups(client: Client): Promise<RollupCheck> {
  const [rollups] = (
    await client.query(`SELECT (SELECT coalesce(sum(actions), 0) FROM report_daily) AS actions, (SELECT coalesce(sum(quantity), 0) FROM report_daily) AS quantity,
                               (SELECT count(DISTINCT person_key) FROM report_participation) AS people`)
  ).rows;
  const [table] = (
    await client.query(`SELECT count(*) AS actions, coalesce(sum(a.quantity), 0) AS quantity, count(DISTINCT ${IDENTITY}) AS people
                          FROM action a LEFT JOIN signature s ON s.action_id = a.id WHERE a.status = 'ACCEPTED'`)
  ).rows;
  const numbers = (row: Record<string, string>) => ({ actions: Number(row.actions), quantity: Number(row.quantity), people: Number(row.people) });
  const result = { rollups: numbers(rollups), table: numbers(table) };
  return { ...result, same: JSON.stringify(result.rollups) === JSON.stringify(result.table) };
}
