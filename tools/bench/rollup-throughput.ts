import { Client } from 'pg';
import { databaseEnvironment, kafkaEnvironment, loadEnvironment, z } from '@plume/config';
import { ActionWriter } from './history/action-writer';
import type { ActionRow } from './history/action-row';
import { flag, numberOption, runBench } from './shared/cli';
import { seconds } from './shared/latency';
import { machineLoad, saveResult } from './shared/results';
import { CatchUpMonitor } from './throughput/catch-up';
import { DatabaseProfile, findProcessByEnvironment } from './throughput/database-profile';
import { marathonPeak } from './throughput/peak-stream';
import { checkRollups } from './throughput/rollup-check';
import { createScratchActions, type ScratchActions } from './throughput/scratch-actions';
import { messageCount, publishActions } from './throughput/stream-events';

/**
 * Issue 6's ingest target: the roll-ups keep up with 5,000 actions/s. A scratch copy of the built
 * actions service (own database, topic namespace and consumer groups) gets `--actions` rows of a
 * marathon peak in its tables (signatures included: the consumer looks their signers up) and their
 * `action.recorded` / `action.retracted` events on its plume.actions topic.
 *
 * By default the events are all published first (the producer's rate is measured alone), then the
 * service starts and its roll-up consumer works through the backlog: its own pace. `--live` starts
 * the service first and publishes while it consumes, as fast as the publisher goes or at `--rate`
 * actions/s: whether it keeps up. Needs the broker, PostgreSQL and a build of the actions service
 * (npm start, or npx nx run actions:build).
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/rollup-throughput.ts [--actions 300000] [--live [--rate 5000]] [--batch 1000] [--deadline 900]
 */
const TARGET_PER_SECOND = 5_000;
const settings = loadEnvironment('bench', z.object({ DATABASE_URL: databaseEnvironment('plume_actions').DATABASE_URL, KAFKA_BROKERS: kafkaEnvironment.KAFKA_BROKERS }));
const count = numberOption('actions', 300_000);
const live = flag('live');
const rate = numberOption('rate', 0);
const batchSize = numberOption('batch', 1_000);
const deadlineMs = numberOption('deadline', 900) * 1000;

async function writeRows(url: string, rows: ActionRow[]): Promise<number> {
  const writer = new ActionWriter(url);
  await writer.open();
  for (const row of rows) await writer.write(row);
  await writer.close();
  return writer.signatures;
}

async function startProfiledService(scratch: ScratchActions, client: Client): Promise<DatabaseProfile> {
  await scratch.startService();
  const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
  const profile = new DatabaseProfile(scratch.databaseUrl, scratch.databaseName, findProcessByEnvironment(`KAFKA_TOPIC_PREFIX=${scratch.topicPrefix}`), [pid]);
  await profile.start();
  return profile;
}

function printProgress(): (sample: { atMs: number; published: number; applied: number }) => void {
  let lastPrint = 0;
  return (sample) => {
    if (sample.atMs - lastPrint < 5_000) return;
    lastPrint = sample.atMs;
    console.log(`  ${seconds(sample.atMs)}: ${sample.published.toLocaleString('en')} published, ${sample.applied.toLocaleString('en')} rolled up`);
  };
}

async function run(scratch: ScratchActions, client: Client, rows: ActionRow[]): Promise<void> {
  const total = messageCount(rows);
  const signatures = await writeRows(scratch.databaseUrl, rows);
  console.log(`${count.toLocaleString('en')} actions and ${signatures.toLocaleString('en')} signatures in its tables; ${total.toLocaleString('en')} events to publish`);
  const publish = (monitor?: CatchUpMonitor) => publishActions(scratch.kafka, rows, { batchSize, rate, onBatch: (published) => monitor && (monitor.published = published) });

  let monitor: CatchUpMonitor;
  let profile: DatabaseProfile;
  let publishing: { ms: number };
  let caughtUpMs: number | null;
  if (live) {
    profile = await startProfiledService(scratch, client);
    monitor = new CatchUpMonitor(client, scratch.rollupGroupId, total, performance.now());
    const caughtUp = monitor.run(deadlineMs, 250, printProgress());
    publishing = await publish(monitor);
    caughtUpMs = await caughtUp;
  } else {
    publishing = await publish();
    console.log(`published in ${seconds(publishing.ms)}; starting the service on this backlog`);
    monitor = new CatchUpMonitor(client, scratch.rollupGroupId, total, performance.now());
    monitor.published = total;
    profile = await startProfiledService(scratch, client);
    caughtUpMs = await monitor.run(deadlineMs, 250, printProgress());
  }
  const where = await profile.stop();
  const check = await checkRollups(client);
  const result = {
    mode: live ? 'live' : 'backlog',
    actions: count,
    messages: total,
    requestedRate: rate,
    batchSize,
    producerPerSecond: Math.round(total / (publishing.ms / 1000)),
    caughtUpMs: caughtUpMs === null ? null : Math.round(caughtUpMs),
    /** Live: from the first publish; backlog: from the service's start (its start and group join included). */
    overallPerSecond: caughtUpMs === null ? null : Math.round(total / (caughtUpMs / 1000)),
    /** Live: how long after the last publish the roll-ups had everything (keeping up: about a poll). */
    caughtUpAfterLastPublishMs: live && caughtUpMs !== null ? Math.round(caughtUpMs - publishing.ms) : null,
    consumerPerSecond: monitor.saturatedRate(),
    maxLag: monitor.maxLag(),
    targetPerSecond: TARGET_PER_SECOND,
    profile: where,
    check,
  };
  console.log(`producer (@plume/events publisher, batches of ${batchSize}): ${result.producerPerSecond.toLocaleString('en')} events/s`);
  if (caughtUpMs === null) console.log(`roll-ups did NOT catch up within ${seconds(deadlineMs)}: ${(await monitor.applied()).toLocaleString('en')} of ${total.toLocaleString('en')} applied`);
  else console.log(`roll-ups caught up after ${seconds(caughtUpMs)} (${live ? `from the first publish, ${seconds(caughtUpMs - publishing.ms)} after the last` : 'from the service start'}): ${result.overallPerSecond?.toLocaleString('en')} events/s`);
  // Live, the consumer is rarely behind for long: its pace then is the producer's, and the lag is what tells.
  console.log(`consumer pace while behind: ${result.consumerPerSecond?.toLocaleString('en') ?? 'n/a'} events/s (target ${TARGET_PER_SECOND.toLocaleString('en')}/s); most behind: ${result.maxLag.toLocaleString('en')} events`);
  console.log(`CPU meanwhile: actions service ${where.serviceCpuSeconds ?? '?'} s, its PostgreSQL backends ${where.databaseCpuSeconds} s`);
  console.table(where.shares);
  console.log(check.same ? 'roll-ups = GROUP BY over the action table (actions, quantity, distinct people)' : `roll-ups DIFFER from the table: ${JSON.stringify(check)}`);
  console.log(machineLoad());
  console.log(`saved ${saveResult('rollup-throughput', result)}`);
}

runBench(async () => {
  const rows = marathonPeak(count, numberOption('seed', 6));
  const scratch = await createScratchActions(settings.DATABASE_URL, settings.KAFKA_BROKERS);
  console.log(`scratch actions service: database ${scratch.databaseName}, topics ${scratch.topicPrefix}*`);
  const client = new Client({ connectionString: scratch.databaseUrl });
  try {
    await client.connect();
    await run(scratch, client, rows);
  } finally {
    await client.end().catch(() => undefined);
    await scratch.remove();
  }
});
