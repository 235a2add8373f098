import { countsPeople, type ReportNumbers, type ReportSpec } from './report-spec';

/** The same id the roll-ups give actions credited to no campaign. */
const NO_CAMPAIGN = '00000000-0000-0000-0000-000000000000';

const COLUMNS: Record<ReportSpec['groupBy'][number], string> = {
  CAMPAIGN: `coalesce(a.campaign_id, '${NO_CAMPAIGN}'::uuid)`,
  CASE: 'a.case_id',
  SECTION: 'a.section',
  COUNTRY: 'k.country',
  ACTION_TYPE: 'a.type',
  SOURCE: 'a.source',
};

/**
 * Who took an action, as the actions subgraph counts people (its rebuild-from-table names them the
 * same way; tools may not import apps, hence the copy): the supporter, else the online signer by
 * contact reference, else no one.
 */
export const IDENTITY = `CASE
    WHEN a.supporter_id IS NOT NULL THEN 'supporter:' || a.supporter_id
    WHEN a.type = 'ONLINE_SIGNATURE' THEN coalesce('signer:' || s.contact_reference, 'action:' || a.id)
  END`;

/** The report as one plain GROUP BY over the raw `action` table: counted (ACCEPTED) actions only. */
export function rawReportSql(spec: ReportSpec): { text: string; values: unknown[] } {
  const groups = spec.groupBy.map((dimension) => COLUMNS[dimension]);
  if (spec.period) groups.push(`date_trunc('${spec.period.toLowerCase()}', a.occurred_at AT TIME ZONE 'UTC')::date`);
  const people = countsPeople(spec);
  const measures = ['count(*) AS actions', 'sum(a.quantity) AS quantity'];
  if (people) measures.push(`count(DISTINCT ${IDENTITY}) AS people`, `count(DISTINCT ${IDENTITY}) FILTER (WHERE a.type = 'ONLINE_SIGNATURE') AS signers`);
  const text = [
    `SELECT ${[...groups.map((group, index) => `${group} AS g${index}`), ...measures].join(', ')}`,
    'FROM action a',
    people ? 'LEFT JOIN signature s ON s.action_id = a.id' : '',
    spec.groupBy.includes('COUNTRY') ? 'LEFT JOIN known_case k ON k.case_id = a.case_id' : '',
    `WHERE a.status = 'ACCEPTED'${spec.campaignIds ? ' AND a.campaign_id = ANY($1::uuid[])' : ''}`,
    groups.length > 0 ? `GROUP BY ${groups.map((_, index) => index + 1).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return { text, values: spec.campaignIds ? [spec.campaignIds] : [] };
}

export function rawNumbers(spec: ReportSpec, rows: { actions: string; quantity: string; people?: string }[]): ReportNumbers {
  return {
    rows: rows.length,
    actions: rows.reduce((sum, row) => sum + Number(row.actions), 0),
    quantity: rows.reduce((sum, row) => sum + Number(row.quantity), 0),
    people: spec.groupBy.length === 0 && !spec.period && spec.people ? Number(rows[0]?.people ?? 0) : null,
  };
}
