import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createDataSource, runPendingMigrations } from '@plume/database';
import { createTestDatabase, testKafkaConnection, testLogger, type TestDatabase } from '@plume/testing';
import { ProcessedEvent } from '../consumer/processed-event.entity';
import { createKafka } from '../kafka/kafka-client';
import { CreateEventsTables1763600000000 } from '../outbox/events-tables.migration';
import { OutboxMessage } from '../outbox/outbox-message.entity';

export interface EventsTestHarness {
  database: TestDatabase;
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  close(): Promise<void>;
}

/** A migrated throw-away database with the events tables plus `extraSql`, and a client of the test broker. */
export async function startEventsHarness(name: string, extraSql: string[] = []): Promise<EventsTestHarness> {
  const database = await createTestDatabase(name);
  const dataSource = createDataSource({
    url: database.url,
    poolSize: 4,
    applicationName: `test-${name}`,
    entities: [OutboxMessage, ProcessedEvent],
    migrations: [CreateEventsTables1763600000000],
  });
  await dataSource.initialize();
  await runPendingMigrations(dataSource);
  for (const sql of extraSql) await dataSource.query(sql);
  const logger = testLogger(name);
  const kafka = createKafka(await testKafkaConnection(name), logger);
  return {
    database,
    dataSource,
    kafka,
    logger,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
