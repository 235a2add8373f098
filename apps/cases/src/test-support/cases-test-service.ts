import type { TokenRequest } from '@plume/auth';
import { createTestDatabase, subgraphCaller, testKafkaSettings, testLogger, type GraphqlResponse, type TestDatabase } from '@plume/testing';
import type { RunningServer } from '@plume/server';
import { startCasesService } from '../app';
import { loadCasesEnvironment, type CasesEnvironment } from '../environment';

export interface CasesTestService {
  environment: CasesEnvironment;
  database: TestDatabase;
  server: RunningServer;
  /** Calls the subgraph as the gateway does (with the gateway credential). */
  call<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: TokenRequest): Promise<GraphqlResponse<Data>>;
  stop(): Promise<void>;
}

/** The real cases service on a random port, a throw-away database and the test broker. */
export async function startCasesTestService(name: string, overrides: Record<string, string> = {}): Promise<CasesTestService> {
  const database = await createTestDatabase(name);
  const environment = loadCasesEnvironment({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.url,
    ...(await testKafkaSettings()),
    // Off unless a test turns it on (with a group of its own): the shared broker carries other tests' handovers.
    DELIVERY_UPDATES_ENABLED: 'false',
    ...overrides,
  });
  const server = await startCasesService(environment, testLogger(name));
  return {
    environment,
    database,
    server,
    call: subgraphCaller(server.url, environment),
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

export const ADMIN: TokenRequest = { role: 'admin', subject: 'admin-1' };
export const STAFF_BE_FR: TokenRequest = { role: 'staff', subject: 'staff-1', section: 'BE-FR' };
export const SITE_DZ: TokenRequest = { role: 'site', subject: 'site-dz', section: 'DZ' };
