import { Client } from 'pg';

export interface TallyWatch {
  /** When each action was first seen in the deliveries tally (epoch ms), by action id. */
  arrivals: Map<string, number>;
  /** Looks for this action in the tally from now on. */
  expect(actionId: string): void;
  /** Waits until every expected action is in the tally, or none came for `quietMs`; resolves to those missing. */
  drain(quietMs?: number): Promise<string[]>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls the deliveries subgraph's tally (`collected_action`, one row per counted action, written by
 * its consumer of plume.actions in the transaction that records the event as processed — what
 * `Case.awaitingDelivery` sums) for the actions it was told to expect, by primary key, every
 * `intervalMs`.
 */
export async function watchTally(deliveriesDatabaseUrl: string, intervalMs = 10): Promise<TallyWatch> {
  const client = new Client({ connectionString: deliveriesDatabaseUrl });
  await client.connect();
  const arrivals = new Map<string, number>();
  const pending = new Set<string>();
  let running = true;
  let lastArrival = Date.now();
  let failure: Error | undefined;

  const loop = (async () => {
    while (running && !failure) {
      if (pending.size > 0) {
        const { rows } = await client.query(`SELECT action_id FROM collected_action WHERE action_id = ANY($1::uuid[])`, [[...pending]]);
        const at = Date.now();
        for (const row of rows) {
          pending.delete(row.action_id);
          arrivals.set(row.action_id, at);
          lastArrival = at;
        }
      }
      await sleep(intervalMs);
    }
  })().catch((error: Error) => void (failure = error));

  return {
    arrivals,
    expect(actionId) {
      if (!arrivals.has(actionId)) pending.add(actionId);
    },
    async drain(quietMs = 30_000) {
      lastArrival = Math.max(lastArrival, Date.now() - intervalMs);
      while (pending.size > 0 && !failure && Date.now() - lastArrival < quietMs) await sleep(50);
      if (failure) throw failure;
      return [...pending];
    },
    async stop() {
      running = false;
      await loop;
      await client.end();
    },
  };
}
