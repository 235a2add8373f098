import { Pool } from 'pg';
import type { TokenRequest } from '@plume/auth';
import type { RunningServer } from '@plume/server';
import { createTestDatabase, subgraphCaller, testKafkaSettings, testLogger, uniqueName, type SubgraphCall, type TestDatabase } from '@plume/testing';
import { startActionsService } from '../app';
import { loadActionsEnvironment, type ActionsEnvironment } from '../environment';

export interface ActionsTestService {
  environment: ActionsEnvironment;
  database: TestDatabase;
  server: RunningServer;
  /** Calls the subgraph as the gateway does (with the gateway credential). */
  call: SubgraphCall;
  /** One SQL query on the service's database, to look at what was (or was not) written. */
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  stop(): Promise<void>;
}

export interface ActionsTestServiceOptions {
  /** Another database than a fresh one on the test server (e.g. on a createDedicatedPostgres cluster). */
  database?: TestDatabase;
}

/**
 * The real actions service on a random port, a throw-away database, the test broker, and consumer
 * groups of its own (other test files and engineers read the same topics).
 */
export async function startActionsTestService(name: string, overrides: Record<string, string> = {}, options: ActionsTestServiceOptions = {}): Promise<ActionsTestService> {
  const database = options.database ?? (await createTestDatabase(name));
  const environment = loadActionsEnvironment({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.url,
    ...(await testKafkaSettings()),
    CASES_PROJECTION_GROUP_ID: uniqueName(`${name}-cases`),
    SUPPORTERS_EVENTS_GROUP_ID: uniqueName(`${name}-supporters`),
    REPORT_ROLLUPS_GROUP_ID: uniqueName(`${name}-reports`),
    ...overrides,
  });
  const server = await startActionsService(environment, testLogger(name));
  // A pool, not one client: a test that restarts PostgreSQL gets fresh connections afterwards.
  const client = new Pool({ connectionString: database.url, max: 2 });
  client.on('error', () => undefined); // an idle connection cut by a database restart is simply dropped
  return {
    environment,
    database,
    server,
    call: subgraphCaller(server.url, environment),
    async sql<Row>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as Row[];
    },
    async stop() {
      await client.end();
      await server.stop();
      await database.drop();
    },
  };
}

export const SITE_BE_FR: TokenRequest = { role: 'site', subject: 'site-be-fr', section: 'BE-FR' };
export const SITE_DZ: TokenRequest = { role: 'site', subject: 'site-dz', section: 'DZ' };
export const STAFF_BE_FR: TokenRequest = { role: 'staff', subject: 'staff-be-fr', section: 'BE-FR' };
export const STAFF_DZ: TokenRequest = { role: 'staff', subject: 'staff-dz', section: 'DZ' };
export const ANALYST: TokenRequest = { role: 'analyst', subject: 'analyst-1' };
export const ADMIN: TokenRequest = { role: 'admin', subject: 'admin-1' };
