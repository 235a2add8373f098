import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { dropDatabase, ensureDatabaseExists } from '@plume/database';
import { createKafka, deleteTopicsWithPrefix } from '@plume/events';
import { createLogger } from '@plume/server';
import { freePort, runNodeScript, startServiceProcess, type ServiceProcess } from '@plume/testing';
import { databaseUrl } from '../shared/actions-database';

const BUILT = resolve(__dirname, '../../../dist/apps/actions');

export interface ScratchActions {
  databaseUrl: string;
  databaseName: string;
  topicPrefix: string;
  rollupGroupId: string;
  kafka: ReturnType<typeof createKafka>;
  /** Starts the built service (its consumers start reading at once) and waits until it is ready. */
  startService(): Promise<ServiceProcess>;
  /** Stops the service, drops the database and deletes the topics: nothing stays behind. */
  remove(): Promise<void>;
}

/**
 * A copy of the actions service of its own: a migrated `plume_bench_…` database, and a topic
 * namespace and consumer groups of its own on the shared broker, so neither the platform of
 * `npm start` nor anyone's tests see the benchmark's events, and its consumers see no one else's.
 */
export async function createScratchActions(serverUrl: string, brokers: string[]): Promise<ScratchActions> {
  const id = randomBytes(4).toString('hex');
  const databaseName = `plume_bench_rollups_${id}`;
  const url = databaseUrl(serverUrl, databaseName);
  const topicPrefix = `bench-${id}.`;
  const rollupGroupId = `${topicPrefix}actions.report-rollups`;
  const kafka = createKafka({ brokers, clientId: `plume-bench-${id}`, topicPrefix }, createLogger('bench', 'warn'));
  const environment = {
    DATABASE_URL: url,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    KAFKA_CLIENT_ID: `plume-bench-actions-${id}`,
    LOG_LEVEL: 'warn',
    CASES_PROJECTION_GROUP_ID: `${topicPrefix}actions.cases-projection`,
    SUPPORTERS_EVENTS_GROUP_ID: `${topicPrefix}actions.supporters-events`,
    REPORT_ROLLUPS_GROUP_ID: rollupGroupId,
  };
  let service: ServiceProcess | undefined;
  const remove = async () => {
    await service?.stop();
    await dropDatabase(url).catch((error: Error) => console.error(`could not drop ${databaseName}: ${error.message}`));
    await deleteTopicsWithPrefix(kafka, topicPrefix).catch((error: Error) => console.error(`could not delete topics ${topicPrefix}*: ${error.message}`));
  };
  try {
    await ensureDatabaseExists(url);
    await runNodeScript(resolve(BUILT, 'migrate.cjs'), environment);
  } catch (error) {
    await remove();
    throw error;
  }
  return {
    databaseUrl: url,
    databaseName,
    topicPrefix,
    rollupGroupId,
    kafka,
    async startService() {
      const port = await freePort();
      service = await startServiceProcess(resolve(BUILT, 'main.cjs'), { ...environment, PORT: String(port) }, `http://127.0.0.1:${port}/ready`);
      return service;
    },
    remove,
  };
}
