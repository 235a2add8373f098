import { randomUUID } from 'node:crypto';
import { runPendingMigrations } from '@plume/database';
import { createCloudEvent } from '@plume/events';
import { createTestDatabase, testLogger, waitFor, type TestDatabase } from '@plume/testing';
import type { DataSource } from 'typeorm';
import { createSupportersDataSource } from '../data-source';
import { casesProjectionHandlers } from '../consumers/cases-projection.consumer';
import { seedDemoData } from '../seed/seed-demo-data';
import { periodOf } from './feedback-period';
import { createMonthlyFeedbackJob } from './monthly-feedback.job';

describe('monthly feedback job', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('supporters_feedback_job');
    dataSource = createSupportersDataSource({ url: database.url, poolSize: 3 });
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
    const caseId = randomUUID();
    const created = createCloudEvent({
      type: 'org.plume.case.created.v1',
      source: '/plume/cases',
      data: { caseId, slug: 'hamid-babaei', country: 'IR', themes: [], published: true, campaignCodes: [], status: 'ACTIVE', defaultLanguage: 'fr' },
    });
    await dataSource.transaction((manager) => casesProjectionHandlers[created.type](created, manager));
    await seedDemoData(dataSource, 'a-contact-reference-secret-for-the-job-test');
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('creates the current month’s requests at start, and two jobs running at once create each one only once', async () => {
    const active = (await dataSource.query(`SELECT count(*)::int AS n FROM adoption WHERE status = 'ACTIVE'`))[0].n as number;
    expect(active).toBe(2);
    const jobs = [1, 2].map(() => createMonthlyFeedbackJob({ dataSource, logger: testLogger(), intervalMs: 3_600_000 }));
    await Promise.all(jobs.map((job) => job.start()));
    try {
      await waitFor('both jobs to have run', () => jobs.every((job) => job.ready()));
      const requests = await dataSource.query('SELECT period FROM feedback_request');
      expect(requests).toEqual(Array(active).fill({ period: periodOf(new Date()) }));
      const [{ events }] = await dataSource.query(`SELECT count(*)::int AS events FROM outbox WHERE event_type = 'org.plume.supporter.feedback-requested.v1'`);
      expect(events).toBe(active);
    } finally {
      await Promise.all(jobs.map((job) => job.stop()));
    }
  });
});
