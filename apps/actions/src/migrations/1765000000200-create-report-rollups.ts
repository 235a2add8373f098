import type { MigrationInterface, QueryRunner } from 'typeorm';

const CELL_COLUMNS = `
        case_id uuid NOT NULL,
        campaign_id uuid NOT NULL,
        section text NOT NULL,
        type text NOT NULL,
        source text NOT NULL`;

/** The roll-ups behind the analysts' reports (see apps/actions/src/reports). */
export class CreateReportRollups1765000000200 implements MigrationInterface {
  name = 'CreateReportRollups1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_daily (
        day date NOT NULL,${CELL_COLUMNS},
        actions bigint NOT NULL,
        quantity bigint NOT NULL,
        PRIMARY KEY (case_id, campaign_id, section, type, source, day)
      )`);
    await queryRunner.query(`CREATE INDEX idx_report_daily_case ON report_daily (case_id, day)`);
    await queryRunner.query(`
      CREATE TABLE report_monthly (
        month date NOT NULL,${CELL_COLUMNS},
        actions bigint NOT NULL,
        quantity bigint NOT NULL,
        PRIMARY KEY (case_id, campaign_id, section, type, source, month)
      )`);
    await queryRunner.query(`CREATE INDEX idx_report_monthly_case ON report_monthly (case_id, month)`);
    await queryRunner.query(`
      CREATE TABLE report_participation (
        day date NOT NULL,${CELL_COLUMNS},
        person_key integer NOT NULL,
        actions integer NOT NULL,
        PRIMARY KEY (day, case_id, campaign_id, section, type, source, person_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE report_person (
        person_key SERIAL PRIMARY KEY,
        identity text
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_report_person_identity ON report_person (identity)`);
    await queryRunner.query(`
      CREATE TABLE report_action (
        action_id uuid PRIMARY KEY,
        counted boolean NOT NULL,
        person_key integer
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report_action', 'report_person', 'report_participation', 'report_monthly', 'report_daily']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
