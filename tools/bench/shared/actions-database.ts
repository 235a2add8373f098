import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Client } from 'pg';
import { childProcessEnvironment } from '@plume/config';

const ROOT = resolve(__dirname, '../../..');
const REBUILD_SCRIPT = resolve(ROOT, 'dist/apps/actions/rebuild-reports.cjs');

/** The tables a history load changes: statistics for the planner, visibility map for index-only scans. */
const LOADED_TABLES = ['action', 'signature', 'known_case', 'known_campaign', 'report_daily', 'report_monthly', 'report_participation', 'report_person', 'report_action'];

/** A database URL on the server of `serverUrl`, naming `database`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Rebuilds the roll-ups from the actions table with the actions subgraph's own command (tools may not
 * import apps: the built script is the public way in). `npm start` builds it.
 */
export async function rebuildRollupsFromTable(url: string): Promise<void> {
  if (!existsSync(REBUILD_SCRIPT)) throw new Error(`${REBUILD_SCRIPT} is missing: run npx nx run actions:build (npm start does).`);
  const child = spawn(process.execPath, [REBUILD_SCRIPT, '--from', 'table'], { env: childProcessEnvironment({ DATABASE_URL: url, LOG_LEVEL: 'warn' }), stdio: 'inherit' });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`rebuild-reports --from table exited with ${code}`);
}

export async function vacuumAnalyze(client: Client): Promise<void> {
  for (const table of LOADED_TABLES) await client.query(`VACUUM (ANALYZE) ${table}`);
}

/** Refuses a database the actions subgraph has not migrated (the roll-up tables are the newest). */
export async function requireActionsSchema(client: Client): Promise<void> {
  const { rows } = await client.query(`SELECT to_regclass('report_participation') IS NOT NULL AS ready`);
  if (!rows[0].ready) throw new Error('This database has no report roll-ups: start Plume (npm start) or run npx nx run actions:migrate first.');
}
