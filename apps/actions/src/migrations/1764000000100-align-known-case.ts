import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brings `known_case` to the shape of @plume/case-projection's KnownCaseEntity, shared with the other
 * subgraphs: the case's country (null for rows projected earlier, until their case's next `case.updated`),
 * the time the projection last changed a row (now, for rows projected earlier), and defaults for the
 * columns a status change seen before its case's creation cannot know.
 */
export class AlignKnownCase1764000000100 implements MigrationInterface {
  name = 'AlignKnownCase1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE known_case
        ADD COLUMN country char(2),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ALTER COLUMN published SET DEFAULT false,
        ALTER COLUMN campaign_codes SET DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE known_case
        ALTER COLUMN campaign_codes DROP DEFAULT,
        ALTER COLUMN published DROP DEFAULT,
        DROP COLUMN updated_at,
        DROP COLUMN country`);
  }
}
