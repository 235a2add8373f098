import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { childProcessEnvironment } from '@plume/config';

const run = promisify(execFile);
const KAFKA_SCRIPT = resolve(__dirname, '../../../tools/kafka/kafka.sh');

export interface DedicatedBroker {
  brokers: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the broker and deletes its data. */
  destroy(): Promise<void>;
}

/**
 * A second, throw-away Kafka broker (the project's tools/kafka on other ports, its own data dir,
 * the cached jars) that a test may stop and start — an outage without touching the shared broker.
 */
export async function createDedicatedBroker(port: number): Promise<DedicatedBroker> {
  const home = await mkdtemp(join(tmpdir(), 'plume-kafka-'));
  const env = childProcessEnvironment({
    PLUME_KAFKA_HOME: home,
    PLUME_KAFKA_LIBS: join(homedir(), '.cache/plume/kafka/libs'),
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(port + 1),
    KAFKA_HEAP_OPTS: '-Xmx256m -Xms128m',
  });
  const kafka = (command: string) => run('bash', [KAFKA_SCRIPT, command], { env, timeout: 120_000 });
  return {
    brokers: [`127.0.0.1:${port}`],
    start: async () => void (await kafka('start')),
    stop: async () => void (await kafka('stop')),
    async destroy() {
      await kafka('stop');
      await rm(home, { recursive: true, force: true });
    },
  };
}
