import type { DataSource } from 'typeorm';

export interface MigrationReport {
  applied: string[];
}

/** Runs the pending migrations, each in its own transaction, and says which ran. */
export async function runPendingMigrations(dataSource: DataSource): Promise<MigrationReport> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return { applied: applied.map((migration) => migration.name) };
}

/** True when the code carries migrations the database has not run yet (the CI drift check uses it). */
export async function hasPendingMigrations(dataSource: DataSource): Promise<boolean> {
  return dataSource.showMigrations();
}

/**
 * The SQL TypeORM would still run to make the database match the entities after every migration
 * ran. Empty means entities and migrations agree; anything else is a change made without a migration.
 */
export async function schemaDriftAfterMigrations(dataSource: DataSource): Promise<string[]> {
  await runPendingMigrations(dataSource);
  const pending = await dataSource.driver.createSchemaBuilder().log();
  return pending.upQueries.map((query) => query.query);
}
