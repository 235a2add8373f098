import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, ensureDatabaseExists } from '@plume/database';
import { hasContainerRuntime } from './docker';
import { testEnvironment } from './test-environment';

let serverUrl: Promise<string> | undefined;

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function findPostgresServer(): Promise<string> {
  if (await canConnect(testEnvironment.TEST_DATABASE_URL)) return testEnvironment.TEST_DATABASE_URL;
  if (await hasContainerRuntime()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:15-alpine').start();
    return container.getConnectionUri();
  }
  throw new Error(
    `No PostgreSQL for tests: ${new URL(testEnvironment.TEST_DATABASE_URL).host} does not answer and there is no Docker engine. ` +
      'Start PostgreSQL or set TEST_DATABASE_URL.',
  );
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file; `drop()` it in afterAll. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  serverUrl ??= findPostgresServer();
  const url = new URL(await serverUrl);
  url.pathname = `/test_${prefix.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await ensureDatabaseExists(url.toString());
  return { url: url.toString(), drop: () => dropDatabase(url.toString()) };
}
