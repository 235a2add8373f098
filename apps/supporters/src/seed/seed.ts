import 'reflect-metadata';
import { catchUpCaseProjection } from '@plume/case-projection';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings } from '@plume/events';
import { createLogger, runScript } from '@plume/server';
import { createCasesProjectionConsumer } from '../consumers/cases-projection.consumer';
import { createSupportersDataSource } from '../data-source';
import { loadSupportersEnvironment } from '../environment';
import { DEMO_CASE_SLUGS, seedDemoData } from './seed-demo-data';

/** How long the seed waits for the cases subgraph's events before adopting what it knows. */
const PROJECTION_WAIT_MS = 20_000;

/** `nx run supporters:seed`: the demo sections, supporters and their adoptions (idempotent). */
runScript(async () => {
  const environment = loadSupportersEnvironment();
  const logger = createLogger('supporters-seed', 'warn');
  const dataSource = await openDatabase({ url: environment.DATABASE_URL, createDataSource: (url) => createSupportersDataSource({ url, poolSize: 2 }), migrate: true });
  try {
    if (environment.CASES_PROJECTION_ENABLED) {
      const kafka = createKafkaFromSettings(environment, 'plume-supporters-seed', logger);
      const consumer = createCasesProjectionConsumer({ kafka, dataSource, logger, groupId: environment.CASES_PROJECTION_GROUP_ID });
      await catchUpCaseProjection({ consumer, dataSource, slugs: DEMO_CASE_SLUGS, timeoutMs: PROJECTION_WAIT_MS });
    }
    const report = await seedDemoData(dataSource, environment.CONTACT_REFERENCE_SECRET);
    console.log(`supporters: seeded sections ${report.sections.join(', ')} and ${report.supporters} demo supporters`);
    if (report.adoptionsCreated.length) console.log(`supporters: new adoptions of ${report.adoptionsCreated.join(', ')}`);
    if (report.casesNotAdoptable.length) {
      console.log(`supporters: not adopted (case unknown to the projection of plume.cases yet, or not ACTIVE): ${report.casesNotAdoptable.join(', ')}`);
    }
  } finally {
    await dataSource.destroy();
  }
});
