import 'reflect-metadata';
import { runScript } from '@plume/server';
import { openDatabase } from '@plume/database';
import { createCasesDataSource } from '../data-source';
import { loadCasesEnvironment } from '../environment';
import { seedDemoData } from './seed-demo-data';

/** `nx run cases:seed`: loads the demo campaigns and cases (idempotent). */
async function seed(): Promise<void> {
  const environment = loadCasesEnvironment();
  const dataSource = await openDatabase({ url: environment.DATABASE_URL, createDataSource: (url) => createCasesDataSource({ url, poolSize: 2 }), migrate: true });
  try {
    const report = await seedDemoData(dataSource);
    const created = [...report.campaignsCreated, ...report.casesCreated];
    console.log(created.length ? `cases: seeded ${created.join(', ')}` : 'cases: demo data already there');
  } finally {
    await dataSource.destroy();
  }
}

runScript(seed);
