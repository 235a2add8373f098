import 'reflect-metadata';
import { runMigrationCommand } from '@plume/database';
import { runScript } from '@plume/server';
import { createActionsDataSource } from './data-source';
import { loadActionsEnvironment } from './environment';

/**
 * `nx run actions:migrate`: creates the database when missing and runs pending migrations.
 * `--check` (CI): fails when the entities need SQL that no migration has.
 */
runScript(async () => {
  const environment = loadActionsEnvironment();
  process.exitCode = await runMigrationCommand({
    appName: 'actions',
    databaseUrl: environment.DATABASE_URL,
    createDataSource: (url) => createActionsDataSource({ url, poolSize: 1 }),
    check: process.argv.includes('--check'),
  });
});
