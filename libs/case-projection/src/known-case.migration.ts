import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `known_case` table in the shape of KnownCaseEntity, for a database that has none yet: a subgraph
 * that starts keeping the projection, and this library's own tests. The existing subgraphs (supporters,
 * actions, deliveries) reached the same shape through their own migration histories
 * (`create-…-schema`, then `align-known-case`); their `migrate --check` holds them to the entity too.
 */
export class CreateKnownCase1764000000050 implements MigrationInterface {
  name = 'CreateKnownCase1764000000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_case (
        case_id uuid PRIMARY KEY,
        slug text,
        country char(2),
        status text NOT NULL CONSTRAINT known_case_status_check CHECK (status IN ('ACTIVE', 'RELEASED', 'CLOSED')),
        status_changed_on date,
        published boolean NOT NULL DEFAULT false,
        campaign_codes text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE known_case`);
  }
}

/** Migrations a data source adds to get the projection's table (see CreateKnownCase1764000000050). */
export const CASE_PROJECTION_MIGRATIONS = [CreateKnownCase1764000000050];
