import { Client } from 'pg';
import { tokenHash } from '@plume/privacy';
import { waitFor } from '@plume/testing';

/** Reads the actions database of the platform: which signatures a benchmark stored, and the outbox. */
export async function withActionsDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Action ids of every signature stored for the made-up signers of a run (emails `<prefix>.<n>@…`). */
export async function actionIdsOfSigners(client: Client, signerPrefix: string): Promise<string[]> {
  const { rows } = await client.query(`SELECT action_id FROM signature WHERE starts_with(signer_email, $1)`, [`${signerPrefix}.`]);
  return rows.map((row) => row.action_id as string);
}

/** The action id behind each retraction token answered (the actions subgraph keeps the tokens' SHA-256). */
export async function actionIdsOfTokens(client: Client, tokens: string[]): Promise<Map<string, string>> {
  const byHash = new Map(tokens.map((token) => [tokenHash(token), token]));
  const { rows } = await client.query(`SELECT retraction_token_hash, action_id FROM petition_request WHERE retraction_token_hash = ANY($1::text[]) AND action_id IS NOT NULL`, [
    [...byHash.keys()],
  ]);
  return new Map(rows.flatMap((row) => {
    const token = byHash.get(row.retraction_token_hash);
    return token ? [[token, row.action_id as string] as const] : [];
  }));
}

export interface OutboxTimes {
  /** When the signature began: the event's `occurred_at`, taken before its transaction (epoch ms). */
  occurredAtMs: number;
  /** When the relay claimed the row: `published_at`, the start of the relay transaction that sent it (epoch ms). */
  claimedAtMs: number;
}

/** The outbox times of each action's `action.recorded`, by action id. */
export async function outboxTimes(client: Client, actionIds: string[]): Promise<Map<string, OutboxTimes>> {
  const { rows } = await client.query(
    `SELECT data->>'actionId' AS action_id, extract(epoch FROM occurred_at) * 1000 AS occurred_at, extract(epoch FROM published_at) * 1000 AS claimed_at FROM outbox
      WHERE event_type = 'org.plume.action.recorded.v1' AND published_at IS NOT NULL AND data->>'actionId' = ANY($1::text[])`,
    [actionIds],
  );
  return new Map(rows.map((row) => [row.action_id as string, { occurredAtMs: Number(row.occurred_at), claimedAtMs: Number(row.claimed_at) }]));
}

/** Waits until the outbox relay has published every event written so far. */
export async function outboxDrained(client: Client, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    'the outbox relay to publish every event',
    async () => (await client.query(`SELECT count(*)::int AS waiting FROM outbox WHERE published_at IS NULL`)).rows[0].waiting === 0,
    timeoutMs,
    100,
  );
}
