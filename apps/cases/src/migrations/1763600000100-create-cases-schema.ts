import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCasesSchema1763600000100 implements MigrationInterface {
  name = 'CreateCasesSchema1763600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        kind text NOT NULL CONSTRAINT campaign_kind_check CHECK (kind IN ('GLOBAL_MARATHON', 'INDIVIDUAL_AT_RISK', 'URGENT_ACTION')),
        names jsonb NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        status text NOT NULL CONSTRAINT campaign_status_check CHECK (status IN ('DRAFT', 'ACTIVE', 'ENDED')),
        goals jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaign_dates_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_campaign_code ON campaign (code)`);
    await queryRunner.query(`
      CREATE TABLE "case" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        person_name text NOT NULL,
        country char(2) NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CONSTRAINT case_status_check CHECK (status IN ('ACTIVE', 'RELEASED', 'CLOSED')),
        status_changed_on date,
        default_language text NOT NULL,
        summary jsonb NOT NULL,
        story jsonb NOT NULL,
        petition_text jsonb NOT NULL,
        poster_url text,
        image_url text,
        more_info_url text,
        published boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_case_slug ON "case" (slug)`);
    // Keyset pagination walks cases by (person_name, id).
    await queryRunner.query(`CREATE INDEX idx_case_person_name_id ON "case" (person_name, id)`);
    await queryRunner.query(`CREATE INDEX idx_case_themes ON "case" USING gin (themes)`);
    await queryRunner.query(`
      CREATE TABLE case_campaign (
        case_id uuid NOT NULL CONSTRAINT fk_case_campaign_case REFERENCES "case"(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL CONSTRAINT fk_case_campaign_campaign REFERENCES campaign(id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, campaign_id)
      )`);
    await queryRunner.query(`CREATE INDEX idx_case_campaign_campaign_id ON case_campaign (campaign_id)`);
    await queryRunner.query(`
      CREATE TABLE target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT fk_target_case REFERENCES "case"(id) ON DELETE CASCADE,
        title text NOT NULL,
        name text,
        organisation text NOT NULL,
        country char(2) NOT NULL,
        street text NOT NULL,
        postal_code text,
        locality text NOT NULL,
        address_country char(2) NOT NULL,
        email text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_target_case_id ON target (case_id)`);
    await queryRunner.query(`
      CREATE TABLE letter_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT fk_letter_template_case REFERENCES "case"(id) ON DELETE CASCADE,
        language text NOT NULL,
        target_id uuid CONSTRAINT fk_letter_template_target REFERENCES target(id) ON DELETE SET NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_letter_template_case_id_language ON letter_template (case_id, language)`);
    await queryRunner.query(`
      CREATE TABLE case_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT fk_case_update_case REFERENCES "case"(id) ON DELETE CASCADE,
        published_at timestamptz NOT NULL,
        title jsonb NOT NULL,
        body jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_case_update_case_id_published_at ON case_update (case_id, published_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['case_update', 'letter_template', 'target', 'case_campaign', '"case"', 'campaign']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
