import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { KnownCaseEntity } from '@plume/case-projection';
import { runPendingMigrations } from '@plume/database';
import { createTestDatabase, testLogger, type TestDatabase } from '@plume/testing';
import { KnownCampaignEntity } from '../case-projection/known-campaign.entity';
import { createActionsDataSource } from '../data-source';
import { loadActionsEnvironment } from '../environment';
import { createActionsServices } from '../services';
import { seedDemoActions } from './seed-demo-actions';

describe('demo actions seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('actions_seed');
    dataSource = createActionsDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('records nothing before the projection knows the cases, then the 800,000 letters for Moses Akatugba once, however often it runs', async () => {
    const services = createActionsServices(dataSource, loadActionsEnvironment({ NODE_ENV: 'test' }), testLogger());
    expect(await seedDemoActions(dataSource, services)).toEqual({ recorded: [], missing: ['moses-akatugba'] });

    // What the projection of plume.cases holds once the cases subgraph has announced its demo data.
    const caseId = randomUUID();
    await dataSource.getRepository(KnownCaseEntity).insert({ caseId, slug: 'moses-akatugba', status: 'RELEASED', statusChangedOn: '2015-05-28', published: true, campaignCodes: ['W4R-2013'] });
    await dataSource.getRepository(KnownCampaignEntity).insert({ campaignId: randomUUID(), code: 'W4R-2013', status: 'ENDED' });
    expect(await seedDemoActions(dataSource, services)).toEqual({ recorded: ['moses-akatugba'], missing: [] });
    expect(await seedDemoActions(dataSource, services)).toEqual({ recorded: ['moses-akatugba'], missing: [] });

    const [stats] = await services.stats.load([{ kind: 'CASE', id: caseId, section: '*' }]);
    expect(stats).toMatchObject({ letters: 800_000, total: 800_000, bySource: [{ source: 'IMPORT', quantity: 800_000 }] });
    const milestones = await dataSource.query(`SELECT data->>'threshold' AS threshold FROM outbox WHERE event_type = 'org.plume.case.milestone-reached.v1' ORDER BY position`);
    expect(milestones.map((row: { threshold: string }) => Number(row.threshold))).toEqual([1_000, 10_000, 100_000]);
  });
});
