import 'reflect-metadata';
import { runMigrationCommand } from '@plume/database';
import { runScript } from '@plume/server';
import { createCasesDataSource } from './data-source';
import { loadCasesEnvironment } from './environment';

/**
 * `nx run cases:migrate`: creates the database when missing and runs pending migrations.
 * `--check` (CI): fails when the entities need SQL that no migration has.
 */
runScript(async () => {
  const environment = loadCasesEnvironment();
  process.exitCode = await runMigrationCommand({
    appName: 'cases',
    databaseUrl: environment.DATABASE_URL,
    createDataSource: (url) => createCasesDataSource({ url, poolSize: 1 }),
    check: process.argv.includes('--check'),
  });
});
