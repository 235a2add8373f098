import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pino from 'pino';
import { createKafka, deleteTopicsWithPrefix } from '@plume/events';
import { TEST_TOPIC_PREFIX, uniqueName } from '@plume/testing';
import { describePlatform, startBenchPlatform } from './support/bench-platform';

/**
 * A throw-away copy of Plume for the benchmarks of tools/bench, beside whatever else runs: the built
 * services on free ports, their own databases and topic namespace, the gateway's write limits raised.
 * Writes its description for `--platform`, stays up until Ctrl-C (or SIGTERM), then removes
 * everything it made. Build first (npm start does, or npx nx run-many -t build).
 *
 *   npx tsx --tsconfig tsconfig.base.json apps/e2e/src/serve-bench-platform.ts [--out tmp/bench-platform.json]
 */
const ROOT = resolve(__dirname, '../../..');
const outIndex = process.argv.indexOf('--out');
const out = resolve(ROOT, outIndex > 0 ? process.argv[outIndex + 1] : 'tmp/bench-platform.json');

async function main(): Promise<void> {
  console.log('starting a bench platform (seeds and five services: a minute or two) ...');
  const platform = await startBenchPlatform('bench');
  const description = describePlatform(platform);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(description, null, 2)}\n`);
  console.log(`gateway ${description.gatewayUrl} (write limits raised); description in ${out}; Ctrl-C stops it`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('stopping the bench platform ...');
    await platform.stop();
    const kafka = createKafka({ brokers: description.kafka.brokers, clientId: uniqueName('bench-cleanup') }, pino({ level: 'silent' }));
    await deleteTopicsWithPrefix(kafka, TEST_TOPIC_PREFIX).catch(() => undefined);
    rmSync(out, { force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
