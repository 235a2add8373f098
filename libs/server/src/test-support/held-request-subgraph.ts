/**
 * A subgraph run as its own process by graceful-shutdown.integration-spec.ts, through the same
 * `runService` and `startSubgraphServer` as every service. Its one field, `held`, waits in a
 * transaction for an advisory lock the test holds, so the test decides how long a request stays in
 * flight (no sleeps) and can send SIGTERM while it is.
 */
import 'reflect-metadata';
import { parse } from 'graphql';
import { authEnvironment, loadEnvironment, serviceEnvironment, z } from '@plume/config';
import { createDataSource } from '@plume/database';
import { runService } from '../run-service';
import { startSubgraphServer } from '../subgraph-server';

/** The advisory lock key the test holds while a request is in flight. */
export const HELD_REQUEST_LOCK = 0x686c64; // "hld"

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { held: String! }
`);

const environmentSchema = z.object({ ...serviceEnvironment(0), ...authEnvironment, DATABASE_URL: z.string().min(1) });

if (require.main === module) {
  runService('held-request', () => loadEnvironment('held-request', environmentSchema), async (environment, logger) => {
    const dataSource = createDataSource({ url: environment.DATABASE_URL, poolSize: 2, entities: [], migrations: [], applicationName: 'test-held-request' });
    await dataSource.initialize();
    return startSubgraphServer({
      name: 'held-request',
      typeDefs,
      resolvers: {
        Query: {
          held: async () => {
            await dataSource.transaction((manager) => manager.query('SELECT pg_advisory_xact_lock($1)', [HELD_REQUEST_LOCK]));
            return 'finished';
          },
        },
      },
      environment,
      logger,
      dataSource,
      backgroundTasks: [],
      createContext: (base) => base,
    });
  });
}
