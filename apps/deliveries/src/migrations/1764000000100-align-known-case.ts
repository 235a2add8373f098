import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brings `known_case` to the shape of @plume/case-projection's KnownCaseEntity, shared with the other
 * subgraphs: the case's campaigns (none for rows projected earlier, until their case's next
 * `case.updated`; nothing here reads them).
 */
export class AlignKnownCase1764000000100 implements MigrationInterface {
  name = 'AlignKnownCase1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE known_case ADD COLUMN campaign_codes text[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE known_case DROP COLUMN campaign_codes`);
  }
}
