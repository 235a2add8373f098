import { GATEWAY_CREDENTIAL_HEADER, issueToken, type TokenRequest } from '@plume/auth';
import type { RunningServer } from '@plume/server';
import { createTestDatabase, graphqlCall, testKafkaSettings, testLogger, uniqueName, type GraphqlResponse, type TestDatabase } from '@plume/testing';
import type { DataSource } from 'typeorm';
import { startSupportersService } from '../app';
import { createSupportersDataSource } from '../data-source';
import { loadSupportersEnvironment, type SupportersEnvironment } from '../environment';

export interface SupportersTestService {
  environment: SupportersEnvironment;
  database: TestDatabase;
  server: RunningServer;
  /** A second connection to the service's database, to look at what it wrote. */
  dataSource: DataSource;
  /** Calls the subgraph as the gateway does (with the gateway credential). */
  call<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: TokenRequest): Promise<GraphqlResponse<Data>>;
  /** One number from SQL, e.g. `SELECT count(*)::int AS n FROM supporter`. */
  count(sql: string, parameters?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The real supporters service on a random port, a throw-away database, the test broker and a consumer
 * group of its own for plume.cases (so that test files never share partitions). The monthly job is off:
 * tests trigger feedback requests themselves.
 */
export async function startSupportersTestService(name: string, overrides: Record<string, string> = {}): Promise<SupportersTestService> {
  const database = await createTestDatabase(name);
  const environment = loadSupportersEnvironment({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.url,
    ...(await testKafkaSettings()),
    CASES_PROJECTION_GROUP_ID: uniqueName(`supporters-test-${name}`),
    MONTHLY_FEEDBACK_JOB_ENABLED: 'false',
    ...overrides,
  });
  const server = await startSupportersService(environment, testLogger(name));
  const dataSource = createSupportersDataSource({ url: database.url, poolSize: 2 });
  await dataSource.initialize();
  const tokenSettings = { secret: environment.JWT_SECRET, issuer: environment.JWT_ISSUER, audience: environment.JWT_AUDIENCE };
  return {
    environment,
    database,
    server,
    dataSource,
    async call(query, variables = {}, as) {
      const token = as ? await issueToken(tokenSettings, as) : undefined;
      return graphqlCall(server.url, query, variables, { token, headers: { [GATEWAY_CREDENTIAL_HEADER]: environment.GATEWAY_CREDENTIAL } });
    },
    async count(sql, parameters = []) {
      const [row] = await dataSource.query(sql, parameters);
      return Number(Object.values(row)[0]);
    },
    async stop() {
      await server.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export const ADMIN: TokenRequest = { role: 'admin', subject: 'admin-1' };
export const ANALYST: TokenRequest = { role: 'analyst', subject: 'analyst-1' };
export const STAFF_BE_FR: TokenRequest = { role: 'staff', subject: 'staff-be-fr-1', section: 'BE-FR' };
export const STAFF_DZ: TokenRequest = { role: 'staff', subject: 'staff-dz-1', section: 'DZ' };
export const SITE_BE_FR: TokenRequest = { role: 'site', subject: 'site-be-fr', section: 'BE-FR' };
export const SITE_DZ: TokenRequest = { role: 'site', subject: 'site-dz', section: 'DZ' };
