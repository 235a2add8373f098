import { createTestDatabase, type TestDatabase } from '@plume/testing';
import { runPendingMigrations } from '@plume/database';
import type { DataSource } from 'typeorm';
import { createCasesDataSource } from '../data-source';
import { seedDemoData } from './seed-demo-data';

describe('demo data seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('cases_seed');
    dataSource = createCasesDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('loads the people of the seed documents once, however often it runs', async () => {
    const first = await seedDemoData(dataSource);
    expect(first.campaignsCreated).toEqual(['W4R-2020', 'IAR-BE-FR', 'W4R-2013']);
    expect(first.casesCreated).toEqual(expect.arrayContaining(['khaled-drareni', 'su-changlan', 'moses-akatugba']));
    const second = await seedDemoData(dataSource);
    expect(second).toEqual({ campaignsCreated: [], casesCreated: [] });

    const [su] = await dataSource.query(`SELECT status, status_changed_on::text AS on FROM "case" WHERE slug = 'su-changlan'`);
    expect(su).toEqual({ status: 'RELEASED', on: '2017-10-26' });
    const [{ events }] = await dataSource.query(`SELECT count(*)::int AS events FROM outbox WHERE event_type = 'org.plume.case.created.v1'`);
    expect(events).toBe(first.casesCreated.length);
  });
});
