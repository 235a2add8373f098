import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and processed_event tables every subgraph database carries. Apps list this migration
 * first in their own migrations, so the tables are created the same way everywhere.
 */
export class CreateEventsTables1763600000000 implements MigrationInterface {
  name = 'CreateEventsTables1763600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        event_type text NOT NULL,
        source text NOT NULL,
        subject text,
        aggregate_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        data jsonb NOT NULL,
        published_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_unpublished_idx ON outbox (position) WHERE published_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE processed_event (
        consumer_group text NOT NULL,
        event_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE processed_event`);
    await queryRunner.query(`DROP TABLE outbox`);
  }
}
