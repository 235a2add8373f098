import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadEnvironment, z } from '@plume/config';
import { dropDatabase, ensureDatabaseExists } from '@plume/database';
import { databaseUrl } from '../shared/actions-database';
import { machineBusySeconds } from '../throughput/database-profile';

const SCHEMA = resolve(__dirname, 'floor-schema.sql');
const TRANSACTION = resolve(__dirname, 'floor-transaction.sql');
const DEBIAN_PGBENCH = '/usr/lib/postgresql/15/bin/pgbench';
const settings = loadEnvironment('bench', z.object({ PGBENCH: z.string().min(1).default(existsSync(DEBIAN_PGBENCH) ? DEBIAN_PGBENCH : 'pgbench') }));

export interface FloorLine {
  clients: number;
  transactionsPerSecond: number;
  latencyAverageMs: number;
  failed: number;
  /** The machine's CPU per transaction meanwhile (PostgreSQL and pgbench itself, all cores). */
  cpuMsPerTransaction: number;
}

export interface FloorDatabase {
  url: string;
  /** pgbench with `clients` connections for `seconds`: one signature row and one outbox row per transaction. */
  run(clients: number, seconds: number): Promise<FloorLine>;
  drop(): Promise<void>;
}

/**
 * The reference of the signing benchmark: a scratch database (dropped and created again if a previous
 * run left it) on the server of `serverUrl`, with the floor schema.
 */
export async function createFloorDatabase(serverUrl: string, name: string): Promise<FloorDatabase> {
  const url = databaseUrl(serverUrl, name);
  await dropDatabase(url);
  await ensureDatabaseExists(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(readFileSync(SCHEMA, 'utf8'));
  } finally {
    await client.end();
  }
  return { url, run: (clients, seconds) => pgbench(url, clients, seconds), drop: () => dropDatabase(url) };
}

function pgbench(url: string, clients: number, seconds: number): Promise<FloorLine> {
  const args = ['--no-vacuum', '--protocol=prepared', `--file=${TRANSACTION}`, `--client=${clients}`, `--jobs=${Math.min(clients, 2)}`, `--time=${Math.max(1, Math.round(seconds))}`, url];
  const busyBefore = machineBusySeconds();
  return new Promise((done, fail) => {
    execFile(settings.PGBENCH, args, { timeout: (seconds + 60) * 1000 }, (error, stdout, stderr) => {
      if (error) return fail(new Error(`${settings.PGBENCH} failed (set PGBENCH to its path if it is elsewhere): ${stderr || error.message}`));
      const number = (pattern: RegExp) => Number(pattern.exec(stdout)?.[1] ?? NaN);
      const transactions = number(/^number of transactions actually processed: (\d+)/m);
      const line = {
        clients,
        transactionsPerSecond: Math.round(number(/^tps = ([\d.]+)/m)),
        latencyAverageMs: number(/^latency average = ([\d.]+) ms/m),
        failed: number(/^number of failed transactions: (\d+)/m) || 0,
        cpuMsPerTransaction: transactions > 0 ? Math.round(((machineBusySeconds() - busyBefore) * 1000 * 100) / transactions) / 100 : 0,
      };
      if (!Number.isFinite(line.transactionsPerSecond)) return fail(new Error(`unreadable pgbench output: ${stdout}`));
      done(line);
    });
  });
}
