import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { Logger } from 'pino';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings, createOutboxRelay, Topic } from '@plume/events';
import { startSubgraphServer, type BackgroundTask, type RunningServer } from '@plume/server';
import { createCasesProjectionConsumer } from './consumers/cases-projection.consumer';
import { createSupportersDataSource } from './data-source';
import type { SupportersEnvironment } from './environment';
import { createMonthlyFeedbackJob } from './feedback/monthly-feedback.job';
import { supportersResolvers } from './resolvers';
import { createSupportersLoaders, createSupportersServices } from './services';

/** The schema-first SDL; copied next to the bundle by the build. */
export const supportersTypeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

/**
 * Starts the supporters subgraph: database (created and migrated when needed), outbox relay, the
 * projection of plume.cases, the monthly feedback job, server. Used by main.ts and by the tests.
 */
export async function startSupportersService(environment: SupportersEnvironment, logger: Logger): Promise<RunningServer> {
  const dataSource = await openDatabase({
    url: environment.DATABASE_URL,
    createDataSource: (url) => createSupportersDataSource({ url, poolSize: environment.DATABASE_POOL_SIZE }),
    migrate: environment.DATABASE_MIGRATIONS_RUN,
    logger,
  });
  const kafka = createKafkaFromSettings(environment, 'plume-supporters', logger);
  const backgroundTasks: BackgroundTask[] = [];
  if (environment.OUTBOX_RELAY_ENABLED) {
    backgroundTasks.push({ name: 'outbox-relay', ...createOutboxRelay({ dataSource, kafka, logger, topics: [Topic.Supporters] }) });
  }
  if (environment.CASES_PROJECTION_ENABLED) {
    backgroundTasks.push({ name: 'cases-projection', ...createCasesProjectionConsumer({ kafka, dataSource, logger, groupId: environment.CASES_PROJECTION_GROUP_ID }) });
  }
  if (environment.MONTHLY_FEEDBACK_JOB_ENABLED) {
    backgroundTasks.push(createMonthlyFeedbackJob({ dataSource, logger, intervalMs: environment.MONTHLY_FEEDBACK_INTERVAL_MINUTES * 60_000 }));
  }
  const services = createSupportersServices(dataSource, { contactReferenceSecret: environment.CONTACT_REFERENCE_SECRET, humanCheck: environment });
  return startSubgraphServer({
    name: 'supporters',
    typeDefs: supportersTypeDefs,
    resolvers: supportersResolvers as never,
    environment,
    logger,
    dataSource,
    backgroundTasks,
    createContext: (base) => ({ ...base, ...services, loaders: createSupportersLoaders(services) }),
  });
}
