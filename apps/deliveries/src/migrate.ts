import 'reflect-metadata';
import { runMigrationCommand } from '@plume/database';
import { runScript } from '@plume/server';
import { createDeliveriesDataSource } from './data-source';
import { loadDeliveriesEnvironment } from './environment';

/**
 * `nx run deliveries:migrate`: creates the database when missing and runs pending migrations.
 * `--check` (CI): fails when the entities need SQL that no migration has.
 */
runScript(async () => {
  const environment = loadDeliveriesEnvironment();
  process.exitCode = await runMigrationCommand({
    appName: 'deliveries',
    databaseUrl: environment.DATABASE_URL,
    createDataSource: (url) => createDeliveriesDataSource({ url, poolSize: 1 }),
    check: process.argv.includes('--check'),
  });
});
