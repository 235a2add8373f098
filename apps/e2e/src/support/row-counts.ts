import { Client } from 'pg';
import { waitFor } from '@plume/testing';

/**
 * Tables that no request writes: migrations, consumers' bookkeeping, and the projections and roll-ups
 * that only consumers of other topics fill (they move when earlier writes' events arrive).
 */
const NOT_WRITTEN_BY_REQUESTS = /^(migrations|processed_event|consumer_watermark|known_case|known_campaign|collected_action|report_.*)$/;

/** Row counts, `database.table` → rows. */
export type RowCounts = Record<string, number>;

export interface RowCounter {
  counts(): Promise<RowCounts>;
  /** Waits until every outbox is published and the counts stopped moving (the events of a write were consumed). */
  settle(): Promise<RowCounts>;
  close(): Promise<void>;
}

/** Counts the rows of each table that requests write, in the given databases (name → URL). */
export async function rowCounter(databases: Record<string, string>): Promise<RowCounter> {
  const connections: { name: string; client: Client; sql: string }[] = [];
  for (const [name, url] of Object.entries(databases)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const tables = rows.map((row) => row.table_name).filter((table) => !NOT_WRITTEN_BY_REQUESTS.test(table));
    const sql = `SELECT ${tables.map((table) => `(SELECT count(*) FROM "${table}")::int AS "${table}"`).join(', ')},
      (SELECT count(*) FROM outbox WHERE published_at IS NULL)::int AS "unpublished outbox"`;
    connections.push({ name, client, sql });
  }

  async function read(): Promise<{ counts: RowCounts; unpublished: number }> {
    const counts: RowCounts = {};
    let unpublished = 0;
    for (const { name, client, sql } of connections) {
      const [row] = (await client.query<Record<string, number>>(sql)).rows;
      for (const [table, count] of Object.entries(row)) {
        if (table === 'unpublished outbox') unpublished += count;
        else counts[`${name}.${table}`] = count;
      }
    }
    return { counts, unpublished };
  }

  return {
    counts: async () => (await read()).counts,
    async settle() {
      let previous = '';
      return waitFor(
        'the outboxes to be published and the row counts to stop moving',
        async () => {
          const { counts, unpublished } = await read();
          const current = JSON.stringify(counts);
          const stable = unpublished === 0 && current === previous;
          previous = current;
          return stable ? counts : undefined;
        },
        30_000,
        250,
      );
    },
    async close() {
      for (const { client } of connections) await client.end();
    },
  };
}

/** The tables whose counts differ, e.g. `supporters.consent: 12 → 13`. */
export function changedCounts(before: RowCounts, after: RowCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} → ${after[table]}`);
}
