import type { ActionsTestService } from '../../test-support/actions-test-service';

/** A report filter as the GraphQL API takes it. */
export interface RawFilter {
  campaignIds?: string[];
  caseIds?: string[];
  sections?: string[];
  countries?: string[];
  types?: string[];
  sources?: string[];
  from?: string;
  to?: string;
}

export interface ExpectedRow {
  /** The dimension values in groupBy order, then the period label, joined by `|` (null as ''). */
  key: string;
  actions: number;
  quantity: number;
  distinctSupporters: number;
  distinctSigners: number;
}

const COLUMNS: Record<string, string> = {
  CAMPAIGN: 'a.campaign_id::text',
  CASE: 'a.case_id::text',
  SECTION: 'a.section',
  COUNTRY: 'k.country::text',
  ACTION_TYPE: 'a.type',
  SOURCE: 'a.source',
};
const LABELS: Record<string, string> = { DAY: 'YYYY-MM-DD', WEEK: 'IYYY-"W"IW', MONTH: 'YYYY-MM', YEAR: 'YYYY' };
const PERSON = `CASE WHEN a.supporter_id IS NOT NULL THEN 'supporter:' || a.supporter_id
  WHEN a.type = 'ONLINE_SIGNATURE' THEN coalesce('signer:' || s.contact_reference, 'action:' || a.id) END`;

/**
 * The same report computed the slow, obvious way — a GROUP BY over the raw action table — written
 * apart from the roll-ups' code on purpose, so that a test comparing the two can catch either.
 */
export async function expectedReport(
  service: ActionsTestService,
  filter: RawFilter,
  groupBy: readonly string[],
  period: string | null,
): Promise<{ rows: ExpectedRow[]; totals: Omit<ExpectedRow, 'key'> }> {
  const parameters: unknown[] = [];
  const where = [`a.status = 'ACCEPTED'`];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    where.push(condition(`$${parameters.length}`));
  };
  if (filter.campaignIds) add((p) => `a.campaign_id = ANY(${p}::uuid[])`, filter.campaignIds);
  if (filter.caseIds) add((p) => `a.case_id = ANY(${p}::uuid[])`, filter.caseIds);
  if (filter.sections) add((p) => `a.section = ANY(${p}::text[])`, filter.sections);
  if (filter.countries) add((p) => `k.country = ANY(${p}::text[])`, filter.countries);
  if (filter.types) add((p) => `a.type = ANY(${p}::text[])`, filter.types);
  if (filter.sources) add((p) => `a.source = ANY(${p}::text[])`, filter.sources);
  if (filter.from) add((p) => `(a.occurred_at AT TIME ZONE 'UTC')::date >= ${p}::date`, filter.from);
  if (filter.to) add((p) => `(a.occurred_at AT TIME ZONE 'UTC')::date <= ${p}::date`, filter.to);
  const keyParts = groupBy.map((dimension) => `coalesce(${COLUMNS[dimension]}, '')`);
  keyParts.push(period ? `to_char(a.occurred_at AT TIME ZONE 'UTC', '${LABELS[period]}')` : `''`);
  const measures = `count(*)::int AS actions, coalesce(sum(a.quantity), 0)::int AS quantity,
    count(DISTINCT ${PERSON})::int AS "distinctSupporters",
    count(DISTINCT ${PERSON}) FILTER (WHERE a.type = 'ONLINE_SIGNATURE')::int AS "distinctSigners"`;
  const from = `FROM action a LEFT JOIN signature s ON s.action_id = a.id LEFT JOIN known_case k ON k.case_id = a.case_id WHERE ${where.join(' AND ')}`;
  const rows = await service.sql<ExpectedRow>(`SELECT ${keyParts.join(` || '|' || `)} AS key, ${measures} ${from} GROUP BY 1`, parameters);
  const [totals] = await service.sql<Omit<ExpectedRow, 'key'>>(`SELECT ${measures} ${from}`, parameters);
  return { rows, totals };
}
