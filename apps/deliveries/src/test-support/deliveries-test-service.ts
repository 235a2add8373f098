import { Client } from 'pg';
import type { TokenRequest } from '@plume/auth';
import { createTestDatabase, subgraphCaller, testKafkaSettings, testLogger, uniqueName, type GraphqlResponse, type TestDatabase } from '@plume/testing';
import type { RunningServer } from '@plume/server';
import { startDeliveriesService } from '../app';
import { loadDeliveriesEnvironment, type DeliveriesEnvironment } from '../environment';

export interface DeliveriesTestService {
  environment: DeliveriesEnvironment;
  database: TestDatabase;
  /** The GraphQL endpoint (changes when the service restarts). */
  readonly url: string;
  /** Calls the subgraph as the gateway does (with the gateway credential). */
  call<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: TokenRequest): Promise<GraphqlResponse<Data>>;
  /** One SQL query on the service's database (to look at what was, or was not, written). */
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Stops the whole service and starts it again on the same database and consumer groups. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real deliveries service on a random port, a throw-away database, the test broker, and consumer
 * groups of its own (other test files read the same topics).
 */
export async function startDeliveriesTestService(name: string): Promise<DeliveriesTestService> {
  const database = await createTestDatabase(name);
  const environment = loadDeliveriesEnvironment({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    ...(await testKafkaSettings()),
    CASES_PROJECTION_GROUP_ID: uniqueName(`${name}-cases`),
    ACTIONS_TALLY_GROUP_ID: uniqueName(`${name}-actions`),
  });
  let server: RunningServer = await startDeliveriesService(environment, testLogger(name));
  return {
    environment,
    database,
    get url() {
      return server.url;
    },
    // The URL changes when the service restarts.
    call: (query, variables, as) => subgraphCaller(server.url, environment)(query, variables, as),
    async sql(text, params = []) {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    async restart() {
      await server.stop();
      server = await startDeliveriesService(environment, testLogger(name));
    },
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

export const ADMIN: TokenRequest = { role: 'admin', subject: 'admin-1' };
export const ANALYST: TokenRequest = { role: 'analyst', subject: 'analyst-1' };
export const STAFF_BE_FR: TokenRequest = { role: 'staff', subject: 'staff-be-fr-1', section: 'BE-FR' };
export const STAFF_BE_NL: TokenRequest = { role: 'staff', subject: 'staff-be-nl-1', section: 'BE-NL' };
export const STAFF_DZ: TokenRequest = { role: 'staff', subject: 'staff-dz-1', section: 'DZ' };
export const SITE_BE_FR: TokenRequest = { role: 'site', subject: 'site-be-fr', section: 'BE-FR' };
