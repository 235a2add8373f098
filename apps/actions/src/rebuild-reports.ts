import 'reflect-metadata';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings } from '@plume/events';
import { createLogger, runScript } from '@plume/server';
import { createActionsDataSource } from './data-source';
import { loadActionsEnvironment } from './environment';
import { rebuildRollupsFromTable } from './reports/rebuild-from-table';
import { rebuildRollupsFromTopic } from './reports/rebuild-from-topic';

const USAGE = 'usage: rebuild-reports --from table|topic';

/**
 * `nx run actions:rebuild-reports -- --from table|topic`: rebuilds the report roll-ups from the actions
 * table (fast, one transaction) or from the whole `plume.actions` topic (a replay, with progress).
 */
runScript(async () => {
  const index = process.argv.indexOf('--from');
  const source = index >= 0 ? process.argv[index + 1] : undefined;
  if (source !== 'table' && source !== 'topic') throw Object.assign(new Error(USAGE), { name: 'ConfigurationError' });
  const environment = loadActionsEnvironment();
  const logger = createLogger('actions-rebuild-reports', environment.LOG_LEVEL);
  const dataSource = await openDatabase({ url: environment.DATABASE_URL, createDataSource: (url) => createActionsDataSource({ url, poolSize: 2 }), migrate: true });
  const started = Date.now();
  try {
    if (source === 'table') {
      const { actions } = await rebuildRollupsFromTable(dataSource);
      console.log(`reports: rebuilt from the actions table, ${actions} counted actions, in ${Date.now() - started} ms`);
    } else {
      const kafka = createKafkaFromSettings(environment, 'plume-actions-rebuild-reports', logger);
      const onProgress = (applied: number, total: number) => process.stderr.write(`\rreports: replayed ${applied} of ${total} messages`);
      const { messages } = await rebuildRollupsFromTopic({ dataSource, kafka, logger, onProgress });
      console.log(`\nreports: rebuilt from the plume.actions topic, ${messages} messages, in ${Date.now() - started} ms`);
    }
  } finally {
    await dataSource.destroy();
  }
});
