import { randomUUID } from 'node:crypto';
import { uniqueName, waitFor } from '@plume/testing';
import { CaseStatusChanged, CaseUpdatePublished } from '../contracts/cases.contracts';
import { startEventReader } from '../consumer/event-reader';
import { appendAllToOutbox, appendToOutbox } from '../outbox/outbox-writer';
import { startEventsHarness, type EventsTestHarness } from '../test-support/events-test-harness';
import { createOutboxRelay } from './outbox-relay';

/** The outbox against real PostgreSQL and the real broker: atomicity, publication, order. */
describe('transactional outbox and relay', () => {
  let harness: EventsTestHarness;

  beforeAll(async () => {
    harness = await startEventsHarness('outbox', ['CREATE TABLE case_state (id uuid PRIMARY KEY, status text NOT NULL)']);
  });
  afterAll(() => harness.close());

  const statusChange = (caseId: string, status: 'RELEASED' | 'CLOSED') => ({
    contract: CaseStatusChanged,
    aggregateId: caseId,
    source: '/plume/test',
    data: { caseId, previousStatus: 'ACTIVE' as const, status, effectiveOn: '2017-10-26' },
  });

  it('commits the state change and its event together, and a failed transaction leaves neither', async () => {
    const committed = randomUUID();
    const rolledBack = randomUUID();
    await harness.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO case_state VALUES ($1, 'RELEASED')`, [committed]);
      await appendToOutbox(manager, statusChange(committed, 'RELEASED'));
    });
    await expect(
      harness.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO case_state VALUES ($1, 'RELEASED')`, [rolledBack]);
        await appendToOutbox(manager, statusChange(rolledBack, 'RELEASED'));
        throw new Error('the request failed after writing');
      }),
    ).rejects.toThrow('the request failed after writing');

    const states = await harness.dataSource.query('SELECT id FROM case_state');
    const events = await harness.dataSource.query('SELECT aggregate_id FROM outbox');
    expect(states.map((r: { id: string }) => r.id)).toEqual([committed]);
    expect(events.map((r: { aggregate_id: string }) => r.aggregate_id)).toEqual([committed]);
  });

  it('refuses to write an event outside a transaction and refuses data that breaks its contract', async () => {
    await expect(appendToOutbox(harness.dataSource.manager, statusChange(randomUUID(), 'CLOSED'))).rejects.toThrow(/inside the transaction/);
    await expect(
      harness.dataSource.transaction((manager) =>
        appendToOutbox(manager, { ...statusChange(randomUUID(), 'CLOSED'), data: { caseId: 'not-a-uuid' } as never }),
      ),
    ).rejects.toThrow();
  });

  it('writes a batch of events as one row each, in the order given, with the fields and data of each event', async () => {
    const caseId = randomUUID();
    const occurredAt = new Date('2024-11-20T10:00:00.123Z');
    const published = {
      contract: CaseUpdatePublished,
      aggregateId: caseId,
      source: '/plume/test "quoted", {braced} \\ source',
      occurredAt,
      data: { caseId, updateId: randomUUID(), publishedAt: occurredAt.toISOString(), languages: ['fr', 'a "quote", a \\ backslash, {braces}', 'ar-DZ ع'] },
    };
    const events = await harness.dataSource.transaction((manager) =>
      appendAllToOutbox(manager, [statusChange(caseId, 'RELEASED'), published, statusChange(caseId, 'CLOSED')]),
    );

    const rows = await harness.dataSource.query(
      `SELECT event_id, topic, event_type, source, subject, aggregate_id, occurred_at, data, published_at
         FROM outbox WHERE aggregate_id = $1 ORDER BY position`,
      [caseId],
    );
    expect(rows).toEqual(
      events.map((event) => ({
        event_id: event.id,
        topic: 'plume.cases',
        event_type: event.type,
        source: event.source,
        subject: `case/${caseId}`,
        aggregate_id: caseId,
        occurred_at: new Date(event.time),
        data: event.data,
        published_at: null,
      })),
    );
    expect(rows.map((row: { event_type: string }) => row.event_type)).toEqual([CaseStatusChanged.type, CaseUpdatePublished.type, CaseStatusChanged.type]);
    expect(rows[1]).toMatchObject({ source: published.source, occurred_at: occurredAt, data: published.data });
  });

  it('publishes pending events as CloudEvents, in order per aggregate, and marks them published', async () => {
    const caseId = randomUUID();
    await harness.dataSource.transaction(async (manager) => {
      await appendToOutbox(manager, statusChange(caseId, 'RELEASED'));
      await appendToOutbox(manager, statusChange(caseId, 'CLOSED'));
    });
    const reader = await startEventReader(harness.kafka, ['plume.cases'], uniqueName('outbox-reader'));
    const relay = createOutboxRelay({ dataSource: harness.dataSource, kafka: harness.kafka, logger: harness.logger, topics: ['plume.cases'] });
    await relay.start();
    try {
      await reader.waitFor((r) => r.key === caseId && (r.event.data as { status: string }).status === 'CLOSED');
      const forCase = reader.received.filter((r) => r.key === caseId);
      expect(forCase.map((r) => (r.event.data as { status: string }).status)).toEqual(['RELEASED', 'CLOSED']);
      expect(forCase[0].headers).toMatchObject({ ce_specversion: '1.0', ce_type: 'org.plume.case.status-changed.v1', ce_source: '/plume/test', ce_subject: `case/${caseId}`, 'content-type': 'application/json' });
      await waitFor('the outbox to be marked published', async () => {
        const [{ pending }] = await harness.dataSource.query('SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL');
        return pending === 0;
      });
      expect(relay.ready()).toBe(true);
    } finally {
      await relay.stop();
      await reader.stop();
    }
  });
});
