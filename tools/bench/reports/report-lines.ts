import type { Client } from 'pg';
import type { ReportSpec } from './report-spec';

/**
 * The reports analysts run, by 1, 2 and 3 dimensions (a period counts as one), over the whole history
 * unless said otherwise. `marathonId` narrows the finest one to one marathon (its ten cases).
 */
export function reportLines(marathonId: string): ReportSpec[] {
  const whole = { campaignIds: null, people: false, period: null };
  return [
    { ...whole, name: 'CAMPAIGN', groupBy: ['CAMPAIGN'] },
    { ...whole, name: 'COUNTRY', groupBy: ['COUNTRY'] },
    { ...whole, name: 'SECTION × YEAR', groupBy: ['SECTION'], period: 'YEAR' },
    { ...whole, name: 'SECTION × SOURCE + people', groupBy: ['SECTION', 'SOURCE'], people: true },
    { ...whole, name: 'CAMPAIGN × ACTION_TYPE + people', groupBy: ['CAMPAIGN', 'ACTION_TYPE'], people: true },
    { ...whole, name: 'CASE × SECTION × MONTH (one marathon)', groupBy: ['CASE', 'SECTION'], period: 'MONTH', campaignIds: [marathonId] },
    { ...whole, name: 'COUNTRY × ACTION_TYPE × YEAR', groupBy: ['COUNTRY', 'ACTION_TYPE'], period: 'YEAR' },
    { ...whole, name: 'SECTION × ACTION_TYPE × SOURCE', groupBy: ['SECTION', 'ACTION_TYPE', 'SOURCE'] },
    { ...whole, name: 'totals + people (whole history)', groupBy: [], people: true },
  ];
}

/** The newest bench marathon (the biggest): report-history.ts must have run. */
export async function newestBenchMarathon(client: Client): Promise<{ id: string; code: string }> {
  const { rows } = await client.query(`SELECT campaign_id AS id, code FROM known_campaign WHERE code LIKE 'BENCH-W4R-%' ORDER BY code DESC LIMIT 1`);
  if (rows.length === 0) throw new Error('No bench history in this database: run tools/bench/report-history.ts first.');
  return rows[0];
}
