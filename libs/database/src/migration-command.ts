import type { DataSource } from 'typeorm';
import { dropDatabase, ensureDatabaseExists } from './ensure-database';
import { runPendingMigrations, schemaDriftAfterMigrations } from './migrations';

export interface MigrationCommandOptions {
  appName: string;
  databaseUrl: string;
  createDataSource(url: string): DataSource;
  /** `--check`: migrate a throw-away copy and fail when the entities need SQL that no migration has. */
  check: boolean;
}

/** What every subgraph's `migrate` entry point does; resolves to the process exit code. */
export async function runMigrationCommand(options: MigrationCommandOptions): Promise<number> {
  const url = options.check ? scratchDatabaseUrl(options.databaseUrl, options.appName) : options.databaseUrl;
  await ensureDatabaseExists(url);
  const dataSource = options.createDataSource(url);
  await dataSource.initialize();
  try {
    if (!options.check) {
      const { applied } = await runPendingMigrations(dataSource);
      console.log(applied.length ? `${options.appName}: applied ${applied.join(', ')}` : `${options.appName}: database is up to date`);
      return 0;
    }
    const drift = await schemaDriftAfterMigrations(dataSource);
    if (drift.length === 0) {
      console.log(`${options.appName}: migrations match the entities`);
      return 0;
    }
    console.error(`${options.appName}: the entities need SQL that no migration has:\n${drift.join('\n')}`);
    return 1;
  } finally {
    await dataSource.destroy();
    if (options.check) await dropDatabase(url);
  }
}

function scratchDatabaseUrl(databaseUrl: string, appName: string): string {
  const scratch = new URL(databaseUrl);
  scratch.pathname = `/plume_${appName}_drift_${process.pid}`;
  return scratch.toString();
}
