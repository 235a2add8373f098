import 'reflect-metadata';
import { runMigrationCommand } from '@plume/database';
import { runScript } from '@plume/server';
import { createSupportersDataSource } from './data-source';
import { loadSupportersEnvironment } from './environment';

/**
 * `nx run supporters:migrate`: creates the database when missing and runs pending migrations.
 * `--check` (CI): fails when the entities need SQL that no migration has.
 */
runScript(async () => {
  const environment = loadSupportersEnvironment();
  process.exitCode = await runMigrationCommand({
    appName: 'supporters',
    databaseUrl: environment.DATABASE_URL,
    createDataSource: (url) => createSupportersDataSource({ url, poolSize: 1 }),
    check: process.argv.includes('--check'),
  });
});
