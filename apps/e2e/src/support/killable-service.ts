import { Pool } from 'pg';
import { createEventPublisher, createKafka, type EventPublisher } from '@plume/events';
import { SERVICE_NODE_OPTIONS } from '@plume/service-catalog';
import {
  createTestDatabase,
  freePort,
  startServiceProcess,
  testKafkaConnection,
  testKafkaSettings,
  testLogger,
  type ServiceProcess,
} from '@plume/testing';
import { kafkaOffsets, type KafkaOffsets } from './kafka-offsets';

export interface KillableServiceOptions {
  /** The built service, e.g. `dist/apps/actions/main.cjs` (absolute). */
  main: string;
  /** The prefix of its throw-away database's name. */
  database: string;
  /** What the service needs besides PORT, DATABASE_URL, the test Kafka settings and LOG_LEVEL=warn (consumer groups, secrets). */
  env: Record<string, string>;
}

export interface KillableService {
  /** The environment the service runs with (the same on every start: same database, same consumer groups). */
  readonly env: Record<string, string>;
  /** `http://127.0.0.1:<port>`, where it listens once started. */
  readonly origin: string;
  /** A small pool on the service's database. */
  readonly db: Pool;
  /** Publishes to the test's topics (the service's consumers read them). */
  readonly publisher: EventPublisher;
  readonly offsets: KafkaOffsets;
  /** Runs the service as a process and waits until it is ready (it must not be running). */
  start(): Promise<void>;
  /** SIGTERM, and waits for the graceful exit (it must be running). */
  stop(): Promise<void>;
  /** SIGKILL: it dies as in a crash (it must be running). */
  kill(): Promise<void>;
  /** The number in column `n` of the first row of a query on the service's database. */
  count(sql: string, params?: unknown[]): Promise<number>;
  /** Stops the service if it runs, then the publisher and the pool, and drops the database. */
  close(): Promise<void>;
}

/**
 * A built service as a real process on a throw-away database, which a test can start, kill (SIGKILL)
 * and start again on the same database and consumer groups, with a pool to count rows and what it
 * needs of Kafka (a publisher and the offsets of topics and groups).
 */
export async function killableService(options: KillableServiceOptions): Promise<KillableService> {
  const database = await createTestDatabase(options.database);
  const db = new Pool({ connectionString: database.url, max: 2 });
  let publisher: EventPublisher | undefined;
  let running: ServiceProcess | undefined;

  const runningProcess = (): ServiceProcess => {
    if (!running) throw new Error(`${options.main} is not running`);
    return running;
  };
  const close = async () => {
    await running?.stop();
    running = undefined;
    await publisher?.stop();
    await db.end();
    await database.drop();
  };

  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const env = { PORT: String(port), DATABASE_URL: database.url, ...(await testKafkaSettings()), LOG_LEVEL: 'warn', ...options.env };
    const kafka = createKafka(await testKafkaConnection('e2e-crash'), testLogger());
    const offsets = kafkaOffsets(kafka);
    publisher = await createEventPublisher(kafka);
    return {
      env,
      origin,
      db,
      publisher,
      offsets,
      async start() {
        if (running) throw new Error(`${options.main} is already running`);
        running = await startServiceProcess(options.main, env, `${origin}/ready`, 60_000, SERVICE_NODE_OPTIONS); // as every launcher runs it
      },
      async stop() {
        await runningProcess().stop();
        running = undefined;
      },
      async kill() {
        await runningProcess().kill();
        running = undefined;
      },
      count: async (sql, params = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0].n),
      close,
    };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
