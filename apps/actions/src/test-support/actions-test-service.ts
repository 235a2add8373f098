import { Client } from 'pg';
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

/**
 * The real actions service on a random port, a throw-away database, the test broker, and consumer
 * groups of its own (other test files and engineers read the same topics).
 */
export async function startActionsTestService(name: string, overrides: Record<string, string> = {}): Promise<ActionsTestService> {
  const database = await createTestDatabase(name);
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
  const client = new Client({ connectionString: database.url });
  await client.connect();
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
