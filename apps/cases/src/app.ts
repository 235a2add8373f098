import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { Logger } from 'pino';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings, createOutboxRelay, Topic } from '@plume/events';
import { startSubgraphServer, type BackgroundTask, type RunningServer } from '@plume/server';
import { createDeliveryUpdatesConsumer } from './consumers/delivery-updates.consumer';
import { createCasesDataSource } from './data-source';
import type { CasesEnvironment } from './environment';
import { casesResolvers } from './resolvers';
import { createCasesLoaders, createCasesServices } from './services';

/** The schema-first SDL; copied next to the bundle by the build. */
export const casesTypeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

/**
 * Starts the cases subgraph: database (created and migrated when needed), outbox relay, the consumer
 * announcing handovers, server.
 * Used by main.ts and by the end-to-end tests, so both run exactly the same thing.
 */
export async function startCasesService(environment: CasesEnvironment, logger: Logger): Promise<RunningServer> {
  const dataSource = await openDatabase({
    url: environment.DATABASE_URL,
    createDataSource: (url) => createCasesDataSource({ url, poolSize: environment.DATABASE_POOL_SIZE }),
    migrate: environment.DATABASE_MIGRATIONS_RUN,
    logger,
  });
  const services = createCasesServices(dataSource);
  const kafka = createKafkaFromSettings(environment, 'plume-cases', logger);
  const backgroundTasks: BackgroundTask[] = [];
  if (environment.OUTBOX_RELAY_ENABLED) {
    backgroundTasks.push({ name: 'outbox-relay', ...createOutboxRelay({ dataSource, kafka, logger, topics: [Topic.Cases] }) });
  }
  if (environment.DELIVERY_UPDATES_ENABLED) {
    const settings = { kafka, dataSource, logger, groupId: environment.DELIVERY_UPDATES_GROUP_ID };
    backgroundTasks.push({ name: 'delivery-updates', ...createDeliveryUpdatesConsumer(settings, services.caseUpdates) });
  }
  return startSubgraphServer({
    name: 'cases',
    typeDefs: casesTypeDefs,
    resolvers: casesResolvers as never,
    environment,
    logger,
    dataSource,
    backgroundTasks,
    createContext: (base) => ({ ...base, ...services, loaders: createCasesLoaders(services) }),
  });
}
