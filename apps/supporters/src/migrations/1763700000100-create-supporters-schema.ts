import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSupportersSchema1763700000100 implements MigrationInterface {
  name = 'CreateSupportersSchema1763700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE section (
        code text PRIMARY KEY CONSTRAINT section_code_check CHECK (code ~ '^[A-Z]{2}(-[A-Z]{2,3})?$'),
        name text NOT NULL,
        country char(2) NOT NULL,
        languages text[] NOT NULL,
        website_origins text[] NOT NULL DEFAULT '{}',
        contact_email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE supporter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        section_code text NOT NULL CONSTRAINT fk_supporter_section REFERENCES section(code),
        language text NOT NULL,
        given_name text,
        family_name text,
        email text,
        street text,
        postal_code text,
        locality text,
        address_country char(2),
        phone text,
        commitment text NOT NULL CONSTRAINT supporter_commitment_check CHECK (commitment IN ('A_LITTLE', 'A_LOT', 'PASSIONATELY')),
        status text NOT NULL CONSTRAINT supporter_status_check CHECK (status IN ('ACTIVE', 'PAUSED', 'ERASED')),
        contact_reference text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        -- An erased supporter holds no personal data; a live one holds all that is required.
        CONSTRAINT supporter_erased_check CHECK (status <> 'ERASED' OR (given_name IS NULL AND family_name IS NULL AND email IS NULL
          AND street IS NULL AND postal_code IS NULL AND locality IS NULL AND address_country IS NULL AND phone IS NULL
          AND contact_reference IS NULL AND erased_at IS NOT NULL)),
        CONSTRAINT supporter_personal_data_check CHECK (status = 'ERASED' OR (given_name IS NOT NULL AND family_name IS NOT NULL
          AND email IS NOT NULL AND street IS NOT NULL AND locality IS NOT NULL AND address_country IS NOT NULL
          AND contact_reference IS NOT NULL))
      )`);
    // De-duplication: one supporter per person (contact reference) and section.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_supporter_section_contact_reference ON supporter (section_code, contact_reference)`);
    await queryRunner.query(`CREATE INDEX idx_supporter_section_name ON supporter (section_code, family_name, given_name, id)`);
    await queryRunner.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supporter_id uuid NOT NULL CONSTRAINT fk_consent_supporter REFERENCES supporter(id) ON DELETE CASCADE,
        purpose text NOT NULL CONSTRAINT consent_purpose_check CHECK (purpose IN ('EMAIL_CONTACT', 'POSTAL_MAIL', 'SHARING_WITH_SECTION')),
        granted boolean NOT NULL,
        text_version text NOT NULL,
        text_language text NOT NULL,
        source text NOT NULL CONSTRAINT consent_source_check CHECK (source IN ('WEBSITE', 'STAFF')),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_consent_supporter_purpose_recorded_at ON consent (supporter_id, purpose, recorded_at)`);
    await queryRunner.query(`
      CREATE TABLE adoption (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supporter_id uuid NOT NULL CONSTRAINT fk_adoption_supporter REFERENCES supporter(id),
        section_code text NOT NULL CONSTRAINT fk_adoption_section REFERENCES section(code),
        case_id uuid NOT NULL,
        status text NOT NULL CONSTRAINT adoption_status_check CHECK (status IN ('ACTIVE', 'ENDED')),
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text CONSTRAINT adoption_end_reason_check CHECK (end_reason IN ('CASE_RELEASED', 'CASE_CLOSED', 'SUPPORTER_LEFT', 'SWITCHED')),
        kit_status text NOT NULL CONSTRAINT adoption_kit_status_check CHECK (kit_status IN ('REQUESTED', 'SHIPPED', 'DELIVERED', 'RETURNED')),
        kit_requested_at timestamptz NOT NULL,
        kit_shipped_at timestamptz,
        kit_delivered_at timestamptz,
        kit_returned_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT adoption_ended_check CHECK ((status = 'ACTIVE' AND ended_at IS NULL AND end_reason IS NULL)
          OR (status = 'ENDED' AND ended_at IS NOT NULL AND end_reason IS NOT NULL))
      )`);
    // At most one active adoption of a case per supporter.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_adoption_active_supporter_case ON adoption (supporter_id, case_id) WHERE status = 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX idx_adoption_active_case ON adoption (case_id) WHERE status = 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX idx_adoption_supporter_id ON adoption (supporter_id)`);
    await queryRunner.query(`
      CREATE TABLE feedback_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        adoption_id uuid NOT NULL CONSTRAINT fk_feedback_request_adoption REFERENCES adoption(id) ON DELETE CASCADE,
        period text NOT NULL CONSTRAINT feedback_request_period_check CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        answered_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_feedback_request_adoption_period ON feedback_request (adoption_id, period)`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_feedback_request_token ON feedback_request (token)`);
    await queryRunner.query(`
      CREATE TABLE known_case (
        case_id uuid PRIMARY KEY,
        slug text,
        status text NOT NULL CONSTRAINT known_case_status_check CHECK (status IN ('ACTIVE', 'RELEASED', 'CLOSED')),
        status_changed_on date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE erasure_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supporter_id uuid NOT NULL,
        section_code text NOT NULL,
        erased_by text NOT NULL,
        erased_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_erasure_audit_supporter_id ON erasure_audit (supporter_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['erasure_audit', 'known_case', 'feedback_request', 'adoption', 'consent', 'supporter', 'section']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
