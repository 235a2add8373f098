import { Client } from 'pg';

/**
 * Creates the database named in `url` when it does not exist yet, by connecting to the server's
 * `postgres` maintenance database. One database per subgraph: nothing else shares it.
 */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const target = new URL(url);
  const databaseName = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/.test(databaseName)) {
    throw new Error('The database name in DATABASE_URL must be lower-case letters, digits and underscores.');
  }
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${databaseName}"`);
    } catch (error) {
      // Two processes may race to create it; the loser finds it there, which is what it wanted.
      if ((error as { code?: string }).code !== '42P04') throw error;
    }
    return true;
  } finally {
    await client.end();
  }
}

/** Drops a database, closing other sessions first (used by tests for their throw-away databases). */
export async function dropDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const databaseName = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
