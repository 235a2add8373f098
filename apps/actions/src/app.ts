import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { Logger } from 'pino';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings, createOutboxRelay, Topic } from '@plume/events';
import { startSubgraphServer, type BackgroundTask, type RunningServer } from '@plume/server';
import { createActionsConsumers } from './consumers/actions-consumers';
import { createActionsDataSource } from './data-source';
import type { ActionsEnvironment } from './environment';
import { actionsResolvers } from './resolvers';
import { createActionsLoaders, createActionsServices } from './services';

/** The schema-first SDL; copied next to the bundle by the build. */
export const actionsTypeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

/**
 * Starts the actions subgraph: database (created and migrated when needed), outbox relay, the consumers
 * of plume.cases and plume.supporters, server. Used by main.ts and the tests, so both run the same thing.
 */
export async function startActionsService(environment: ActionsEnvironment, logger: Logger): Promise<RunningServer> {
  const dataSource = await openDatabase({
    url: environment.DATABASE_URL,
    createDataSource: (url) => createActionsDataSource({ url, poolSize: environment.DATABASE_POOL_SIZE }),
    migrate: environment.DATABASE_MIGRATIONS_RUN,
    logger,
  });
  const services = createActionsServices(dataSource, environment, logger);
  const kafka = createKafkaFromSettings(environment, 'plume-actions', logger);
  const backgroundTasks: BackgroundTask[] = createActionsConsumers({ environment, kafka, dataSource, logger, signers: services.signers });
  if (environment.OUTBOX_RELAY_ENABLED) {
    backgroundTasks.push({ name: 'outbox-relay', ...createOutboxRelay({ dataSource, kafka, logger, topics: [Topic.Actions] }) });
  }
  return startSubgraphServer({
    name: 'actions',
    typeDefs: actionsTypeDefs,
    resolvers: actionsResolvers as never,
    environment,
    logger,
    dataSource,
    backgroundTasks,
    createContext: (base) => ({ ...base, ...services, loaders: createActionsLoaders(services) }),
  });
}
