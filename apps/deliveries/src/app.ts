import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { Logger } from 'pino';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings, createOutboxRelay, Topic } from '@plume/events';
import { startSubgraphServer, type BackgroundTask, type RunningServer } from '@plume/server';
import { createActionsTallyConsumer } from './consumers/actions-tally.consumer';
import { createCasesProjectionConsumer } from './consumers/cases-projection.consumer';
import { createDeliveriesDataSource } from './data-source';
import type { DeliveriesEnvironment } from './environment';
import { deliveriesResolvers } from './resolvers';
import { createDeliveriesLoaders, createDeliveriesServices } from './services';

/** The schema-first SDL; copied next to the bundle by the build. */
export const deliveriesTypeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

/**
 * Starts the deliveries subgraph: database (created and migrated when needed), outbox relay, the
 * consumers of plume.cases and plume.actions, server. Used by main.ts and by the tests.
 */
export async function startDeliveriesService(environment: DeliveriesEnvironment, logger: Logger): Promise<RunningServer> {
  const dataSource = await openDatabase({
    url: environment.DATABASE_URL,
    createDataSource: (url) => createDeliveriesDataSource({ url, poolSize: environment.DATABASE_POOL_SIZE }),
    migrate: environment.DATABASE_MIGRATIONS_RUN,
    logger,
  });
  const services = createDeliveriesServices(dataSource);
  const kafka = createKafkaFromSettings(environment, 'plume-deliveries', logger);
  const backgroundTasks: BackgroundTask[] = [];
  if (environment.OUTBOX_RELAY_ENABLED) {
    backgroundTasks.push({ name: 'outbox-relay', ...createOutboxRelay({ dataSource, kafka, logger, topics: [Topic.Deliveries] }) });
  }
  if (environment.CASES_PROJECTION_ENABLED) {
    const settings = { kafka, dataSource, logger, groupId: environment.CASES_PROJECTION_GROUP_ID };
    backgroundTasks.push({ name: 'cases-projection', ...createCasesProjectionConsumer(settings, services) });
  }
  if (environment.ACTIONS_TALLY_ENABLED) {
    const settings = { kafka, dataSource, logger, groupId: environment.ACTIONS_TALLY_GROUP_ID };
    backgroundTasks.push({ name: 'actions-tally', ...createActionsTallyConsumer(settings, services) });
  }
  return startSubgraphServer({
    name: 'deliveries',
    typeDefs: deliveriesTypeDefs,
    resolvers: deliveriesResolvers as never,
    environment,
    logger,
    dataSource,
    backgroundTasks,
    createContext: (base) => ({ ...base, ...services, loaders: createDeliveriesLoaders(services) }),
  });
}
