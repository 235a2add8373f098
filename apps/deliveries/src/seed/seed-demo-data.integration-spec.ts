import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { applyCaseCreated } from '@plume/case-projection';
import { runPendingMigrations } from '@plume/database';
import { createTestDatabase, type TestDatabase } from '@plume/testing';
import { createDeliveriesDataSource } from '../data-source';
import { KnownCaseService } from '../known-cases/known-case.service';
import { nextHumanRightsDay } from './demo-data';
import { seedDemoData } from './seed-demo-data';

describe('demo data seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let knownCases: KnownCaseService;

  beforeAll(async () => {
    database = await createTestDatabase('deliveries_seed');
    dataSource = createDeliveriesDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
    knownCases = new KnownCaseService(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** What the case projection learns from case.created on plume.cases (the consumer's own write). */
  const caseAnnounced = (slug: string, country: string) =>
    dataSource.transaction(async (manager) => {
      const caseId = randomUUID();
      await applyCaseCreated(manager, { caseId, slug, country, themes: [], published: true, campaignCodes: ['IAR-BE-FR'], status: 'ACTIVE', defaultLanguage: 'fr' });
      return caseId;
    });

  it('skips the demo deliveries while their cases are unknown, and loads everything once, however often it runs', async () => {
    const early = await seedDemoData(dataSource, (slug) => knownCases.idOfSlug(slug));
    expect(early.embassiesCreated.sort()).toEqual(['CN@Alger', 'CN@Bruxelles', 'DZ@Bruxelles', 'IR@Alger', 'IR@Bruxelles', 'NG@Alger', 'NG@Bruxelles', 'SV@Bruxelles']);
    expect(early.deliveriesSkipped).toEqual(['teodora-del-carmen-vasquez/BE-FR', 'hamid-babaei/BE-FR', 'hamid-babaei/DZ']);

    const teodora = await caseAnnounced('teodora-del-carmen-vasquez', 'SV');
    const hamid = await caseAnnounced('hamid-babaei', 'IR');
    const later = await seedDemoData(dataSource, (slug) => knownCases.idOfSlug(slug));
    expect(later).toEqual({ embassiesCreated: [], deliveriesCreated: ['teodora-del-carmen-vasquez/BE-FR', 'hamid-babaei/BE-FR', 'hamid-babaei/DZ'], deliveriesSkipped: [] });
    expect(await seedDemoData(dataSource, (slug) => knownCases.idOfSlug(slug))).toEqual({ embassiesCreated: [], deliveriesCreated: [], deliveriesSkipped: [] });

    const deliveries = await dataSource.query(
      `SELECT d.case_id, d.section, d.status, d.planned_for::text AS planned_for, d.online_signatures + d.paper_signatures AS signatures, e.represented_country, e.host_country, e.city
       FROM delivery d JOIN embassy e ON e.id = d.embassy_id ORDER BY d.status, d.section`,
    );
    expect(deliveries).toEqual([
      { case_id: teodora, section: 'BE-FR', status: 'DELIVERED', planned_for: '2017-12-08', signatures: 4_969, represented_country: 'SV', host_country: 'BE', city: 'Bruxelles' },
      { case_id: hamid, section: 'BE-FR', status: 'PLANNED', planned_for: nextHumanRightsDay(), signatures: null, represented_country: 'IR', host_country: 'BE', city: 'Bruxelles' },
      // The Algerian section hands over in Algiers, at the embassy of the case's country there.
      { case_id: hamid, section: 'DZ', status: 'PLANNED', planned_for: nextHumanRightsDay(), signatures: null, represented_country: 'IR', host_country: 'DZ', city: 'Alger' },
    ]);
    const planned = await dataSource.query(`SELECT data FROM outbox WHERE event_type = 'org.plume.delivery.planned.v1' AND data->>'section' = 'DZ'`);
    expect(planned.map((row: { data: unknown }) => row.data)).toEqual([
      expect.objectContaining({ caseId: hamid, section: 'DZ', embassy: expect.objectContaining({ representedCountry: 'IR', hostCountry: 'DZ', city: 'Alger' }) }),
    ]);
    const [completed] = await dataSource.query(`SELECT data FROM outbox WHERE event_type = 'org.plume.delivery.completed.v1'`);
    expect(completed.data).toMatchObject({ caseId: teodora, section: 'BE-FR', counts: { onlineSignatures: 1_842, paperSignatures: 3_127, letters: 214 } });
  });

  it('picks the next 10 December', () => {
    expect(nextHumanRightsDay(new Date('2026-11-21T05:00:00Z'))).toBe('2026-12-10');
    expect(nextHumanRightsDay(new Date('2026-12-10T05:00:00Z'))).toBe('2026-12-10');
    expect(nextHumanRightsDay(new Date('2026-12-11T05:00:00Z'))).toBe('2027-12-10');
  });
});
