import { randomUUID } from 'node:crypto';
import { runPendingMigrations } from '@plume/database';
import { createCloudEvent } from '@plume/events';
import { createTestDatabase, type TestDatabase } from '@plume/testing';
import type { DataSource } from 'typeorm';
import { createSupportersDataSource } from '../data-source';
import { casesProjectionHandlers } from '../consumers/cases-projection.consumer';
import { seedDemoData } from './seed-demo-data';

const SECRET = 'a-contact-reference-secret-for-the-seed-test';

describe('demo data seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('supporters_seed');
    dataSource = createSupportersDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** What the consumer of plume.cases would do with the cases subgraph's events. */
  const project = async (type: string, data: Record<string, unknown>) => {
    const event = createCloudEvent({ type, source: '/plume/cases', data });
    await dataSource.transaction((manager) => casesProjectionHandlers[type](event, manager));
  };
  const knownCase = async (slug: string, status: 'ACTIVE' | 'RELEASED' = 'ACTIVE') => {
    const caseId = randomUUID();
    await project('org.plume.case.created.v1', { caseId, slug, country: 'IR', themes: [], published: true, campaignCodes: ['IAR-BE-FR'], status: 'ACTIVE', defaultLanguage: 'fr' });
    if (status !== 'ACTIVE') await project('org.plume.case.status-changed.v1', { caseId, previousStatus: 'ACTIVE', status, effectiveOn: '2017-10-26' });
    return caseId;
  };

  it('loads sections and supporters once however often it runs, adopting only the active cases the projection knows', async () => {
    await knownCase('hamid-babaei');
    await knownCase('teodora-del-carmen-vasquez', 'RELEASED');

    const first = await seedDemoData(dataSource, SECRET);
    expect(first.sections).toEqual(['BE-FR', 'DZ']);
    expect(first.adoptionsCreated).toEqual(['hamid-babaei', 'hamid-babaei']);
    expect(first.casesNotAdoptable.sort()).toEqual(['khaled-drareni', 'teodora-del-carmen-vasquez']);

    const counts = async () => (await dataSource.query(`SELECT (SELECT count(*) FROM supporter)::int AS supporters, (SELECT count(*) FROM adoption)::int AS adoptions, (SELECT count(*) FROM outbox)::int AS events`))[0];
    const afterFirst = await counts();
    expect(afterFirst.supporters).toBe(7);

    // The cases subgraph's events arrive later: the next run adopts what it now knows, and nothing twice.
    await knownCase('khaled-drareni');
    const second = await seedDemoData(dataSource, SECRET);
    expect(second.adoptionsCreated).toEqual(['khaled-drareni', 'khaled-drareni', 'khaled-drareni']);
    expect(await seedDemoData(dataSource, SECRET)).toMatchObject({ adoptionsCreated: [] });
    expect((await counts()).supporters).toBe(7);
    expect((await counts()).adoptions).toBe(5);

    const [{ registered }] = await dataSource.query(`SELECT count(*)::int AS registered FROM outbox WHERE event_type = 'org.plume.supporter.registered.v1'`);
    expect(registered).toBe(7);

    // The DZ section has supporters of its own, written to in Arabic or French, acting for the Algerian journalist
    // (Teodora's case is RELEASED in this test's projection, so Meriem's adoption of it waits).
    const dz: { language: string; country: string; adopted: string[] }[] = await dataSource.query(
      `SELECT s.language, s.address_country AS country, array_remove(array_agg(k.slug), NULL) AS adopted
         FROM supporter s
         LEFT JOIN adoption a ON a.supporter_id = s.id AND a.status = 'ACTIVE'
         LEFT JOIN known_case k ON k.case_id = a.case_id
        WHERE s.section_code = 'DZ'
        GROUP BY s.id`,
    );
    expect(dz.map((supporter) => supporter.language).sort()).toEqual(['ar', 'ar', 'fr']);
    expect(dz.every((supporter) => supporter.country === 'DZ')).toBe(true);
    expect(dz.flatMap((supporter) => supporter.adopted)).toEqual(['khaled-drareni', 'khaled-drareni']);
  });
});
