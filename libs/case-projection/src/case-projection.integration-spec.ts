import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, schemaDriftAfterMigrations } from '@plume/database';
import {
  CaseCreated,
  CaseStatusChanged,
  CaseUpdated,
  createEventPublisher,
  createKafka,
  EVENTS_ENTITIES,
  EVENTS_MIGRATIONS,
  type EventPublisher,
  type Lifecycle,
} from '@plume/events';
import { createTestDatabase, testKafkaConnection, testLogger, uniqueName, waitFor, type TestDatabase } from '@plume/testing';
import { createCaseProjectionConsumer } from './case-projection.consumer';
import { KnownCaseEntity } from './known-case.entity';
import { CASE_PROJECTION_MIGRATIONS } from './known-case.migration';

/**
 * The shared projection fed through its own consumer group from the real plume.cases topic, with an app
 * reaction that writes to the same database (as supporters and deliveries do). Each test uses new case
 * ids; events of one case share its key, so they arrive in the order they were published.
 */
describe('case projection', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let publisher: EventPublisher;
  let consumer: Lifecycle;

  beforeAll(async () => {
    database = await createTestDatabase('case_projection');
    dataSource = createDataSource({
      url: database.url,
      poolSize: 4,
      applicationName: 'test-case-projection',
      entities: [KnownCaseEntity, ...EVENTS_ENTITIES],
      migrations: [...EVENTS_MIGRATIONS, ...CASE_PROJECTION_MIGRATIONS],
    });
    await dataSource.initialize();
    // Runs the migrations; what TypeORM would still change is a mismatch between the lib's migration and its entity.
    expect(await schemaDriftAfterMigrations(dataSource)).toEqual([]);
    await dataSource.query('CREATE TABLE status_reaction (case_id uuid NOT NULL, status text NOT NULL)');
    const logger = testLogger('case-projection');
    const kafka = createKafka(await testKafkaConnection('case-projection'), logger);
    publisher = await createEventPublisher(kafka);
    consumer = createCaseProjectionConsumer({
      kafka,
      dataSource,
      logger,
      groupId: uniqueName('case-projection'),
      onStatusChanged: async (data, manager) => {
        await manager.query('INSERT INTO status_reaction (case_id, status) VALUES ($1, $2)', [data.caseId, data.status]);
      },
    });
    await consumer.start();
  });
  afterAll(async () => {
    await consumer.stop();
    await publisher.stop();
    await dataSource.destroy();
    await database.drop();
  });

  const classification = (caseId: string, slug = `case-projection-${caseId.slice(0, 8)}`) => ({
    caseId,
    slug,
    country: 'DZ',
    themes: ['journalists'],
    published: true,
    campaignCodes: ['W4R-2020'],
  });
  const created = (caseId: string) => publisher.publish(CaseCreated, [{ aggregateId: caseId, data: { ...classification(caseId), status: 'ACTIVE', defaultLanguage: 'fr' } }]);
  const statusChanged = (caseId: string, status: 'RELEASED' | 'CLOSED', id?: string) =>
    publisher.publish(CaseStatusChanged, [{ aggregateId: caseId, id, data: { caseId, previousStatus: 'ACTIVE', status, effectiveOn: '2021-02-19' } }]);

  /** Waits until the consumer has applied (and marked) the event; the projection has caught up to it. */
  const applied = (eventId: string) =>
    waitFor(`event ${eventId} to be applied`, async () => (await dataSource.query('SELECT 1 FROM processed_event WHERE event_id = $1', [eventId])).length > 0, 60_000);
  const rowOf = (caseId: string) => dataSource.getRepository(KnownCaseEntity).findOneByOrFail({ caseId });
  const reactionsTo = async (caseId: string) =>
    (await dataSource.query('SELECT status FROM status_reaction WHERE case_id = $1', [caseId])).map((row: { status: string }) => row.status);

  it('projects a created case, then its release, and runs the app reaction once', async () => {
    const caseId = randomUUID();
    await created(caseId);
    const [release] = await statusChanged(caseId, 'RELEASED');
    await applied(release.id);

    expect(await rowOf(caseId)).toMatchObject({
      slug: classification(caseId).slug,
      country: 'DZ',
      status: 'RELEASED',
      statusChangedOn: '2021-02-19',
      published: true,
      campaignCodes: ['W4R-2020'],
    });
    expect(await reactionsTo(caseId)).toEqual(['RELEASED']);
  });

  it('keeps a status change seen before the creation, and fills in the classification from the creation', async () => {
    const caseId = randomUUID();
    const [closure] = await statusChanged(caseId, 'CLOSED');
    await applied(closure.id);
    expect(await rowOf(caseId)).toMatchObject({ slug: null, country: null, status: 'CLOSED', published: false, campaignCodes: [] });

    const [creation] = await created(caseId);
    await applied(creation.id);
    expect(await rowOf(caseId)).toMatchObject({ slug: classification(caseId).slug, country: 'DZ', status: 'CLOSED', statusChangedOn: '2021-02-19', published: true });
  });

  it('applies an event delivered twice once', async () => {
    const caseId = randomUUID();
    await created(caseId);
    const [release] = await statusChanged(caseId, 'RELEASED');
    await statusChanged(caseId, 'RELEASED', release.id); // what a relay does after a crash
    // A later event of the same case (same key, same partition): once applied, the duplicate was read too.
    const [later] = await publisher.publish(CaseUpdated, [{ aggregateId: caseId, data: { ...classification(caseId, `${caseId}-renamed`), changedFields: ['slug'] } }]);
    await applied(later.id);

    expect(await reactionsTo(caseId)).toEqual(['RELEASED']);
    expect(await rowOf(caseId)).toMatchObject({ slug: `${caseId}-renamed`, status: 'RELEASED' });
  });
});
