import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brings `known_case` to the shape of @plume/case-projection's KnownCaseEntity, shared with the other
 * subgraphs. Supporters never stored these columns: rows projected earlier start with no country, not
 * published and no campaigns, and get them with their case's next `case.updated` (nothing here reads them).
 */
export class AlignKnownCase1764000000100 implements MigrationInterface {
  name = 'AlignKnownCase1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE known_case
        ADD COLUMN country char(2),
        ADD COLUMN published boolean NOT NULL DEFAULT false,
        ADD COLUMN campaign_codes text[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE known_case DROP COLUMN campaign_codes, DROP COLUMN published, DROP COLUMN country`);
  }
}
