import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ensureDatabaseExists } from './ensure-database';
import { runPendingMigrations } from './migrations';

export interface OpenDatabaseOptions {
  url: string;
  createDataSource(url: string): DataSource;
  /** Run the pending migrations (a service's DATABASE_MIGRATIONS_RUN; seeds always do). */
  migrate: boolean;
  logger?: Logger;
}

/**
 * How every service and seed gets its database: created when missing, connected, migrated. One place,
 * so that a service and its seed can never disagree about the order of these steps.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DataSource> {
  await ensureDatabaseExists(options.url);
  const dataSource = options.createDataSource(options.url);
  await dataSource.initialize();
  if (options.migrate) {
    const { applied } = await runPendingMigrations(dataSource);
    if (applied.length > 0) options.logger?.info({ applied }, 'migrations applied');
  }
  return dataSource;
}
