import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Abuse control on online signatures (issue 7): the caller's address (for invalidation by address
 * block; personal data, wiped with the rest), double opt-in (a pending signature and the hash of its
 * confirmation token), invalidation (when, and an audit row per bulk invalidation).
 */
export class PublicWriteControls1765000000300 implements MigrationInterface {
  name = 'PublicWriteControls1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE signature
        ADD COLUMN client_address inet,
        ADD COLUMN confirmation_pending boolean NOT NULL DEFAULT false,
        ADD COLUMN invalidated_at timestamptz`);
    await queryRunner.query(`ALTER TABLE petition_request ADD COLUMN confirmation_token_hash text`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_petition_request_confirmation_token_hash ON petition_request (confirmation_token_hash)`);
    await queryRunner.query(`
      CREATE TABLE signature_invalidation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        section text NOT NULL,
        criteria jsonb NOT NULL,
        rejected integer NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE signature_invalidation`);
    await queryRunner.query(`DROP INDEX uq_petition_request_confirmation_token_hash`);
    await queryRunner.query(`ALTER TABLE petition_request DROP COLUMN confirmation_token_hash`);
    await queryRunner.query(`ALTER TABLE signature DROP COLUMN invalidated_at, DROP COLUMN confirmation_pending, DROP COLUMN client_address`);
  }
}
