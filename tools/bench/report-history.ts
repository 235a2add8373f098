import { Client } from 'pg';
import { databaseEnvironment, loadEnvironment, z } from '@plume/config';
import { ActionWriter } from './history/action-writer';
import { deleteBenchData, deleteUnreferencedPeople, hasBenchData, writeCatalog } from './history/bench-catalog';
import { historyRows } from './history/history-rows';
import { Random } from './history/random';
import { buildWorld } from './history/world';
import { databaseUrl, rebuildRollupsFromTable, requireActionsSchema, vacuumAnalyze } from './shared/actions-database';
import { flag, numberOption, runBench, stringOption } from './shared/cli';
import { progressLine, seconds } from './shared/latency';
import { saveResult } from './shared/results';

/**
 * Issue 6's history: ten years of marathons and individual-at-risk networks, 300 cases, 70 sections,
 * written straight into the actions database of a running platform (the bulk path: `action` and
 * `signature` rows as the write path leaves them), then the roll-ups rebuilt from the table with the
 * actions subgraph's own command — what its consumer would have built from the stream. Run it with
 * `npm start` up; `--clean` removes every bench row and rebuilds the roll-ups without them.
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/report-history.ts [--actions 200000] [--database plume_actions] [--seed 6] [--clean]
 */
const settings = loadEnvironment('bench', z.object({ DATABASE_URL: databaseEnvironment('plume_actions').DATABASE_URL }));
const url = databaseUrl(settings.DATABASE_URL, stringOption('database', new URL(settings.DATABASE_URL).pathname.slice(1)));

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  console.log(`${label} …`);
  const value = await work();
  const ms = Date.now() - started;
  console.log(`${label}: ${seconds(ms)}`);
  return { value, ms };
}

async function clean(client: Client): Promise<void> {
  const removed = await timed('deleting bench rows', () => deleteBenchData(client));
  console.log(removed.value);
  await timed('rebuilding the roll-ups without them', () => rebuildRollupsFromTable(url));
  console.log(`people of bench actions forgotten: ${await deleteUnreferencedPeople(client)}`);
  await timed('VACUUM ANALYZE', () => vacuumAnalyze(client));
}

async function load(client: Client, total: number): Promise<void> {
  if (await hasBenchData(client)) throw new Error('A bench history is loaded already: run with --clean first.');
  const random = new Random(numberOption('seed', 6));
  const world = buildWorld(random);
  await writeCatalog(client, world);
  console.log(`${world.cases.length} cases, ${world.campaigns.length} campaigns written; ${total.toLocaleString('en')} actions to go`);

  const writer = new ActionWriter(url);
  await writer.open();
  const insert = await timed('inserting actions and signatures', async () => {
    const started = Date.now();
    let lastPrint = 0;
    let generated = 0;
    for (const row of historyRows(world, total, random, new Date())) {
      await writer.write(row);
      if (++generated % 10_000 === 0 && writer.actions > 0 && Date.now() - lastPrint > 2_000) {
        lastPrint = Date.now();
        const rate = writer.actions / ((lastPrint - started) / 1000);
        progressLine(`  ${writer.actions.toLocaleString('en')} actions written (${Math.round(rate).toLocaleString('en')}/s, about ${seconds(((total - writer.actions) / rate) * 1000)} to go)`);
      }
    }
    await writer.close();
    if (process.stdout.isTTY) console.log();
  });
  const rebuild = await timed('rebuilding the roll-ups from the actions table', () => rebuildRollupsFromTable(url));
  const vacuum = await timed('VACUUM ANALYZE', () => vacuumAnalyze(client));
  const sizes = await tableSizes(client);
  console.table(sizes);
  const file = saveResult('report-history', {
    actions: writer.actions,
    signatures: writer.signatures,
    insertMs: insert.ms,
    insertPerSecond: Math.round(writer.actions / (insert.ms / 1000)),
    rebuildMs: rebuild.ms,
    vacuumMs: vacuum.ms,
    sizes,
  });
  console.log(`saved ${file}`);
}

async function tableSizes(client: Client): Promise<{ table: string; rows: number; size: string }[]> {
  const { rows } = await client.query(
    `SELECT relname AS table, reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(oid)) AS size
       FROM pg_class WHERE relname = ANY($1::text[]) ORDER BY pg_total_relation_size(oid) DESC`,
    [['action', 'signature', 'report_daily', 'report_monthly', 'report_participation', 'report_person', 'report_action']],
  );
  return rows.map((row) => ({ table: row.table, rows: Number(row.rows), size: row.size }));
}

runBench(async () => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await requireActionsSchema(client);
    if (flag('clean')) await clean(client);
    else await load(client, numberOption('actions', 200_000));
  } finally {
    await client.end();
  }
});
