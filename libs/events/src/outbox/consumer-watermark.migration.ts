import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The watermark table of batch consumers (see ConsumerWatermark); every subgraph database carries it. */
export class CreateConsumerWatermark1765000000000 implements MigrationInterface {
  name = 'CreateConsumerWatermark1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consumer_watermark (
        consumer_group text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        last_offset bigint NOT NULL,
        last_event_time timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, topic, partition)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE consumer_watermark`);
  }
}
