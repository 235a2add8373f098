import 'reflect-metadata';
import { catchUpCaseProjection } from '@plume/case-projection';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings } from '@plume/events';
import { createLogger, runScript } from '@plume/server';
import { createCasesProjectionConsumer } from '../consumers/cases-projection.consumer';
import { createDeliveriesDataSource } from '../data-source';
import { loadDeliveriesEnvironment } from '../environment';
import { KnownCaseService } from '../known-cases/known-case.service';
import { createDeliveriesServices } from '../services';
import { DEMO_DELIVERIES } from './demo-data';
import { seedDemoData } from './seed-demo-data';

/**
 * `nx run deliveries:seed`: loads the demo embassies and deliveries (idempotent). The deliveries need
 * the demo cases, announced on plume.cases by the cases service: run it after that one has started.
 */
async function seed(): Promise<void> {
  const environment = loadDeliveriesEnvironment();
  const logger = createLogger('deliveries-seed', environment.LOG_LEVEL);
  const dataSource = await openDatabase({ url: environment.DATABASE_URL, createDataSource: (url) => createDeliveriesDataSource({ url, poolSize: 2 }), migrate: true });
  try {
    // The demo deliveries belong to cases this database knows only from plume.cases.
    const kafka = createKafkaFromSettings(environment, 'plume-deliveries-seed', logger);
    const consumer = createCasesProjectionConsumer({ kafka, dataSource, logger, groupId: environment.CASES_PROJECTION_GROUP_ID }, createDeliveriesServices(dataSource));
    await catchUpCaseProjection({ consumer, dataSource, slugs: [...new Set(DEMO_DELIVERIES.map((demo) => demo.caseSlug))], timeoutMs: 60_000 });
    const knownCases = new KnownCaseService(dataSource);
    const report = await seedDemoData(dataSource, (slug) => knownCases.idOfSlug(slug));
    const created = [...report.embassiesCreated, ...report.deliveriesCreated];
    console.log(created.length ? `deliveries: seeded ${created.join(', ')}` : 'deliveries: demo data already there');
    if (report.deliveriesSkipped.length) {
      console.log(`deliveries: cases not announced on plume.cases yet, demo deliveries skipped: ${report.deliveriesSkipped.join(', ')} (seed again later)`);
    }
  } finally {
    await dataSource.destroy();
  }
}

runScript(seed);
